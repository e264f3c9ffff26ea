"""Opening, migrating, refusing and copying database files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from coopeten_gui import paths
from coopeten_gui.storage import database
from coopeten_gui.storage.models import ALL_MODELS, Contact, db

# the migration the tests add after the real ones
LATEST = database.latest_version()
NEXT_MIGRATION = f"{LATEST + 1:04d}_contact_pronouns.sql"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_the_latest_schema_and_durable_pragmas(db_file):
    version = database.open_database(db_file)
    assert version == database.latest_version() >= 1
    assert database.schema_version() == version
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.integrity_errors() == []
    database.close_database()


def test_every_model_matches_its_table(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db_columns(table)}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields == columns, table


def db_columns(table):
    return db.execute_sql(f"PRAGMA table_info({table})").fetchall()


def test_models_do_not_open_a_database_on_import():
    code = ("import coopeten_gui.storage.models as m, coopeten_gui.services.contacts;"
            "print(m.db.database)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], check=True)
    assert out.stdout.strip() == "None"


def test_a_database_from_a_newer_version_is_refused_and_left_byte_identical(db_file):
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = _digest(db_file)
    with pytest.raises(database.NewerSchemaError, match="newer version"):
        database.open_database(db_file)
    assert _digest(db_file) == before
    assert not database.is_open()
    assert sorted(p.name for p in db_file.parent.iterdir()) == [db_file.name]


def test_a_file_that_is_not_a_database_is_refused_untouched(db_file):
    db_file.write_bytes(b"this is a spreadsheet, not a database\n" * 100)
    before = _digest(db_file)
    with pytest.raises(database.NotADatabaseError, match="not a Coopeten database"):
        database.open_database(db_file)
    assert _digest(db_file) == before


def test_a_database_locked_by_another_program_gets_a_clear_refusal(db_file):
    database.open_database(db_file)
    database.close_database()
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(database.LockedDatabaseError, match="in use by another program"):
            database.open_database(db_file)
        assert time.monotonic() - started < 10
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.fixture
def two_migrations(tmp_path, monkeypatch):
    """A migrations folder holding the real migrations plus one more."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for real in paths.migrations_dir().glob("*.sql"):
        (folder / real.name).write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / NEXT_MIGRATION).write_text(
        "ALTER TABLE contact ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';\n"
        "UPDATE contact SET pronouns = 'they';\n", encoding="utf-8")
    monkeypatch.setattr(database, "migrations_dir", lambda: folder)
    return folder


