"""Backups: verified, rotated, restorable; damaged databases recovered."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from helpers import corrupt

from coopeten_gui.cli import main
from coopeten_gui.services import backups, contact_list, contacts, recovery
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


def add(name: str) -> int:
    return contacts.create(ContactData(given_name=name))


def test_backup_is_verified_and_listed(db, tmp_path):
    add("Ana")
    folder = tmp_path / "backups"
    info = backups.make_backup(folder)
    assert info.path.parent == folder and info.size > 0
    assert backups.verify(info.path) is None
    assert backups.list_backups(folder, db.stem) == [info]
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT given_name FROM contact").fetchall() == [("Ana",)]
    conn.close()


def test_a_backup_that_fails_its_check_keeps_the_older_ones(db, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    good = backups.make_backup(folder, when=datetime(2026, 1, 1, 10))
    monkeypatch.setattr(backups, "verify", lambda path, whole=True: "malformed page")
    with pytest.raises(backups.BackupError, match="older backups were kept"):
        backups.make_backup(folder, when=datetime(2026, 1, 2, 10))
    assert [b.path for b in backups.list_backups(folder)] == [good.path]


def test_a_copy_damaged_on_its_way_to_disk_is_refused(db, tmp_path, monkeypatch):
    conn = database.connection()
    conn.executemany("INSERT INTO contact (display_name, notes, created_at, updated_at) "
                     "VALUES (?, ?, '2026-01-01', '2026-01-01')",
                     [(f"Persona {i}", "notas " * 40) for i in range(400)])
    folder = tmp_path / "backups"
    good = backups.make_backup(folder, when=datetime(2026, 1, 1, 10))
    copy_whole = database.backup_to

    def copy_then_damage(target):
        copied = copy_whole(target)
        check = sqlite3.connect(copied)
        pages = [r[0] for r in check.execute(
            "SELECT pageno FROM dbstat WHERE name = 'contact' AND pagetype = 'leaf'")]
        check.close()
        data = bytearray(copied.read_bytes())
        for page in pages[len(pages) // 2:]:  # as a failing disk would write them
            data[(page - 1) * 4096 + 8: page * 4096] = b"\xde\xad" * 2044
        copied.write_bytes(bytes(data))
        return copied

    monkeypatch.setattr(database, "backup_to", copy_then_damage)
    with pytest.raises(backups.BackupError, match="failed its check"):
        backups.make_backup(folder, when=datetime(2026, 1, 2, 10))
    assert [b.path for b in backups.list_backups(folder)] == [good.path]


def test_a_backup_is_a_plain_file_without_a_log(db, tmp_path):
    add("Ana")
    info = backups.make_backup(tmp_path / "backups")
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert list(info.path.parent.iterdir()) == [info.path]  # no -wal, -journal, .partial


def test_rotation_keeps_seven_daily_four_weekly_six_monthly(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 11, 21, 12, 0)
    # two backups a day for a year
    for hours in range(0, 365 * 24, 12):
        moment = start - timedelta(hours=hours)
        (folder / f"{db.stem}-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"x")
    (folder / f"{db.stem}-20250101-000000-manual.sqlite").write_bytes(b"x")
    backups.rotate(folder, db.stem)
    kept = backups.list_backups(folder, db.stem)
    automatic = [b.created_at for b in kept if not b.manual]
    assert automatic[0] == start  # the newest is always kept
    days = {d.date() for d in automatic}
    assert len(days) <= 7 + 4 + 6 and len(automatic) == len(days)
    assert {(start - timedelta(days=i)).date() for i in range(7)} <= days
    assert len({(d.year, d.month) for d in automatic}) == 6
    assert any(b.manual for b in kept)  # manual backups are never rotated out


def test_auto_backup_only_when_data_changed_and_not_too_often(db, tmp_path):
    auto = backups.AutoBackup(tmp_path / "b", interval_minutes=30)
    t0 = datetime(2026, 11, 21, 9, 0)
    assert auto.maybe_backup(t0) is None  # nothing changed
    add("Ana")
    assert auto.maybe_backup(t0) is not None
    add("Bea")
    assert auto.maybe_backup(t0 + timedelta(minutes=10)) is None  # too soon
    assert auto.maybe_backup(t0 + timedelta(minutes=10), on_exit=True) is not None
    add("Carla")
    assert auto.maybe_backup(t0 + timedelta(minutes=50)) is not None
    # all three fell on one day: rotation keeps that day's newest
    assert [b.created_at for b in backups.list_backups(tmp_path / "b")] == [
        t0 + timedelta(minutes=50)]


def test_restore_moves_the_current_database_aside(db, tmp_path):
    add("Before")
    folder = tmp_path / "backups"
    snapshot = backups.make_backup(folder)
    add("After")
    aside = backups.restore(snapshot.path, db)
    assert [r.display_name for r in contact_list.list_contacts()] == ["Before"]
    assert aside.exists() and aside.name.endswith(".before-restore")
    conn = sqlite3.connect(aside)
    assert {r[0] for r in conn.execute("SELECT given_name FROM contact")} == {"Before", "After"}
    conn.close()


def test_a_damaged_database_is_recovered_from_the_newest_backup(db, tmp_path):
    for i in range(300):
        add(f"Person {i}")
    folder = backups.default_folder(db)
    old = backups.make_backup(folder, when=datetime(2026, 1, 1))
    newest = backups.make_backup(folder, when=datetime(2026, 2, 1))
    corrupt(db)
    assert database.quick_check(db) is not None
    aside, used = recovery.recover_from_backup(db, folder)
    assert used.path == newest.path != old.path
    assert aside.name.endswith(".damaged") and aside.exists()
    assert database.integrity_errors() == []
    assert contact_list.count() == 300


def test_salvage_keeps_what_can_be_read(db, tmp_path):
    for i in range(300):
        add(f"Person {i}")
    corrupt(db)
    aside, summary = recovery.salvage(db)
    assert aside.exists()
    assert database.integrity_errors() == []
    assert 0 < contact_list.count() <= 300
    assert summary.rows_saved > 0
    assert contact_list.search_contacts("Person")  # the index was rebuilt


def test_cli_backups_and_restore(tmp_path, capsys):
    path = tmp_path / "c.db"
    assert main(["--db", str(path), "demo"]) == 0
    database.open_database(path)
    info = backups.make_backup(backups.default_folder(path))
    database.close_database()
    capsys.readouterr()
    assert main(["--db", str(path), "backups"]) == 0
    assert str(info.path) in capsys.readouterr().out
    assert main(["--db", str(path), "restore", str(info.path)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main(["--db", str(path), "restore", str(tmp_path / "nope.sqlite")]) == 1
    assert "no backup" in capsys.readouterr().err
