"""Exporting from File → Export: the selected contacts or all of them, to a file chosen by
the user; a failure or Cancel explains itself and leaves an earlier file as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from coopeten_gui import translations
from coopeten_gui.services import contact_list, contacts, exporter
from coopeten_gui.services.formats import vcard
from coopeten_gui.ui.dialogs.export_dialog import ExportDialog
from coopeten_gui.ui.kit import background, questions
from coopeten_gui.ui.main_window import MainWindow


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
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(questions, "inform", lambda _parent, _title, text: messages.append(text))
    return messages


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("contacts")
    return window


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_rows(page, rows: list[int]) -> list[int]:
    selection = page.table.selectionModel()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return page.selected_ids()


def open_from_menu(window, fmt: str) -> ExportDialog:
    window.export_actions[fmt].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_export_two_selected_contacts_as_vcard(qtbot, window, synchronous, told, tmp_path,
                                               monkeypatch):
    chosen = select_rows(window.contacts_page, [0, 3])
    assert len(chosen) == 2
    dialog = open_from_menu(window, "vcard")
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text().startswith("The 2 contact")
    # the file dialog hands back a name without the extension; the format adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "two"), ""))
    click(qtbot, dialog.browse_button)
    assert dialog.path_edit.text() == str(tmp_path / "two.vcf")
    click(qtbot, dialog.export_button)
    target = tmp_path / "two.vcf"
    assert told and told[0].startswith("2 contact") and str(target) in told[0]
    assert not dialog.isVisible()
    cards = [contact for contact, error in vcard.parse_vcards(target.read_bytes())]
    expected = {contacts.get(cid).display_name for cid in chosen}
    assert {contacts.display_name_for(card) for card in cards} == expected
    assert str(target) in window.statusBar().currentMessage()


def test_without_a_selection_everyone_is_exported_as_csv(qtbot, window, synchronous, told,
                                                         tmp_path):
    window.contacts_page.table.clearSelection()
    dialog = open_from_menu(window, "csv")
    assert not dialog.selected_radio.isEnabled() and dialog.all_radio.isChecked()
    dialog.path_edit.setText(str(tmp_path / "everyone.csv"))
    click(qtbot, dialog.export_button)
    total = contact_list.count()
    assert told[0].startswith(f"{total} contact")
    lines = (tmp_path / "everyone.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) >= total + 1  # a header and a row each (notes may span lines)


def test_everything_as_json_has_no_choice_of_contacts(qtbot, window, synchronous, told,
                                                      tmp_path):
    select_rows(window.contacts_page, [0])
    dialog = open_from_menu(window, "json")
    assert not dialog.selected_radio.isEnabled() and not dialog.all_radio.isEnabled()
    assert dialog.path_edit.text().endswith(".json")
    dialog.path_edit.setText(str(tmp_path / "all"))
    click(qtbot, dialog.export_button)
    assert (tmp_path / "all.json").exists()
    assert "record" in told[0]


@pytest.fixture
def read_only_folder(tmp_path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "contacts.vcf").write_text("an earlier export\n", encoding="utf-8")
    folder.chmod(0o555)
    yield folder if not os.access(folder, os.W_OK) else Path("/sys")  # root writes anywhere
    folder.chmod(0o755)


def test_a_read_only_folder_gives_a_clear_message(qtbot, demo_db, synchronous, told,
                                                  read_only_folder):
    dialog = ExportDialog(None, "vcard")
    qtbot.addWidget(dialog)
    dialog.show()
    target = read_only_folder / "contacts.vcf"
    dialog.path_edit.setText(str(target))
    click(qtbot, dialog.export_button)
    message = dialog.error_label.text()
    assert dialog.error_label.isVisible() and dialog.isVisible() and not told
    assert "cannot be written" in message and "Permission denied" in message
    assert "Traceback" not in message
    assert dialog.export_button.isEnabled()  # another folder can be tried
    if read_only_folder.name == "read-only":
        assert target.read_text(encoding="utf-8") == "an earlier export\n"
    assert not list(read_only_folder.glob("*.partial"))


def test_a_full_disk_keeps_the_earlier_file(qtbot, demo_db, synchronous, told, tmp_path,
                                            monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "contacts.vcf"
    target.write_text("an earlier export\n", encoding="utf-8")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vcard, "write_vcards", full)
    dialog = ExportDialog(None, "vcard")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(target))
    click(qtbot, dialog.export_button)
    assert "No space left on device" in dialog.error_label.text()
    assert "left as it was" in dialog.error_label.text()
    assert target.read_text(encoding="utf-8") == "an earlier export\n"
    assert [p.name for p in folder.iterdir()] == ["contacts.vcf"]


def test_cancel_leaves_no_file(qtbot, demo_db, synchronous, told, tmp_path, monkeypatch):
    monkeypatch.setattr(exporter, "BATCH", 1)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "contacts.vcf"
    target.write_text("an earlier export\n", encoding="utf-8")
    dialog = ExportDialog(None, "vcard")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(target))
    report = background.Progress.report

    def report_then_press_cancel(progress, *args):
        report(progress, *args)
        cancel = next(b for b in dialog.findChildren(QProgressDialog)[-1]
                      .findChildren(QPushButton) if b.text() == "Cancel")
        cancel.click()

    monkeypatch.setattr(background.Progress, "report", report_then_press_cancel)
    click(qtbot, dialog.export_button)
    assert dialog.error_label.text().endswith("Export cancelled: no file was written.")
    assert not told and dialog.isVisible()
    assert target.read_text(encoding="utf-8") == "an earlier export\n"
    assert [p.name for p in folder.iterdir()] == ["contacts.vcf"]
