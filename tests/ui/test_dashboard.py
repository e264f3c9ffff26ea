"""The event's Returns tab, the Dashboard in English and Spanish, light and dark, the
sortable table of every event's returns, and File → Alliance report… as a user goes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from coopeten_gui import translations
from coopeten_gui.services import contacts, events, my_business, proposals
from coopeten_gui.services import dashboard as dashboard_service
from coopeten_gui.services.alliance_report import Period
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit import background, charts, palette
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages.dashboard_page import DashboardPage
from coopeten_gui.ui.pages.event_returns_view import COLUMNS
from coopeten_gui.ui.pages.events_page import EventsPage


@pytest.fixture(autouse=True)
def synchronous():
    background.use_synchronous_pool(True)
    yield
    background.use_synchronous_pool(False)


@pytest.fixture
def book(db):
    """A breakfast (20 €) that paid off: Ana, now an ally, accepted a 500 € proposal;
    Bea came too. A fair (300 €) where Carla was met and nothing came of it yet."""
    breakfast = events.create(events.EventData(name="Breakfast", kind="breakfast",
                                               starts_at=datetime(2026, 5, 10, 8), cost="20"))
    fair = events.create(events.EventData(name="Fair", kind="fair",
                                          starts_at=datetime(2026, 4, 2, 10), cost="300"))
    ana = contacts.create(ContactData(given_name="Ana", stage="ally"))
    bea = contacts.create(ContactData(given_name="Bea"))
    carla = contacts.create(ContactData(given_name="Carla", stage="contacted",
                                        met_event_id=fair))
    events.add_attendee(breakfast, ana)
    events.add_attendee(breakfast, bea)
    events.add_attendee(fair, carla)
    deal = proposals.create(proposals.ProposalData(contact_id=ana, title="Swap", value=500))
    proposals.mark_sent(deal)
    proposals.decide(deal, "accepted")
    return {"breakfast": breakfast, "fair": fair}


@pytest.fixture
def options(tmp_path):
    return Options(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def usd(book):
    my_business.save(my_business.MyBusinessData(name="Me", currency="USD"))


def test_open_an_event_and_read_its_returns(qtbot, book, usd, options):
    page = EventsPage(None, options)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.open_event(book["breakfast"])
    tabs = page.panel.tabs
    tabs.setCurrentIndex(3)
    assert tabs.tabText(3) == "Returns"
    returns = page.panel.returns_panel
    shown = {key: label.text() for key, label in returns.fields.items()}
    assert shown["cost"] == "$20.00"
    assert shown["people"] == "2" and shown["allies"] == "1"
    assert shown["proposals"] == "1, 1 accepted"
    assert shown["accepted"] == "$500.00" and shown["value"] == "$500.00"
    assert shown["per_ally"] == "$20.00"
    assert shown["ratio"] == "25.0×"
    assert shown["per_person"] == "cost $10.00, value $250.00"
    assert returns.verdict.text() == "It paid off: $500.00 came back for $20.00 spent."
    assert returns.fields["value"].accessibleName() == "Value back: $500.00"

    # the list's other event: nothing came back yet
    page.open_event(book["fair"])
    assert returns.fields["people"].text() == "1"
    assert returns.fields["ratio"].text() == "0.0×"
    assert returns.verdict.text().startswith("Not paid off yet")


def _dashboard(qtbot) -> DashboardPage:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("look", ["light", "dark"])
def test_dashboard_shows_the_figures(qtbot, qapp, book, usd, language, look):
    translations.install(qapp, language)
    follower = palette.follow_system(qapp, look)
    try:
        page = _dashboard(qtbot)
        stage = {"en": ("Ally", "Contacted"), "es": ("Aliado", "Contactado")}[language]
        assert f"{stage[0]}: 1" in page.funnel.accessibleDescription()
        assert f"{stage[1]}: 1" in page.funnel.accessibleDescription()
        assert page.funnel.rows[0][1] == 1  # "new": Bea

        money = {"en": "$500.00", "es": "500,00\xa0$"}[language]
        events_text = page.events_chart.accessibleDescription()
        assert "Breakfast" in events_text and money in events_text
        assert [row.values for row in page.events_chart.rows] == [(2000, 50000), (30000, 0)]
        accepted = {"en": "Accepted", "es": "Aceptada"}[language]
        assert f"{accepted}: " in page.proposals_chart.accessibleDescription()
        assert [row.values for row in page.proposals_chart.rows] == [(0,), (0,), (1,), (0,)]
        # the proposal was written this month: the last column
        assert page.activity_chart.rows[-1].values[2] == 1
        assert len(page.activity_chart.rows) == 12
        # no gives yet: the alliances chart says so rather than drawing nothing
        assert page.balance_chart.is_empty()
        assert page.balance_chart.accessibleDescription() == page.balance_chart.empty_text

        # the charts are drawn in the palette in force
        assert palette.is_dark() == (look == "dark")
        image = page.funnel.grab().toImage()
        background_color = image.pixelColor(2, 2)
        assert (background_color.lightness() < 128) == (look == "dark")
        assert charts.series_color(0).name() == ("#6fb0ff" if look == "dark" else "#2a6fb0")
    finally:
        follower.set_appearance("light")


def test_alliances_appear_when_there_are_gives(qtbot, demo_db):
    page = _dashboard(qtbot)
    rows = page.balance_chart.rows
    assert rows and all(len(row.values) == 2 for row in rows)
    names = [row.label for row in rows]
    assert "María Núñez" in names
    maria = page.alliances[names.index("María Núñez")]
    assert rows[names.index("María Núñez")].values == (maria.given.gives, maria.received.gives)
    assert "María Núñez: You gave" in page.balance_chart.accessibleDescription()


def test_event_returns_table_sorts_and_opens(qtbot, book, usd):
    page = _dashboard(qtbot)
    opened = []
    page.event_opened.connect(opened.append)
    page.tabs.setCurrentWidget(page.returns_table)
    table = page.returns_table
    view = table.view
    assert table.proxy.rowCount() == 2
    names = lambda: [table.proxy.index(r, COLUMNS.index("name")).data()  # noqa: E731
                     for r in range(table.proxy.rowCount())]
    assert names() == ["Breakfast", "Fair"]  # newest first
    view.sortByColumn(COLUMNS.index("cost"), Qt.SortOrder.DescendingOrder)
    assert names() == ["Fair", "Breakfast"]
    view.sortByColumn(COLUMNS.index("ratio"), Qt.SortOrder.DescendingOrder)
    assert names() == ["Breakfast", "Fair"]
    # "2 events" once the catalogues have the plural forms of the new texts
    assert table.totals.text().startswith("2 event") and "$320.00" in table.totals.text()
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [book["fair"]]


def test_alliance_report_from_the_file_menu(qtbot, book, tmp_path, monkeypatch):
    from coopeten_gui.ui.dialogs import alliance_report_dialog
    from coopeten_gui.ui.main_window import MainWindow

    out = tmp_path / "report.pdf"
    walked = []

    class Reporter(alliance_report_dialog.AllianceReporter):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            self.ask_period = lambda: Period(date(2026, 1, 1), date(2026, 12, 31))
            self.ask_path = lambda period: walked.append(period) or str(out)

    monkeypatch.setattr(alliance_report_dialog, "AllianceReporter", Reporter)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_section("dashboard")
    window.report_action.trigger()
    assert walked == [Period(date(2026, 1, 1), date(2026, 12, 31))]
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in window.statusBar().currentMessage()
    # the dashboard's button walks the same way
    out.unlink()
    window.pages["dashboard"].report_button.click()
    assert out.exists()
    window.close()


def test_period_dialog_refuses_an_end_before_the_start(qtbot):
    from coopeten_gui.ui.dialogs.alliance_report_dialog import AllianceReportDialog

    dialog = AllianceReportDialog(None, today=date(2026, 6, 15))
    qtbot.addWidget(dialog)
    assert dialog.period() == Period(date(2025, 6, 16), date(2026, 6, 15))
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text().endswith("The period ends before it starts.")
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(10))
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert QApplication.activeModalWidget() is None


def test_the_page_shows_before_its_figures_are_read(qtbot, book, usd, monkeypatch):
    """At a million contacts the figures take a second to read: the page shows at once,
    its charts saying so, and the figures are read on a worker and drawn when they come."""
    import threading

    background.use_synchronous_pool(False)
    read_on = []
    read = dashboard_service.figures

    def figures(today=None):
        read_on.append(threading.current_thread() is threading.main_thread())
        return read(today)

    monkeypatch.setattr(dashboard_service, "figures", figures)
    page = DashboardPage()
    qtbot.addWidget(page)
    assert page.figures is None
    assert page.funnel.accessibleDescription() == "Reading the figures…"

    qtbot.waitUntil(lambda: page.figures is not None and page.alliances is not None,
                    timeout=10_000)
    assert read_on == [False]
    assert "Ally: 1" in page.funnel.accessibleDescription()
    assert [row.values for row in page.events_chart.rows] == [(2000, 50000), (30000, 0)]
