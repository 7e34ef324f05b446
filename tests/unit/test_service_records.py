"""Services hand out frozen records, never SQLAlchemy rows.

A detached ORM row looks writable and is not (setting an attribute writes nothing), and it can
raise when an expired attribute is read outside a session; the window and the command line get
``cle_desktop.services.records`` dataclasses instead. This test reads every public method's
return annotation, so a new method returning ``list[Story]`` fails here, not in a page later.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterator
from functools import cached_property
from types import ModuleType
from typing import Any

import pytest

import cle_desktop.services as services_pkg
from cle_desktop.storage import models


def _service_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{services_pkg.__name__}.{info.name}")
        for info in pkgutil.iter_modules(services_pkg.__path__)
    ]


def _namespace(modules: list[ModuleType]) -> dict[str, Any]:
    """Every name the service modules define or import, so annotations written under
    ``TYPE_CHECKING`` (``-> Services``) resolve instead of being skipped."""
    names: dict[str, Any] = dict(vars(models))
    for module in modules:
        names.update({k: v for k, v in vars(module).items() if not k.startswith("__")})
    return names


def _model_classes(annotation: object) -> set[str]:
    """Names of the storage model classes anywhere inside ``annotation`` (``list[Photo]``,
    ``dict[str, tuple[Story, ...]]``, ``Photo | None`` ...)."""
    found: set[str] = set()
    if inspect.isclass(annotation) and annotation.__module__ == models.__name__:
        found.add(annotation.__name__)
    for arg in typing.get_args(annotation):
        found |= _model_classes(arg)
    return found


def _public_callables(cls: type) -> Iterator[tuple[str, Any]]:
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, staticmethod | classmethod):
            yield name, member.__func__
        elif isinstance(member, property) and member.fget is not None:
            yield name, member.fget
        elif isinstance(member, cached_property):
            yield name, member.func
        elif inspect.isfunction(member):
            yield name, member


def _offenders(modules: list[ModuleType]) -> tuple[list[str], int]:
    namespace = _namespace(modules)
    offenders: list[str] = []
    checked = 0
    for module in modules:
        for name, func in list(vars(module).items()):
            # the module's own public functions too (``rows.fetch_record`` and friends)
            if inspect.isfunction(func) and func.__module__ == module.__name__:
                if name.startswith("_"):
                    continue
                hints = typing.get_type_hints(func, globalns=vars(module), localns=namespace)
                checked += 1
                wrong = _model_classes(hints.get("return"))
                if wrong:
                    offenders.append(f"{module.__name__}.{name} -> {sorted(wrong)}")
        for cls in list(vars(module).values()):
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            for name, func in _public_callables(cls):
                hints = typing.get_type_hints(func, globalns=vars(module), localns=namespace)
                checked += 1
                wrong = _model_classes(hints.get("return"))
                if wrong:
                    offenders.append(f"{module.__name__}.{cls.__name__}.{name} -> {sorted(wrong)}")
            if dataclasses.is_dataclass(cls):
                # a record that carries a row inside it is a row handed out all the same
                hints = typing.get_type_hints(cls, globalns=vars(module), localns=namespace)
                for field, annotation in hints.items():
                    wrong = _model_classes(annotation)
                    if wrong:
                        offenders.append(
                            f"{module.__name__}.{cls.__name__}.{field}: {sorted(wrong)}"
                        )
    return offenders, checked


def test_no_public_service_method_returns_an_orm_row() -> None:
    offenders, checked = _offenders(_service_modules())
    assert checked > 100, f"only {checked} public service methods were inspected"
    assert offenders == []


def test_the_check_sees_a_row_hidden_in_a_container() -> None:
    """The check itself: rows inside a dict of lists, or a row or None, are caught."""
    module = ModuleType("cle_desktop.services._probe")
    module.models = models  # type: ignore[attr-defined]

    class Leaky:
        def rows(self) -> dict[str, list[models.Story]]:
            return {}

        def fine(self) -> list[str]:
            return []

    def first_photo() -> models.Photo | None:
        return None

    Leaky.__module__ = first_photo.__module__ = module.__name__
    module.Leaky = Leaky  # type: ignore[attr-defined]
    module.first_photo = first_photo  # type: ignore[attr-defined]
    offenders, checked = _offenders([module])
    assert checked == 3
    assert sorted(offenders) == [
        "cle_desktop.services._probe.Leaky.rows -> ['Story']",
        "cle_desktop.services._probe.first_photo -> ['Photo']",
    ]


@pytest.fixture
def gathering_with_rows(services: Any, tmp_path: Any) -> str:
    from PIL import Image

    gid = services.gatherings.create("Records")
    services.artifacts.create(gid, name="Seed jar")
    services.gatherings.add_session(gid, "Opening circle")
    picture = tmp_path / "river.jpg"
    Image.new("RGB", (32, 24), "teal").save(picture)
    services.photos.import_files(gid, [picture])
    return str(gid)


def test_lists_are_frozen_records(services: Any, gathering_with_rows: str) -> None:
    """At run time too: what the pages list cannot be mistaken for a writable row."""
    from cle_desktop.services.records import ArtifactRecord, PhotoRecord, SessionRecord

    (artifact,) = services.artifacts.for_gathering(gathering_with_rows)
    (session,) = services.gatherings.sessions(gathering_with_rows)
    (photo,) = services.photos.photos_for(gathering_with_rows)
    assert (type(artifact), type(session), type(photo)) == (
        ArtifactRecord,
        SessionRecord,
        PhotoRecord,
    )
    assert (artifact.name, session.title, photo.original_name) == (
        "Seed jar",
        "Opening circle",
        "river.jpg",
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        artifact.name = "Changed"  # type: ignore[misc]


def test_services_are_built_on_first_use_and_all_at_once_for_the_window(db: Any) -> None:
    """Each service is made when first asked for (and kept); ``build_all`` makes every one, as
    the window's worker thread does, so no page imports a service on the GUI thread."""
    from cle_desktop.services import Services
    from cle_desktop.services.deferred import DeferredServices
    from cle_desktop.services.gatherings import GatheringService

    services = Services.over(db)
    assert not set(Services.names()) & set(vars(services))
    assert isinstance(services.gatherings, GatheringService)
    assert services.gatherings is services.gatherings
    assert set(Services.names()) & set(vars(services)) == {"gatherings"}
    assert set(Services.names()) >= {"stories", "photos", "sync", "reports", "maps", "tags"}
    assert set(vars(services.build_all())) >= set(Services.names())
    db.close()
    deferred = DeferredServices(db.path)
    assert set(vars(deferred.wait())) >= set(Services.names())
    deferred.wait().db.close()
