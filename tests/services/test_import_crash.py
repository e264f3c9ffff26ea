"""Killing the program in the middle of an import never leaves half an import behind."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
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


@pytest.mark.slow
def test_sigkill_during_import_leaves_all_rows_or_none(big_vcard, tmp_path):
    db_path = tmp_path / "crash.sqlite"
    database.open_database(db_path)
    database.close_database()
    command = [sys.executable, str(REPO / "main.py"), "--db", str(db_path), "import",
               str(big_vcard), "--duplicates", "create"]
    # how long a whole import takes here, to spread the kills over it
    probe = tmp_path / "probe.sqlite"
    database.open_database(probe)
    database.close_database()
    started = time.monotonic()
    done = subprocess.run([*command[:3], str(probe), *command[4:]], capture_output=True,
                          text=True)
    full = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert contact_count(probe) == PEOPLE
    rng = random.Random(20261121)
    outcomes = set()
    for _ in range(5):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, max(0.3, full * 0.95)))
        child.kill()
        child.wait()
        count = contact_count(db_path)
        assert count in (0, PEOPLE)
        outcomes.add(count)
        if count:
            break  # it finished before the kill; nothing more to learn from this file
    assert 0 in outcomes  # at least one kill landed mid-import
    database.open_database(db_path)
    assert database.integrity_errors() == []
    database.close_database()
