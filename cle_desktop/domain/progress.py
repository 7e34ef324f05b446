"""How long work reports how far it has come and learns that the person cancelled it.

Services, sync and reports take two plain callables, so they stay free of Qt (the window's
``ui.ops`` passes its own): ``progress(done, total)`` after each step, and ``cancelled()``,
asked only at the points where stopping is safe. Work that stops there raises
:class:`Cancelled`, whose sentence says what was kept (nothing, for an import that commits
whole or not at all; the photos stored so far, for a photo import).
"""

from __future__ import annotations

from collections.abc import Callable

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, PhraseError

__all__ = ["CancelCheck", "Cancelled", "Progress", "check_cancelled", "nothing_changed"]

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called from the worker's thread as the work goes."""

CancelCheck = Callable[[], bool]
"""``cancelled()``: True once the person pressed Cancel."""


class Cancelled(PhraseError):
    """The person cancelled; the sentence says what was kept."""


def nothing_changed() -> Cancelled:
    return Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was changed."))


def check_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` ("nothing was changed") if the person asked to stop."""
    if cancelled is not None and cancelled():
        raise nothing_changed()
