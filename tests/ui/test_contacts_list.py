"""The Contacts page as a user drives it: the dialog typed into, bulk actions on a
multi-selection, the filters, and the lazy table model."""

from __future__ import annotations

import pytest
from keys import type_text  # tests/ui/keys.py
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import contact_list, contacts
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.kit import contact_table_model, questions
from coopeten_gui.ui.kit.contact_table_model import ContactTableModel
from coopeten_gui.ui.pages.contacts_page import ContactsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, demo_db):
    return _shown(qtbot, ContactsPage())


@pytest.fixture
def empty_page(qtbot, db):
    return _shown(qtbot, ContactsPage())


def _shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def names(page) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def column(page, key: str, contact_id: int) -> str:
    model = page.model
    return model.index(model.row_of(contact_id), model.columns.index(key)).data()


def click_row(qtbot, page, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     rect.center())


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_new_contact_typed_with_two_emails_and_a_phone(qtbot, empty_page):
    page = empty_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.given_name, "Lucía")
    qtbot.keyClicks(dialog.family_name, "Ferrer")
    qtbot.keyClicks(dialog.organization.lineEdit(), "Tostadores del Barrio")
    qtbot.keyClicks(dialog.emails.value_edits()[0], "lucia@tostadores.es")
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.emails.value_edits()[1].isVisible)
    qtbot.keyClicks(dialog.emails.value_edits()[1], "lucia.ferrer@gmail.com")
    qtbot.keyClicks(dialog.phones.value_edits()[0], "+34 611 222 333")
    type_text(dialog.tags, "barrio, café")
    save(qtbot, dialog)

    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: names(page) == ["Lucía Ferrer"])
    contact_id = contacts.find_by_email("lucia@tostadores.es")
    assert page.current_id() == contact_id  # the new contact is selected
    assert column(page, "organization", contact_id) == "Tostadores del Barrio"
    record = contacts.get(contact_id)
    assert [(e.value, e.label) for e in record.emails] == [
        ("lucia@tostadores.es", "work"), ("lucia.ferrer@gmail.com", "home")]
    assert [p.value for p in record.phones] == ["+34 611 222 333"]
    assert record.tags == ["barrio", "café"]
    assert page.count_label.text().startswith("1 contact")


def test_a_bad_email_is_explained_beside_the_field_and_nothing_is_written(qtbot,
                                                                           empty_page):
    dialog = empty_page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Ana")
    qtbot.keyClicks(dialog.emails.value_edits()[0], "ana@panaderia.es")
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    bad = dialog.emails.value_edits()[1]
    qtbot.waitUntil(bad.isVisible)  # the new line appears on the next turn of the loop
    qtbot.keyClicks(bad, "ana at panaderia")
    qtbot.keyClicks(dialog.notes, "Met at the market")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert "is not an email address" in dialog.error_text("emails")
    assert dialog.focusWidget() is bad
    assert contact_list.count() == 0
    # nothing typed was lost; mending the address saves it all
    assert dialog.notes.toPlainText() == "Met at the market"
    bad.clear()
    qtbot.keyClicks(bad, "ana@gmail.com")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    record = contacts.get(contacts.find_by_email("ana@gmail.com"))
    assert record.notes == "Met at the market"
    assert dialog.error_text("emails") == ""


def test_a_contact_without_name_email_or_phone_is_refused_at_the_name(qtbot, empty_page):
    dialog = empty_page.new_contact()
    qtbot.keyClicks(dialog.job_title, "Baker")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("given_name")
    assert dialog.focusWidget() is dialog.given_name
    assert contact_list.count() == 0


def test_f2_edits_and_enter_opens(qtbot, page):
    opened = []
    page.contact_opened.connect(opened.append)
    maria = contacts.find_by_email("maria@masamadre.es")
    page.select_contact(maria)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [maria]
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    assert dialog.given_name.text() == "María"
    dialog.job_title.clear()
    qtbot.keyClicks(dialog.job_title, "Head baker")
    save(qtbot, dialog)
    assert contacts.get(maria).job_title == "Head baker"
    assert page.current_id() == maria


def test_bulk_tag_and_stage_on_a_multi_selection(qtbot, page, monkeypatch):
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 2, CTRL)
    click_row(qtbot, page, 3, CTRL)
    chosen = page.selected_ids()
    assert len(chosen) == 3

    monkeypatch.setattr(questions, "ask_item", lambda *args, **kw: "vip")
    qtbot.keyClick(page.table, Qt.Key.Key_T, CTRL)
    assert contacts.ids_with_tag(chosen, "vip") == set(chosen)
    assert page.selected_ids() == chosen  # the list refreshed, the selection stayed

    before = contacts.stages_of(chosen)
    ally = next(a for a in page.stage_menu.actions() if a.text() == "Ally")
    ally.trigger()
    qtbot.waitUntil(lambda: all(column(page, "stage", c) == "Ally" for c in chosen))
    assert set(contacts.stages_of(chosen).values()) == {"ally"}

    # Ctrl+Z undoes the stage, then the tag, each exactly
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert contacts.stages_of(chosen) == before
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert contacts.ids_with_tag(chosen, "vip") == set()

    # removing a tag touches only those who had it
    contacts.add_tag(chosen[:1], "barrio")
    had = contacts.ids_with_tag(chosen, "barrio")
    monkeypatch.setattr(questions, "ask_item", lambda *args, **kw: "barrio")
    page.remove_tag_action.trigger()
    assert contacts.ids_with_tag(chosen, "barrio") == set()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert contacts.ids_with_tag(chosen, "barrio") == had


