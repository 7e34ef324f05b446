"""What people read instead of the codes the database stores.

Roles, age bands, sharing levels, tag kinds and ABCD categories are stored as short codes
("school_leader", "internal") because codes survive sync and schema changes; a person should
read "School leader" or "Líder escolar". Each vocabulary is a table of English labels marked
with ``QT_TRANSLATE_NOOP`` (so ``pyside6-lupdate`` extracts them, one context per vocabulary)
and translated when shown. Only the ui layer imports Qt, so the mapping lives here and the
domain enums stay plain.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from cle_desktop.domain.enums import AbcdCategory, AgeBand, Role, SharingLevel, TagKind


class Labels:
    """Translated labels for the codes of one vocabulary (a Qt translation context)."""

    def __init__(self, context: str, sources: Mapping[str, object], choices: tuple[str, ...]):
        self.context = context
        # Plain str codes, as the database returns them and the services take them back
        # (QT_TRANSLATE_NOOP is typed as returning object; it returns its text).
        self.sources = {str(code): str(text) for code, text in sources.items()}
        self.choices = tuple(str(code) for code in choices)  # pickable, in order

    def __call__(self, code: str | None) -> str:
        """The label of ``code``; a code this version does not know (from a newer laptop)
        shows as itself, readably, rather than disappearing."""
        if not code:
            return ""
        source = self.sources.get(code)
        if source is None:
            return str(code).replace("_", " ")
        return QCoreApplication.translate(self.context, source)

    def items(self) -> list[tuple[str, str]]:
        """``(code, label)`` pairs for a combo box: the stored value stays the code."""
        return [(code, self(code)) for code in self.choices]

    def relabel(self, counts: Mapping[str, int]) -> dict[str, int]:
        """Counts keyed by code -> counts keyed by label (for charts); equal labels add up."""
        out: dict[str, int] = {}
        for code, n in counts.items():
            label = self(code) or code
            out[label] = out.get(label, 0) + n
        return out


ROLES = Labels(
    "Role",
    {
        Role.STUDENT: QT_TRANSLATE_NOOP("Role", "Student"),
        Role.FAMILY: QT_TRANSLATE_NOOP("Role", "Family"),
        Role.TEACHER: QT_TRANSLATE_NOOP("Role", "Teacher"),
        Role.SCHOOL_LEADER: QT_TRANSLATE_NOOP("Role", "School leader"),
        Role.COMMUNITY_MEMBER: QT_TRANSLATE_NOOP("Role", "Community member"),
        Role.PARTNER: QT_TRANSLATE_NOOP("Role", "Partner"),
        Role.ELDER: QT_TRANSLATE_NOOP("Role", "Elder"),
        Role.STAFF: QT_TRANSLATE_NOOP("Role", "Staff"),
        Role.OTHER: QT_TRANSLATE_NOOP("Role", "Other"),
    },
    tuple(Role),
)

AGE_BANDS = Labels(
    "AgeBand",
    {
        AgeBand.YOUTH: QT_TRANSLATE_NOOP("AgeBand", "Youth"),
        AgeBand.ADULT: QT_TRANSLATE_NOOP("AgeBand", "Adult"),
        AgeBand.ELDER: QT_TRANSLATE_NOOP("AgeBand", "Elder"),
        "unknown": QT_TRANSLATE_NOOP("AgeBand", "Not given"),  # the review charts' bucket
    },
    tuple(AgeBand),
)

SHARING_LEVELS = Labels(
    "SharingLevel",
    {
        SharingLevel.NONE: QT_TRANSLATE_NOOP("SharingLevel", "Not shared"),
        SharingLevel.INTERNAL: QT_TRANSLATE_NOOP("SharingLevel", "Internal"),
        SharingLevel.NETWORK: QT_TRANSLATE_NOOP("SharingLevel", "Network"),
        SharingLevel.PUBLIC: QT_TRANSLATE_NOOP("SharingLevel", "Public"),
    },
    tuple(SharingLevel),
)

TAG_KINDS = Labels(
    "TagKind",
    {
        TagKind.ASSET: QT_TRANSLATE_NOOP("TagKind", "Asset"),
        TagKind.GIFT: QT_TRANSLATE_NOOP("TagKind", "Gift"),
        TagKind.HOPE: QT_TRANSLATE_NOOP("TagKind", "Hope"),
    },
    tuple(TagKind),
)

CATEGORIES = Labels(
    "AbcdCategory",
    {
        AbcdCategory.INDIVIDUAL: QT_TRANSLATE_NOOP("AbcdCategory", "Individual"),
        AbcdCategory.ASSOCIATION: QT_TRANSLATE_NOOP("AbcdCategory", "Association"),
        AbcdCategory.INSTITUTION: QT_TRANSLATE_NOOP("AbcdCategory", "Institution"),
        AbcdCategory.PHYSICAL: QT_TRANSLATE_NOOP("AbcdCategory", "Physical"),
        AbcdCategory.ECONOMIC: QT_TRANSLATE_NOOP("AbcdCategory", "Economic"),
        AbcdCategory.CULTURAL: QT_TRANSLATE_NOOP("AbcdCategory", "Cultural"),
        "uncategorised": QT_TRANSLATE_NOOP("AbcdCategory", "No category"),
    },
    tuple(AbcdCategory),
)

# Sync conflicts name a table and a column; a host should read "Story: Text", not "story body".
ENTITIES = Labels(
    "Entity",
    {
        "story": QT_TRANSLATE_NOOP("Entity", "Story"),
        "participant": QT_TRANSLATE_NOOP("Entity", "Person"),
        "consent": QT_TRANSLATE_NOOP("Entity", "Consent"),
        "tag": QT_TRANSLATE_NOOP("Entity", "Tag"),
        "asset": QT_TRANSLATE_NOOP("Entity", "Asset"),
        "photo": QT_TRANSLATE_NOOP("Entity", "Photo"),
        "artifact": QT_TRANSLATE_NOOP("Entity", "Artifact"),
        "gathering": QT_TRANSLATE_NOOP("Entity", "Gathering"),
        "session": QT_TRANSLATE_NOOP("Entity", "Session"),
        "place": QT_TRANSLATE_NOOP("Entity", "Place"),
        "basemap": QT_TRANSLATE_NOOP("Entity", "Base map"),
        "story_teller": QT_TRANSLATE_NOOP("Entity", "Teller of a story"),
        "photo_link": QT_TRANSLATE_NOOP("Entity", "Photo link"),
        "artifact_story": QT_TRANSLATE_NOOP("Entity", "Artifact in a story"),
    },
    (),
)

FIELDS = Labels(
    "Field",
    {
        "title": QT_TRANSLATE_NOOP("Field", "Title"),
        "body": QT_TRANSLATE_NOOP("Field", "Text"),
        "display_name": QT_TRANSLATE_NOOP("Field", "Name"),
        "name": QT_TRANSLATE_NOOP("Field", "Name"),
        "pseudonym": QT_TRANSLATE_NOOP("Field", "Pseudonym"),
        "role": QT_TRANSLATE_NOOP("Field", "Role"),
        "team": QT_TRANSLATE_NOOP("Field", "Team"),
        "age_band": QT_TRANSLATE_NOOP("Field", "Age band"),
        "languages": QT_TRANSLATE_NOOP("Field", "Languages"),
        "language": QT_TRANSLATE_NOOP("Field", "Language"),
        "sharing_level": QT_TRANSLATE_NOOP("Field", "Sharing level"),
        "caption": QT_TRANSLATE_NOOP("Field", "Caption"),
        "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
        "category": QT_TRANSLATE_NOOP("Field", "Category"),
        "description": QT_TRANSLATE_NOOP("Field", "Description"),
        "meaning": QT_TRANSLATE_NOOP("Field", "Meaning"),
        "note": QT_TRANSLATE_NOOP("Field", "Note"),
        "theme": QT_TRANSLATE_NOOP("Field", "Theme"),
        "session_id": QT_TRANSLATE_NOOP("Field", "Session"),
        "deleted": QT_TRANSLATE_NOOP("Field", "Deleted"),
    },
    (),
)


def local_time(moment: datetime, qt_format: str) -> str:
    """A time in the UI's locale ("vie 16:49", not "Fri 16:49"): ``strftime`` names days and
    months in the C locale, whatever language the window speaks."""
    when = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
    return QLocale().toString(when, qt_format)
