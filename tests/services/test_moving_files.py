"""Moving database files around never leaves the user's path empty or replaced without a
verified copy of what was there: restore, recovery, salvage, stale write-ahead logs,
full and read-only disks, leftovers."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pytest
from db_files import first_version_file, stale_wal
from disks import fill, read_only, small_disk

from coopeten_gui.services import backups, contact_list, contacts, recovery, safe_start
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[2]


def add(name: str) -> int:
    return contacts.create(ContactData(given_name=name))


def names_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT given_name FROM contact")}
    finally:
        conn.close()


def contact_ids(path: Path) -> list[int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id")]
    finally:
        conn.close()


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


# 1. two restores in the same second

def test_two_restores_in_the_same_second_keep_both_originals(db, tmp_path):
    add("A")
    folder = tmp_path / "backups"
    first = backups.make_backup(folder, manual=True, when=datetime(2026, 1, 1, 9, 0))
    add("B")
    second = backups.make_backup(folder, manual=True, when=datetime(2026, 1, 1, 10, 0))
    add("C")
    frozen = datetime(2026, 12, 6, 9, 30, 0)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen

    import coopeten_gui.services.backups as module

    original = module.datetime
    module.datetime = Clock
    try:
        aside_1 = backups.restore(first.path, db)
        aside_2 = backups.restore(second.path, db)
    finally:
        module.datetime = original
    assert aside_1 != aside_2
    assert aside_1.exists() and aside_2.exists()
    assert names_in(aside_1) == {"A", "B", "C"}  # the original, still there
    assert names_in(aside_2) == {"A"}
    assert {r.display_name for r in contact_list.list_contacts()} == {"A", "B"}


# 2. restore onto itself, with no room, while locked or open in a window

def test_restore_onto_itself_is_refused_and_the_file_stays(db, tmp_path, capsys):
    from coopeten_gui.cli import main

    add("Kept")
    database.close_database()
    before = db.read_bytes()
    assert main(["--db", str(db), "restore", str(db)]) == 1
    err = capsys.readouterr().err
    assert "itself" in err and err.count("\n") == 1
    assert db.read_bytes() == before
    assert names_in(db) == {"Kept"}
    assert not list(db.parent.glob("*.before-restore"))


def test_restore_with_no_room_leaves_the_current_file_untouched(tmp_path):
    with small_disk(tmp_path / "disk", 8192) as disk:
        path = disk / "coopeten.sqlite"
        database.open_database(path)
        for i in range(200):
            add(f"Person {i} " + "x" * 300)
        backup = backups.make_backup(tmp_path / "elsewhere")
        add("Only in the current file")
        database.close_database()
        before = path.read_bytes()
        fill(disk, leave_kib=16)
        with pytest.raises(backups.BackupError) as refused:
            backups.restore(backup.path, path)
        message = str(refused.value)
        assert "room" in message and "untouched" in message
        assert path.read_bytes() == before
        assert "Only in the current file" in names_in(path)
        assert not [p for p in disk.iterdir() if p.name.endswith(".partial")]
        database.close_database()


def test_restore_is_refused_while_another_program_holds_the_database(db, tmp_path):
    add("Current")
    backup = backups.make_backup(tmp_path / "b")
    add("Newer")
    database.close_database()
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(database.StorageError) as refused:
            backups.restore(backup.path, db)
        assert "in use by another program" in str(refused.value)
    finally:
        other.close()
    assert names_in(db) == {"Current", "Newer"}
    assert not list(db.parent.glob("*.before-restore"))


WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from coopeten_gui.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.claim()
print("holding", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_a_window_has_the_database(db, tmp_path):
    add("Current")
    backup = backups.make_backup(tmp_path / "b")
    add("Newer")
    database.close_database()
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(db)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "holding"
        result = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db),
                                 "restore", str(backup.path)], capture_output=True, text=True,
                                cwd=REPO, timeout=60)
    finally:
        window.kill()
        window.wait()
        window.stdout.close()
    assert result.returncode == 1
    assert "open in a Coopeten window" in result.stderr
    assert names_in(db) == {"Current", "Newer"}
    assert not list(db.parent.glob("*.before-restore"))


# 3. a stale write-ahead log beside the database

def test_a_stale_wal_is_set_aside_never_replayed(db, tmp_path):
    for i in range(2000):
        add(f"Person {i} " + "y" * 200)
    database.close_database()
    wal = stale_wal(tmp_path)
    before = db.read_bytes()
    assert len(before) > 1_000_000
    db.with_name(db.name + "-wal").write_bytes(wal)
    # check reads, never writes: the file stays whole and its contacts are all counted
    from coopeten_gui.cli import main

    status = main(["--db", str(db), "check"])
    assert db.read_bytes() == before
    assert db.with_name(db.name + "-wal").read_bytes() == wal
    assert status == 3  # something to fix: the log that does not belong
    # opening sets the log aside (kept, named so it cannot collide) and sees every contact
    assert safe_start.open_checked(db) is None
    assert contact_list.count() == 2000
    kept = list(db.parent.glob(f"{db.name}.*.stale-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal
    assert safe_start.last_notes() and "set aside" in safe_start.last_notes()[0]
    database.close_database()
    # the command line says it too (a second log from the same copy, set aside in turn)
    db.with_name(db.name + "-wal").write_bytes(wal)
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db), "stats"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and "contacts\t2000" in result.stdout
    assert "set aside" in result.stderr and result.stderr.count("\n") == 1
    assert len(list(db.parent.glob(f"{db.name}.*.stale-wal"))) == 2


def test_a_wal_of_this_database_is_still_replayed(db, tmp_path):
    """A crash with committed rows only in the log: they are kept, nothing set aside."""
    add("Before")
    copy = tmp_path / "crash" / "coopeten.sqlite"
    copy.parent.mkdir()
    database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    add("Only in the log")
    shutil.copy(db, copy)
    shutil.copy(db.with_name(db.name + "-wal"), copy.with_name(copy.name + "-wal"))
    database.close_database()
    assert safe_start.open_checked(copy) is None
    assert {r.display_name for r in contact_list.list_contacts()} == {"Before", "Only in the log"}
    assert not list(copy.parent.glob("*.stale-wal"))


# 4. a healthy old database on a full disk

def test_no_room_for_the_safety_copy_is_not_damage(tmp_path):
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "coopeten.sqlite"
        first_version_file(path)
        before = path.read_bytes()
        fill(disk, leave_kib=40)
        with pytest.raises(database.StorageError) as refused:
            safe_start.open_checked(path)
        assert not isinstance(refused.value, database.CorruptDatabaseError)
        message = str(refused.value)
        assert "no room" in message.lower() and "free" in message.lower()
        assert path.read_bytes() == before
        assert not list(disk.glob("*.damaged"))
        assert not list(disk.glob("*.partial"))


# 5. salvage

def test_salvage_reads_past_a_bad_page_and_counts_what_it_lost(db, tmp_path):
    for i in range(2040):
        add(f"Person {i:04d}")
    database.close_database()
    conn = sqlite3.connect(db)
    pages = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'contact' AND pagetype = 'leaf' "
        "ORDER BY pageno")]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    offset = (pages[len(pages) // 3] - 1) * page_size
    data[offset: offset + 50] = b"\xff" * 50  # 50 damaged bytes: one page's header
    db.write_bytes(bytes(data))
    readable = 0
    conn = sqlite3.connect(db)
    for contact_id in range(1, 2041):
        try:
            readable += bool(conn.execute("SELECT 1 FROM contact WHERE id = ?",
                                          (contact_id,)).fetchone())
        except sqlite3.DatabaseError:
            pass
    conn.close()
    assert 2000 <= readable < 2040
    aside, summary = recovery.salvage(db)
    assert contact_list.count() == readable
    assert summary.rows_lost >= 2040 - readable
    assert summary.lost_by_table.get("contact") == 2040 - readable


def test_a_failed_salvage_leaves_the_file_and_the_backup_stays_offered(db, tmp_path):
    for i in range(300):
        add(f"Person {i}")
    folder = backups.default_folder(db)
    good = backups.make_backup(folder)
    database.close_database()
    with open(db, "r+b") as f:
        f.truncate(4096 + 100)  # past the header: nothing of the tables is left
    before = db.read_bytes()
    damage = safe_start.open_checked(db)
    assert damage is not None and damage.backup.path == good.path
    with pytest.raises(backups.BackupError):
        recovery.salvage(db)
    assert db.read_bytes() == before  # no new empty database in its place
    assert not database.is_open()
    again = safe_start.open_checked(db)
    assert again is not None and again.backup.path == good.path


# 6. diagnoses, and a check never writes

@pytest.fixture
def with_backup(db):
    for i in range(300):
        add(f"Person {i}")
    good = backups.make_backup(backups.default_folder(db))
    database.close_database()
    return db, good


@pytest.mark.parametrize("harm", ["truncated", "zeroed first page", "garbage header"])
def test_unreadable_files_with_a_backup_lead_to_recovery(with_backup, harm):
    path, good = with_backup
    data = bytearray(path.read_bytes())
    if harm == "truncated":
        data = data[: len(data) // 3]
    elif harm == "zeroed first page":
        data[:4096] = bytes(4096)
    else:
        data[:100] = b"garbage!" * 12 + b"junk"
    path.write_bytes(bytes(data))
    damage = safe_start.open_checked(path)
    assert damage is not None and damage.backup.path == good.path
    assert path.read_bytes() == bytes(data)


def test_a_read_only_folder_is_not_damage(with_backup):
    path, _good = with_backup
    before = files_beside(path)
    with read_only(path.parent):
        with pytest.raises(database.StorageError) as refused:
            safe_start.open_checked(path)
        assert isinstance(refused.value, database.ReadOnlyDatabaseError)
        assert "read-only" in str(refused.value)
    assert files_beside(path) == before


def test_a_zero_byte_file_is_not_a_new_database(with_backup):
    path, good = with_backup
    path.write_bytes(b"")
    damage = safe_start.open_checked(path)
    assert damage is not None and damage.backup.path == good.path
    assert path.read_bytes() == b""
    with pytest.raises(database.StorageError):
        database.open_database(path)
    assert path.read_bytes() == b""


def foreign_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipe VALUES ('tortilla', 40)")
    conn.commit()
    conn.close()


def test_another_programs_file_is_never_changed(tmp_path):
    from coopeten_gui.cli import main

    path = tmp_path / "recipes.db"
    foreign_file(path)
    before = path.read_bytes()
    with pytest.raises(database.NotADatabaseError):
        database.open_database(path)
    assert main(["--db", str(path), "check"]) == 1
    assert main(["--db", str(path), "stats"]) == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"]


def test_check_never_writes(db, tmp_path):
    from coopeten_gui.cli import main

    add("Ana")
    database.close_database()
    # a file in the older rollback-journal mode stays in it
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = files_beside(db)
    stamp = db.stat().st_mtime_ns
    assert main(["--db", str(db), "check"]) == 0
    assert files_beside(db) == before
    assert db.stat().st_mtime_ns == stamp


# 10. leftovers

def test_leftover_partial_files_of_ours_are_cleaned_at_start(db, tmp_path):
    add("Ana")
    folder = backups.default_folder(db)
    backups.make_backup(folder)
    database.close_database()
    old = time.time() - 2 * 3600
    ours = [db.with_name(f"{db.name}.v1-20260101-000000.bak.partial"),
            folder / f"{db.stem}-20260101-000000.sqlite.partial"]
    kept = [db.with_name("notes.txt.partial"),                      # not ours
            folder / f"{db.stem}-20261206-000000.sqlite.partial"]  # still being written?
    for path in ours + kept:
        path.write_bytes(b"x" * 1000)
    for path in ours + kept[:1]:
        os.utime(path, (old, old))
    assert safe_start.open_checked(db) is None
    assert [p.exists() for p in ours] == [False, False]
    assert [p.exists() for p in kept] == [True, True]


def test_a_failed_backup_leaves_no_partial_file(db, tmp_path):
    for i in range(200):
        add(f"Person {i} " + "x" * 300)
    with small_disk(tmp_path / "disk", 64) as disk:
        with pytest.raises(backups.BackupError):
            backups.make_backup(disk)
        assert list(disk.iterdir()) == []


def test_a_read_only_file_is_said_to_be_read_only(with_backup, tmp_path):
    """As a user who may not write the file (root may write anything: run as nobody)."""
    path, _good = with_backup
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root to become another user")
    shared = Path(tempfile.mkdtemp(prefix="coopeten-ro-"))
    try:
        shared.chmod(0o777)
        copy = shared / "coopeten.sqlite"
        shutil.copy(path, copy)
        copy.chmod(0o444)
        before = copy.read_bytes()
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             str(REPO / "main.py"), "--db", str(copy), "stats"],
            capture_output=True, text=True, cwd=REPO, env={**os.environ, "HOME": str(shared)})
        if "Permission denied" in result.stderr and "main.py" in result.stderr:
            pytest.skip("the checkout cannot be read by another user")
        assert result.returncode == 1
        assert "read-only" in result.stderr and "damaged" not in result.stderr
        assert copy.read_bytes() == before
        assert sorted(p.name for p in shared.iterdir()) == ["coopeten.sqlite"]
    finally:
        shutil.rmtree(shared, ignore_errors=True)
