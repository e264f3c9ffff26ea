"""The Events page: the list, one event's panel, the event dialog and its validation; a
long list shows its first rows at once and the rest once read on a worker."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime

import pytest
from helpers import hold_the_rest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from coopeten_gui.services import contact_list, event_returns, events, followups, offers_asks
from coopeten_gui.ui.dialogs.event_dialog import EventDialog
from coopeten_gui.ui.kit import background
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages import event_models
from coopeten_gui.ui.pages.event_models import AttendeeModel, EventTableModel
from coopeten_gui.ui.pages.events_page import EventsPage


@pytest.fixture
def options(tmp_path):
    return Options(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot, demo_db, options):
    page = EventsPage(None, options)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def held_rest(monkeypatch, demo_db):
    """The list reads its first 2 events at once; the rest, read on a worker, waits until
    the test sets the event it is given."""
    yield from hold_the_rest(monkeypatch, event_models, 2, events, "list_events")


def event_names(model) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def ruzafa() -> int:
    return next(row.id for row in events.list_events()
                if row.name == "Desayuno de Networking Ruzafa")


def test_list_shows_every_column(page):
    assert page.model.rowCount() == 6
    assert event_names(page.model)[0] == "Desayuno de Networking Ruzafa (diciembre)"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Date", "Event", "Kind", "Place", "Organiser", "Cost", "People"]
    row = page.model.row_of(ruzafa())
    assert page.model.index(row, 2).data() == "Networking breakfast"
    assert page.model.index(row, 3).data() == "Café Central, Valencia"
    assert "15" in page.model.index(row, 5).data()
    assert int(page.model.index(row, 6).data()) == len(events.attendees(ruzafa()))


def test_panel_shows_attendees_offers_and_followups(page):
    page.open_event(ruzafa())
    panel = page.panel
    assert panel.title.text() == "Desayuno de Networking Ruzafa"
    names = [panel.attendee_model.index(r, 0).data()
             for r in range(panel.attendee_model.rowCount())]
    assert "María Núñez" in names
    talked = panel.attendee_model.index(names.index("María Núñez"), 1).data()
    assert talked.startswith("Hablamos de")
    whats = [panel.exchanges.topLevelItem(i).text(2)
             for i in range(panel.exchanges.topLevelItemCount())]
    assert "Café en grano para su obrador a precio de mayorista" in whats
    assert panel.tabs.tabText(0).startswith("People (")


def test_filter_by_text(page, qtbot):
    qtbot.keyClicks(page.filter_edit, "ruzafa")
    assert event_names(page.model) == ["Desayuno de Networking Ruzafa (diciembre)",
                                       "Desayuno de Networking Ruzafa"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "Harinera")  # the place
    assert event_names(page.model) == ["Local Makers Meetup"]


def test_talked_about_is_edited_in_place(page, qtbot):
    page.open_event(ruzafa())
    table = page.panel.attendees
    model = page.panel.attendee_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text().startswith("Hablamos")
    editor.selectAll()
    qtbot.keyClicks(editor, "Newsletter swap in spring")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    contact_id = model.contact_id(0)

    def saved() -> str:
        return {r.contact_id: r.talked_about for r in events.attendees(ruzafa())}[contact_id]

    # the view commits the editor's text right after the key (a queued call)
    qtbot.waitUntil(lambda: saved() == "Newsletter swap in spring")
    assert model.index(0, 1).data() == "Newsletter swap in spring"


def test_add_and_remove_an_attendee(page, qtbot):
    luis = next(r.id for r in contact_list.search_contacts("Luis Ferrer"))
    page.open_event(ruzafa())
    panel = page.panel
    before = panel.attendee_model.rowCount()
    panel.attendee_picker.set_contact(luis)
    qtbot.mouseClick(panel.add_attendee_button, Qt.MouseButton.LeftButton)
    assert panel.attendee_model.rowCount() == before + 1
    assert events.is_attendee(ruzafa(), luis)
    row = next(r for r in range(panel.attendee_model.rowCount())
               if panel.attendee_model.contact_id(r) == luis)
    panel.attendees.setCurrentIndex(panel.attendee_model.index(row, 0))
    qtbot.mouseClick(panel.remove_attendee_button, Qt.MouseButton.LeftButton)
    assert not events.is_attendee(ruzafa(), luis)


def test_new_event_shows_what_is_wrong_beside_the_fields(page, qtbot):
    steps = []

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no name yet
        steps.append(dialog.errors.label("name").text())
        qtbot.keyClicks(dialog.name_edit, "Coffee & Code")
        qtbot.keyClicks(dialog.cost_edit, "ten euros")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        steps.append(dialog.errors.label("cost").text())
        steps.append(dialog.isVisible())
        dialog.cost_edit.clear()
        qtbot.keyClicks(dialog.cost_edit, "12,50")
        qtbot.keyClicks(dialog.place_edit, "La Harinera")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in steps[0]
    assert "not an amount of money" in steps[1]
    assert steps[2] is True  # still open, nothing lost
    created = events.list_events(text="Coffee")[0]
    assert (created.name, created.place, created.cost_cents) == ("Coffee & Code",
                                                                 "La Harinera", 1250)
    assert page.current_event_id() == created.id
    assert page.panel.title.text() == "Coffee & Code"


def test_edit_event(page, qtbot):
    page.open_event(ruzafa())

    def rename():
        dialog = QApplication.activeModalWidget()
        assert dialog.name_edit.text() == "Desayuno de Networking Ruzafa"
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Desayuno Ruzafa")
        dialog.accept()

    QTimer.singleShot(0, rename)
    qtbot.mouseClick(page.panel.edit_button, Qt.MouseButton.LeftButton)
    event_id = page.current_event_id()
    assert events.get(event_id).name == "Desayuno Ruzafa"
    assert page.model.index(page.model.row_of(event_id), 1).data() == "Desayuno Ruzafa"


def test_delete_asks_first_then_moves_to_trash(page, qtbot):
    page.open_event(ruzafa())
    event_id = page.current_event_id()
    asked = []
    page.confirm = lambda title, text: asked.append(text) or False
    qtbot.mouseClick(page.panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Desayuno de Networking Ruzafa" in asked[0]
    assert page.model.row_of(event_id) >= 0  # said no: still there
    page.confirm = lambda title, text: True
    qtbot.mouseClick(page.panel.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.row_of(event_id) < 0
    assert event_id in [row.id for row in events.list_events(trash=True)]


def test_follow_up_from_the_event(page, qtbot):
    page.open_event(ruzafa())

    def add():
        dialog = QApplication.activeModalWidget()
        assert dialog.event_combo.currentData() == ruzafa()
        qtbot.keyClicks(dialog.title_edit, "Thank the organisers")
        dialog.accept()

    QTimer.singleShot(0, add)
    qtbot.mouseClick(page.panel.add_task_button, Qt.MouseButton.LeftButton)
    assert [t.title for t in followups.list_tasks(event_id=ruzafa())] == ["Thank the organisers"]
    qtbot.waitUntil(lambda: page.panel.task_model.rowCount() == 1)  # read on a worker
    assert page.panel.tabs.tabText(2) == "Follow-ups (1)"


def test_models(qtmodeltester, demo_db):
    model = EventTableModel()
    model.refresh()
    qtmodeltester.check(model)
    attendees = AttendeeModel()
    attendees.set_event(ruzafa())
    qtmodeltester.check(attendees)


def test_most_recent_event_is_the_one_that_started_last(db):
    assert events.most_recent_id() is None
    past = events.create(events.EventData(name="Past", starts_at="2020-01-01 08:00"))
    future = events.create(events.EventData(name="Future", starts_at="2099-01-01 08:00"))
    assert events.most_recent_id() == past
    events.trash([past])
    assert events.most_recent_id() == future
    assert events.most_recent_id(datetime(2100, 1, 1)) == future


def test_an_exchange_row_links_back_to_its_contact(page, qtbot):
    page.open_event(ruzafa())
    opened = []
    page.contact_opened.connect(opened.append)
    item = page.panel.exchanges.topLevelItem(0)
    page.panel.exchanges.itemActivated.emit(item, 0)
    people = {r.contact_name: r.contact_id for r in offers_asks.list_offers_asks(event_id=ruzafa())}
    assert opened == [people[item.text(0)]]


def test_events_page_shows_an_empty_database_kindly(qtbot, db, options):
    page = EventsPage(None, options)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert page.panel.title.text() == "No event selected"
    assert not page.panel.edit_button.isEnabled()


def test_a_long_list_shows_its_first_rows_then_the_rest(qtbot, held_rest, page):
    everything = [r.name for r in events.list_events()]
    assert len(everything) == 6
    assert event_names(page.model) == everything[:2]
    held_rest.set()
    qtbot.waitUntil(lambda: event_names(page.model) == everything)


def test_an_event_further_down_shows_at_once_and_is_selected_once_read(
        qtbot, held_rest, page):
    last = events.list_events()[-1]
    page.open_event(last.id)
    assert page.panel.title.text() == last.name
    assert page.current_event_id() == last.id
    assert not page.table.currentIndex().isValid()
    held_rest.set()
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid())
    assert page.model.event_id(page.table.currentIndex().row()) == last.id
    assert page.panel.title.text() == last.name


def test_the_rest_of_a_list_no_longer_shown_is_dropped(qtbot, held_rest, page):
    qtbot.keyClicks(page.filter_edit, "Harinera")
    assert event_names(page.model) == ["Local Makers Meetup"]
    held_rest.set()
    qtbot.waitUntil(lambda: not background.busy())
    qtbot.wait(20)
    assert event_names(page.model) == ["Local Makers Meetup"]


def test_opening_the_page_reads_the_events_details_once(qtbot, demo_db, options, monkeypatch):
    calls: Counter[str] = Counter()
    for module, name in ((events, "get"), (events, "attendees"), (followups, "list_tasks"),
                         (event_returns, "for_event")):
        def counted(*args, _read=getattr(module, name), _name=name, **kwargs):
            calls[_name] += 1
            return _read(*args, **kwargs)
        monkeypatch.setattr(module, name, counted)
    background.use_synchronous_pool(True)
    try:
        page = EventsPage(None, options)
        qtbot.addWidget(page)
    finally:
        background.use_synchronous_pool(False)
    assert calls == {"get": 1, "attendees": 1, "list_tasks": 1, "for_event": 1}
    assert page.panel.title.text() == events.get(page.current_event_id()).name


def test_the_follow_ups_shown_are_those_of_the_event_chosen_last(qtbot, page, monkeypatch):
    breakfast = ruzafa()
    followups.create(followups.FollowupData(title="Thank the organisers",
                                            due_at="2030-01-01 09:00", event_id=breakfast))
    other = next(r.id for r in events.list_events() if r.id != breakfast)
    release = threading.Event()
    read = followups.list_tasks

    def held(*args, **kwargs):
        if kwargs.get("event_id") == breakfast:
            release.wait(10)
        return read(*args, **kwargs)

    monkeypatch.setattr(followups, "list_tasks", held)
    page.open_event(breakfast)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(other), 0))
    release.set()
    qtbot.waitUntil(lambda: not background.busy())
    qtbot.wait(20)
    assert page.panel.event_id == other
    assert [page.panel.task_model.index(r, 0).data()
            for r in range(page.panel.task_model.rowCount())] == \
        [t.title for t in read(event_id=other, include_done=True)]
    assert "Thank the organisers" not in [page.panel.task_model.index(r, 0).data()
                                          for r in range(page.panel.task_model.rowCount())]
