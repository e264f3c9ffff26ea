"""Start-up never opens a silent new database in place of the user's: a missing
remembered file or an unreadable one leads to the recovery question with every backup,
a read-only folder or a full disk to one clear sentence, and the recovery dialog itself."""

from __future__ import annotations

from datetime import datetime

import pytest
from db_files import first_version_file, stale_wal
from disks import fill, read_only, small_disk
from PySide6.QtCore import QSettings, Qt

from coopeten_gui import translations
from coopeten_gui.services import backups, contact_list, contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.safe_start import Damage
from coopeten_gui.storage import database
from coopeten_gui.ui import startup
from coopeten_gui.ui.dialogs import recovery_dialog
from coopeten_gui.ui.kit.settings import Options


@pytest.fixture
def options(tmp_path) -> Options:
    return Options(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown(monkeypatch):
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "show_message",
                        lambda kind, text, parent=None: messages.append((kind, text)))
    return messages


@pytest.fixture
def asked(monkeypatch):
    """Answers the recovery question with ``asked.answer`` (QUIT unless set)."""
    questions: list[Damage] = []

    def ask(damage, parent=None):
        questions.append(damage)
        return getattr(ask_recovery, "answer", recovery_dialog.QUIT)

    ask_recovery = ask
    monkeypatch.setattr(startup, "ask_recovery", ask)
    return questions


@pytest.fixture
def sessions():
    started = []
    yield started
    for session in started:
        session.finish()
    database.close_database()


@pytest.fixture
def three_backups(db):
    folder = backups.default_folder(db)
    made = []
    for day in (1, 2, 3):
        contacts.create(ContactData(given_name=f"Day {day}"))
        made.append(backups.make_backup(folder, manual=True, when=datetime(2026, 3, day, 9)))
    database.close_database()
    return db, made


def start(sessions, path, options):
    session = startup.start(path, options)
    sessions.append(session)
    return session


def test_a_missing_remembered_database_offers_every_backup(three_backups, options, asked,
                                                           shown, sessions):
    path, made = three_backups
    options.last_database = str(path)
    path.unlink()
    session = start(sessions, path, options)
    assert session.status == startup.QUIT
    assert not path.exists()  # no silent new database
    assert len(asked) == 1 and asked[0].kind == "missing"
    assert [b.path for b in asked[0].backups] == [b.path for b in reversed(made)]


def test_a_missing_remembered_database_can_be_restored_from_an_older_backup(
        three_backups, options, monkeypatch, shown, sessions):
    path, made = three_backups
    options.last_database = str(path)
    path.unlink()
    monkeypatch.setattr(startup, "ask_recovery", lambda damage, parent=None:
                        recovery_dialog.Choice(recovery_dialog.RESTORE, made[0]))
    assert start(sessions, path, options).status == startup.OPENED
    assert [c.display_name for c in contact_list.list_contacts()] == ["Day 1"]
    assert "restored" in shown[0][1]


def test_a_zero_byte_database_is_not_opened_as_a_new_one(three_backups, options, asked,
                                                          shown, sessions):
    path, _made = three_backups
    path.write_bytes(b"")
    assert start(sessions, path, options).status == startup.QUIT
    assert asked and len(asked[0].backups) == 3
    assert path.read_bytes() == b""


def test_a_read_only_folder_gets_one_sentence_not_the_recovery(three_backups, options, asked,
                                                              shown, sessions):
    path, _made = three_backups
    with read_only(path.parent):
        assert start(sessions, path, options).status == startup.REFUSED
    assert asked == []
    assert len(shown) == 1 and "read-only" in shown[0][1]


def test_no_room_for_the_safety_copy_gets_one_sentence(tmp_path, options, asked, shown,
                                                      sessions):
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "coopeten.sqlite"
        first_version_file(path)
        before = path.read_bytes()
        fill(disk, leave_kib=40)
        assert start(sessions, path, options).status == startup.REFUSED
        assert asked == []
        assert "no room" in shown[0][1].lower()
        assert path.read_bytes() == before


def test_a_stale_log_set_aside_is_said(db, options, asked, shown, sessions, tmp_path):
    for i in range(300):
        contacts.create(ContactData(given_name=f"Mine {i:03d}"))
    database.close_database()
    wal = stale_wal(tmp_path)  # from a new, smaller copy
    db.with_name(db.name + "-wal").write_bytes(wal)
    assert start(sessions, db, options).status == startup.OPENED
    assert contact_list.count() == 300 and not contact_list.search_contacts("other copy")
    assert asked == [] and len(shown) == 1 and "set aside" in shown[0][1]


def test_the_recovery_dialog_lists_every_backup_and_restores_the_chosen_one(qtbot, tmp_path):
    made = [backups.BackupInfo(tmp_path / f"c-{d}.sqlite", datetime(2026, 3, d, 9), 2048 * d,
                               d == 2) for d in (3, 2, 1)]
    damage = Damage(tmp_path / "c.sqlite", "database disk image is malformed", made[0],
                    made, "damaged")
    dialog = recovery_dialog.RecoveryDialog(damage)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.selected_backup() == made[0]
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == recovery_dialog.Choice(recovery_dialog.RESTORE, made[2])


def test_the_recovery_dialog_in_spanish(qtbot, qapp, tmp_path):
    translations.install(qapp, "es")
    if qapp.translate("RecoveryDialog", "&Quit") == "&Quit":
        pytest.skip("the Spanish catalogue is compiled when the texts are merged")
    damage = Damage(tmp_path / "c.sqlite", "", None, [], "missing")
    dialog = recovery_dialog.RecoveryDialog(damage)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert not dialog.new_button.isHidden() and dialog.salvage_button.isHidden()
    assert "copia" in dialog.advice.text().lower()