def test_migrating_an_older_schema_takes_a_backup_first_and_keeps_the_data(
        db_file, two_migrations, monkeypatch):
    monkeypatch.setattr(database, "migrations_dir", paths.migrations_dir)
    assert database.open_database(db_file) == LATEST
    from coopeten_gui.services import contacts
    from coopeten_gui.services.contact_data import ContactData

    contacts.create(ContactData(given_name="Ana"))
    database.close_database()

    monkeypatch.setattr(database, "migrations_dir", lambda: two_migrations)
    assert database.open_database(db_file) == LATEST + 1
    assert db.execute_sql("SELECT given_name, pronouns FROM contact").fetchall() == [
        ("Ana", "they")]
    database.close_database()
    backups = list(db_file.parent.glob(f"{db_file.name}.v{LATEST}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert old.execute("SELECT given_name FROM contact").fetchall() == [("Ana",)]
    old.close()


def test_a_failing_migration_changes_nothing(db_file, two_migrations):
    (two_migrations / NEXT_MIGRATION).write_text(
        "ALTER TABLE contact ADD COLUMN pronouns TEXT;\nTHIS IS NOT SQL;\n", encoding="utf-8")
    with pytest.raises(database.StorageError):
        database.open_database(db_file)
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    columns = [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
    assert "pronouns" not in columns
    conn.close()


def test_backup_is_a_consistent_copy_even_while_another_thread_writes(db, tmp_path):
    from coopeten_gui.services import contacts
    from coopeten_gui.services.contact_data import ContactData

    for i in range(50):
        contacts.create(ContactData(given_name=f"Person {i}"))
    stop = threading.Event()
    written = []

    def keep_writing():
        writer = sqlite3.connect(db, isolation_level=None, timeout=5)
        while not stop.is_set():
            writer.execute("INSERT INTO tag (name) VALUES (?)", (f"tag-{len(written)}",))
            written.append(1)
        writer.close()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        target = database.backup_to(tmp_path / "copy.sqlite")
    finally:
        stop.set()
        thread.join()
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
    copy.close()
    assert not (tmp_path / "copy.sqlite.partial").exists()


def test_writes_are_all_or_nothing(db):
    from coopeten_gui.storage.database import transaction

    with pytest.raises(RuntimeError):
        with transaction():
            Contact.insert(display_name="Half", created_at="2026-01-01 00:00:00",
                           updated_at="2026-01-01 00:00:00").execute()
            raise RuntimeError("disk full")
    assert Contact.select().count() == 0


def test_a_first_version_file_gains_the_index_of_open_follow_ups(db_file, tmp_path,
                                                                  monkeypatch):
    first_only = tmp_path / "first"
    first_only.mkdir()
    first = paths.migrations_dir() / "0001_initial.sql"
    (first_only / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(database, "migrations_dir", lambda: first_only)
    assert database.open_database(db_file) == 1
    database.close_database()

    monkeypatch.setattr(database, "migrations_dir", paths.migrations_dir)
    assert database.open_database(db_file) >= 2
    indexes = {row[1] for row in db.execute_sql("PRAGMA index_list(task)").fetchall()}
    assert "task_open_contact" in indexes
    from coopeten_gui.services import followup_reads

    assert followup_reads.agenda(limit=5).total("overdue") == 0  # the query that uses it
    database.close_database()


def _file_of_version(db_file: Path, tmp_path: Path, monkeypatch, version: int) -> None:
    """``db_file`` made as the version that knew the first ``version`` migrations made it."""
    older = tmp_path / f"version-{version}"
    older.mkdir()
    for real in sorted(paths.migrations_dir().glob("*.sql"))[:version]:
        (older / real.name).write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(database, "migrations_dir", lambda: older)
    assert database.open_database(db_file) == version
    database.close_database()
    monkeypatch.setattr(database, "migrations_dir", paths.migrations_dir)


def _written_by_an_older_version(db_file: Path, people: list[tuple[str, str, str]]
                                 ) -> list[int]:
    """Contacts (given name, family name, email) written as an older version wrote them:
    the rows, and the schema's own triggers marking them for the index."""
    conn = sqlite3.connect(db_file)
    ids = []
    with conn:
        for given, family, email in people:
            name = f"{given} {family}"
            ids.append(conn.execute(
                "INSERT INTO contact (given_name, family_name, display_name, sort_key, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')", (given, family, name, name.lower())).lastrowid)
            if email:
                conn.execute("INSERT INTO contact_email (contact_id, value) VALUES (?, ?)",
                             (ids[-1], email))
    conn.close()
    return ids


def test_a_seventh_version_file_is_indexed_again_with_four_letter_prefixes(
        db_file, tmp_path, monkeypatch):
    """The search index is made again when a file from before four-letter prefixes opens:
    every contact is found as before, now from the new index."""
    _file_of_version(db_file, tmp_path, monkeypatch, 7)
    ferrer, _ = _written_by_an_older_version(db_file, [
        ("Rosa", "Ferrer", "rosa@martinez.example"), ("Ana", "Fernandez", "")])
    from coopeten_gui.services import contact_list

    monkeypatch.setattr(database, "TICK_STEPS", 100)
    ticks = []
    database.watch_upgrades(lambda: ticks.append(1) / 0)  # a watcher that fails
    try:
        assert database.open_database(db_file) == LATEST >= 8
    finally:
        database.watch_upgrades(None)
    assert len(ticks) > 1  # told as it went, and never stopped by the failure
    made = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'")
    assert "prefix = '1 2 3 4'" in made.fetchone()[0]
    assert db.execute_sql("SELECT count(*) FROM contact_fts_dirty").fetchone()[0] == 0
    for text in ("ferr", "Ferrer", "mart", "rosa ferr"):
        assert contact_list.contact_ids(contact_list.ContactQuery(text=text)) == [ferrer]
    assert len(contact_list.contact_ids(contact_list.ContactQuery(text="fer"))) == 2


def test_an_eighth_version_file_files_every_contact_under_its_name_start(
        db_file, tmp_path, monkeypatch):
    """Opening a file from before name starts makes the index anew with them: each
    contact is filed under the first two letters of its sort key, which no typed search
    looks in, and is found by what it was found by before."""
    _file_of_version(db_file, tmp_path, monkeypatch, 8)
    marta, mateo, zoe = _written_by_an_older_version(db_file, [
        ("Marta", "Sol", "marta@sol.example"), ("Mateo", "Ruiz", ""), ("Zoe", "Mar", "")])
    from coopeten_gui.services import contact_list
    from coopeten_gui.storage import contact_list_reads

    assert database.open_database(db_file) == LATEST >= 9
    made = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'")
    assert "name_start" in made.fetchone()[0]
    # "ma" is 6d 61 in UTF-8; "zo" is 7a 6f
    assert contact_list_reads.name_starts() == [("s6d61", 2), ("s7a6f", 1)]
    filed = contact_list_reads.matches_in_name_starts
    assert filed('"sol"*', ["s6d61"], 10) == [marta]
    assert filed('"mar"*', ["s6d61", "s7a6f"], 10) == [marta, zoe]

    def found(text: str) -> list[int]:
        return contact_list.contact_ids(contact_list.ContactQuery(text=text))

    assert found("ma") == [marta, mateo, zoe]
    assert found("sol") == [marta] and found("marta sol") == [marta]
    assert found("s6d61") == found("s6d") == found("s7a6f") == []


def _tags_in_the_file_alone(db_file: Path, tmp_path: Path) -> list[str]:
    """The tags the database file holds without its log (a copy of the file only)."""
    alone = tmp_path / "alone.sqlite"
    alone.write_bytes(db_file.read_bytes())
    conn = sqlite3.connect(alone)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM tag ORDER BY id")]
    finally:
        conn.close()


def test_a_write_whose_log_is_folded_later_reaches_the_file_when_folded(db, tmp_path):
    conn = database.connection()
    conn.execute("PRAGMA wal_autocheckpoint = 1")  # each commit folds the log at once
    with database.transaction():
        conn.execute("INSERT INTO tag (name) VALUES ('antes')")
    assert _tags_in_the_file_alone(db, tmp_path) == ["antes"]
    with database.log_folded_later(), database.transaction():
        conn.execute("INSERT INTO tag (name) VALUES ('después')")
    assert _tags_in_the_file_alone(db, tmp_path) == ["antes"]
    assert [n for (n,) in conn.execute("SELECT name FROM tag ORDER BY id")] == [
        "antes", "después"]  # read from the log meanwhile
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1  # as it was
    database.fold_open_log()
    assert _tags_in_the_file_alone(db, tmp_path) == ["antes", "después"]

