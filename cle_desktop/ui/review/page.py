"""The review page a host opens after the gathering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.ui.export_dialog import ReportExportPanel
from cle_desktop.ui.labels import AGE_BANDS, CATEGORIES, ROLES, TAG_KINDS
from cle_desktop.ui.pages import Page, PageContext
from cle_desktop.ui.review.browser import BrowserSort, StoryBrowserModel
from cle_desktop.ui.review.charts import COLOURS, bar_chart
from cle_desktop.ui.review.inventory import InventoryPanel


class ReviewPage(Page):
    exported = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        services = context.services
        self.tabs = QTabWidget()
        self.overview = QWidget()
        self.overview_grid = QGridLayout(self.overview)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        self.voices = QWidget()
        self.voices_layout = QVBoxLayout(self.voices)
        self.inventory = InventoryPanel(services, self)
        self.browser = QWidget()
        self._build_browser()
        self.tabs.addTab(scroll, self.tr("Overview"))
        self.tabs.addTab(self.voices, self.tr("Whose voices were heard"))
        self.tabs.addTab(self.inventory, self.tr("Asset inventory"))
        self.tabs.addTab(self.browser, self.tr("Story browser"))

        self.export_panel = ReportExportPanel(services, self.dialogs, self)
        self.export_panel.exported.connect(self.exported)
        # The pickers, reachable from the page as before.
        self.format_combo = self.export_panel.format_combo
        self.audience_combo = self.export_panel.audience_combo
        self.lang_combo = self.export_panel.lang_combo
        self.export_action = self.export_panel.export_action
        self.export_button = self.export_panel.export_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.export_panel)
        layout.addWidget(self.tabs, 1)

    def _build_browser(self) -> None:
        self.filter_session = QComboBox()
        self.filter_session.setAccessibleName(self.tr("Session"))
        self.filter_consent = QComboBox()
        self.filter_consent.setAccessibleName(self.tr("Consent state"))
        self.filter_consent.addItem(self.tr("All stories"), "all")
        self.filter_consent.addItem(self.tr("⚠ A teller has no recorded consent"), "missing")
        self.filter_consent.addItem(self.tr("Shareable publicly"), "public")
        self.filter_kind = QComboBox()
        self.filter_kind.setAccessibleName(self.tr("Tag kind"))
        self.filter_kind.addItem(self.tr("Any tag"), None)
        for code, label in TAG_KINDS.items():
            self.filter_kind.addItem(label, code)
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("browserSort")
        self.sort_combo.setAccessibleName(self.tr("Sort stories by"))
        for code, label in (
            ("newest", self.tr("Newest first")),
            ("oldest", self.tr("Oldest first")),
            ("title", self.tr("Title")),
            ("teller", self.tr("Teller")),
        ):
            self.sort_combo.addItem(label, code)
        # Each entry: title, then teller · session · time, then the opening words. The
        # filters ask the service again; the sort box only reorders what is shown.
        self.browser_model = StoryBrowserModel(self)
        self.browser_sort = BrowserSort(self)
        self.browser_sort.setSourceModel(self.browser_model)
        self.story_list = QListView()
        self.story_list.setObjectName("storyBrowser")
        self.story_list.setModel(self.browser_sort)
        self.story_list.setWordWrap(True)
        self.story_list.setAlternatingRowColors(True)
        self.story_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.story_list.setAccessibleName(self.tr("Stories"))
        self.story_list.activated.connect(
            lambda index: self.storyRequested.emit(index.data(StoryBrowserModel.IdRole))
        )
        for combo in (self.filter_session, self.filter_consent, self.filter_kind):
            combo.activated.connect(lambda _i: self._fill_browser())
        self.sort_combo.activated.connect(
            lambda _i: self.browser_sort.set_order(self.sort_combo.currentData())
        )
        row = QHBoxLayout()
        for w in (self.filter_session, self.filter_consent, self.filter_kind, self.sort_combo):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self.browser)
        layout.addLayout(row)
        layout.addWidget(self.story_list)

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id
        self.filter_session.clear()
        self.filter_session.addItem(self.tr("All sessions"), None)
        for sess in self.services.gatherings.sessions(gathering_id):
            self.filter_session.addItem(sess.title, sess.id)
        self.refresh()

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        ov = self.services.reports.overview(self.gathering_id)
        while self.overview_grid.count():
            item = self.overview_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        # Five counts, each its own numerus fragment ("1 photo", "2 photos" in each language):
        # Qt's numerus plural-forms only one number of a sentence.
        stats = QLabel(
            " · ".join(
                (
                    self.tr("<b>%Ln</b> stories", "", ov.stories),
                    self.tr("<b>%Ln</b> participants", "", ov.participants),
                    self.tr("<b>%Ln</b> photos", "", ov.photos),
                    self.tr("<b>%Ln</b> artifacts", "", ov.artifacts),
                    self.tr(
                        "<b>%Ln</b> stories with a teller whose consent is not recorded",
                        "",
                        ov.stories_without_consent,
                    ),
                )
            )
        )
        stats.setObjectName("sectionTitle")
        self.stats = stats  # the counts line (tests read what it says)
        self.overview_grid.addWidget(stats, 0, 0, 1, 2)
        charts = [
            (self.tr("Tags by kind"), TAG_KINDS.relabel(ov.tags_by_kind), COLOURS["asset"]),
            (
                self.tr("Tags by ABCD category"),
                CATEGORIES.relabel(ov.tags_by_category),
                "#e76f51",
            ),
            (self.tr("Stories by session"), ov.stories_by_session, "#264653"),
            (self.tr("Stories by day"), self._day_labels(ov.stories_by_day), "#e9c46a"),
        ]
        # Two equal columns: the right-hand charts were squeezed to a third of the width.
        self.overview_grid.setColumnStretch(0, 1)
        self.overview_grid.setColumnStretch(1, 1)
        for i, (title, values, colour) in enumerate(charts):
            ordered = i >= 2  # sessions in agenda order, days in date order
            self.overview_grid.addWidget(
                bar_chart(title, values, colour, ordered=ordered), 1 + i // 2, i % 2
            )
        while self.voices_layout.count():
            item = self.voices_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        # Shares of stories (a story told by two young people counts once), said so.
        total = ov.stories or 1
        locale = QLocale()
        note = QLabel(
            self.tr(
                "Young people told {0} of the %Ln stories; elders {1}. (A story with "
                "several tellers counts for each of their generations.)",
                "",
                ov.stories,
            ).format(
                self.tr("{0}%").format(
                    locale.toString(round(100 * ov.stories_with_age.get("youth", 0) / total))
                ),
                self.tr("{0}%").format(
                    locale.toString(round(100 * ov.stories_with_age.get("elder", 0) / total))
                ),
            )
        )
        note.setObjectName("sectionTitle")
        note.setWordWrap(True)
        self.voices_layout.addWidget(note)
        unheard = [ROLES(r) for r in ov.roles_not_heard] + [AGE_BANDS(a) for a in ov.ages_not_heard]
        self.not_heard = QLabel(
            self.tr("Voices not heard: {0} (at the gathering, but no story told).").format(
                ", ".join(unheard)
            )
            if unheard
            else self.tr("Every role and generation present told at least one story.")
        )
        self.not_heard.setObjectName("warning" if unheard else "hint")
        self.not_heard.setWordWrap(True)
        self.voices_layout.addWidget(self.not_heard)
        row = QHBoxLayout()
        row.addWidget(
            bar_chart(
                self.tr("Stories by teller role"), ROLES.relabel(ov.stories_by_role), "#2a9d8f"
            )
        )
        row.addWidget(
            bar_chart(
                self.tr("Stories by generation"), AGE_BANDS.relabel(ov.stories_by_age), "#f4a261"
            )
        )
        holder = QWidget()
        holder.setLayout(row)
        self.voices_layout.addWidget(holder)
        self.voices_layout.addWidget(
            bar_chart(
                self.tr("Tagged passages by teller role"), ROLES.relabel(ov.tags_by_role), "#7b5ea7"
            )
        )
        self.inventory.set_gathering(self.gathering_id)
        self.export_panel.set_gathering(self.gathering_id)
        self._fill_browser()

    @staticmethod
    def _day_labels(by_day: dict[str, int]) -> dict[str, int]:
        """ISO dates as the locale writes a day ("Wed 14 Oct", "mié 14 oct"), in date order."""
        from PySide6.QtCore import QDate

        out: dict[str, int] = {}
        for iso, n in sorted(by_day.items()):
            day = QDate.fromString(iso, "yyyy-MM-dd")
            label = QLocale().toString(day, "ddd d MMM") if day.isValid() else iso
            out[label] = out.get(label, 0) + n
        return out

    def _fill_browser(self) -> None:
        if not self.gathering_id:
            return
        self.browser_model.set_rows(
            self.services.stories.browse(
                self.gathering_id,
                session=self.filter_session.currentData(),
                kind=self.filter_kind.currentData(),
                consent=self.filter_consent.currentData() or "all",
            )
        )
        self.browser_sort.set_order(self.sort_combo.currentData())

    def browser_ids(self) -> list[str]:
        """The story ids the browser shows, top to bottom (after filters and sort)."""
        return [
            self.browser_sort.index(row, 0).data(StoryBrowserModel.IdRole)
            for row in range(self.browser_sort.rowCount())
        ]

    def export_report(self, out: Path | None = None) -> bool:
        """Export with the chosen format, audience and language (asks where unless ``out``)."""
        return self.export_panel.start(out)
