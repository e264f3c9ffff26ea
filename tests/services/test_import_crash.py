"""Killing the program in the middle of an import never leaves half an import behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.services.formats import vcard
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[2]
PEOPLE = 10_000


@pytest.fixture(scope="module")
def big_vcard(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "10k.vcf"
    people = (ContactData(given_name=f"Persona{i}", family_name="Prueba",
                          emails=[Labeled(f"p{i}@example.org", "work")],
                          phones=[Labeled(f"+34 6{i:08d}", "cell")],
                          organization_name=f"Empresa {i % 300}", notes="Importada")
              for i in range(PEOPLE))
    path.write_text(vcard.write_vcards(people, "3.0"), encoding="utf-8")
    return path


def contact_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


# The import, run as the program runs it, that says through a pipe when it is inside
# its transaction at a chosen point, then waits there to be killed.
CHILD = """
import os, sys, time
from coopeten_gui import cli
from coopeten_gui.services import bulk
from coopeten_gui.storage import search

point, pipe = sys.argv[1], int(sys.argv[2])
added = 0
real_add, real_flush = bulk.ContactWriter.add, search.flush_dirty


def inside():
    os.write(pipe, b"inside")
    time.sleep(600)


def add(self, contact):
    global added
    row = real_add(self, contact)
    added += 1
    if point.isdigit() and added == int(point):
        inside()
    return row


def flush_dirty(*args, **kwargs):
    # the index of the imported contacts, the last step before the commit
    done = real_flush(*args, **kwargs)
    if point == "commit" and added:
        inside()
    return done


bulk.ContactWriter.add = add
search.flush_dirty = flush_dirty
sys.exit(cli.main(sys.argv[3:]))
"""


def kill_inside(db_path: Path, source: Path, point: str) -> None:
    """Start the import; kill it once it says it is inside the transaction at ``point``."""
    read, write = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, point, str(write), "--db", str(db_path), "import",
         str(source), "--duplicates", "create"],
        cwd=REPO, pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        said = os.read(read, 16)  # blocks until the child is inside (or gone: b"")
    finally:
        os.close(read)
        child.kill()
        child.wait()
    assert said == b"inside", "the import ended before reaching its kill point"


@pytest.mark.slow
@pytest.mark.parametrize("point", ["1", "5000", str(PEOPLE), "commit"])
def test_sigkill_during_import_leaves_all_rows_or_none(big_vcard, tmp_path, point):
    db_path = tmp_path / "crash.sqlite"
    database.open_database(db_path)
    database.close_database()
    kill_inside(db_path, big_vcard, point)
    assert contact_count(db_path) == 0  # killed inside the transaction: none of it
    # the same file then imports everything
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db_path),
                           "import", str(big_vcard), "--duplicates", "create"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert contact_count(db_path) == PEOPLE
    database.open_database(db_path)
    assert database.integrity_errors() == []
    database.close_database()
