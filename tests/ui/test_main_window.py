"""The main window: navigation, search everywhere, menus, layout memory, export, palettes,
and the background-work helper."""

from __future__ import annotations

import gc
import threading

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from coopeten_gui.services import contact_list, events
from coopeten_gui.ui import database_files
from coopeten_gui.ui.dialogs.global_search import SearchResultsModel, search_everything
from coopeten_gui.ui.kit import background, palette
from coopeten_gui.ui.main_window import SECTIONS, MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(show_active, demo_db, settings):
    return show_active(MainWindow(settings))


@pytest.fixture
def synchronous():
    background.use_synchronous_pool(True)
    yield
    background.use_synchronous_pool(False)


def maria_id() -> int:
    return next(r.id for r in contact_list.search_contacts("María Núñez"))


def test_today_first_and_every_section_on_ctrl_number(qtbot, window):
    assert window.stack.currentWidget() is window.pages["today"]
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Today", "Contacts", "Organizations", "Events", "Offers & Asks", "Follow-ups",
        "Proposals", "Referrals", "Alliances", "Dashboard", "My business", "Settings"]
    ctrl = Qt.KeyboardModifier.ControlModifier
    for number, key in enumerate(SECTIONS, start=1):
        if key == "settings":
            qtbot.keyClick(window, Qt.Key.Key_Comma, ctrl)
        elif number <= 10:
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), ctrl)
        else:
            continue
        assert window.stack.currentWidget() is window.pages[key], key
        assert window.navigation.currentRow() == number - 1


def test_ctrl_k_finds_maria_and_enter_opens_her(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    qtbot.keyClicks(popup.edit, "maria nu")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0)
    first = popup.model.hit(0)
    assert (first.kind, first.title) == ("contact", "María Núñez")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.stack.currentWidget() is window.contact_view
    assert window.contact_view.contact_id == maria_id()


def test_search_reaches_events_organizations_and_offers(qtbot, window):
    popup = window.search_everywhere()
    qtbot.keyClicks(popup.edit, "ruzafa")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0)
    kinds = {popup.model.hit(r).kind for r in range(popup.model.rowCount())}
    assert "event" in kinds
    # arrow down to the event and open it
    row = next(r for r in range(popup.model.rowCount()) if popup.model.hit(r).kind == "event")
    for _ in range(row):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    event_id = popup.model.hit(row).id
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.events_page
    assert window.events_page.current_event_id() == event_id

    hits = search_everything("masa madre")
    assert ("organization", "Panadería Masa Madre") in {(h.kind, h.title) for h in hits}
    window.open_search_hit(next(h for h in hits if h.kind == "organization"))
    assert window.stack.currentWidget() is window.pages["organizations"]
    offers = [h for h in search_everything("boletín") if h.kind == "offer_ask"]
    assert offers and all(h.contact_id for h in offers)


def test_search_without_results_says_so(qtbot, window):
    popup = window.search_everywhere()
    qtbot.keyClicks(popup.edit, "zzzqqq")
    qtbot.waitUntil(lambda: popup.empty.isVisible() and "zzzqqq" in popup.empty.text())
    assert popup.model.rowCount() == 0
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.stack.currentWidget() is window.pages["today"]


def test_search_results_model(qtmodeltester, demo_db):
    model = SearchResultsModel()
    model.set_hits(search_everything("mar"))
    assert model.rowCount() > 3
    qtmodeltester.check(model)


def test_geometry_and_splitter_are_restored(qtbot, demo_db, settings):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # the test screen is 800×800 and restoring keeps a window on its screen: a size that
    # fits (the height differs from the 760 px a first start gets)
    first.resize(first.minimumSizeHint().width(), 640)
    first.splitter.setSizes([240, first.splitter.width() - 240])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == size and size.height() == 640
    assert second.splitter.sizes() == sizes
    assert second.stack.currentWidget() is second.pages["today"]  # Today, whatever was last


def test_menus_and_standard_shortcuts(qtbot, window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Edit", "&Go"] and menus[-1] == "&Help"
    assert isinstance(window.undo_stack, QUndoStack)
    assert window.undo_action.shortcut().matches(
        window.undo_action.shortcuts()[0]) is not None
    assert window.new_contact_action.shortcut().toString() == "Ctrl+N"
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert window.go_actions["settings"].shortcut().toString() == "Ctrl+,"
    assert window.go_actions["dashboard"].shortcut().toString() == "Ctrl+0"
    qtbot.waitUntil(lambda: "contact" in window.count_label.text())


def test_undo_and_redo_come_from_the_window_stack(qtbot, window):
    view = window.today_page.views["overdue"]
    view.setFocus()
    view.setCurrentIndex(window.today_page.models["overdue"].index(0, 0))
    before = window.today_page.models["overdue"].rowCount()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.undo_action.isEnabled()
    assert window.today_page.models["overdue"].rowCount() == before - 1
    window.undo_action.trigger()
    assert window.today_page.models["overdue"].rowCount() == before
    window.redo_action.trigger()
    assert window.today_page.models["overdue"].rowCount() == before - 1


def test_pages_not_on_screen_reload_when_shown(qtbot, window):
    window.show_section("events")
    before = window.events_page.model.rowCount()
    window.show_section("today")
    events.create(events.EventData(name="Coffee & Code", starts_at="2030-01-01 09:00"))
    window.notify_data_changed()
    window.show_section("events")
    assert window.events_page.model.rowCount() == before + 1


def test_export_calendar_from_the_file_menu(qtbot, window, synchronous, tmp_path,
                                            monkeypatch):
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    window.export_calendar_action.trigger()
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(c["uid"]) for c in calendar.walk("VEVENT")}
    assert {f"event-{r.id}@coopeten" for r in events.list_events()} <= uids
    assert any(uid.startswith("followup-") for uid in uids)
    assert "agenda.ics" in window.statusBar().currentMessage()


