"""Every amount is typed in one field that reads both decimal marks and asks when an
amount can be read two ways: never ten or a thousand times too much without a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopeten_gui import translations
from coopeten_gui.services import contacts, events, offers_asks, promotions
from coopeten_gui.ui.dialogs.event_dialog import EventDialog
from coopeten_gui.ui.kit import money_edit
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.pages.contact_page import ContactPage


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot, db):
    ana = contacts.create(contacts.ContactData(given_name="Ana", family_name="Gil"))
    page = ContactPage()
    qtbot.addWidget(page)
    page.show_contact(ana)
    return page


@pytest.mark.parametrize("language, typed", [("en", "18,5"), ("en", "18.5"),
                                             ("es", "18.5"), ("es", "18,5")])
def test_revenue_typed_with_either_decimal_mark_saves_the_same(qtbot, qapp, page, language,
                                                               typed):
    translations.install(qapp, language)
    dialog = page.promotions.add("mine")
    dialog.revenue.selectAll()  # as a user replaces what the field shows
    qtbot.keyClicks(dialog.revenue, typed)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert promotions.list_promotions(page.contact_id)[0].revenue_cents == 1850


def test_an_amount_that_reads_two_ways_is_a_question(qtbot, qapp, page, monkeypatch):
    asked = []
    answer = [None]
    monkeypatch.setattr(money_edit, "ask_amount",
                        lambda parent, reading: asked.append(reading) or answer[0])
    dialog = page.offers_asks.add("offer", "me")
    qtbot.keyClicks(dialog.description, "Coffee for their events")
    qtbot.keyClicks(dialog.value, "1.234")
    save(qtbot, dialog)  # the user chose neither reading: nothing saved, the reason shown
    assert dialog.isVisible() and len(asked) == 1
    assert not offers_asks.list_offers_asks(contact_id=page.contact_id)
    assert dialog.value.text() == "1.234"  # what was typed is kept
    answer[0] = asked[0].grouped
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert offers_asks.list_offers_asks(contact_id=page.contact_id)[0].value_cents == 123400


def test_the_event_cost_reads_the_same_way(qtbot, qapp, db):
    translations.install(qapp, "en")
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Breakfast")
    qtbot.keyClicks(dialog.cost_edit, "12,5")
    dialog.accept()
    assert events.get(dialog.event_id).cost_cents == 1250


def test_every_amount_field_is_the_money_field(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

    # the editor writes a first letter in the background: closing it must not ask
    monkeypatch.setattr(ProposalEditor, "_ask_unsaved",
                        lambda self: QMessageBox.StandardButton.Discard)

    assert isinstance(page.promotions.add("mine").revenue, MoneyEdit)
    event_dialog = EventDialog()
    qtbot.addWidget(event_dialog)
    assert isinstance(event_dialog.cost_edit, MoneyEdit)
    editor = ProposalEditor(contact_id=page.contact_id)
    qtbot.addWidget(editor)
    assert isinstance(editor.value_spin, MoneyEdit)
