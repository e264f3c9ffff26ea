"""``new``, and exit statuses that say what was done: 0 all of it, 1 part of it or none."""

from __future__ import annotations

import sqlite3

from coopeten_gui.cli import main
from coopeten_gui.storage import database


def test_new_creates_an_empty_database_and_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "fresh.sqlite"
    assert main(["--db", str(path), "new"]) == 0
    assert str(path) in capsys.readouterr().out
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == database.latest_version()
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 0
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "new"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1
    assert path.read_bytes() == before
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "new"]) == 1
    assert empty.read_bytes() == b""


def test_an_import_with_rejected_rows_is_done_in_part(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    assert main(["--db", str(path), "new"]) == 0
    source = tmp_path / "people.vcf"
    source.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Good\r\nN:Good;Ana;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", encoding="utf-8")
    capsys.readouterr()
    status = main(["--db", str(path), "import", str(source)])
    out, err = capsys.readouterr()
    assert "errors\t1" in out
    assert status == 1
    assert "1" in err and err.count("\n") == 1


def test_an_import_of_nothing_is_not_a_success(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    assert main(["--db", str(path), "new"]) == 0
    source = tmp_path / "nobody.vcf"
    source.write_text("", encoding="utf-8")
    assert main(["--db", str(path), "import", str(source)]) == 1
