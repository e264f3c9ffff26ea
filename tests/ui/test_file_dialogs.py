"""Save and export dialogs open in the user's Documents folder (made when missing, else the
home folder), never in the program's folder; Qt's own dialog when the window's language is
not the system's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from coopeten_gui import translations
from coopeten_gui.services import contacts
from coopeten_gui.ui.kit import file_dialogs


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The system's Documents folder is somewhere that does not exist yet."""
    folder = tmp_path / "home" / "Documents"
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return folder


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The folder each save dialog was opened in."""
    started: list[str] = []

    def save(parent, caption, directory="", *args, **kwargs):
        started.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return started


def test_a_letter_is_saved_from_documents_even_before_the_folder_exists(qtbot, demo_db,
                                                                         documents, asked,
                                                                         monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

    monkeypatch.setattr(ProposalEditor, "_ask_unsaved",
                        lambda self: QMessageBox.StandardButton.Discard)
    # no folder remembered from a letter saved before (by an earlier test)
    from PySide6.QtCore import QSettings

    from coopeten_gui.ui.kit.letter_output import LAST_FOLDER_KEY

    QSettings().remove(LAST_FOLDER_KEY)

    editor = ProposalEditor(contact_id=contacts.find_by_email("tom@lacolmena.work"))
    qtbot.addWidget(editor)
    editor.body.setPlainText("Dear Tom")
    editor.dirty = False
    editor.output.ask_path("pdf")
    (start,) = asked
    assert Path(start).parent == documents and documents.is_dir()
    assert start.endswith(".pdf")
    assert Path(start).parent != Path(os.getcwd())


def test_the_calendar_export_starts_in_documents(qtbot, db, documents, asked, tmp_path):
    from PySide6.QtCore import QSettings

    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.ask_export_path()
    assert asked == [str(documents / "coopeten.ics")]


def test_without_a_documents_folder_the_home_folder(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(file_dialogs, "documents_location", lambda: str(blocker / "Documents"))
    assert file_dialogs.documents_folder() == Path.home()
    assert file_dialogs.start_path("a.pdf") == str(Path.home() / "a.pdf")


def test_a_remembered_folder_and_a_full_path_are_kept(tmp_path, documents):
    assert file_dialogs.start_path("x.pdf", remembered=tmp_path) == str(tmp_path / "x.pdf")
    assert file_dialogs.start_path(tmp_path / "y.ics") == str(tmp_path / "y.ics")
    # a folder since removed: Documents
    assert file_dialogs.start_path("x.pdf", remembered=tmp_path / "gone") == str(
        documents / "x.pdf")


def test_qt_s_own_dialog_when_the_window_speaks_another_language(qapp, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    translations.install(qapp, "es")
    assert file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog
    translations.install(qapp, "en")
    assert not file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog
