"""The Dashboard: the state of the business at a glance, for an owner, not an analyst.

Overview: relationship stages as a funnel, the give and take of the busiest alliances,
what the latest events returned against their cost, proposals by status and value, and
the activity of the last twelve months. A second tab lists every event's returns,
sortable. "Alliance report…" writes the same figures as a PDF.

The figures (index reads, a tenth of a second at 100,000 contacts, a second at a million)
and the alliances (the whole ledger) are read off the UI thread (``ui.kit.background``)
and drawn when they come; the page shows at once, its charts "Reading the figures…". A
reload while a read is under way simply wins over it (``_generation``).
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import dashboard, event_returns, labels
from coopeten_gui.services.balance import LedgerRow
from coopeten_gui.services.dashboard import Figures
from coopeten_gui.ui.kit import money_edit
from coopeten_gui.ui.kit.background import run_in_background
from coopeten_gui.ui.kit.charts import BarChart, BarRow, ColumnChart, FunnelChart
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.pages.event_returns_view import EventReturnsTable, money, ratio


class DashboardPage(QWidget):
    """Signals:
        event_opened(int): open this event.
        report_requested(): the user asked for the alliance report.
        status_message(str): a short confirmation for the status bar.
    """

    event_opened = Signal(int)
    report_requested = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._returns_stale = True
        self.figures: Figures | None = None
        self.alliances: list[LedgerRow] | None = None

        self.report_button = QPushButton(self.tr("&Alliance report…"), self)
        self.report_button.setToolTip(self.tr("Save the alliances, events, proposals and "
                                              "referrals of a period as a PDF"))
        self.report_button.clicked.connect(self.report_requested)
        top = QHBoxLayout()
        top.addWidget(page_heading(self, self.tr("Dashboard")))
        top.addStretch(1)
        top.addWidget(self.report_button)

        self.funnel = FunnelChart(self.tr("Relationship stages"))
        self.balance_chart = BarChart(self.tr("Give and take with the top alliances"),
                                      [self.tr("You gave"), self.tr("They gave")])
        self.events_chart = BarChart(self.tr("Returns of the latest events"),
                                     [self.tr("Cost"), self.tr("Value back")])
        self.proposals_chart = BarChart(self.tr("Proposals by status"))
        self.activity_chart = ColumnChart(
            self.tr("Activity per month"),
            [self.tr("Timeline entries"), self.tr("Follow-ups done"), self.tr("Proposals")])
        self.charts: list[FunnelChart | BarChart | ColumnChart] = [
            self.funnel, self.balance_chart, self.events_chart, self.proposals_chart,
            self.activity_chart]
        notes = {
            self.balance_chart: self.tr("Bars: the number of gives each way; money beside "
                                        "them. Units are never mixed."),
            self.events_chart: self.tr("Value back: accepted proposals, business closed "
                                       "through referrals and promotion revenue from the "
                                       "people met there."),
        }
        for chart in self.charts:
            chart.empty_text = self.tr("Reading the figures…")
            chart.set_rows([])
        overview_body = QWidget(self)
        self.grid = QGridLayout(overview_body)
        self.grid.setSpacing(10)
        self.cards: list[QGroupBox] = []
        for chart in self.charts:
            card = QGroupBox(chart.title, overview_body)
            layout = QVBoxLayout(card)
            layout.addWidget(chart, 1)
            if chart in notes:
                note = QLabel(notes[chart], card)
                note.setWordWrap(True)
                note.setEnabled(False)
                layout.addWidget(note)
            self.cards.append(card)
        self.columns = 0
        self._arrange(2)
        overview = QScrollArea(self)
        overview.setWidgetResizable(True)
        overview.setWidget(overview_body)

        self.returns_table = EventReturnsTable(self)
        self.returns_table.event_opened.connect(self.event_opened)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(self.returns_table, self.tr("Event returns"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        # three charts a row where they fit (all five on one screen at 1366×768), two on
        # a small laptop, one in a narrow window
        self._arrange(3 if width >= 940 else 2 if width >= 560 else 1)

    def _arrange(self, columns: int) -> None:
        """Lay the cards out ``columns`` to a row; the activity chart (the last, twelve
        months wide) takes the rest of its row."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for row in range(self.grid.rowCount()):
            self.grid.setRowMinimumHeight(row, 0)
            self.grid.setRowStretch(row, 0)
        row = column = 0
        for index, card in enumerate(self.cards):
            last = index == len(self.cards) - 1
            self.grid.addWidget(card, row, column, 1, columns - column if last else 1)
            column += 1
            if column == columns:
                row, column = row + 1, 0
        for number in range(row + 1 if column else row):
            self.grid.setRowMinimumHeight(number, 230)
            self.grid.setRowStretch(number, 1)

    # -- loading ---------------------------------------------------------------------------

    def reload(self, today: date | None = None) -> None:
        """Read the figures again (off the UI thread); the charts fill in as they come."""
        self._generation += 1
        generation = self._generation
        self._returns_stale = True
        # both off the UI thread: the figures read every contact's stage and a year of
        # activity (a second at a million contacts), the alliances weigh the whole ledger
        run_in_background(None, lambda _p: dashboard.figures(today),
                          lambda result: self._arrived(generation, self.show_figures, result),
                          self._failed)
        run_in_background(None, lambda _p: dashboard.top_alliances(today),
                          lambda result: self._arrived(generation, self.show_alliances,
                                                       result),
                          self._failed)
        if self.tabs.currentWidget() is self.returns_table:
            self._load_returns()

    def _arrived(self, generation: int, show, result) -> None:
        # the page may be gone (a rebuild) or reloaded since this read began
        if shiboken6.isValid(self) and generation == self._generation:
            show(result)

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        for chart in self.charts:
            if chart.is_empty():
                chart.empty_text = self.tr("The figures could not be read: {error}").format(
                    error=error)
                chart.set_rows([])

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.returns_table and self._returns_stale:
            self._load_returns()

    def _load_returns(self) -> None:
        self._returns_stale = False
        generation = self._generation
        run_in_background(None, lambda _p: event_returns.list_returns(),
                          lambda rows: self._arrived(generation, self.returns_table.set_rows,
                                                     rows),
                          self._failed)

    # -- showing -----------------------------------------------------------------------------

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        locale = QLocale()
        symbol = money_edit.currency_symbol()
        nothing = self.tr("Nothing to show yet.")

        self.funnel.empty_text = self.tr("No contacts yet.")
        self.funnel.set_rows([(labels.stage(stage), count, locale.toString(count))
                              for stage, count in figures.stages])

        self.events_chart.empty_text = self.tr("No events held yet.")
        self.events_chart.set_rows([
            BarRow(row.name, (row.cost_cents, row.value_cents),
                   (money(row.cost_cents, symbol), money(row.value_cents, symbol)
                    + (f" ({ratio(row.value_per_cost)})" if row.value_per_cost is not None
                       else "")))
            for row in figures.events])

        self.proposals_chart.empty_text = self.tr("No proposals yet.")
        rows = [BarRow(labels.proposal_status(p.status), (p.count,),
                       (self.tr("%n proposal(s), {value}", "", p.count).format(
                           value=money(p.value_cents, symbol)),))
                for p in figures.proposals]
        self.proposals_chart.set_rows(rows if any(p.count for p in figures.proposals) else [])

        self.activity_chart.empty_text = nothing
        month_names = [locale.standaloneMonthName(m.month.month, QLocale.FormatType.ShortFormat)
                       for m in figures.months]
        long_names = [f"{locale.standaloneMonthName(m.month.month)} {m.month.year}"
                      for m in figures.months]
        self.activity_chart.set_rows(
            [BarRow(name, (m.interactions, m.followups_done, m.proposals),
                    tuple(locale.toString(v) for v in (m.interactions, m.followups_done,
                                                       m.proposals)))
             for name, m in zip(month_names, figures.months)], long_names)

    def show_alliances(self, rows: list[LedgerRow]) -> None:
        self.alliances = rows
        symbol = money_edit.currency_symbol()
        self.balance_chart.empty_text = self.tr(
            "No gives recorded yet: fulfil an offer or note a cross-promotion on a contact's "
            "page.")
        self.balance_chart.set_rows([
            BarRow(row.name, (row.given.gives, row.received.gives),
                   (self._gives_text(row.given.gives, row.given.money_cents, symbol),
                    self._gives_text(row.received.gives, row.received.money_cents, symbol)))
            for row in rows])

    def _gives_text(self, gives: int, cents: int, symbol: str) -> str:
        text = self.tr("%n give(s)", "", gives)
        return f"{text}, {money(cents, symbol)}" if cents else text
