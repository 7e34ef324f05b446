"""Headings and labels of the report in English and Spanish (the report goes back to the
community in its own language)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime

from babel.dates import format_date, format_datetime, format_interval
from babel.numbers import format_decimal

from cle_desktop.domain.enums import SharingLevel

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Community Learning Exchange report",
        "contents": "Contents",
        "summary": "Summary",
        "map": "Community asset map",
        "inventory": "Assets, gifts and hopes",
        "quotes": "In their own words",
        "voices": "Whose voices were heard",
        "photos": "Photos",
        "artifacts": "Artifacts people brought",
        "participants": "Participants",
        "stories": "stories",
        "people": "participants",
        "asset": "Assets",
        "gift": "Gifts",
        "hope": "Hopes",
        "mentions": "Stories",
        "category": "Category",
        "name": "Name",
        "kind": "Kind",
        "role": "Role",
        "by_role": "Stories by teller role",
        "by_age": "Stories by generation",
        "by_kind": "Tags by kind",
        "by_category": "Tags by ABCD category",
        "by_session": "Stories by session",
        "brought_by": "Brought by",
        "returned": "Returned",
        "yes": "yes",
        "no": "no",
        "audience_public": "Prepared for the public. Stories, names and photos appear only as each participant allowed.",
        "audience_network": "Prepared for the CLE network. Stories, names and photos appear only as each participant allowed.",
        "audience_internal": "Prepared for the host team only. Stories, names and photos appear only as each participant allowed.",
        "word_public": "public",
        "word_network": "CLE network",
        "word_internal": "host team",
        "withheld": "{n} stories are not shown here because their tellers did not allow this audience.",
        "page": "Page {n}",
        "hosted_by": "Hosted by {host}",
        "no_places": "No assets have been placed on the map yet.",
        "told_by": "told by {names}",
        "longitude": "longitude",
        "latitude": "latitude",
        "code": "code",
        "n_stories": "{n} stories",
        "n_story": "{n} story",
        "map_number": "No.",
        "map_base": "Base map: {source}",
        "map_off": "{n} placed assets are not on this map (they lie outside the drawing or have no position on it): {names}.",
        "map_alt": "Map of {n} placed assets, numbered as in the table that follows.",
        "withheld_one": "{n} story is not shown here because its tellers did not allow this audience.",
        "map_off_one": "{n} placed asset is not on this map (it lies outside the drawing or has no position on it): {names}.",
        "map_alt_one": "Map of {n} placed asset, numbered as in the table that follows.",
        "count": "Count",
        "chart_alt": "Bar chart: {title}. The same numbers are in the table that follows.",
        "col_id": "id",
        "col_story_id": "story id",
        "col_asset_id": "asset id",
        "col_title": "title",
        "col_text": "text",
        "col_tellers": "told by",
        "col_session": "session",
        "col_language": "language",
        "col_day": "day",
        "col_start": "start",
        "col_end": "end",
        "col_quote": "quote",
        "col_caption": "caption",
        "col_meaning": "what it means",
        "col_stories": "Stories",
        "col_tags": "Tagged passages",
        "col_generation": "Generation",
        "col_team": "Team",
    },
    "es": {
        "report": "Informe del Intercambio de Aprendizaje Comunitario",
        "contents": "Contenido",
        "summary": "Resumen",
        "map": "Mapa de recursos de la comunidad",
        "inventory": "Recursos, dones y esperanzas",
        "quotes": "En sus propias palabras",
        "voices": "Qué voces se escucharon",
        "photos": "Fotos",
        "artifacts": "Objetos que trajeron",
        "participants": "Participantes",
        "stories": "historias",
        "people": "participantes",
        "asset": "Recursos",
        "gift": "Dones",
        "hope": "Esperanzas",
        "mentions": "Historias",
        "category": "Categoría",
        "name": "Nombre",
        "kind": "Tipo",
        "role": "Rol",
        "by_role": "Historias por rol",
        "by_age": "Historias por generación",
        "by_kind": "Etiquetas por tipo",
        "by_category": "Etiquetas por categoría ABCD",
        "by_session": "Historias por sesión",
        "brought_by": "Traído por",
        "returned": "Devuelto",
        "yes": "sí",
        "no": "no",
        "audience_public": "Preparado para el público en general. Las historias, nombres y fotos aparecen solo como cada participante lo permitió.",
        "audience_network": "Preparado para la red CLE. Las historias, nombres y fotos aparecen solo como cada participante lo permitió.",
        "audience_internal": "Preparado solo para el equipo anfitrión. Las historias, nombres y fotos aparecen solo como cada participante lo permitió.",
        "word_public": "público",
        "word_network": "red CLE",
        "word_internal": "equipo anfitrión",
        "withheld": "{n} historias no aparecen porque sus narradores no lo permitieron para este público.",
        "page": "Página {n}",
        "hosted_by": "Anfitriones: {host}",
        "no_places": "Todavía no hay recursos ubicados en el mapa.",
        "told_by": "contada por {names}",
        "longitude": "longitud",
        "latitude": "latitud",
        "code": "código",
        "n_stories": "{n} historias",
        "n_story": "{n} historia",
        "map_number": "N.º",
        "map_base": "Mapa base: {source}",
        "map_off": "{n} recursos ubicados no aparecen en este mapa (están fuera del dibujo o no tienen posición en él): {names}.",
        "map_alt": "Mapa de {n} recursos ubicados, numerados como en la tabla que sigue.",
        "withheld_one": "{n} historia no aparece porque sus narradores no lo permitieron para este público.",
        "map_off_one": "{n} recurso ubicado no aparece en este mapa (está fuera del dibujo o no tiene posición en él): {names}.",
        "map_alt_one": "Mapa de {n} recurso ubicado, numerado como en la tabla que sigue.",
        "count": "Cantidad",
        "chart_alt": "Gráfico de barras: {title}. Los mismos números están en la tabla que sigue.",
        "col_id": "id",
        "col_story_id": "id de la historia",
        "col_asset_id": "id del recurso",
        "col_title": "título",
        "col_text": "texto",
        "col_tellers": "contada por",
        "col_session": "sesión",
        "col_language": "idioma",
        "col_day": "día",
        "col_start": "inicio",
        "col_end": "fin",
        "col_quote": "cita",
        "col_caption": "pie de foto",
        "col_meaning": "qué significa",
        "col_stories": "Historias",
        "col_tags": "Pasajes etiquetados",
        "col_generation": "Generación",
        "col_team": "Equipo",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


# What a reader sees instead of the codes the database stores ("school_leader", "cultural").
# The same words as the app's own labels (``ui/labels.py`` and its Spanish translation; a test
# keeps the two in step): the report goes to the community, who never saw a code.
CODE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "kind": {"asset": "Asset", "gift": "Gift", "hope": "Hope"},
        "category": {
            "individual": "Individual",
            "association": "Association",
            "institution": "Institution",
            "physical": "Physical",
            "economic": "Economic",
            "cultural": "Cultural",
            "uncategorised": "No category",
        },
        "role": {
            "student": "Student",
            "family": "Family",
            "teacher": "Teacher",
            "school_leader": "School leader",
            "community_member": "Community member",
            "partner": "Partner",
            "elder": "Elder",
            "staff": "Staff",
            "other": "Other",
        },
        "age": {"youth": "Youth", "adult": "Adult", "elder": "Elder", "unknown": "Not given"},
    },
    "es": {
        "kind": {"asset": "Recurso", "gift": "Don", "hope": "Esperanza"},
        "category": {
            "individual": "Individual",
            "association": "Asociación",
            "institution": "Institución",
            "physical": "Físico",
            "economic": "Económico",
            "cultural": "Cultural",
            "uncategorised": "Sin categoría",
        },
        "role": {
            "student": "Estudiante",
            "family": "Familia",
            "teacher": "Docente",
            "school_leader": "Líder escolar",
            "community_member": "Integrante de la comunidad",
            "partner": "Persona aliada",
            "elder": "Persona mayor",
            "staff": "Personal",
            "other": "Otro",
        },
        "age": {
            "youth": "Joven",
            "adult": "Persona adulta",
            "elder": "Persona mayor",
            "unknown": "Sin indicar",
        },
    },
}

# Which vocabulary each chart counts.
CHART_VOCABULARY = {
    "by_kind": "kind",
    "by_category": "category",
    "by_role": "role",
    "by_age": "age",
}


def code_label(lang: str, vocabulary: str, code: str | None) -> str:
    """The reader's word for a stored code; a code this version does not know (from a newer
    laptop) shows as itself, readably, rather than disappearing."""
    if not code:
        return "—"
    table = CODE_LABELS.get(lang, CODE_LABELS["en"])[vocabulary]
    return table.get(code) or code.replace("_", " ").capitalize()


def relabel_counts(lang: str, vocabulary: str, counts: Mapping[str, int]) -> Counter[str]:
    """Counts keyed by code -> counts keyed by the reader's word (equal words add up)."""
    out: Counter[str] = Counter()
    for code, n in counts.items():
        out[code_label(lang, vocabulary, code)] += n
    return out