def test_delete_key_moves_the_selection_to_the_trash_after_saying_how_many(qtbot, page,
                                                                              monkeypatch):
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, CTRL)
    chosen = page.selected_ids()
    asked = []
    monkeypatch.setattr(questions, "confirm",
                        lambda parent, title, text, action="": asked.append(text) or True)
    total = page.model.rowCount()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked[0].startswith("Move 2 contact")  # "contact(s)", or "contacts" translated
    assert page.model.rowCount() == total - 2
    assert all(contacts.get(c).deleted_at is not None for c in chosen)
    # the selection moves on to the contact now in that place
    assert page.selected_ids() and page.selected_ids()[0] not in chosen


def test_declining_the_confirmation_deletes_nothing(qtbot, page, monkeypatch):
    click_row(qtbot, page, 0)
    monkeypatch.setattr(questions, "confirm", lambda *args, **kw: False)
    total = page.model.rowCount()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == total == contact_list.count()


def test_filters_by_tag_stage_organization_and_event(qtbot, page):
    everyone = page.model.rowCount()
    page.tag_filter.setFocus()
    qtbot.keyClicks(page.tag_filter, "panad")  # keyboard search in the closed list
    assert page.tag_filter.currentData() == "panadería"
    assert sorted(names(page)) == ["Javier Soler", "María Núñez"]

    page.set_filters(stage="ally")
    assert names(page) and all(page.model.row_data(r).stage == "ally"
                               for r in range(page.model.rowCount()))
    assert len(names(page)) == 6

    masa = next(i for n, i in contacts.organization_choices() if n == "Panadería Masa Madre")
    page.set_filters(organization_id=masa)
    assert sorted(names(page)) == ["Javier Soler", "María Núñez"]
    page.set_filters(organization_id=masa, stage="ally")
    assert names(page) == ["María Núñez"]

    makers = next(i for n, i in contacts.event_choices() if n == "Local Makers Meetup")
    page.set_filters(event_id=makers)
    assert "Tom Baker" in names(page) and "María Núñez" not in names(page)
    assert page.count_label.text().startswith(f"{len(names(page))} contact")

    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    # a screenful at once, the rest right after
    assert 0 < page.model.rowCount() <= everyone
    qtbot.waitUntil(lambda: page.model.rowCount() == everyone)


def test_typing_in_the_search_box_narrows_the_list(qtbot, page):
    qtbot.keyClicks(page.search_box, "masa")
    qtbot.waitUntil(lambda: sorted(names(page)) == ["Javier Soler", "María Núñez"])


def test_sorting_keeps_the_selected_contacts_selected(qtbot, page):
    maria = contacts.find_by_email("maria@masamadre.es")
    page.select_contact(maria)
    page.table.sortByColumn(page.model.columns.index("audience"),
                            Qt.SortOrder.DescendingOrder)
    assert page.selected_ids() == [maria] and page.current_id() == maria
    audiences = [page.model.row_data(r).audience_size for r in range(page.model.rowCount())]
    assert audiences == sorted(audiences, reverse=True)


def test_the_table_model_is_a_correct_qt_model(qtmodeltester, demo_db):
    model = ContactTableModel()
    model.refresh()
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_model_reads_rows_a_page_at_a_time(db, monkeypatch):
    for n in range(450):
        contacts.create(ContactData(given_name=f"Person {n:03d}",
                                    emails=[Labeled(f"p{n}@example.com")]))
    calls = []
    real = contact_list.contact_rows
    monkeypatch.setattr(contact_list, "contact_rows", lambda ids: calls.append(len(ids))
                        or real(ids))
    model = ContactTableModel()
    model.refresh()
    assert model.rowCount() == 450 and calls == []
    for row in range(450):
        for col in range(model.columnCount()):
            model.index(row, col).data()
    # one query per page of rows, not one per cell (450 rows × 7 columns)
    size = contact_table_model.PAGE_SIZE
    assert calls == [size] * (450 // size) + [450 % size]
    assert model.index(449, 0).data() == "Person 449"


def _held_organization_names(monkeypatch):
    """Every organization's name read only once the test says (on whatever thread)."""
    import threading

    read_on, release = [], threading.Event()
    choices = contacts.organization_choices

    def slow_choices():
        read_on.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return choices()

    monkeypatch.setattr(contacts, "organization_choices", slow_choices)
    return read_on, release


def _contact_dialog(qtbot, data=None):
    from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog

    dialog = ContactDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_organization_names_arrive_without_losing_what_was_typed(qtbot, db,
                                                                       monkeypatch):
    """Every organization's name is read on a worker (200,000 at a million contacts): a
    name typed before they arrive stays as typed."""
    contacts.create(ContactData(given_name="Ana", organization_name="Tostadores del Sur"))
    read_on, release = _held_organization_names(monkeypatch)
    dialog = _contact_dialog(qtbot)
    assert read_on == [False]
    qtbot.keyClicks(dialog.organization.lineEdit(), "Tosta")
    release.set()
    qtbot.waitUntil(lambda: dialog.organization.count() == 2, timeout=10_000)
    assert dialog.organization.itemText(1) == "Tostadores del Sur"
    assert dialog.organization.currentText() == "Tosta"
    assert dialog.organization.lineEdit().cursorPosition() == len("Tosta")
    assert dialog.data().organization_name == "Tosta"


def test_the_organization_names_arriving_are_no_edit(qtbot, db, monkeypatch):
    """Esc on a contact's dialog nobody typed in closes it without a question, whenever
    the names arrive."""
    ana = contacts.create(ContactData(given_name="Ana", organization_name="Tostadores del Sur"))
    _read_on, release = _held_organization_names(monkeypatch)
    dialog = _contact_dialog(qtbot, contacts.data_of(contacts.get(ana)))
    release.set()
    qtbot.waitUntil(lambda: dialog.organization.count() == 2, timeout=10_000)
    assert dialog.organization.currentText() == "Tostadores del Sur"
    assert not dialog.changes.dirty
