"""A start that explains itself: the first-start question and Today's first steps."""

from __future__ import annotations

import argparse
from datetime import datetime

import pytest
from helpers import shown_main_window
from PySide6.QtCore import QSettings

from coopeten_gui import app
from coopeten_gui.services import contact_list, contacts, events, my_business, proposals
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


def _click(text: str):
    def answer(box):
        next(button for button in box.buttons() if text in button.text()).click()
    return answer


def test_the_first_start_offers_demo_empty_or_a_backup(tmp_path, monkeypatch, qapp):
    offered = []

    def look(box):
        offered.extend(button.text() for button in box.buttons())
        _click("Restore")(box)

    # a backup of someone's data, chosen on the first start
    backup = tmp_path / "backup.sqlite"
    database.open_database(backup)
    contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    database.close_database()
    target = tmp_path / "data" / "coopeten.sqlite"
    monkeypatch.setattr(app, "ask_first_start", look)
    monkeypatch.setattr(app, "ask_backup_file", lambda: str(backup))
    assert app.first_start(target) == target
    assert any("demo" in text for text in offered) and any("empty" in text for text in offered)
    database.open_database(target)
    try:
        assert [c.display_name for c in contact_list.search_contacts("Ana")] == ["Ana Ruiz"]
    finally:
        database.close_database()


def test_the_first_start_asks_again_when_no_backup_is_chosen(tmp_path, monkeypatch, qapp):
    answers = [_click("Restore"), _click("empty")]
    monkeypatch.setattr(app, "ask_first_start", lambda box: answers.pop(0)(box))
    monkeypatch.setattr(app, "ask_backup_file", lambda: "")
    target = tmp_path / "coopeten.sqlite"
    assert app.first_start(target) == target and answers == []


def test_choose_database_asks_only_when_there_is_none(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(app, "default_db_path", lambda *a, **k: tmp_path / "c.sqlite")
    asked = []
    monkeypatch.setattr(app, "first_start", lambda path: asked.append(path) or path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    args = argparse.Namespace(db=None, demo=False)
    assert app.choose_database(args, settings) == tmp_path / "c.sqlite" and asked


@pytest.fixture
def window(qtbot, db, tmp_path):
    return shown_main_window(qtbot, tmp_path)


def _ticked(today) -> dict[str, bool]:
    return {key: button.property("done") for key, button in today.first_steps.buttons.items()}


def test_today_lists_the_first_steps_ticked_from_the_data(window, qtbot):
    today = window.today_page
    assert today.first_steps.isVisible()
    assert _ticked(today) == {"business": False, "event": False, "people": False,
                              "proposal": False}
    # each step leads where it is done
    today.first_steps.buttons["business"].click()
    assert window.current_section() == "business"
    window.show_section("today")

    data = my_business.get()
    data.name = "Tostadores del Barrio"
    my_business.save(data)
    event_id = events.create(events.EventData(name="Desayuno", starts_at=datetime(2026, 3, 5)))
    ana = contacts.create(ContactData(given_name="Ana"))
    window.notify_data_changed()
    assert _ticked(today) == {"business": True, "event": True, "people": False,
                              "proposal": False}
    # a step done reads as done; one still to do, as a link
    assert today.first_steps.buttons["event"].font().strikeOut()
    assert not today.first_steps.buttons["people"].font().strikeOut()
    assert "palette(link)" in today.first_steps.buttons["people"].styleSheet()
    assert "palette(link)" not in today.first_steps.buttons["event"].styleSheet()
    events.add_attendee(event_id, ana)
    proposals.create(proposals.ProposalData(contact_id=ana, title="Café y libros"))
    window.notify_data_changed()
    assert not today.first_steps.isVisible()  # all done: the list goes away


def test_the_first_steps_can_be_hidden_for_good(window, qtbot):
    today = window.today_page
    today.first_steps.hide_button.click()
    assert not today.first_steps.isVisible()
    window.rebuild()
    assert not window.today_page.first_steps.isVisible()


def test_the_event_step_opens_a_new_event(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(type(window), "new_event", lambda self: opened.append(True))
    window.today_page.first_steps.buttons["event"].click()
    assert opened == [True]


@pytest.mark.parametrize("section", ["contacts", "organizations", "events", "exchanges",
                                     "followups", "proposals"])
def test_an_empty_page_says_what_it_is_for_and_how_to_fill_it(window, section, monkeypatch):
    from PySide6.QtWidgets import QLabel, QPushButton

    window.show_section(section)
    page = window.pages[section]
    shown = [label.text() for label in page.findChildren(QLabel)
             if label.isVisible() and len(label.text()) > 40]
    assert shown, f"{section} says nothing about itself"
    if section != "exchanges":  # offers and asks are added on a contact's page
        actions = [button for button in page.findChildren(QPushButton)
                   if button.isVisible() and button.text().startswith(("Add", "&New"))]
        assert actions, f"{section} offers no way to fill it"


def test_the_empty_state_goes_with_the_first_row(window):
    window.show_section("contacts")
    page = window.pages["contacts"]
    assert page.empty_state.isVisible()
    label = page.empty_state.label  # the whole sentence, not a clipped line of it
    assert label.height() >= label.heightForWidth(label.width()) > 0
    contacts.create(ContactData(given_name="Ana"))
    window.notify_data_changed()
    assert not page.empty_state.isVisible()
