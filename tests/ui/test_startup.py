"""Start-up: a damaged database is recovered without losing the damaged file, refusals
are explained without hanging, a second start hands over, backups follow the window."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime

import pytest
from helpers import corrupt
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from coopeten_gui import translations
from coopeten_gui.services import backups, contact_list, contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database
from coopeten_gui.ui import startup
from coopeten_gui.ui.dialogs.backups_dialog import BackupsDialog
from coopeten_gui.ui.dialogs.recovery_dialog import QUIT, RESTORE, SALVAGE
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english(qapp):
    """These tests read English texts, whatever language an earlier test left installed."""
    translations.install(qapp, "en")


@pytest.fixture
def options(tmp_path) -> Options:
    return Options(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "show_message",
                        lambda kind, text, parent=None: messages.append((kind, text)))
    return messages


@pytest.fixture
def answer(monkeypatch):
    """Answer the recovery question with ``answer.choice``; the damages asked about."""

    class Answer:
        choice = QUIT
        asked: list = []

    def ask(damage, parent=None):
        Answer.asked.append(damage)
        return Answer.choice

    Answer.asked = []
    monkeypatch.setattr(startup, "ask_recovery", ask)
    return Answer


@pytest.fixture
def sessions():
    started: list[startup.Session] = []
    yield started
    for session in started:
        session.finish()


def start(sessions, path, options) -> startup.Session:
    session = startup.start(path, options)
    sessions.append(session)
    return session


@pytest.fixture
def damaged(db, options, tmp_path):
    """300 contacts, two backups (the newest with one more contact), then a failing disk."""
    for i in range(300):
        contacts.create(ContactData(given_name=f"Person {i}"))
    options.backup_folder_choice = str(tmp_path / "my backups")
    folder = options.backup_folder(db)
    backups.make_backup(folder, when=datetime(2026, 3, 1, 9, 0))
    contacts.create(ContactData(given_name="Only in the newest backup"))
    newest = backups.make_backup(folder, when=datetime(2026, 3, 2, 9, 0))
    corrupt(db)
    return db, newest, db.read_bytes()


def test_a_damaged_database_is_restored_from_the_newest_backup(damaged, options, answer,
                                                               shown, sessions):
    path, newest, broken_bytes = damaged
    answer.choice = RESTORE
    session = start(sessions, path, options)
    assert session.status == startup.OPENED
    assert answer.asked[0].backup.path == newest.path  # from the folder chosen in Settings
    assert database.is_open() and database.database_path() == path
    assert contact_list.count() == 301
    assert contact_list.search_contacts("Only in the newest backup")
    assert database.integrity_errors() == []
    kept = list(path.parent.glob("coopeten.sqlite.*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken_bytes  # never overwritten
    kind, text = shown[0]
    assert kind == startup.INFO and "restored from the backup" in text and str(kept[0]) in text


def test_salvage_saves_what_can_be_read(damaged, options, answer, shown, sessions):
    path, _newest, broken_bytes = damaged
    answer.choice = SALVAGE
    session = start(sessions, path, options)
    assert session.status == startup.OPENED
    assert database.is_open() and 0 < contact_list.count() < 301
    kept = list(path.parent.glob("coopeten.sqlite.*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken_bytes
    kind, text = shown[0]
    assert kind == startup.INFO and "Records saved: " in text and str(kept[0]) in text


def test_quit_leaves_the_damaged_file_alone(damaged, options, answer, shown, sessions):
    path, _newest, broken_bytes = damaged
    answer.choice = QUIT
    session = start(sessions, path, options)
    assert session.status == startup.QUIT
    assert not database.is_open()
    assert path.read_bytes() == broken_bytes
    assert not list(path.parent.glob("*.damaged"))
    assert shown == []
    # it stopped listening: the next start is a start, not a hand-over
    answer.choice = QUIT
    assert start(sessions, path, options).status == startup.QUIT


def test_a_database_locked_by_another_program_is_explained_quickly(db, options, shown,
                                                                   sessions):
    database.close_database()
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        began = time.monotonic()
        session = start(sessions, db, options)
        elapsed = time.monotonic() - began
    finally:
        other.close()
    assert session.status == startup.REFUSED
    assert elapsed < 5
    kind, text = shown[0]
    assert kind == startup.CRITICAL
    assert text == f"{db} is in use by another program. Close that program and try again."
    assert not database.is_open()


def test_a_newer_database_is_refused_untouched(db, options, shown, sessions):
    database.close_database()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    assert start(sessions, db, options).status == startup.REFUSED
    assert "written by a newer version of Coopeten" in shown[0][1]
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, options, shown,
                                                            sessions):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"shopping list\n" * 200)
    assert start(sessions, path, options).status == startup.REFUSED
    assert shown == [(startup.CRITICAL, f"{path} is not a Coopeten database.")]
    assert path.read_bytes() == b"shopping list\n" * 200


def test_a_second_start_hands_over_to_the_first(qtbot, db, options, shown, sessions):
    database.close_database()
    first = start(sessions, db, options)
    assert first.status == startup.OPENED
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    first.attach(window)
    with qtbot.waitSignal(first.instance.activation_requested, timeout=3000):
        second = start(sessions, db, options)
    assert second.status == startup.HANDED_OVER
    assert second.instance is None
    assert not window.isMinimized()  # the running window came to the front
    assert database.is_open() and shown == []


def test_the_on_exit_backup_is_taken_when_data_changed(qtbot, db, options, shown, sessions):
    database.close_database()
    session = start(sessions, db, options)
    window = QMainWindow()
    qtbot.addWidget(window)
    session.attach(window)
    folder = backups.default_folder(db)
    assert session.auto_backup.policy.folder == folder
    contacts.create(ContactData(given_name="Written before closing"))
    options.backup_folder_choice = str(db.parent / "elsewhere")  # changed in Settings
    session.finish()
    assert not backups.list_backups(folder)
    made = backups.list_backups(db.parent / "elsewhere")
    assert len(made) == 1 and not made[0].manual
    session.finish()  # once only
    assert len(backups.list_backups(db.parent / "elsewhere")) == 1


def test_no_backup_on_exit_when_nothing_changed(qtbot, db, options, shown, sessions):
    database.close_database()
    session = start(sessions, db, options)
    window = QMainWindow()
    qtbot.addWidget(window)
    session.attach(window)
    session.finish()
    assert backups.list_backups(backups.default_folder(db)) == []


def test_backups_follow_the_folder_chosen_in_settings(qtbot, demo_db, tmp_path, monkeypatch):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.show_section("settings")
    chooser = window.settings_page.backup_folder
    assert chooser.folder_label.text() == f"{backups.default_folder(demo_db)} (the default)"
    usb = tmp_path / "usb"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(chooser.change_button, Qt.MouseButton.LeftButton)
    assert window.options.backup_folder(demo_db) == usb
    assert chooser.folder_label.text() == str(usb)

    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.folder == usb
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled(), timeout=10_000)
    assert len(backups.list_backups(usb)) == 1
    # restoring rebuilds every page over the restored data
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    old_contacts_page = window.contacts_page
    assert dialog.restore_selected(confirmed=True)
    assert window.contacts_page is not old_contacts_page

    qtbot.mouseClick(window.settings_page.backup_folder.default_button,
                     Qt.MouseButton.LeftButton)
    assert window.options.backup_folder(demo_db) == backups.default_folder(demo_db)


def test_backups_follow_another_database_opened_in_the_window(qtbot, db, options, shown,
                                                              sessions, tmp_path):
    database.close_database()
    session = start(sessions, db, options)
    window = MainWindow(options.qsettings)
    qtbot.addWidget(window)
    session.attach(window)
    other = tmp_path / "other" / "second.sqlite"
    assert window.open_database_file(other)
    assert session.auto_backup.policy.folder == backups.default_folder(other)
    contacts.create(ContactData(given_name="In the second database"))
    session.finish()
    assert [b.path.name.startswith("second-") for b in
            backups.list_backups(backups.default_folder(other))] == [True]
    assert backups.list_backups(backups.default_folder(db)) == []
