"""Consent is a hard rule: whatever a participant did not allow never appears in any export.

Property test: random gatherings with random consent, every format and the exported map, and a
search of the exported bytes (text extracted from PDF and DOCX, zip members unpacked) for
anything withheld; the map's pins, counts and photo thumbnails are checked too.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from cle_desktop.domain.consent import display_name, photo_visible, story_visible
from cle_desktop.domain.enums import SharingLevel
from cle_desktop.media import MediaStore, generate_photo
from cle_desktop.reports.export import FORMATS, export_report
from cle_desktop.services import Services
from cle_desktop.storage.database import Database

consent_st = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "sharing_level": st.sampled_from(["none", "internal", "network", "public"]),
            "name_use": st.sampled_from(["name", "pseudonym"]),
            "photo_release": st.booleans(),
            "is_minor": st.booleans(),
            "guardian_permission": st.booleans(),
            "youth_assent": st.booleans(),
            "withdraw": st.booleans(),
        }
    ),
)
gathering_st = st.fixed_dictionaries(
    {
        "people": st.lists(consent_st, min_size=1, max_size=5),
        "stories": st.lists(
            st.lists(st.integers(0, 4), min_size=1, max_size=2), min_size=1, max_size=5
        ),
        "photos": st.lists(st.lists(st.integers(0, 4), max_size=2), max_size=3),
        "audience": st.sampled_from(["internal", "network", "public"]),
    }
)


def extract_text(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
        # pypdf reads a font with an embedded CMap (WeasyPrint writes one when a glyph is
        # missing) as NUL-padded bytes, where no search would find a leak: fail, never pass.
        assert "\x00" not in text, "the PDF's text does not read back"
        return text
    if fmt == "docx":
        doc = Document(str(path))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        values = [
            str(c.value)
            for ws in load_workbook(path)
            for row in ws.iter_rows()
            for c in row
            if c.value is not None
        ]
        with zipfile.ZipFile(path) as zf:  # and every XML part raw (properties, shared strings)
            raw = [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
        return "\n".join(values + raw)
    if fmt in ("csv", "qdpx"):
        with zipfile.ZipFile(path) as zf:
            return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    return path.read_text(encoding="utf-8")


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=gathering_st)
def test_nothing_withheld_leaves_in_any_format(
    tmp_path_factory: pytest.TempPathFactory, data: dict
) -> None:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("consent")
    db = Database.open(tmp / "cle.db")
    services = Services.over(db)
    gid = services.gatherings.create("Consent check")
    audience = SharingLevel(data["audience"])
    pids, terms, names, pseudonyms = [], [], [], []
    for i, consent in enumerate(data["people"]):
        name, pseudo = f"Personname{i}xq", f"Pseudo{i}kw"
        pid = services.participants.add(gid, name, pseudonym=pseudo)
        if consent is not None:
            services.participants.record_consent(
                pid, **{k: v for k, v in consent.items() if k != "withdraw"}
            )
            if consent["withdraw"]:
                services.participants.withdraw(pid)
        pids.append(pid)
        terms.append(services.participants.consent(pid))
        names.append(name)
        pseudonyms.append(pseudo)
    withheld: list[str] = []
    story_ids: list[str] = []
    visible_assets: set[str] = set()
    for j, teller_idx in enumerate(data["stories"]):
        tellers = sorted({pids[k % len(pids)] for k in teller_idx})
        passage = f"the Quoteword{j}qq garden"
        body = f"Storybody{j}zz mentions {passage}."
        sid = services.stories.capture(gid, title=f"Storytitle{j}vv", body=body, teller_ids=tellers)
        story_ids.append(sid)
        services.tags.tag_passage(
            sid,
            body.index(passage),
            body.index(passage) + len(passage),
            "asset",
            new_asset_name=f"Assetname{j}aa",
        )
        if not story_visible([terms[pids.index(p)] for p in tellers], audience):
            withheld += [
                f"Storybody{j}zz",
                f"Storytitle{j}vv",
                f"Quoteword{j}qq",
                f"Assetname{j}aa",
            ]
        else:
            visible_assets.add(f"Assetname{j}aa")
    for i, row in enumerate(services.assets.inventory(gid)):
        services.places.place_asset(row.id, lat=35.68 + i / 1000, lon=-105.94)
    for i in range(len(pids)):
        if display_name(names[i], pseudonyms[i], terms[i]) != names[i]:
            withheld.append(names[i])
    withheld_thumbs: list[str] = []
    store = MediaStore(db.media_dir)
    for k, depicted_idx in enumerate(data["photos"]):
        path = generate_photo(tmp / f"p{k}.jpg", 320, 240, seed=k, gps=(35.6, -105.9))
        [item] = services.photos.import_files(gid, [path], workers=1).imported
        depicted = sorted({pids[d % len(pids)] for d in depicted_idx})
        for pid in depicted:
            services.photos.link(item["id"], "participant", pid)
        story_of_photo = k % len(story_ids)
        services.photos.link(item["id"], "story", story_ids[story_of_photo])
        services.photos.set_caption(item["id"], f"Photocaption{k}pp")
        if not photo_visible([terms[pids.index(p)] for p in depicted], audience):
            withheld.append(f"Photocaption{k}pp")
        if (
            not photo_visible([terms[pids.index(p)] for p in depicted], audience)
            or f"Assetname{story_of_photo}aa" not in visible_assets
        ):
            thumb = store.ensure_thumbnail(item["sha256"], 128).read_bytes()
            # the whole image: JPEG thumbnails share their first few hundred bytes (headers)
            withheld_thumbs.append("base64," + base64.b64encode(thumb).decode("ascii") + '"')
    for fmt in FORMATS:
        out = export_report(db, gid, fmt, tmp / f"report.{fmt}", audience)
        exported = extract_text(out, fmt)
        leaked = [w for w in withheld if w in exported]
        assert not leaked, f"{fmt} export for a {audience.value} audience leaked {leaked}"
    # The map export (default audience and this one): the same rules, pins and counts included.
    for map_audience in (None, audience):
        out = tmp / "map.html"
        if map_audience is None:
            services.maps.export_html(gid, out)  # default: the most restrictive (public)
            expect = {
                f"Assetname{j}aa"
                for j, idx in enumerate(data["stories"])
                if story_visible(
                    [terms[pids.index(pids[k % len(pids)])] for k in set(idx)], SharingLevel.PUBLIC
                )
            }
        else:
            services.maps.export_html(gid, out, map_audience)
            expect = visible_assets
        page = out.read_text(encoding="utf-8")
        if map_audience is not None:
            leaked = [w for w in withheld if w in page]
            assert not leaked, f"the {audience.value} map leaked {leaked}"
            assert not [t for t in withheld_thumbs if t in page], "a withheld photo is on the map"
        blob = re.search(r'id="cle-pins">(.*?)</script>', page, re.S)
        assert blob is not None
        pins = json.loads(blob.group(1))["pins"]
        assert {p["n"] for p in pins} == expect
        assert all(p.get("m") == 1 for p in pins)  # each asset is mentioned by its own story
    db.close()


def test_exported_photos_carry_no_gps_and_hostile_text_stays_text(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "cle.db")
    services = Services.over(db)
    gid = services.gatherings.create("Hostile <script>alert(1)</script>")
    pid = services.participants.add(gid, "<img src=x onerror=alert(1)> ${alert(1)} مرحبا 🌱")
    services.participants.record_consent(
        pid, sharing_level="public", name_use="name", photo_release=True
    )
    services.stories.capture(
        gid, title="`${alert(2)}`", body="<b>bold?</b> שלום 🌵 \\u0041", teller_ids=[pid]
    )
    photo = generate_photo(tmp_path / "gps.jpg", 400, 300, seed=1, gps=(35.6, -105.9))
    [item] = services.photos.import_files(gid, [photo], workers=1).imported
    services.photos.link(item["id"], "participant", pid)
    html = export_report(db, gid, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>" not in html and "<b>bold?</b>" not in html
    images = re.findall(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)", html)
    assert images, "the released photo is in the report"
    for b64 in images:
        with Image.open(io.BytesIO(base64.b64decode(b64))) as img:
            assert not img.getexif().get_ifd(0x8825), "exported photo still carries GPS"
    pdf_text = extract_text(export_report(db, gid, "pdf", tmp_path / "r.pdf"), "pdf")
    assert "<img src=x onerror=alert(1)>" in pdf_text.replace("\n", " ")
    docx_text = extract_text(export_report(db, gid, "docx", tmp_path / "r.docx"), "docx")
    assert "<b>bold?</b>" in docx_text
