"""Reading a stored consent record as the domain's ConsentTerms (shared by services and reports)."""

from __future__ import annotations

from cle_desktop.domain.consent import ConsentTerms
from cle_desktop.domain.enums import NameUse, SharingLevel
from cle_desktop.storage.models import Consent


def terms_of(consent: Consent | None) -> ConsentTerms | None:
    """No record (or a deleted one) is ``None``: deny by default."""
    if consent is None or consent.deleted:
        return None
    return ConsentTerms(
        sharing_level=SharingLevel(consent.sharing_level or "none"),
        name_use=NameUse(consent.name_use or "pseudonym"),
        photo_release=bool(consent.photo_release),
        audio_release=bool(consent.audio_release),
        is_minor=bool(consent.is_minor),
        guardian_permission=bool(consent.guardian_permission),
        youth_assent=bool(consent.youth_assent),
        withdrawn=bool(consent.withdrawn),
    )
