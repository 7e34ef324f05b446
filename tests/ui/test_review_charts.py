"""The review charts read right: round ticks, days in date order, sessions in agenda order,
shares of stories (not of teller credits), and a line naming whose voices were not heard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QChartView, QValueAxis

from cle_desktop.services import Services
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.review import ReviewPage
from cle_desktop.ui.review.charts import nice_axis


def test_axis_steps_are_round_numbers() -> None:
    assert nice_axis(276) == (300, 100) or nice_axis(276) == (350, 50)
    top, step = nice_axis(276)
    assert str(step)[0] in "125" and top % step == 0 and top > 276
    assert nice_axis(3) == (4, 1)
    assert nice_axis(0) == (2, 1)
    assert nice_axis(92)[1] in (10, 20)


def _chart(page: ReviewPage, title: str) -> QChartView:
    return next(v for v in page.findChildren(QChartView) if v.chart().title() == title)


def test_overview_orders_days_and_sessions_and_counts_shares_over_stories(
    qtbot, services: Services, gathering_id: str
) -> None:
    start = datetime(2026, 10, 14, 9, tzinfo=UTC)
    late = services.gatherings.add_session(
        gathering_id, "Closing circle", starts_at=start + timedelta(days=2)
    )
    early = services.gatherings.add_session(gathering_id, "Opening circle", starts_at=start)
    kid1 = services.participants.add(gathering_id, "Ana", age_band="youth", role="student")
    kid2 = services.participants.add(gathering_id, "Ben", age_band="youth", role="student")
    services.participants.add(gathering_id, "Mel", age_band="elder", role="family")
    # One story told by two young people, three by nobody young, on three days.
    services.stories.capture(
        gathering_id,
        body="a",
        teller_ids=[kid1, kid2],
        session_id=late,
        recorded_at=start + timedelta(days=2),
    )
    for day in (1, 0, 1):
        services.stories.capture(
            gathering_id, body="b", session_id=early, recorded_at=start + timedelta(days=day)
        )
    page = ReviewPage(PageContext(services))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)

    days = _chart(page, "Stories by day").chart().axes()[0]
    day_axis = (
        days
        if isinstance(days, QBarCategoryAxis)
        else _chart(page, "Stories by day").chart().axes()[1]
    )
    assert list(reversed(day_axis.categories())) == ["Wed 14 Oct", "Thu 15 Oct", "Fri 16 Oct"]
    sessions = next(
        a
        for a in _chart(page, "Stories by session").chart().axes()
        if isinstance(a, QBarCategoryAxis)
    )
    assert list(reversed(sessions.categories())) == ["Opening circle", "Closing circle"]
    values = next(
        a for a in _chart(page, "Stories by session").chart().axes() if isinstance(a, QValueAxis)
    )
    assert values.tickType() == QValueAxis.TickType.TicksDynamic and values.tickInterval() == 1

    texts = [w.text() for w in page.voices.findChildren(type(page.not_heard))]
    assert any(t.startswith("Young people told 25% of the 4 stories") for t in texts)
    assert "Voices not heard: Family, Elder" in page.not_heard.text()


def test_every_bar_has_room_for_its_label(qtbot) -> None:
    """Qt Charts silently drops a category label whose band is shorter than a line of text;
    seven roles in a small chart named only every other bar."""
    from cle_desktop.ui.review.charts import bar_chart

    roles = {f"Role {i}": i + 1 for i in range(10)}
    view = bar_chart("Stories by teller role", roles)
    qtbot.addWidget(view)
    view.resize(600, view.minimumHeight())
    view.show()
    qtbot.waitExposed(view)
    plot = view.chart().plotArea()
    assert plot.height() / len(roles) >= view.fontMetrics().height()
