"""Quick capture at an event: typing people in with the keyboard only, and what it saves."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from coopeten_gui.services import (
    contact_list,
    contacts,
    events,
    followups,
    offers_asks,
    organizations,
    quick_capture,
)
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.main_window import MainWindow

PEOPLE = [
    ("Ana Pérez", "Flores Ana", "ana@floresana.es", "Flowers for the shop", "Coffee beans"),
    ("Bruno Díaz", "", "+34 600 111 222", "", "Introductions to cafés"),
    ("Carla Gil", "Imprenta Gil", "", "Printing at a discount", ""),
]


@pytest.fixture
def breakfast(db):
    return events.create(events.EventData(
        name="Desayuno de networking", kind="breakfast",
        starts_at=datetime.now().replace(microsecond=0) - timedelta(hours=1)))


@pytest.fixture
def window(qtbot, breakfast, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(qtbot, widget, text: str) -> None:
    """``keyClicks``, also for letters like é and ñ (QTest only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))


def type_line(qtbot, capture, values) -> None:
    """Type one person as a user does: text, Tab, text, Tab, … and Enter at the end."""
    for number, value in enumerate(values):
        field = QApplication.focusWidget()
        assert field is not None
        if value:
            type_text(qtbot, field, value)
        key = Qt.Key.Key_Return if number == len(values) - 1 else Qt.Key.Key_Tab
        qtbot.keyClick(field, key)


def open_capture(qtbot, window):
    capture = window.open_quick_capture()
    qtbot.waitExposed(capture)
    capture.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.name_edit)
    return capture


def test_three_people_typed_in_then_found_on_today(qtbot, window, breakfast):
    capture = open_capture(qtbot, window)
    assert capture.event_id() == breakfast  # the most recent event is offered first

    for person in PEOPLE:
        type_line(qtbot, capture, person)
        # the line is saved, cleared, and the cursor is back on "name" for the next one
        assert capture.name_edit.text() == "" and capture.ask_edit.text() == ""
        assert QApplication.focusWidget() is capture.name_edit

    assert capture.session_list.count() == 3
    assert "Ana Pérez" in capture.session_list.item(0).text()
    assert "Flowers for the shop" in capture.session_list.item(0).text()

    # the database: three contacts met at the breakfast, attending, with offers and asks
    attendees = {row.display_name: row.contact_id for row in events.attendees(breakfast)}
    assert set(attendees) == {"Ana Pérez", "Bruno Díaz", "Carla Gil"}
    ana = contacts.get(attendees["Ana Pérez"])
    assert (ana.given_name, ana.family_name) == ("Ana", "Pérez")
    assert ana.organization_name == "Flores Ana"
    assert [e.value for e in ana.emails] == ["ana@floresana.es"]
    assert ana.met_event_id == breakfast
    bruno = contacts.get(attendees["Bruno Díaz"])
    assert [p.value for p in bruno.phones] == ["+34 600 111 222"] and not bruno.emails
    rows = offers_asks.list_offers_asks(event_id=breakfast)
    assert {(r.contact_name, r.kind, r.party, r.description) for r in rows} == {
        ("Ana Pérez", "offer", "them", "Flowers for the shop"),
        ("Ana Pérez", "ask", "them", "Coffee beans"),
        ("Bruno Díaz", "ask", "them", "Introductions to cafés"),
        ("Carla Gil", "offer", "them", "Printing at a discount"),
    }

    # their follow-ups are due after the default delay (2 days) and show on Today
    expected_due = followups.default_due(2)
    made = followups.list_tasks(event_id=breakfast)
    assert len(made) == 3
    assert {t.due_at for t in made} == {expected_due}
    window.show_section("today")
    upcoming = window.today_page.models["upcoming"]
    titles = {upcoming.index(r, 0).data() for r in range(upcoming.rowCount())}
    assert {"Follow up with Ana Pérez", "Follow up with Bruno Díaz",
            "Follow up with Carla Gil"} <= titles
    contacts_column = {upcoming.index(r, 1).data() for r in range(upcoming.rowCount())}
    assert {"Ana Pérez", "Bruno Díaz", "Carla Gil"} <= contacts_column


def test_a_refused_line_keeps_what_was_typed(qtbot, window, breakfast):
    capture = open_capture(qtbot, window)
    type_line(qtbot, capture, ("Dora Ruiz", "Dora Studio", "dora@nowhere", "Photos", ""))
    # nothing saved, the message is beside the field, everything typed is still there
    assert capture.session_list.count() == 0
    assert contact_list.search_contacts("Dora") == []
    error = capture.errors.label("contact_info")
    assert error.isVisibleTo(capture) and "not an email address" in error.text()
    assert capture.name_edit.text() == "Dora Ruiz"
    assert capture.offer_edit.text() == "Photos"
    assert QApplication.focusWidget() is capture.contact_edit

    # fix the address: select it, type it again, Enter
    capture.contact_edit.selectAll()
    qtbot.keyClicks(capture.contact_edit, "dora@dorastudio.es")
    assert not error.isVisibleTo(capture)
    qtbot.keyClick(capture.contact_edit, Qt.Key.Key_Return)
    assert capture.session_list.count() == 1
    assert [r.display_name for r in contact_list.search_contacts("Dora")] == ["Dora Ruiz"]


