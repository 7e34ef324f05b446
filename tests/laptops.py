"""Test helper: laptops of one gathering, joined the way people join them.

``JoinedLaptops(tmp_path).add("b")`` opens a real database; the first laptop added is the host,
and every later one goes through the real flow with real files (``join_request`` on the new
laptop, ``invite`` on the host, ``join`` on the new laptop), so every bundle test exercises
signed entries and sealed bundles end to end.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.sync import seal, trust


class JoinedLaptops:
    def __init__(self, tmp_path: Path, title: str = "Test gathering") -> None:
        self.tmp = tmp_path
        self.title = title
        self.host: Services | None = None
        self.all: list[Services] = []

    def open(self, name: str, *, own_state: bool = False) -> Services:
        """A laptop that has joined nothing (a stranger)."""
        state = self.tmp / f"{name}-state" if own_state else None
        return Services.over(Database.open(self.tmp / name / "cle.db", state_dir=state))

    def add(self, name: str, *, own_state: bool = False) -> Services:
        laptop = self.open(name, own_state=own_state)
        if self.host is None:
            trust.start_gathering(laptop.db, title=self.title, name=f"laptop {name}")
            self.host = laptop
        else:
            self.invite(laptop, name)
        self.all.append(laptop)
        return laptop

    def invite(self, laptop: Services, name: str) -> str:
        assert self.host is not None
        files = self.tmp / "invitations"
        request, invitation = files / f"{name}.request", files / f"{name}.invitation"
        laptop.sync.join_request(request, name=f"laptop {name}")
        invited = self.host.sync.invite(request, invitation)
        joined = laptop.sync.join(invitation)
        assert invited.pairing_code == joined.pairing_code
        return joined.pairing_code


def joined_pair(tmp_path: Path) -> tuple[Services, Services]:
    laptops = JoinedLaptops(tmp_path)
    return laptops.add("a"), laptops.add("b")


def unsealed_copy(member: Services, sealed: Path, out: Path) -> Path:
    """The plain zip inside a sealed bundle (for tests that damage a bundle's insides)."""
    opened = seal.open_sealed(sealed, trust.device_keys(member.db).box, out.parent)
    opened.plain.replace(out)
    with zipfile.ZipFile(out):
        pass
    return out


def reseal_as(member: Services, plain: Path, out: Path, like: Path) -> Path:
    """Seal a (possibly damaged) plain zip as ``member`` would, keeping the entry signatures
    of the sealed bundle ``like``: a member laptop whose bundle is broken inside."""
    envelope = seal.read_envelope(like, trust.device_keys(member.db).box)
    sealer = trust.Sealer.for_export(member.db)
    sealer.seal_with(plain, out, envelope["signatures"], envelope["version_vector"])
    return out


_GATHERINGS: dict[Path, JoinedLaptops] = {}


def joined_laptop(tmp_path: Path, name: str, *, own_state: bool = False) -> Services:
    """A laptop of the test's one gathering (the first one asked for is its host): what the
    older bundle tests' ``replica(tmp_path, name)`` helpers now return."""
    laptops = _GATHERINGS.setdefault(tmp_path, JoinedLaptops(tmp_path))
    return laptops.add(name, own_state=own_state)


def join_all(laptops: list[Services], folder: Path) -> None:
    """Make the first laptop the host and invite every other one through the real files."""
    trust.start_gathering(laptops[0].db, title="Test gathering", name="laptop 0")
    for number, laptop in enumerate(laptops[1:], start=1):
        request, invitation = folder / f"{number}.request", folder / f"{number}.invitation"
        laptop.sync.join_request(request, name=f"laptop {number}")
        code = laptops[0].sync.invite(request, invitation).pairing_code
        assert laptop.sync.join(invitation).pairing_code == code


def seal_as(member: Services, plain: Path, out: Path | None = None) -> Path:
    """Seal a plain zip (often a deliberately damaged or forged one) as ``member`` would, with
    every entry it can read signed by ``member``: an invited laptop that is broken or hostile.
    What the bundle reader must refuse then reaches the reader, not only the seal."""
    import json

    out = out or plain.with_suffix(".clebundle")
    signatures: dict[str, list[str]] = {}
    vector: dict[str, int] = {}
    keys = trust.device_keys(member.db)
    try:
        with zipfile.ZipFile(plain) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            raw = zf.read("changes.jsonl")
        if isinstance(manifest.get("version_vector"), dict):
            vector = {
                str(k): v for k, v in manifest["version_vector"].items() if isinstance(v, int)
            }
        for line in raw.splitlines():
            try:
                entry = json.loads(line)
                if isinstance(entry.get("id"), str):
                    signatures[entry["id"]] = list(trust.sign_entry(keys, entry))
            except Exception:  # noqa: BLE001 - a damaged line is the reader's to refuse
                continue
    except Exception:  # noqa: BLE001 - a damaged zip is the reader's to refuse
        pass
    trust.Sealer.for_export(member.db).seal_with(plain, out, signatures, vector)
    return out


# --- two laptops that start from the same state (conflict and merge tests) -------------------


@dataclass
class LaptopPair:
    """Laptop A, laptop B (which joined A's gathering and received it), and the stick between
    them: every test that moves entries between two laptops goes through :meth:`send`."""

    a: Services
    b: Services
    gathering: str
    stick: Path

    def send(self, source: Services, target: Services) -> int:
        """Everything ``source`` has, exported to the stick and imported on ``target``;
        returns how many entries were new there."""
        bundle = source.sync.export_bundle(self.stick).path
        return target.sync.import_bundle(bundle).new_changes

    def close(self) -> None:
        for laptop in (self.a, self.b):
            laptop.db.close()


def make_laptop_pair(root: Path, gathering_title: str = "Two laptops") -> LaptopPair:
    """Laptop A creates a gathering and invites B, which receives it: both share that state."""
    joined = JoinedLaptops(root, gathering_title)
    a, b = joined.add("a", own_state=True), joined.add("b", own_state=True)
    pair = LaptopPair(a, b, a.gatherings.create(gathering_title), root / "stick")
    pair.send(a, b)
    return pair
