"""Escaping user text for map pages.

A JS template literal interprets ``${...}`` even in HTML-escaped text (``for_template_literal``). Our own pages never build HTML from user text (the popup script uses
``textContent``), and user data travels as JSON inside a ``<script type="application/json">``
block, where ``</script>`` and ``<!--`` must not appear either. Both helpers are here.
"""

from __future__ import annotations

import html
import json
from typing import Any


def for_template_literal(text: str) -> str:
    """HTML-escape, then neutralise everything a JS template literal interprets."""
    return (
        html.escape(text, quote=True)
        .replace("\\", "&#92;")
        .replace("`", "&#96;")
        .replace("$", "&#36;")
    )


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element (no tag or comment can be closed early)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
