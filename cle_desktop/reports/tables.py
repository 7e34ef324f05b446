"""The report's data as tables, shared by the CSV zip and the XLSX workbook: the same rows, the
same consent (they come from the consent-filtered report model), the same neutralising.

Columns show people's words first (a title, a name), ids last ("Association", "School leader") in the report's language; the
stored code sits in its own column beside it, for whoever analyses the data.

Spreadsheet programs run a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (``=HYPERLINK(...)`` in a story title is a phishing link in the
host's Calc). Such text cells get a leading apostrophe, as OWASP's "CSV injection" advice says;
numbers stay numbers (a longitude of -105.9 is not text and is never neutralised).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cle_desktop.reports.model import Report
from cle_desktop.reports.text import code_label, labels

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

Cell = str | int | float | date | None


def needs_neutralising(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def neutralise(value: Cell) -> Cell:
    """A text cell a spreadsheet would run becomes inert text (``'=1+2``)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Table:
    name: str  # file/sheet name: stories, tags, assets, photos, artifacts, participants
    title: str  # the sheet's title in the report's language
    header: list[str]
    rows: list[list[Cell]]


def report_tables(report: Report) -> list[Table]:
    lang = report.lang
    w = labels(lang)

    def kind(code: str) -> str:
        return code_label(lang, "kind", code)

    def category(code: str | None) -> str:
        return code_label(lang, "category", code) if code else ""

    def code(c: str) -> str:
        return f"{c} ({w['code']})"

    return [
        Table(
            "stories",
            w["col_stories"],
            [
                w["col_title"],
                w["col_text"],
                w["col_tellers"],
                w["col_session"],
                w["col_language"],
                w["col_day"],
                w["col_id"],
            ],
            [
                [
                    s.title,
                    s.body,
                    "; ".join(s.tellers),
                    s.session or "",
                    s.language or "",
                    s.day,
                    s.id,
                ]
                for s in report.stories
            ],
        ),
        Table(
            "tags",
            w["col_tags"],
            [
                w["col_quote"],
                w["kind"],
                code(w["kind"]),
                w["category"],
                code(w["category"]),
                w["col_start"],
                w["col_end"],
                w["col_id"],
                w["col_story_id"],
                w["col_asset_id"],
            ],
            [
                [
                    t.quote,
                    kind(t.kind),
                    t.kind,
                    category(t.category),
                    t.category or "",
                    t.start,
                    t.end,
                    t.id,
                    s.id,
                    t.asset_id or "",
                ]
                for s in report.stories
                for t in s.tags
            ],
        ),
        Table(
            "assets",
            w["inventory"],
            [
                w["name"],
                w["kind"],
                code(w["kind"]),
                w["category"],
                code(w["category"]),
                w["mentions"],
                w["latitude"],
                w["longitude"],
                w["col_id"],
            ],
            [
                [
                    a.name,
                    kind(a.kind),
                    a.kind,
                    category(a.category),
                    a.category or "",
                    a.mentions,
                    a.lat,
                    a.lon,
                    a.id,
                ]
                for a in report.assets
            ],
        ),
        Table(
            "photos",
            w["photos"],
            [w["col_caption"], "sha256", w["col_id"]],
            [[p.caption, p.sha256, p.id] for p in report.photos],
        ),
        Table(
            "artifacts",
            w["artifacts"],
            [w["name"], w["col_meaning"], w["brought_by"], w["returned"]],
            [
                [a.name, a.meaning, a.brought_by, w["yes"] if a.returned else w["no"]]
                for a in report.artifacts
            ],
        ),
        Table(
            "participants",
            w["participants"],
            [w["name"], w["role"], code(w["role"])],
            [
                [name, code_label(lang, "role", role) if role else "", role]
                for name, role in report.named_participants
            ],
        ),
    ]
