"""Pictures a report needs: charts and a static asset map (matplotlib, Agg), and metadata-free
photo copies. Made once per export into a temporary folder."""

from __future__ import annotations

import functools
import math
import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from cle_desktop.media import export_copy_without_metadata  # noqa: E402
from cle_desktop.reports.model import Report, ReportPhoto  # noqa: E402
from cle_desktop.reports.text import CHART_VOCABULARY, code_label, labels  # noqa: E402

KIND_COLOURS = {"asset": "#2a9d8f", "gift": "#e09f3e", "hope": "#7b5ea7"}
PALETTE = ["#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#264653", "#8ab17d", "#7b5ea7", "#b5838d"]


@dataclass(frozen=True)
class ReportImages:
    charts: dict[str, Path]
    map_png: Path | None
    photos: dict[str, Path]  # photo id -> stripped copy


def _bar(
    counter: Counter[str],
    title: str,
    out: Path,
    colours: dict[str, str] | None = None,
    label: Callable[[str], str] = lambda code: code,
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
        ax.text(v, i, f" {v}", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out


def _map(report: Report, out: Path) -> Path | None:
    placed = [a for a in report.assets if a.lat is not None and a.lon is not None]
    if not placed:
        return None
    fig, ax = plt.subplots(figsize=(6.5, 4.5), dpi=150)
    ax.set_facecolor("#f4f1ea")
    markers = {"asset": "o", "gift": "s", "hope": "^"}
    for kind in ("asset", "gift", "hope"):
        pts = [a for a in placed if a.kind == kind]
        if pts:
            ax.scatter(
                [a.lon or 0.0 for a in pts],
                [a.lat or 0.0 for a in pts],
                s=[40 + 12 * a.mentions for a in pts],
                c=KIND_COLOURS[kind],
                marker=markers[kind],
                label=labels(report.lang)[kind],
                alpha=0.85,
                edgecolors="white",
            )
    for a in placed:
        ax.annotate(
            a.name,
            (a.lon or 0, a.lat or 0),
            fontsize=7,
            xytext=(4, 4),
            textcoords="offset points",
            color="#1f2a30",
        )
    ax.legend(loc="lower right", fontsize=8, frameon=True)
    ax.set_xlabel(labels(report.lang)["longitude"], fontsize=7)
    ax.set_ylabel(labels(report.lang)["latitude"], fontsize=7)
    ax.tick_params(labelsize=7)
    ax.ticklabel_format(useOffset=False)  # "-105.95", not "-0.01" and a "-1.059e2" offset
    ax.set_aspect(1.0 / max(0.2, math.cos(math.radians(placed[0].lat or 0))))
    ax.grid(color="white", linewidth=0.8)
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
    for key, counter, colours in (
        ("by_kind", report.counts_by_kind(), KIND_COLOURS),
        ("by_category", report.counts_by_category(), None),
        ("by_role", report.voices_by_role(), None),
        ("by_age", report.voices_by_age(), None),
        ("by_session", report.stories_by_session(), None),
    ):
        if counter:
            vocabulary = CHART_VOCABULARY.get(key)  # None: sessions are names already
            shown: Callable[[str], str] = (
                functools.partial(code_label, report.lang, vocabulary) if vocabulary else str
            )
            charts[key] = _bar(counter, text[key], workdir / f"{key}.png", colours, shown)

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
    return ReportImages(charts, _map(report, workdir / "map.png"), photos)
