"""Trusted laptops, signed entries, sealed bundles (issue 13, items 2 and 3): real databases,
real key files, real sealed files on a "stick" folder; every refusal is one sentence and
leaves the laptop unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.services.errors import InvalidInput
from cle_desktop.storage.models import Change
from cle_desktop.sync import seal, trust
from cle_desktop.sync.bundle import BundleRejected
from tests.laptops import JoinedLaptops, reseal_as, unsealed_copy


@pytest.fixture
def laptops(tmp_path: Path) -> JoinedLaptops:
    return JoinedLaptops(tmp_path, title="Santa Fe exchange")


def _edit_entries(plain: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """Rewrite the entries of a plain bundle zip (checksums recomputed, as an attacker would)."""
    with zipfile.ZipFile(plain) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    entries = [json.loads(line) for line in members["changes.jsonl"].decode().splitlines()]
    manifest = json.loads(members["manifest.json"])
    edit(entries, manifest)
    body = "".join(json.dumps(e, sort_keys=True) + "\n" for e in entries).encode()
    members["changes.jsonl"] = body
    manifest["members"]["changes.jsonl"] = {
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def test_invite_a_laptop_then_sealed_bundles_go_both_ways(laptops: JoinedLaptops, tmp_path):
    a = laptops.add("a")
    b = laptops.open("b")
    request, invitation = tmp_path / "b.request", tmp_path / "b.invitation"
    fingerprint = b.sync.join_request(request, name="Ana's laptop")
    invited = a.sync.invite(request, invitation)
    joined = b.sync.join(invitation)
    assert invited.member.fingerprint == fingerprint == b.sync.trust_status().fingerprint
    assert invited.pairing_code == joined.pairing_code
    assert len(joined.pairing_code) == 19 and joined.pairing_code.count("-") == 3
    names = {laptop.name for laptop in a.sync.trust_status().laptops}
    assert names == {"laptop a", "Ana's laptop"}

    # keys are the user's alone
    key_files = list(Path(os.environ["CLE_DESKTOP_STATE_DIR"]).glob("keys/*.json"))
    assert key_files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in key_files)

    g = a.gatherings.create("Exchange")
    sid = a.stories.capture(g, title="Garden", body="The community garden feeds us.")
    to_b = a.sync.export_bundle(tmp_path / "stick").path
    assert seal.is_sealed(to_b)
    b.sync.import_bundle(to_b)
    b.stories.edit(sid, body="B's words about the garden")
    to_a = b.sync.export_bundle(tmp_path / "stick").path
    assert a.sync.import_bundle(to_a).new_changes > 0
    assert a.stories.get(sid).body == "B's words about the garden"
    assert a.sync.dump() == b.sync.dump()
    with b.db.read() as s:  # every entry is stored with its writer's signature
        assert s.scalar(select(Change.id).where(Change.signature.is_(None))) is None


def test_a_bundle_file_shows_no_participant_words(laptops: JoinedLaptops, tmp_path) -> None:
    a, b = laptops.add("a"), laptops.add("b")
    g = a.gatherings.create("Exchange")
    pid = a.participants.add(g, "Rosa Quintana")
    a.participants.record_consent(pid, sharing_level="internal")
    a.stories.capture(g, title="Acequia", body="Abuela's secret recipe", teller_ids=[pid])
    bundle = a.sync.export_bundle(tmp_path / "stick").path
    data = bundle.read_bytes()
    for word in ("Rosa", "Quintana", "Acequia", "secret recipe", "Exchange", "laptop a"):
        assert word.encode() not in data and word.encode("utf-16-le") not in data
    assert not list((tmp_path / "stick").glob(".*"))  # no plain temporary left on the stick
    b.sync.import_bundle(bundle)
    assert "Rosa Quintana" in b.sync.dump()


def test_a_removed_laptops_next_bundle_is_refused(laptops: JoinedLaptops, tmp_path) -> None:
    a, b, c = laptops.add("a"), laptops.add("b"), laptops.add("c")
    g = a.gatherings.create("Exchange")
    c.sync.import_bundle(a.sync.export_bundle(tmp_path / "s0").path)
    c.stories.capture(g, body="written before the removal")
    before_removal = c.sync.export_bundle(tmp_path / "s1").path
    a.sync.import_bundle(before_removal)
    a.sync.remove_laptop(c.db.device_id)
    # the removal reaches B with A's next bundle; C's earlier entries still count there
    b.sync.import_bundle(a.sync.export_bundle(tmp_path / "s2").path)
    assert "written before the removal" in b.sync.dump()
    assert any(x.removed for x in b.sync.trust_status().laptops)
    c.stories.capture(g, body="written after the removal")
    late = c.sync.export_bundle(tmp_path / "s3").path
    for receiver in (a, b):
        before = receiver.sync.dump()
        with pytest.raises(BundleRejected, match="laptop “laptop c” .*removed from this gathering"):
            receiver.sync.import_bundle(late)
        assert receiver.sync.dump() == before
    # and the next bundles are not even sealed for C
    with pytest.raises(BundleRejected, match="does not hold the key"):
        c.sync.import_bundle(a.sync.export_bundle(tmp_path / "s4").path)


def test_a_strangers_bundle_is_refused_with_a_sentence(laptops: JoinedLaptops, tmp_path) -> None:
    a = laptops.add("a")
    stranger_host = JoinedLaptops(tmp_path / "elsewhere", title="Another gathering")
    stranger = stranger_host.add("stranger")
    stranger.gatherings.create("Not yours")
    bundle = stranger.sync.export_bundle(tmp_path / "stick").path
    before = a.sync.dump()
    with pytest.raises(BundleRejected, match="does not hold the key") as refused:
        a.sync.import_bundle(bundle)
    assert str(refused.value).count(". ") == 0 and a.sync.dump() == before

    # a stranger who found an invitation knows the laptops' public keys and seals to them:
    # the envelope names a laptop that is not in the gathering
    current = trust.membership(a.db)
    assert current is not None
    plain = unsealed_copy(stranger, bundle, tmp_path / "plain.zip")
    forged = tmp_path / "forged.clebundle"
    envelope = seal.read_envelope(bundle, trust.device_keys(stranger.db).box)
    envelope["gathering"] = current.roster.gathering
    seal.seal_file(
        plain,
        forged,
        [X25519PublicKey.from_public_bytes(m.box_key) for m in current.roster.members],
        envelope,
    )
    with pytest.raises(
        BundleRejected, match="calling itself “laptop stranger”, which was not invited"
    ):
        a.sync.import_bundle(forged)
    assert a.sync.dump() == before

    lonely = laptops.open("lonely")
    with pytest.raises(BundleRejected, match="has not joined a gathering"):
        lonely.sync.import_bundle(bundle)
    with pytest.raises(BundleRejected, match="has not joined a gathering"):
        lonely.sync.export_bundle(tmp_path / "stick")


def _consent_bundle(laptops: JoinedLaptops, tmp_path: Path) -> tuple[Services, ...]:
    a, b, c = laptops.add("a"), laptops.add("b"), laptops.add("c")
    g = a.gatherings.create("Exchange")
    pid = a.participants.add(g, "Rosa Quintana")
    a.participants.record_consent(pid, sharing_level="internal")
    bundle = a.sync.export_bundle(tmp_path / "stick").path
    c.sync.import_bundle(bundle)
    return a, b, c


def test_a_forged_consent_change_is_refused_naming_the_laptop(laptops, tmp_path) -> None:
    a, b, c = _consent_bundle(laptops, tmp_path)
    honest = c.sync.export_bundle(tmp_path / "from-c").path
    plain = unsealed_copy(c, honest, tmp_path / "plain.zip")

    def make_public(entries: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
        for e in entries:
            if e["entity"] == "consent" and e["field"] == "sharing_level":
                e["value"] = "public"

    # C (an invited laptop, misbehaving) relays A's consent entry with another value
    forged = reseal_as(
        c, _edit_entries(plain, tmp_path / "f.zip", make_public), tmp_path / "f.cle", honest
    )
    before = b.sync.dump()
    with pytest.raises(BundleRejected, match="names laptop “laptop a” .*not signed by it"):
        b.sync.import_bundle(forged)
    assert b.sync.dump() == before

    # C's own entry replayed under A's device id
    c.stories.capture(_gid(c), body="C's own words")
    own = c.sync.export_bundle(tmp_path / "from-c2").path
    plain2 = unsealed_copy(c, own, tmp_path / "plain2.zip")

    def as_a(entries: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
        for e in entries:
            if e["device_id"] == c.db.device_id:
                e["device_id"] = a.db.device_id
                e["seq"] += 1000

    replay = reseal_as(c, _edit_entries(plain2, tmp_path / "r.zip", as_a), tmp_path / "r.cle", own)
    with pytest.raises(BundleRejected, match="names laptop “laptop a” .*not signed by it"):
        b.sync.import_bundle(replay)
    assert b.sync.dump() == before

    # an unsigned entry (a laptop of this gathering that never signed it) is refused too
    def unsigned(entries: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
        entries[0]["id"] = "01900000-0000-7000-8000-000000000000"

    nosig = reseal_as(
        c, _edit_entries(plain, tmp_path / "u.zip", unsigned), tmp_path / "u.cle", honest
    )
    with pytest.raises(BundleRejected, match="not signed by it"):
        b.sync.import_bundle(nosig)
    assert b.sync.dump() == before


def _gid(laptop: Services) -> str:
    with laptop.db.read() as s:
        from cle_desktop.storage.models import Gathering

        found = s.scalars(select(Gathering.id)).first()
        assert found is not None
        return found


def test_consent_changes_and_purges_are_named_in_the_report(laptops, tmp_path) -> None:
    a, b = laptops.add("a"), laptops.add("b")
    g = a.gatherings.create("Exchange")
    pid = a.participants.add(g, "Rosa Quintana")
    a.participants.record_consent(pid, sharing_level="internal")
    a.stories.capture(g, body="Rosa's words", teller_ids=[pid])
    notes = b.sync.import_bundle(a.sync.export_bundle(tmp_path / "s1").path).consent_notes
    assert any(
        n.startswith("“laptop a” (") and "sharing_level of Rosa Quintana's consent" in n
        for n in notes
    )
    # relayed through a third laptop after a purge: the erased entries still verify
    c = laptops.add("c")
    a.participants.withdraw(pid)
    a.sync.purge_participant(pid)
    notes = b.sync.import_bundle(a.sync.export_bundle(tmp_path / "s2").path).consent_notes
    assert any("“laptop a” (" in n and "erased Rosa Quintana" in n for n in notes)
    c.sync.import_bundle(b.sync.export_bundle(tmp_path / "s3").path)
    assert "Rosa" not in c.sync.dump()
    with c.db.read() as s:  # the erased words' salts are gone, so digests reveal nothing
        salts = s.execute(
            select(Change.value_salt).where(Change.field == "display_name", Change.row_id == pid)
        ).scalars()
        assert all(salt is None for salt in salts)


def test_join_refuses_a_foreign_or_altered_invitation(laptops: JoinedLaptops, tmp_path) -> None:
    a = laptops.add("a")
    b, c = laptops.open("b"), laptops.open("c")
    b.sync.join_request(tmp_path / "b.request")
    a.sync.invite(tmp_path / "b.request", tmp_path / "b.invitation")
    with pytest.raises(InvalidInput, match="made for another laptop"):
        c.sync.join(tmp_path / "b.invitation")
    data = json.loads((tmp_path / "b.invitation").read_text())
    data["roster"]["title"] = "Renamed by someone"
    (tmp_path / "altered").write_text(json.dumps(data))
    with pytest.raises(InvalidInput, match="not signed by its host"):
        b.sync.join(tmp_path / "altered")
    (tmp_path / "junk").write_text("{not json")
    with pytest.raises(InvalidInput, match="cannot be read"):
        b.sync.join(tmp_path / "junk")
    b.sync.join(tmp_path / "b.invitation")
    c.sync.join_request(tmp_path / "c.request")
    with pytest.raises(InvalidInput, match="Only the host"):
        b.sync.invite(tmp_path / "c.request", tmp_path / "c.invitation")
