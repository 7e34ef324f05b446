"""Every sentence the lower layers can say has its Spanish in the catalogue.

The templates are found the way ``pyside6-lupdate`` finds them (every
``QT_TRANSLATE_NOOP("Errors", "...")`` call in the package), so a refusal written without a
translation, or a translation that lost or renamed a ``{value}``, fails here rather than
showing English (or the English fallback) in the Spanish window.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "cle_desktop_es.ts"


def templates(context: str = "Errors") -> dict[str, str]:
    """Template -> the file it is written in, for every marked template of ``context``."""
    out: dict[str, str] = {}
    for path in sorted((ROOT / "cle_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
                and node.args[0].value == context  # type: ignore[attr-defined]
            ):
                out.setdefault(node.args[1].value, path.relative_to(ROOT).as_posix())  # type: ignore[attr-defined]
    return out


def catalogue(context: str = "Errors") -> dict[str, str]:
    out: dict[str, str] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            out[message.findtext("source", "")] = "".join(
                message.find("translation").itertext()  # type: ignore[union-attr]
            )
    return out


def test_every_error_template_has_its_spanish() -> None:
    found = templates()
    assert len(found) > 100  # the search itself works (it found the package's templates)
    spanish = catalogue()
    missing = {t: where for t, where in found.items() if not spanish.get(t, "").strip()}
    assert not missing, f"without a Spanish translation: {missing}"


def test_every_translation_fills_the_same_values() -> None:
    names = re.compile(r"\{(\w*)\}")
    spanish = catalogue()
    wrong = {
        t: spanish[t]
        for t in templates()
        if t in spanish and sorted(names.findall(t)) != sorted(names.findall(spanish[t]))
    }
    assert not wrong, f"translations whose {{values}} differ: {wrong}"
