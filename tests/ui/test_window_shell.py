"""The main window as a shell: pages declared once in the registry, menus and the shortcut
list built from the real actions, and opening another database from the File menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTextBrowser

from coopeten_gui.services import session
from coopeten_gui.ui import database_files, pages_registry
from coopeten_gui.ui.dialogs import help_dialogs
from coopeten_gui.ui.main_window import SECTIONS, MainWindow


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_each_page_is_declared_once_and_the_window_follows_the_registry(window):
    keys = [page.key for page in pages_registry.PAGES]
    assert len(set(keys)) == len(keys) and tuple(keys) == SECTIONS
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] \
        == [pages_registry.title(key) for key in keys]
    for page in pages_registry.PAGES:
        action = window.go_actions[page.key]
        expected = QKeySequence(page.shortcut) if page.shortcut else QKeySequence()
        assert action.shortcut() == expected, page.key
        action.trigger()
        assert window.stack.currentWidget() is window.pages[page.key]


def test_the_shortcut_list_is_read_from_the_menus(window):
    rows = dict(help_dialogs.shortcut_rows(window))
    assert rows[QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)] \
        == "Edit › Search everywhere"
    assert "File › Import contacts" in rows.values()
    assert "Go › Offers & Asks" in rows.values()  # a doubled "&" is a real one
    # a shortcut changed on the action is what the list says: nothing is kept by hand
    window.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    rows = dict(help_dialogs.shortcut_rows(window))
    native = QKeySequence("Ctrl+Shift+I").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows[native] == "File › Import contacts"
    assert QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText) not in rows
    # the keys the follow-up lists handle themselves are listed too
    assert rows["S"] == "Follow-up lists: snooze one day"


def test_help_keyboard_shortcuts_shows_the_list(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Keyboard shortcuts")
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Search everywhere" in text and "Quick capture at an event" in text
    dialog.close()


def test_open_database_starts_in_the_open_ones_folder_and_switches(qtbot, window, tmp_path,
                                                                   monkeypatch):
    asked = {}
    other = tmp_path / "other.sqlite"

    def get_open_file_name(parent, caption, folder, filters):
        asked["folder"] = folder
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    before = session.current_path()
    assert database_files.choose_to_open(window)
    assert asked["folder"] == str(before.parent)
    assert session.current_path() == other
    assert window.windowTitle().endswith("other.sqlite")
    qtbot.waitUntil(lambda: window.count_label.text().startswith("0 contacts"))


def test_a_file_that_is_no_database_leaves_the_open_one(qtbot, window, tmp_path, monkeypatch):
    before = session.current_path()
    broken = tmp_path / "notes.sqlite"
    broken.write_bytes(b"")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert not window.open_database_file(broken)
    assert session.current_path() == before
    assert len(said) == 1 and "notes.sqlite" in said[0]
    assert broken.read_bytes() == b""
