"""Writes the database refuses — a full disk, a read-only file, another program's lock —
reach the user as one sentence naming the real cause, and change nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopeten_gui.services import contact_list, contacts, importer, write_errors
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database, write_failures

REPO_ROOT = Path(__file__).resolve().parents[2]


def big_contact(i: int = 0) -> ContactData:
    return ContactData(given_name=f"Ana{i}", notes="palabra " * 3000,
                       tags=[f"etiqueta{j}" for j in range(20)])


def fill_the_disk(slack: int) -> None:
    """The database may grow by ``slack`` pages and no more: a disk that fills up."""
    conn = database.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + slack}")


def test_a_full_disk_is_named_whatever_point_the_write_reached(_demo_template, tmp_path):
    # at some sizes SQLite rolls the whole transaction back itself; the rollback that
    # followed used to fail and hide the cause ("cannot rollback - no transaction…")
    path = tmp_path / "full.sqlite"
    kinds = set()
    for slack in range(30):
        shutil.copy(_demo_template, path)
        database.open_database(path)
        try:
            before = contact_list.count()
            fill_the_disk(slack)
            with pytest.raises(write_errors.WriteError) as caught:
                for i in range(3):
                    contacts.create(big_contact(i))
            kinds.add(caught.value.kind)
            assert "disk is full" in str(caught.value)
            assert contact_list.count() >= before  # what committed before stays
            assert database.integrity_errors() == []
        finally:
            database.close_database()
    assert kinds == {write_failures.FULL}


def test_an_import_on_a_full_disk_says_so_and_writes_nothing(db, tmp_path):
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Persona {i}\r\nNOTE:{'n' * 400}\r\nEND:VCARD\r\n"
        for i in range(2000)), encoding="utf-8")
    fill_the_disk(40)
    with pytest.raises(write_errors.WriteError) as caught:
        importer.run_import(cards)
    assert caught.value.kind == write_failures.FULL
    assert contact_list.count() == 0


def test_a_read_only_database_refuses_politely_and_is_noticed(demo_db):
    assert not write_errors.read_only()
    conn = database.connection()
    before = conn.execute("PRAGMA user_version").fetchone()[0], conn.total_changes
    conn.execute("PRAGMA query_only = 1")  # as a file opened read-only behaves
    assert write_errors.read_only()
    count = contact_list.count()
    with pytest.raises(write_errors.WriteError) as caught:
        contacts.create(ContactData(given_name="Ana"))
    assert caught.value.kind == write_failures.READ_ONLY
    assert str(caught.value).startswith("The database is read-only")
    conn.execute("PRAGMA query_only = 0")
    assert contact_list.count() == count
    # asking whether it is read-only wrote nothing
    assert (conn.execute("PRAGMA user_version").fetchone()[0], conn.total_changes) == before


def test_another_programs_lock_is_one_sentence(demo_db):
    database.connection().execute("PRAGMA busy_timeout = 50")
    count = contact_list.count()
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE contact SET notes = notes")
    try:
        with pytest.raises(write_errors.WriteError) as caught:
            contacts.create(ContactData(given_name="Ana"))
        assert caught.value.kind == write_failures.LOCKED
        assert str(caught.value).startswith("Another program is using the database")
    finally:
        other.close()
    assert contact_list.count() == count


def test_other_errors_are_left_alone():
    assert write_errors.explain(ValueError("database is locked")) is None
    assert write_failures.kind_of(sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_the_command_line_names_a_wal_lock_in_one_sentence(_demo_template, tmp_path):
    path = tmp_path / "locked.sqlite"
    shutil.copy(_demo_template, path)
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", encoding="utf-8")
    other = sqlite3.connect(path, isolation_level=None)
    # in WAL mode readers go on: the file opens, and the import's write meets the lock
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE contact SET notes = notes")
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "--db", str(path), "import", str(vcf)],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    finally:
        other.close()
    assert result.returncode == 1
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert "another program" in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) == 1
