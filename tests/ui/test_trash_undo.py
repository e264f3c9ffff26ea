"""Deleting to the trash and restoring, deleting for good, Ctrl+Z on edits and deletes,
and merging duplicates from the dialog (with its undo)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import (
    contacts,
    events,
    followups,
    interactions,
    offers_asks,
    promotions,
    proposals,
)
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.pages.contacts_page import ContactsPage

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def page(qtbot, demo_db):
    page = ContactsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return activate(qtbot, page)


@pytest.fixture
def yes(monkeypatch):
    asked = []
    monkeypatch.setattr(questions, "confirm",
                        lambda parent, title, text, action="": asked.append(text) or True)
    return asked


def select(qtbot, page, contact_id: int) -> None:
    assert page.select_contact(contact_id)
    page.table.setFocus()


def test_delete_to_trash_and_restore_from_the_trash(qtbot, page, yes):
    maria = contacts.find_by_email("maria@masamadre.es")
    select(qtbot, page, maria)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "“María Núñez”" in yes[0]
    assert page.model.row_of(maria) < 0

    trash = page.open_trash()
    assert trash.isVisible()
    assert trash.summary.text().startswith("1 contact")  # "contact(s)" until translated
    assert trash.model.index(0, 0).data() == "María Núñez"
    assert trash.model.index(0, trash.model.columns.index("deleted")).data()
    assert not trash.restore_button.isEnabled()
    trash.select_ids([maria])
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert contacts.get(maria).deleted_at is None
    assert trash.summary.text() == "The trash is empty."
    assert page.model.row_of(maria) >= 0  # back in the list at once
    # her history came back with her
    assert offers_asks.list_offers_asks(contact_id=maria)


def test_delete_forever_asks_first_and_clears_the_history(qtbot, page, yes):
    javier = contacts.find_by_email("javier@masamadre.es")
    select(qtbot, page, javier)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    trash = page.open_trash()
    trash.select_ids([javier])
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert yes[-1].startswith("Delete 1 contact") and "cannot be undone" in yes[-1]
    with pytest.raises(Exception):
        contacts.get(javier)
    assert page.undo_stack.count() == 0  # nothing left to undo that could name him


def test_ctrl_z_undoes_an_edit_and_a_delete(qtbot, page, yes):
    maria = contacts.find_by_email("maria@masamadre.es")
    before = contacts.data_of(contacts.get(maria))
    select(qtbot, page, maria)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.given_name.clear()
    qtbot.keyClicks(dialog.given_name, "Mari")
    dialog.emails.value_edits()[0].clear()
    qtbot.keyClicks(dialog.emails.value_edits()[0], "mari@masamadre.es")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert contacts.get(maria).display_name == "Mari Núñez"
    activate(qtbot, page)
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert contacts.get(maria).deleted_at is not None

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # the delete
    assert contacts.get(maria).deleted_at is None
    assert page.model.row_of(maria) >= 0
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # the edit
    assert contacts.data_of(contacts.get(maria)) == before
    assert page.model.index(page.model.row_of(maria), 0).data() == "María Núñez"
    # and redo brings the edit back
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert contacts.get(maria).display_name == "Mari Núñez"


def test_undo_of_a_new_contact_moves_it_to_the_trash(qtbot, page):
    dialog = page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Pep")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    pep = dialog.result_value
    assert page.model.row_of(pep) >= 0
    activate(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert contacts.get(pep).deleted_at is not None
    assert page.model.row_of(pep) < 0


def _duplicate_of_maria() -> tuple[int, int]:
    maria = contacts.find_by_email("maria@masamadre.es")
    twin = contacts.create(ContactData(
        given_name="Maria", family_name="Nunez", emails=[Labeled("MARIA@masamadre.es"),
                                                         Labeled("maria.nunez@gmail.com")],
        phones=[Labeled("600123456"), Labeled("+34 961 222 333")], tags=["pan"]))
    offers_asks.create(offers_asks.OfferAskData(contact_id=twin, kind="ask", party="them",
                                            description="Coffee for the bakery"))
    followups.create(followups.FollowupData(title="Call Maria back", due_at=date.today(),
                                contact_id=twin))
    interactions.create(interactions.InteractionData(contact_id=twin,
                                                     summary="Met at the market"))
    proposals.create(proposals.ProposalData(contact_id=twin, title="Bread & coffee"))
    promotions.create(promotions.PromotionData(contact_id=twin, direction="theirs",
                                               promoted_on=date.today(),
                                               audience_reached=500))
    fair = next(i for n, i in contacts.event_choices()
                if n == "Feria Sabores del Mediterráneo")
    events.add_attendee(fair, twin, "the stall")
    return maria, twin


def test_merging_duplicates_from_the_dialog_keeps_everything_and_can_be_undone(qtbot, page):
    maria, twin = _duplicate_of_maria()
    counts = {cid: (len(offers_asks.list_offers_asks(contact_id=cid)),
                    len(followups.list_tasks(contact_id=cid)),
                    len(interactions.timeline(cid)),
                    len(proposals.list_proposals(contact_id=cid)),
                    promotions.balance(cid).theirs.promotions,
                    len(events.events_of_contact(cid)))
              for cid in (maria, twin)}

    dialog = page.find_duplicates()
    qtbot.waitUntil(lambda: not dialog.searching)
    pair = dialog.current_pair()
    assert {pair.first_id, pair.second_id} == {maria, twin}
    assert "same email maria@masamadre.es" in dialog.reasons_text(pair)
    assert "same phone number" in dialog.reasons_text(pair)
    first_box, keep_first, _ = dialog.sides[0]
    assert keep_first.isChecked() and first_box.title() == "María Núñez"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    merged = contacts.get(maria)
    assert [e.value for e in merged.emails] == ["maria@masamadre.es", "maria.nunez@gmail.com"]
    assert [p.value for p in merged.phones] == ["+34 600 123 456", "+34 961 222 333"]
    assert "pan" in merged.tags
    totals = tuple(a + b for a, b in zip(counts[maria], counts[twin]))
    assert (len(offers_asks.list_offers_asks(contact_id=maria)),
            len(followups.list_tasks(contact_id=maria)),
            len(interactions.timeline(maria)),
            len(proposals.list_proposals(contact_id=maria)),
            promotions.balance(maria).theirs.promotions,
            len(events.events_of_contact(maria))) == totals
    assert contacts.get(twin).deleted_at is not None
    assert dialog.model.rowCount() == 0
    assert "No likely duplicates" in dialog.summary.text()
    assert page.model.row_of(twin) < 0

    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # they come apart again
    assert contacts.get(twin).deleted_at is None
    assert len(offers_asks.list_offers_asks(contact_id=twin)) == counts[twin][0]
    assert len(contacts.get(maria).emails) == 1
    qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() == 1)
    assert not dialog.undo_button.isEnabled()
    page.undo_stack.redo()  # Edit → Redo in the window merges them again
    assert contacts.get(twin).deleted_at is not None


def test_keeping_the_second_of_a_pair(qtbot, page):
    maria, twin = _duplicate_of_maria()
    dialog = page.find_duplicates()
    qtbot.waitUntil(lambda: not dialog.searching)
    dialog.sides[1][1].click()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert contacts.get(maria).deleted_at is not None
    assert contacts.get(twin).deleted_at is None
    assert len(contacts.get(twin).emails) == 2


def test_undo_names_the_step_in_mid_phrase(qtbot):
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QWidget

    from coopeten_gui.ui.kit import undo

    assert undo.action_text("&Deshacer", "Registrar una promoción") == \
        "&Deshacer registrar una promoción"
    assert undo.action_text("&Undo", "PDF export") == "&Undo PDF export"
    window = QWidget()
    qtbot.addWidget(window)
    stack = undo.stack_for(window)
    stack.push(QUndoCommand("Log a promotion"))
    texts = {a.text() for a in window.actions()}
    assert "&Undo log a promotion" in texts
    stack.undo()
    assert "&Redo log a promotion" in {a.text() for a in window.actions()}
