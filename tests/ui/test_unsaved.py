"""Typed work is never dropped without a question: Save / Discard / Cancel."""

from __future__ import annotations

import pytest
from helpers import shown_main_window
from PySide6.QtCore import Qt

from coopeten_gui.services import contact_list, contacts, events, my_business
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.main_window import SECTIONS


@pytest.fixture
def answers(monkeypatch):
    """The answers the question gets, in order; the questions asked are kept."""
    asked: list[str] = []
    queue: list[str] = []

    def ask(parent, text=""):
        asked.append(text)
        return queue.pop(0) if queue else questions.CANCEL

    monkeypatch.setattr(questions, "ask_unsaved", ask)
    return queue, asked


@pytest.fixture
def window(qtbot, db, tmp_path):
    return shown_main_window(qtbot, tmp_path)


def test_escape_on_a_filled_in_new_contact_asks_first(qtbot, db, answers):
    from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog

    queue, asked = answers
    dialog = ContactDialog(save=contacts.create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given_name, "Lucia")
    queue.append(questions.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.given_name.text() == "Lucia"
    queue.append(questions.SAVE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [c.display_name for c in contact_list.search_contacts("Lucia")] == ["Lucia"]


def test_escape_on_an_empty_dialog_closes_without_a_question(qtbot, db, answers):
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog

    _queue, asked = answers
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []


def test_a_new_event_typed_in_is_discarded_only_when_the_user_says_so(qtbot, db, answers):
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog

    queue, asked = answers
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Desayuno de socios")
    queue.append(questions.CANCEL)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.isVisible()
    queue.append(questions.DISCARD)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2
    assert events.list_events() == []


def test_leaving_my_business_with_changes_asks(window, qtbot, answers):
    queue, asked = answers
    window.show_section("business")
    page = window.pages["business"].business
    qtbot.keyClicks(page.name_edit, "Tostadores del Barrio")
    queue.append(questions.CANCEL)
    window.show_section("contacts")
    assert window.current_section() == "business" and asked
    assert window.navigation.currentRow() == SECTIONS.index("business")
    queue.append(questions.SAVE)
    window.navigation.setCurrentRow(0)
    assert window.current_section() == "today"
    assert my_business.get().name == "Tostadores del Barrio"


def test_quitting_with_changes_on_my_business_asks(window, qtbot, answers):
    queue, asked = answers
    window.show_section("business")
    page = window.pages["business"].business
    qtbot.keyClicks(page.name_edit, "Tostadores")
    queue.append(questions.CANCEL)
    window.close()
    assert window.isVisible() and asked
    queue.append(questions.DISCARD)
    window.close()
    assert not window.isVisible() and my_business.get().name != "Tostadores"


def test_leaving_proposals_with_an_unsaved_template_asks(window, qtbot, answers):
    queue, asked = answers
    window.show_section("proposals")
    page = window.pages["proposals"]
    page.tabs.setCurrentWidget(page.template_editor)
    editor = page.template_editor
    editor.mode_bar.setCurrentIndex(1)
    editor.source_edit.appendPlainText("<p>mine</p>")
    queue.append(questions.CANCEL)
    window.show_section("today")
    assert window.current_section() == "proposals" and asked
    queue.append(questions.DISCARD)
    window.show_section("today")
    assert window.current_section() == "today"


def test_quitting_with_a_proposal_being_written_asks(window, qtbot, answers):
    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

    queue, asked = answers
    from coopeten_gui.services.contact_data import ContactData

    ana = contacts.create(ContactData(given_name="Ana"))
    window.show_section("proposals")
    editor = ProposalEditor(window.pages["proposals"], contact_id=ana)
    editor.ask_unsaved = lambda: questions.DISCARD
    editor.show()
    editor.body.setPlainText("Querida Ana: una idea.")
    editor.dirty = True
    queue.append(questions.CANCEL)
    window.close()
    assert window.isVisible() and asked


def test_closing_quick_capture_with_a_half_typed_person_asks(qtbot, db, answers):
    from datetime import datetime

    from coopeten_gui.ui.dialogs.quick_capture import QuickCaptureWindow

    queue, asked = answers
    events.create(events.EventData(name="Desayuno", starts_at=datetime(2026, 3, 5, 8)))
    window = QuickCaptureWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.load_events()
    qtbot.keyClicks(window.name_edit, "Lucia Gomez")
    queue.append(questions.CANCEL)
    window.close()
    assert window.isVisible() and asked
    queue.append(questions.SAVE)
    window.close()
    assert not window.isVisible()
    assert [c.display_name for c in contact_list.search_contacts("Lucia")] == ["Lucia Gomez"]


def test_my_business_keeps_save_in_sight_on_a_small_screen(window, qtbot):
    window.resize(1000, 560)
    window.show_section("business")
    save = window.pages["business"].business.save_button
    qtbot.waitUntil(save.isVisible)
    bottom = save.mapTo(window, save.rect().bottomLeft()).y()
    assert bottom <= window.centralWidget().geometry().bottom()
