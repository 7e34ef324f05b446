"""Sync refusals name a laptop as people know it (its name, the fingerprint its screen shows),
never by its device id, which nobody has seen: a removed laptop's bundle, an export "since" a
laptop nothing came from, removing a laptop that is not there.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.services.errors import ServiceError
from cle_desktop.sync.bundle import BundleRejected
from tests.laptops import JoinedLaptops

ROOT = Path(__file__).resolve().parents[2]


def _no_id_of(text: str, *laptops: Services) -> None:
    for laptop in laptops:
        device = laptop.db.device_id
        for start in range(0, len(device) - 5):  # no run of 6 of its characters either
            assert device[start : start + 6] not in text, (device, text)


def test_a_removed_laptops_bundle_is_refused_by_its_name(tmp_path: Path) -> None:
    laptops = JoinedLaptops(tmp_path, title="Santa Fe exchange")
    a, c = laptops.add("a"), laptops.add("c")
    g = a.gatherings.create("Exchange")
    c.sync.import_bundle(a.sync.export_bundle(tmp_path / "s0").path)
    a.sync.remove_laptop(c.db.device_id)
    c.stories.capture(g, body="written after the removal")
    late = c.sync.export_bundle(tmp_path / "s1").path
    with pytest.raises(BundleRejected) as refused:
        a.sync.import_bundle(late)
    text = str(refused.value)
    fingerprint = next(m.fingerprint for m in a.sync.trust_status().laptops if m.removed)
    assert f"laptop “laptop c” ({fingerprint})" in text
    # the bundle's file name (as the stick shows it) carries a short id; the words do not
    _no_id_of(text.replace(late.name, ""), a, c)


def test_export_since_a_laptop_says_its_name_or_that_laptop(tmp_path: Path) -> None:
    laptops = JoinedLaptops(tmp_path)
    a, b = laptops.add("a"), laptops.add("b")
    a.gatherings.create("Exchange")
    with pytest.raises(ServiceError) as named:  # B joined (its name is known), sent nothing
        a.sync.export_bundle(tmp_path / "stick", since_peer=b.db.device_id)
    assert str(named.value).startswith("No bundle from the laptop “laptop b” has been imported")
    with pytest.raises(ServiceError) as unknown:
        a.sync.export_bundle(tmp_path / "stick", since_peer="0190abcdef0123456789")
    assert str(unknown.value).startswith("No bundle from that laptop has been imported")
    assert "0190abcdef" not in str(unknown.value)
    _no_id_of(str(named.value), a, b)


def test_removing_a_laptop_that_is_not_there_names_no_id(tmp_path: Path) -> None:
    laptops = JoinedLaptops(tmp_path)
    a = laptops.add("a")
    with pytest.raises(ServiceError) as missing:
        a.sync.remove_laptop("0190abcdef0123456789")
    assert str(missing.value) == "That laptop is not in this gathering, so it cannot be removed."
    with pytest.raises(ServiceError) as itself:
        a.sync.remove_laptop(a.db.device_id)
    assert str(itself.value) == "The host laptop cannot remove itself from the gathering."


def test_no_sync_sentence_shows_an_id() -> None:
    """No template the sync layer can say fills in a device, change or row id."""
    ids = re.compile(r"\{(device|device_id|change|change_id|id|row_id|peer|since_peer)\b")
    files = [*sorted((ROOT / "cle_desktop" / "sync").glob("*.py"))]
    files.append(ROOT / "cle_desktop" / "services" / "sync.py")
    shown = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                and ids.search(str(getattr(node.args[1], "value", "")))
            ):
                shown.append(f"{path.name}: {node.args[1].value}")  # type: ignore[attr-defined]
    assert not shown, shown
