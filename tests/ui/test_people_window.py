"""Every field of a contact in its dialog, "not the same person" in Find duplicates, and
Today's keep-in-touch list — driven as a user would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from keys import type_text  # tests/ui/keys.py
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import contact_list, contacts, duplicates, phones
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.dialogs.duplicates_dialog import DuplicatesDialog
from coopeten_gui.ui.pages.contacts_page import ContactsPage
from coopeten_gui.ui.pages.today_page import TodayPage


@pytest.fixture(autouse=True)
def _spain():
    phones.set_default_region("ES")


@pytest.fixture
def page(qtbot, db):
    page = ContactsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_the_dialog_edits_every_field_a_contact_holds(qtbot, page, tmp_path):
    picture = tmp_path / "ana.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(picture))

    dialog = page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Ana")
    qtbot.keyClicks(dialog.family_name, "Gil")
    qtbot.keyClicks(dialog.prefix, "Dra.")
    type_text(dialog.middle_name, "María")
    qtbot.keyClicks(dialog.suffix, "Jr.")
    qtbot.keyClicks(dialog.nickname, "Anita")
    qtbot.keyClicks(dialog.department, "Compras")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.anniversary.setDate(QDate(2015, 6, 20))
    dialog.keep_in_touch.setValue(6)
    assert dialog.photo.load_file(picture)
    qtbot.keyClicks(dialog.phones.value_edits()[0], "600 123 456")
    save(qtbot, dialog)

    assert not dialog.isVisible()
    record = contacts.get(contact_list.contact_ids()[0])
    assert (record.prefix, record.given_name, record.middle_name, record.family_name,
            record.suffix, record.nickname, record.department) == (
        "Dra.", "Ana", "María", "Gil", "Jr.", "Anita", "Compras")
    assert record.display_name == "Dra. Ana María Gil Jr."
    assert (record.language, record.anniversary, record.keep_in_touch_weeks) == (
        "es", date(2015, 6, 20), 6)
    assert record.photo == picture.read_bytes() and record.photo_type == "png"

    edit = page.edit_contact(record.id)
    assert (edit.prefix.text(), edit.nickname.text(), edit.department.text()) == (
        "Dra.", "Anita", "Compras")
    assert edit.language.currentData() == "es"
    assert edit.anniversary.value() == date(2015, 6, 20)
    assert edit.keep_in_touch.value() == 6
    assert not edit.photo.thumbnail.pixmap().isNull()
    qtbot.mouseClick(edit.photo.remove_button, Qt.MouseButton.LeftButton)
    save(qtbot, edit)
    assert contacts.get(record.id).photo is None


def test_a_file_that_is_not_a_picture_is_refused_beside_the_field(qtbot, page, tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    dialog = page.new_contact()
    assert not dialog.photo.load_file(text)
    assert dialog.photo.message.text() == "This file is not a picture."
    assert dialog.photo.photo() == (None, "")


def test_a_wrong_phone_is_explained_and_a_national_search_finds_it(qtbot, page):
    dialog = page.new_contact()
    qtbot.keyClicks(dialog.given_name, "Luis")
    qtbot.keyClicks(dialog.phones.value_edits()[0], "+34 600 123")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "too short" in dialog.error_text("phones")
    dialog.phones.value_edits()[0].clear()
    qtbot.keyClicks(dialog.phones.value_edits()[0], "+34 600 123 456")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    contacts.create(ContactData(given_name="Eva", phones=[Labeled("+34 611 000 000")]))
    page.reload()
    qtbot.keyClicks(page.search_box, "600123456")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "Luis"


def test_not_the_same_person_is_remembered_and_can_be_undone(qtbot, db):
    first = contacts.create(ContactData(given_name="Laura", family_name="García Pérez"))
    second = contacts.create(ContactData(given_name="Laura", family_name="García Pérez"))
    dialog = DuplicatesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching)
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.different_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert duplicates.different_people() == {(first, second)}

    again = DuplicatesDialog()
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.searching)
    assert again.model.rowCount() == 0
    assert "No likely duplicates" in again.summary.text()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() == 1)
    assert duplicates.different_people() == set()


def test_today_lists_birthdays_and_lapsed_rhythms_and_opens_the_person(qtbot, db):
    today = date.today()
    ana = contacts.create(ContactData(given_name="Ana", family_name="Pérez",
                                      birthday=date(1990, today.month, today.day)
                                      if (today.month, today.day) != (2, 29) else None))
    luis = contacts.create(ContactData(given_name="Luis", keep_in_touch_weeks=1))
    from coopeten_gui.storage.models import db as storage

    # Luis was added three weeks ago and never heard of since
    storage.execute_sql("UPDATE contact SET created_at = ? WHERE id = ?",
                        (str(today - timedelta(weeks=3)), luis))
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    section = page.keep_in_touch
    assert section.isVisible()
    texts = section.texts()
    assert texts[-1] == "Luis: every week, no contact recorded yet"
    if (today.month, today.day) != (2, 29):
        assert texts[0].startswith("Ana Pérez: birthday today")
    opened = []
    page.contact_opened.connect(opened.append)
    section.list.setFocus()
    section.list.setCurrentRow(section.list.count() - 1)
    qtbot.keyClick(section.list, Qt.Key.Key_Return)
    assert opened == [luis]
    assert ana


def test_today_hides_the_list_when_nobody_is_due(qtbot, db):
    contacts.create(ContactData(given_name="Eva"))
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    assert not page.keep_in_touch.isVisible()


def test_the_country_chosen_in_settings_reads_numbers_without_a_country_code(qtbot, db,
                                                                            tmp_path):
    from PySide6.QtCore import QSettings

    from coopeten_gui.ui.kit.settings import Options
    from coopeten_gui.ui.pages.settings_page import SettingsPage

    options = Options(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page = SettingsPage(None, options)
    qtbot.addWidget(page)
    page.country_combo.set_code("CR")
    page._country_chosen()
    assert phones.default_region() == "CR"
    costa_rica = contacts.create(ContactData(given_name="Carlos",
                                             phones=[Labeled("8888-1234")]))
    page.country_combo.set_code("ES")
    page._country_chosen()
    assert phones.default_region() == "ES"
    assert contact_list.contact_ids(contact_list.ContactQuery(text="50688881234")) == [costa_rica]
