"""The import dialog, used as a person would: choose a file, check the columns, read the
preview, decide about duplicates, import — or cancel, or meet a file that is not one."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from coopeten_gui import translations
from coopeten_gui.services import contact_list, contacts, importer
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.dialogs.import_dialog import (
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    ImportDialog,
)
from coopeten_gui.ui.dialogs.import_duplicates import DuplicatesModel
from coopeten_gui.ui.kit import background
from coopeten_gui.ui.main_window import MainWindow

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GOOGLE = DATA_DIR / "csv" / "google_new.csv"
SPANISH = DATA_DIR / "csv" / "generico_es_cp1252.csv"
GMAIL_VCARDS = DATA_DIR / "vcard" / "gmail-list.vcf"


@pytest.fixture(autouse=True)
def english(qapp):
    """These tests read English texts, whatever language an earlier test left installed."""
    translations.install(qapp, "en")


@pytest.fixture
def synchronous():
    background.use_synchronous_pool(True)
    yield
    background.use_synchronous_pool(False)


@pytest.fixture
def dialog(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(qtbot, dialog, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, dialog.browse_button)


def says(text: str, expected: str) -> bool:
    """``text`` reads ``expected``, whose "(s)" plurals the English catalogue may resolve
    ("1 new contact", "2 new contacts") or leave as they are."""
    pattern = re.escape(expected).replace(re.escape("(s)"), r"(?:s|\(s\))?")
    return re.fullmatch(pattern, text) is not None


def _contacts_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def names() -> set[str]:
    return {row.display_name for row in contact_list.list_contacts(limit=1000)}


def test_google_csv_preview_then_import(qtbot, db, synchronous, dialog, monkeypatch):
    choose_file(qtbot, dialog, monkeypatch, GOOGLE)
    assert dialog.format_combo.currentData() == "google"
    assert "Google Contacts" in dialog.detected_label.text()
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == PREVIEW_PAGE
    assert says(dialog.summary_label.text(),
                "2 new contact(s), 0 likely duplicate(s), 0 row(s) with errors")
    assert not dialog.duplicates_box.isVisible() and not dialog.errors_box.isVisible()
    assert contact_list.count() == 0  # a preview writes nothing
    assert dialog.next_button.text() == "&Import"
    with qtbot.waitSignal(dialog.imported) as imported:
        click(qtbot, dialog.next_button)
    assert imported.args[0].created == 2
    assert dialog.stack.currentIndex() == DONE_PAGE
    # the import's log was folded into the file afterwards (on a worker in the window)
    alone = db.with_name("alone.sqlite")
    alone.write_bytes(db.read_bytes())
    assert _contacts_in(alone) == 2
    assert dialog.done_label.text().split("\n")[0] == "2 added, 0 merged, 0 skipped"
    assert names() == {"Carlos Ruiz", "Dra. Ana Lucía Torres"}
    carlos = contacts.data_of(contacts.get(contacts.find_by_email("carlos@panaderiaruiz.es")))
    assert carlos.organization_name == "Panadería Ruiz"
    assert {p.value for p in carlos.phones} >= {"+34 600 111 222", "+34 600 333 444"}
    assert dialog.close_button.text() == "&Close"


def test_vcard_file_is_imported(qtbot, db, synchronous, dialog, monkeypatch):
    choose_file(qtbot, dialog, monkeypatch, GMAIL_VCARDS)
    assert dialog.format_combo.currentData() == "vcard"
    click(qtbot, dialog.next_button)
    assert says(dialog.summary_label.text(),
                "3 new contact(s), 0 likely duplicate(s), 0 row(s) with errors")
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == DONE_PAGE
    assert contact_list.count() == 3


def test_a_duplicate_set_to_merge_is_merged(qtbot, db, synchronous, dialog, monkeypatch):
    stored = contacts.create(ContactData(given_name="Carlos", family_name="R.",
                                         emails=[Labeled("carlos@panaderiaruiz.es", "work")]))
    choose_file(qtbot, dialog, monkeypatch, GOOGLE)
    click(qtbot, dialog.next_button)
    assert says(dialog.summary_label.text(),
                "1 new contact(s), 1 likely duplicate(s), 0 row(s) with errors")
    view, model = dialog.duplicates_view, dialog.duplicates_model
    assert dialog.duplicates_box.isVisible()
    assert [model.index(0, c).data() for c in range(5)] == [
        "1", "Carlos Ruiz", "Carlos R.", "same email carlos@panaderiaruiz.es", "Skip"]
    # click the action cell: a combo box opens; choose "Merge" with the keyboard
    index = model.index(0, DuplicatesModel.ACTION)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    editor = view.indexWidget(index)
    assert editor is not None and editor.currentText() == "Skip"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert model.index(0, DuplicatesModel.ACTION).data() == "Merge"
    assert model.decisions() == {1: "merge"}
    click(qtbot, dialog.next_button)
    assert dialog.done_label.text().startswith("1 added, 1 merged, 0 skipped")
    assert contact_list.count() == 2
    merged = contacts.data_of(contacts.get(stored))
    assert merged.family_name == "R."  # what was stored stays
    assert "+34 600 111 222" in {p.value for p in merged.phones}  # what the file knew is added
    assert merged.organization_name == "Panadería Ruiz"


def test_for_all_buttons_decide_every_duplicate(qtbot, db, synchronous, dialog, monkeypatch):
    contacts.create(ContactData(given_name="Carlos", emails=[Labeled("carlos@panaderiaruiz.es")]))
    contacts.create(ContactData(given_name="Ana", emails=[Labeled("ana.torres@clinica.example")]))
    choose_file(qtbot, dialog, monkeypatch, GOOGLE)
    click(qtbot, dialog.next_button)
    assert says(dialog.summary_label.text(),
                "0 new contact(s), 2 likely duplicate(s), 0 row(s) with errors")
    click(qtbot, dialog.for_all_buttons["create"])
    assert dialog.duplicates_model.decisions() == {1: "create", 2: "create"}
    click(qtbot, dialog.for_all_buttons["skip"])
    assert dialog.duplicates_model.decisions() == {1: "skip", 2: "skip"}
    click(qtbot, dialog.next_button)
    assert dialog.done_label.text().startswith("0 added, 0 merged, 2 skipped")
    assert contact_list.count() == 2


def test_spanish_csv_gets_the_mapping_step_filled_in(qtbot, db, synchronous, dialog,
                                                    monkeypatch):
    choose_file(qtbot, dialog, monkeypatch, SPANISH)
    assert dialog.format_combo.currentData() == "csv"
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == MAPPING_PAGE
    table = dialog.mapping_table
    assert table.headers()[:5] == ["Nombre", "Apellidos", "Empresa", "Cargo",
                                   "Correo electrónico"]
    expected = {"Nombre": "given_name", "Apellidos": "family_name",
                "Empresa": "organization_name", "Correo electrónico": "email",
                "Teléfono": "phone", "Móvil": "phone:cell", "Ciudad": "city",
                "Etiquetas": "tags"}
    assert {h: table.target_of(h) for h in expected} == expected
    assert table.combo(0).currentText() == "Given name"
    assert table.combo(2).currentText() == "Organization"
    # the user leaves the notes out
    notes = table.combo(table.headers().index("Notas"))
    notes.setCurrentIndex(notes.findData(""))
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == PREVIEW_PAGE
    assert says(dialog.summary_label.text(),
                "3 new contact(s), 0 likely duplicate(s), 2 row(s) with errors")
    errors = dialog.errors_model
    assert dialog.errors_box.isVisible() and errors.rowCount() == 2
    assert [errors.index(r, 0).data() for r in range(2)] == ["4", "5"]
    assert "no name, email or phone" in errors.index(0, 1).data()
    click(qtbot, dialog.back_button)  # back to the columns, choices kept
    assert dialog.stack.currentIndex() == MAPPING_PAGE
    assert table.target_of("Notas") == ""
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert dialog.done_label.text().startswith("3 added")
    begona = next(r for r in contact_list.list_contacts() if r.display_name.startswith("Begoña"))
    data = contacts.data_of(contacts.get(begona.id))
    assert (data.given_name, data.family_name) == ("Begoña", "Ibáñez Muñoz")
    assert data.organization_name == "Cafetería La Esquina, S.L."
    assert data.notes == ""


@pytest.mark.parametrize("content, message", [
    (os.urandom(4000), "binary data"),
    (b"", "empty"),
])
def test_a_file_that_is_not_a_contact_list_is_explained(qtbot, demo_db, synchronous, dialog,
                                                        monkeypatch, tmp_path, content,
                                                        message):
    before = contact_list.count()
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    choose_file(qtbot, dialog, monkeypatch, path)
    assert dialog.error_label.isVisible()
    assert message in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    assert not dialog.next_button.isEnabled()
    assert dialog.stack.currentIndex() == FILE_PAGE
    assert contact_list.count() == before


def test_a_wrong_format_choice_is_explained(qtbot, demo_db, synchronous, dialog, monkeypatch):
    before = contact_list.count()
    choose_file(qtbot, dialog, monkeypatch, GOOGLE)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("outlook"))
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == FILE_PAGE
    assert "does not have the columns of an export from Outlook" in dialog.error_label.text()
    assert contact_list.count() == before


def test_unknown_columns_must_be_chosen(qtbot, db, synchronous, dialog, monkeypatch, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Campo A,Campo B\nLola,lola@example.org\n", encoding="utf-8")
    choose_file(qtbot, dialog, monkeypatch, path)
    click(qtbot, dialog.next_button)
    assert dialog.mapping_table.mapping() == {}
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == MAPPING_PAGE
    assert "Choose at least one column" in dialog.error_label.text()
    table = dialog.mapping_table
    table.combo(0).setCurrentIndex(table.combo(0).findData("given_name"))
    table.combo(1).setCurrentIndex(table.combo(1).findData("email"))
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert names() == {"Lola"}


def test_cancel_during_the_import_writes_nothing(qtbot, demo_db, synchronous, dialog,
                                                monkeypatch):
    before = contact_list.count()
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 1)
    choose_file(qtbot, dialog, monkeypatch, GMAIL_VCARDS)
    click(qtbot, dialog.next_button)
    assert dialog.summary_label.text().startswith("3 new contact")

    report = background.Progress.report
    pressed = []

    def report_then_press_cancel(progress, *args):
        report(progress, *args)
        if not pressed:  # the user presses Cancel after the first row was written
            # the import's own (the preview's may still await deletion)
            progress_dialog = dialog.findChildren(QProgressDialog)[-1]
            cancel = next(b for b in progress_dialog.findChildren(QPushButton)
                          if b.text() == "Cancel")
            cancel.click()
            pressed.append(True)

    monkeypatch.setattr(background.Progress, "report", report_then_press_cancel)
    imported = []
    dialog.imported.connect(imported.append)
    click(qtbot, dialog.next_button)
    assert pressed
    assert dialog.error_label.text().endswith("Import cancelled: nothing was written.")
    assert dialog.stack.currentIndex() == PREVIEW_PAGE and dialog.next_button.isEnabled()
    assert imported == []
    assert contact_list.count() == before


def test_preview_and_import_run_on_a_worker_thread_the_import_on_the_previews_connection(
        qtbot, db, dialog, monkeypatch):
    """The import reads on the connection its preview read on: the pages the preview read
    are still cached (a fresh connection read them again, a tenth of an import into a
    million contacts)."""
    from coopeten_gui.storage import database

    used: dict[str, object] = {}
    for name in ("preview", "run_import"):
        real = getattr(importer, name)

        def wrapped(*args, _real=real, _name=name, **kwargs):
            used[_name] = database.connection()
            return _real(*args, **kwargs)

        monkeypatch.setattr(importer, name, wrapped)
    dialog.set_path(GOOGLE)
    qtbot.waitUntil(lambda: dialog.info is not None)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PREVIEW_PAGE)
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == DONE_PAGE
    assert contact_list.count() == 2
    assert used["run_import"] is used["preview"]
    assert used["preview"] is not database.connection()  # a worker's, not the window's
    # the worker gives its connection back before reporting, and nothing is left running
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_a_job_gives_its_connection_back_before_its_result_is_told(synchronous,
                                                                     monkeypatch):
    happened: list[str] = []
    monkeypatch.setattr(background, "_release_worker_connection",
                        lambda: happened.append("given back"))
    background.run_in_background(None, lambda _progress: "done",
                                 on_done=lambda _result: happened.append("told"))
    assert happened == ["given back", "told"]


def test_ctrl_i_imports_and_the_contacts_list_shows_them(qtbot, db, synchronous, tmp_path,
                                                        monkeypatch):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("contacts")
    assert window.contacts_page.model.rowCount() == 0
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    choose_file(qtbot, dialog, monkeypatch, GOOGLE)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert window.contacts_page.model.rowCount() == 2
    assert "2 added" in window.statusBar().currentMessage()
