"""Reports show people words, never stored codes ("School leader", not "school_leader"), in the
report's language, and those words are the app's own (the UI labels and their translation)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from cle_desktop.reports.export import export_report
from cle_desktop.reports.text import CODE_LABELS, code_label
from cle_desktop.services import Services
from cle_desktop.ui.labels import AGE_BANDS, CATEGORIES, ROLES, TAG_KINDS

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "cle_desktop_es.ts"
UI_VOCABULARIES = {"kind": TAG_KINDS, "category": CATEGORIES, "role": ROLES, "age": AGE_BANDS}


def test_report_words_are_the_apps_own_words_in_both_languages() -> None:
    translations: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translations[(name, message.findtext("source") or "")] = (
                message.findtext("translation") or ""
            )
    for vocabulary, ui in UI_VOCABULARIES.items():
        assert CODE_LABELS["en"][vocabulary] == ui.sources, vocabulary
        spanish = {code: translations[(ui.context, text)] for code, text in ui.sources.items()}
        assert CODE_LABELS["es"][vocabulary] == spanish, vocabulary


def test_an_unknown_code_reads_as_words_and_an_empty_one_as_a_dash() -> None:
    assert code_label("en", "role", "youth_worker") == "Youth worker"  # from a newer laptop
    assert code_label("es", "category", None) == "—"
    assert code_label("fr", "kind", "gift") == "Gift"  # a language we have no words for


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["School leader", "Cultural", "Asset"]),
        ("es", ["Líder escolar", "Cultural", "Recurso"]),
    ],
)
def test_the_html_report_names_roles_and_categories_in_its_language(
    services: Services, gathering_id: str, tmp_path: Path, lang: str, words: list[str]
) -> None:
    pid = services.participants.add(gathering_id, "Rosa Quintana", role="school_leader")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    body = "Our weaving circle meets on Thursdays."
    sid = services.stories.capture(gathering_id, title="Weaving", body=body, teller_ids=[pid])
    services.tags.tag_passage(
        sid, 4, 18, "asset", new_asset_name="Weaving circle", category="cultural"
    )
    html = export_report(services.db, gathering_id, "html", tmp_path / "r.html", lang=lang)
    text = html.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"data:[^\"']+", "", text))
    for word in words:
        assert word in visible, word
    assert "school_leader" not in visible and "cultural<" not in text


def test_counted_sentences_say_one_thing_in_the_singular() -> None:
    from cle_desktop.reports.text import counted

    assert counted("en", "map_alt", 1).startswith("Map of 1 placed asset,")
    assert counted("en", "map_alt", 2).startswith("Map of 2 placed assets,")
    assert counted("es", "map_off", 1, names="Huerta").startswith("1 recurso ubicado no aparece")
    assert counted("en", "withheld", 1).startswith("1 story is not shown")
    assert counted("es", "withheld", 2).startswith("2 historias no aparecen")
