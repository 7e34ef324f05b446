"""The Spanish UI translation is complete, keeps every placeholder, and its .qm matches the .ts.

Regenerate with ``pyside6-lupdate -no-obsolete cle_desktop/ui/*.py cle_desktop/ui/review/*.py
cle_desktop/media/*.py cle_desktop/services/*.py cle_desktop/sync/*.py
-ts resources/i18n/cle_desktop_es.ts`` and compile with ``pyside6-lrelease
resources/i18n/cle_desktop_es.ts -qm resources/i18n/cle_desktop_es.qm``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS = I18N / "cle_desktop_es.ts"
QM = I18N / "cle_desktop_es.qm"

# Qt arguments (%1, %L1, %n), QProgressBar formats (%v, %m, %p) and str.format fields
# ({0}, {name}, {4:.0%}); "{{" and "}}" are literal braces, not fields.
PLACEHOLDER = re.compile(r"%L?\d+|%[nvmp]|(?<!\{)\{[^{}]*\}(?!\})")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&\S")  # after removing "&&", which is a literal ampersand


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    obsolete: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def _messages() -> list[Message]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            kind = translation.get("type", "")
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translations=texts,
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("obsolete", "vanished"),
                )
            )
    return out


MESSAGES = _messages()
CURRENT = [m for m in MESSAGES if not m.obsolete]


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def test_the_file_has_the_ui_strings() -> None:
    assert len(CURRENT) > 200, "the .ts looks truncated: regenerate it with pyside6-lupdate"


def test_the_file_is_general_spanish() -> None:
    """Language "es", not "es_ES": the file is cle_desktop_es for every Spanish locale (es_MX,
    es_US and es_ES all load it) and is written for Latin American readers, not for Spain."""
    assert ET.parse(TS).getroot().get("language") == "es"


def test_no_message_is_unfinished_or_empty() -> None:
    unfinished = [str(m) for m in CURRENT if m.unfinished]
    empty = [str(m) for m in CURRENT if any(not t.strip() for t in m.translations)]
    assert not unfinished, f"{len(unfinished)} unfinished: " + "; ".join(unfinished[:10])
    assert not empty, f"{len(empty)} empty: " + "; ".join(empty[:10])


@pytest.mark.parametrize("message", CURRENT, ids=lambda m: f"{m.context}:{m.source[:40]}")
def test_translation_keeps_placeholders_tags_and_accelerators(message: Message) -> None:
    plural = len(message.translations) > 1
    expected = Counter(PLACEHOLDER.findall(message.source))
    if plural:
        # a plural form may spell its number out ("una historia"), but one form must use %n
        assert any("%n" in t for t in message.translations) or "%n" not in expected
        expected.pop("%n", None)
    for text in message.translations:
        got = Counter(PLACEHOLDER.findall(text))
        if plural:
            got.pop("%n", None)
        assert got == expected, f"placeholders differ in {text!r}"
        assert Counter(TAG.findall(text)) == Counter(TAG.findall(message.source)), (
            f"HTML tags differ in {text!r}"
        )
        assert _mnemonics(text) == _mnemonics(message.source), (
            f"keyboard accelerator (&) differs in {text!r}"
        )


def test_compiled_qm_matches_the_ts() -> None:
    """The .qm in the tree was compiled from this .ts (run pyside6-lrelease after editing)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    stale = []
    for m in CURRENT:
        if m.unfinished or len(m.translations) != 1:
            continue
        if translator.translate(m.context, m.source) != m.translations[0]:
            stale.append(str(m))
    assert not stale, f"{len(stale)} differ, recompile the .qm: " + "; ".join(stale[:10])
    assert translator.translate("MainWindow", "Story desk") == "Mesa de historias"
