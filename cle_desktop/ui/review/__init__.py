"""Host review: overview charts, whose voices were heard, the asset inventory (merge, rename,
categorise), the story browser, and the report export."""

from cle_desktop.ui.review.page import ReviewPage

__all__ = ["ReviewPage"]
