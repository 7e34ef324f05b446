"""Pictures a report needs: charts (matplotlib, Agg) with their numbers kept for tables, the
asset map (``reports.map_image``, Pillow), and metadata-free photo copies. Made once per export
into a temporary folder."""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from cle_desktop.media import export_copy_without_metadata  # noqa: E402
from cle_desktop.reports.map_image import KIND_COLOURS, MapImage, render_map  # noqa: E402
from cle_desktop.reports.model import Report, ReportPhoto  # noqa: E402
from cle_desktop.reports.text import CHART_VOCABULARY, code_label, labels, number  # noqa: E402

PALETTE = ["#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#264653", "#8ab17d", "#7b5ea7", "#b5838d"]


@dataclass(frozen=True)
class ReportImages:
    charts: dict[str, Path]
    map: MapImage | None
    photos: dict[str, Path]  # photo id -> stripped copy
    chart_rows: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # label, count

    @property
    def map_png(self) -> Path | None:
        return self.map.path if self.map else None


def chart_counts(report: Report) -> dict[str, tuple[Counter[str], dict[str, str] | None]]:
    """Each chart's counts keyed by code (for colours), with its colours."""
    return {
        "by_kind": (report.counts_by_kind(), KIND_COLOURS),
        "by_category": (report.counts_by_category(), None),
        "by_role": (report.voices_by_role(), None),
        "by_age": (report.voices_by_age(), None),
        "by_session": (report.stories_by_session(), None),
    }


def _bar(
    counter: Counter[str],
    title: str,
    out: Path,
    colours: dict[str, str] | None = None,
    label: Callable[[str], str] = lambda code: code,
    shown_number: Callable[[int], str] = str,
) -> Path:
    """A horizontal bar chart of counts; bars keyed by code (for colours), shown by label."""
    fig, ax = plt.subplots(figsize=(6, 2.6), dpi=150)
    items = sorted(counter.items(), key=lambda kv: -kv[1])[:10]
    names = [label(k) for k, _ in items]
    values = [v for _, v in items]
    cols = [(colours or {}).get(k, PALETTE[i % len(PALETTE)]) for i, (k, _) in enumerate(items)]
    ax.barh(names[::-1], values[::-1], color=cols[::-1])
    ax.set_title(title, loc="left", fontsize=11, color="#264653")
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no "12.5 stories"
    for i, v in enumerate(values[::-1]):
        ax.text(v, i, f" {shown_number(v)}", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out


def make_images(
    report: Report, workdir: Path, photo_side: int = 1200, max_photos: int = 200
) -> ReportImages:
    workdir.mkdir(parents=True, exist_ok=True)
    text = labels(report.lang)
    charts = {}
    chart_rows: dict[str, list[tuple[str, int]]] = {}
    for key, (counter, colours) in chart_counts(report).items():
        if counter:
            vocabulary = CHART_VOCABULARY.get(key)  # None: sessions are names already
            shown: Callable[[str], str] = (
                functools.partial(code_label, report.lang, vocabulary) if vocabulary else str
            )
            charts[key] = _bar(
                counter,
                text[key],
                workdir / f"{key}.png",
                colours,
                shown,
                functools.partial(number, report.lang),
            )
            chart_rows[key] = [
                (shown(code), n) for code, n in sorted(counter.items(), key=lambda kv: -kv[1])
            ]

    def strip(photo: ReportPhoto) -> tuple[str, Path | None]:
        dest = workdir / f"photo-{photo.sha256[:16]}.jpg"
        try:
            export_copy_without_metadata(photo.path, dest, max_side=photo_side)
        except Exception:  # an unreadable original is left out, never shown with metadata
            return photo.id, None
        return photo.id, dest

    # Pillow releases the GIL while decoding and encoding: threads use every core here.
    with ThreadPoolExecutor(max_workers=min(4, (os.cpu_count() or 1) + 1)) as pool:
        photos = {pid: path for pid, path in pool.map(strip, report.photos[:max_photos]) if path}
    return ReportImages(charts, render_map(report, workdir / "map.png"), photos, chart_rows)