def test_a_line_without_a_name_is_refused(qtbot, window):
    capture = open_capture(qtbot, window)
    qtbot.keyClick(capture.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Some company")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert capture.errors.label("name").isVisibleTo(capture)
    assert capture.company_edit.text() == "Some company"
    assert QApplication.focusWidget() is capture.name_edit


def test_undo_last_person(qtbot, window, breakfast):
    capture = open_capture(qtbot, window)
    type_line(qtbot, capture, PEOPLE[0])
    type_line(qtbot, capture, PEOPLE[2])
    assert capture.undo_button.isEnabled()
    qtbot.mouseClick(capture.undo_button, Qt.MouseButton.LeftButton)
    assert capture.session_list.count() == 1
    assert [r.display_name for r in events.attendees(breakfast)] == ["Ana Pérez"]
    assert contact_list.search_contacts("Carla") == []
    # the organization the line created went with it; the other line is untouched
    assert [o.name for o in organizations.list_organizations()] == ["Flores Ana"]
    assert len(followups.list_tasks(event_id=breakfast)) == 1


def test_matches_are_counted_once_the_matchers_index_is_built(qtbot, window, breakfast,
                                                              monkeypatch):
    """At a million contacts the matcher's index takes seconds to build: the person just
    typed in is listed at once, looking for matches, and counted when it is built."""
    from helpers import held_match_index

    offers_asks.create(offers_asks.OfferAskData(
        contact_id=contacts.create(ContactData(given_name="Tostador")), kind="offer",
        description="Coffee beans for shops"))
    built_on, release = held_match_index(monkeypatch)
    capture = open_capture(qtbot, window)
    type_line(qtbot, capture, PEOPLE[0])
    item = capture.session_list.item(0)
    assert item.text().endswith("— looking for matches…")
    release.set()
    qtbot.waitUntil(lambda: "looking" not in item.text(), timeout=10_000)
    assert built_on == [False]
    from coopeten_gui.services import matching

    found = matching.matches_for_contact(item.data(Qt.ItemDataRole.UserRole))
    count = len(found.help_them) + len(found.they_help)
    assert count >= 1  # the coffee beans they ask for
    assert item.text().startswith("Ana Pérez · Flores Ana")
    assert item.text().endswith(f"— {count} match" + ("" if count == 1 else "es"))


def test_the_follow_up_delay_setting_is_used(qtbot, window, breakfast):
    window.options.follow_up_days = 0
    capture = open_capture(qtbot, window)
    type_line(qtbot, capture, PEOPLE[1])
    window.show_section("today")
    today = window.today_page.models["today"]
    assert [today.index(r, 0).data() for r in range(today.rowCount())] == \
        ["Follow up with Bruno Díaz"]


# -- the service, without a window ------------------------------------------------------------


def test_capture_is_one_transaction(breakfast, monkeypatch):
    def broken(_data):
        raise ValidationError("disk says no", "title")

    monkeypatch.setattr(followups, "create", broken)
    with pytest.raises(ValidationError):
        quick_capture.capture(breakfast, "Eva Sanz", "Sanz SL", "eva@sanz.es", "Help", "Coffee")
    assert contact_list.count() == 0
    assert organizations.list_organizations() == []
    assert offers_asks.list_offers_asks() == []
    assert events.attendees(breakfast) == []


def test_capture_reuses_a_contact_with_that_email(breakfast):
    known = contacts.create(ContactData(given_name="Fran", family_name="López",
                                        emails=[Labeled("fran@example.com")]))
    captured = quick_capture.capture(breakfast, "Francisco López", "", "FRAN@example.com",
                                     "Vans", "")
    assert captured.contact_id == known and not captured.created_contact
    assert contact_list.count() == 1
    assert [r.contact_id for r in events.attendees(breakfast)] == [known]
    quick_capture.undo(captured, breakfast)
    assert contact_list.count() == 1  # the known contact stays
    assert events.attendees(breakfast) == []
    assert offers_asks.list_offers_asks(contact_id=known) == []
    assert followups.list_tasks(contact_id=known) == []


@pytest.mark.parametrize("text, expected", [
    ("ana@example.com", ("ana@example.com", "")),
    ("  +34 600 123 456 ", ("", "+34 600 123 456")),
    ("", ("", "")),
])
def test_contact_info_is_an_email_or_a_phone(text, expected):
    assert quick_capture.split_contact_info(text) == expected


@pytest.mark.parametrize("text", ["ana@", "call me maybe", "12"])
def test_contact_info_that_is_neither_is_refused(text):
    with pytest.raises(ValidationError) as caught:
        quick_capture.split_contact_info(text)
    assert caught.value.field == "contact_info"


def test_capture_needs_a_live_event(db):
    with pytest.raises(ValidationError) as caught:
        quick_capture.capture(0, "Ana")
    assert caught.value.field == "event"


def test_a_captured_person_finds_the_event_on_their_timeline(qtbot, window, breakfast):
    from coopeten_gui.services import interactions

    capture = open_capture(qtbot, window)
    type_line(qtbot, capture, PEOPLE[0])
    (ana,) = [r.contact_id for r in events.attendees(breakfast)]
    (entry,) = interactions.timeline(ana)
    assert entry.kind == "event" and entry.event_id == breakfast
    assert entry.summary.startswith("Met at ")