# Babel's locale for each report language: dates and numbers are written as a reader of that
# language writes them ("14 de octubre de 2026"), the same way in the PDF, HTML and DOCX.
BABEL_LOCALE = {"en": "en", "es": "es"}
# The language tag files carry (DOCX w:lang, PDF /Lang, HTML lang).
LANGUAGE_TAG = {"en": "en-US", "es": "es-ES"}


def babel_locale(lang: str) -> str:
    return BABEL_LOCALE.get(lang, "en")


def language_tag(lang: str) -> str:
    return LANGUAGE_TAG.get(lang, "en-US")


def audience_sentence(lang: str, audience: SharingLevel | str) -> str:
    """A whole sentence per audience: inserting a translated word into one sentence gave
    "Preparado para un público public"."""
    return labels(lang)[f"audience_{SharingLevel(audience).value}"]


def audience_word(lang: str, audience: SharingLevel | str) -> str:
    return labels(lang)[f"word_{SharingLevel(audience).value}"]


def long_date(lang: str, day: date) -> str:
    return format_date(day, format="long", locale=babel_locale(lang))


def date_range(lang: str, start: date | None, end: date | None) -> str:
    """ "14–16 de octubre de 2026", or one date, or nothing."""
    if start and end and start != end:
        return format_interval(start, end, "yMMMMd", locale=babel_locale(lang))
    day = start or end
    return long_date(lang, day) if day else ""


def when(lang: str, moment: datetime) -> str:
    return format_datetime(moment, format="medium", locale=babel_locale(lang))


def number(lang: str, n: float) -> str:
    """A count or figure with the language's digit grouping ("1,234" / "1234", "12.345")."""
    return format_decimal(n, locale=babel_locale(lang))


def counted(lang: str, key: str, n: int, **values: str) -> str:
    """The sentence ``key`` for ``n`` things: its ``<key>_one`` form for exactly one (English
    and Spanish both say "1 story", "2 stories"), else the plural, with ``n`` in the
    language's digits."""
    words = labels(lang)
    chosen = f"{key}_one" if n == 1 and f"{key}_one" in words else key
    return words[chosen].format(n=number(lang, n), **values)


def count_of_stories(lang: str, n: int) -> str:
    return labels(lang)["n_story" if n == 1 else "n_stories"].format(n=number(lang, n))
