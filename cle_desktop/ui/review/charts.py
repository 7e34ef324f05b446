"""Small bar charts (Qt Charts) for the review screens."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

COLOURS = {"asset": "#2a9d8f", "gift": "#e09f3e", "hope": "#7b5ea7"}
LABEL_CHARS = 32  # longer category names (session titles) are shortened with "…"


def _axis_labels(names: list[str]) -> list[str]:
    """Names short enough to leave the bars room; unchanged if shortening makes two equal."""
    short = [n if len(n) <= LABEL_CHARS else n[: LABEL_CHARS - 1] + "…" for n in names]
    return short if len(set(short)) == len(short) else names


def nice_axis(largest: int, intervals: int = 8) -> tuple[int, int]:
    """(top, step) of a count axis: whole, round steps (1, 2, 5 × 10ⁿ), at most ``intervals``
    of them, and a little room above the largest bar for its value label: "0, 50, 100 … 350",
    never "0, 69, 138, 207"."""
    room = max(1, largest) * 1.12
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            step = m * magnitude
            top = (int(room) // step + 1) * step
            if top // step <= intervals:
                return top, step
        magnitude *= 10


def bar_chart(
    title: str, values: dict[str, int], colour: str = "#2a9d8f", ordered: bool = False
) -> QChartView:
    """Horizontal bars, the largest ten by count; with ``ordered`` the given order (agenda,
    calendar) is kept and read top to bottom."""
    if ordered:
        items = list(values.items())[:12][::-1]  # Qt draws the first category at the bottom
    else:
        items = sorted(values.items(), key=lambda kv: kv[1])[-10:]
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    bars.setLabelColor(QColor("#1f2a30"))
    for _, v in items:
        bars.append(v)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(8)
    axis_y = QBarCategoryAxis()
    axis_y.append(_axis_labels([k.replace("_", " ") for k, _ in items]))
    # Qt elides category labels to "..." whenever a bar band is shorter than a line of text
    # (six sessions in a 220 px chart showed only dots); the labels are kept short instead.
    axis_y.setTruncateLabels(False)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    top, step = nice_axis(max([v for _, v in items] + [1]))
    axis_x.setRange(0, top)
    axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_x.setTickAnchor(0)
    axis_x.setTickInterval(step)
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Qt leaves out a category's label when its band is shorter than a line of text (seven
    # roles in 220 px named only every other bar), so each bar gets a line's height at least.
    line = view.fontMetrics().height() + 6
    view.setMinimumHeight(max(220, 120 + line * len(items)))
    view.setAccessibleName(title)
    return view
