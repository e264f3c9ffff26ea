"""Start-up on a damaged database: spotted, and recovered from the newest backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from helpers import corrupt

from coopeten_gui.services import backups, contact_list, contacts, safe_start
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


def test_a_sound_database_opens(db):
    database.close_database()
    assert safe_start.open_checked(db) is None
    assert database.is_open()


def test_damage_is_reported_with_the_newest_good_backup_and_recovered(db):
    for i in range(300):
        contacts.create(ContactData(given_name=f"P{i}"))
    folder = backups.default_folder(db)
    backups.make_backup(folder, when=datetime(2026, 3, 1))
    newest = backups.make_backup(folder, when=datetime(2026, 3, 2))
    broken = folder / f"{db.stem}-20260303-000000.sqlite"
    broken.write_bytes(b"not a backup")  # newer, but unusable: skipped
    corrupt(db)
    damage = safe_start.open_checked(db)
    assert damage is not None and damage.backup.path == newest.path
    assert not database.is_open()
    aside = safe_start.restore_newest(damage)
    assert aside.name.endswith(".damaged")
    assert contact_list.count() == 300 and database.integrity_errors() == []


def test_a_file_that_is_not_sqlite_is_refused_not_moved(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"shopping list\n" * 100)
    with pytest.raises(database.NotADatabaseError):
        safe_start.open_checked(path)
    assert path.read_bytes() == b"shopping list\n" * 100


def test_damage_without_backups_is_still_reported(db):
    for i in range(300):
        contacts.create(ContactData(given_name=f"P{i}"))
    corrupt(db)
    damage = safe_start.open_checked(db)
    assert damage is not None and damage.backup is None
    conn = sqlite3.connect(db)  # the file is left where it was until the user chooses
    conn.close()
    assert db.exists()