def test_choosing_a_database_starts_beside_the_open_one(window, demo_db, monkeypatch):
    asked = []

    def cancel(_parent, _title, start, *_rest, **_options):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    assert database_files.choose_to_open(window) is False  # cancelled: nothing opened
    assert database_files.choose_new(window) is False
    assert asked == [str(demo_db.parent), str(demo_db.parent / "coopeten-new.sqlite")]
    assert contact_list.count() > 0  # still the demo


def test_open_another_database_rebuilds_the_pages(qtbot, window, tmp_path, monkeypatch):
    new_path = tmp_path / "second.sqlite"
    monkeypatch.setattr(window, "ask_new_path", lambda: str(new_path))
    old_today = window.today_page
    assert window.choose_new_database()
    assert window.today_page is not old_today
    assert window.options.last_database == str(new_path)
    assert contact_list.count() == 0
    assert window.today_page.models["overdue"].rowCount() == 0
    assert "second.sqlite" in window.windowTitle()
    assert window.stack.currentWidget() is window.pages["today"]


def test_dark_palette_follows_the_choice(qtbot, window):
    app = QApplication.instance()
    try:
        window.set_appearance("dark")
        assert app.style().name().lower() == "fusion"
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
        assert palette.is_dark()
        window.set_appearance("light")
        assert not palette.is_dark()
    finally:
        window.set_appearance("system")
    assert not palette.is_dark()  # the test platform's scheme is not dark


def test_background_work_runs_off_the_ui_thread(qtbot):
    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        progress.report(1, 2)
        return 42

    results = []
    background.run_in_background(None, work, results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert seen["thread"] is not threading.main_thread()


def test_background_errors_and_cancel_come_back(qtbot, synchronous):
    errors, cancelled = [], []

    def broken(_progress):
        raise ValueError("no disk")

    background.run_in_background(None, broken, on_error=errors.append)
    assert [str(e) for e in errors] == ["no disk"]

    def cancelling(progress):
        progress.cancel()  # as the Cancel button does
        return "ignored"

    done = []
    background.run_in_background(None, cancelling, done.append,
                                 on_cancel=lambda: cancelled.append(True))
    assert cancelled == [True] and done == []


def test_export_calendar_on_a_worker_thread(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "threaded.ics"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    window.export_calendar()
    # the window stays responsive; the result arrives through the event loop
    qtbot.waitUntil(lambda: "threaded.ics" in window.statusBar().currentMessage())
    uids = {str(c["uid"]) for c in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert {f"event-{r.id}@coopeten" for r in events.list_events()} <= uids


def test_ctrl_shift_c_opens_quick_capture(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    capture = window.capture_window
    assert capture is not None and capture.isVisible()
    assert capture.event_id() == events.most_recent_id()
    capture.close()
    qtbot.waitUntil(lambda: window.capture_window is None)


def test_background_callbacks_survive_garbage_collection(qtbot):
    """A callback such as ``results.append`` is held by the task: connected straight to a
    queued signal, PySide held it so loosely that garbage collection lost about one call
    in six."""
    parent = QWidget()
    qtbot.addWidget(parent)
    for number in range(60):
        results = []

        def work(_progress, number=number):
            gc.collect()
            return number

        background.run_in_background(parent, work, results.append)
        gc.collect()
        qtbot.waitUntil(lambda results=results, number=number: results == [number],
                        timeout=1000)


def test_the_go_menu_shows_offers_and_asks_with_its_ampersand(window):
    action = window.go_actions["exchanges"]
    assert action.text() == "Offers && Asks"  # drawn as "Offers & Asks"
    assert QKeySequence.mnemonic(action.text()).isEmpty()  # "&" is no shortcut here


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height())}


def test_links_and_error_lines_follow_light_and_dark(qtbot):
    from PySide6.QtWidgets import QLabel

    from coopeten_gui.ui.kit.forms import ErrorLabel

    app = QApplication.instance()
    link = QLabel("<a href='x'>LINKLINKLINK</a>")
    error = ErrorLabel()
    error.show_message("Wrong")
    for widget in (link, error):
        qtbot.addWidget(widget)
        widget.resize(200, 40)
        widget.show()
    try:
        window_light = app.palette().color(QPalette.ColorRole.Window)
        palette.follow_system(app, "dark")
        dark_link = app.palette().color(QPalette.ColorRole.Link).name()
        assert dark_link in _colours(link)
        assert palette.error_color() in error.styleSheet()
        palette.follow_system(app, "light")
        light_link = app.palette().color(QPalette.ColorRole.Link).name()
        assert light_link in _colours(link) and dark_link not in _colours(link)
        assert palette.error_color() in error.styleSheet()
        assert app.palette().color(QPalette.ColorRole.Window) == window_light
    finally:
        palette.follow_system(app, "system")
