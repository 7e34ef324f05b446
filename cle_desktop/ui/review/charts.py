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


def bar_chart(title: str, values: dict[str, int], colour: str = "#2a9d8f") -> QChartView:
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
    axis_x.setRange(0, max([v for _, v in items] + [1]) * 1.15)
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(title)
    return view
