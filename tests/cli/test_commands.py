"""The headless commands: output, exit status, and no traceback ever."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopeten_gui.cli import main
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[2]


def run(*args) -> subprocess.CompletedProcess:
    """The real program, as a user types it."""
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    return path


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Coopeten ")


def test_demo_then_check_stats_and_search(demo_file):
    check = run("--db", str(demo_file), "check")
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout
    assert f"schema version: {database.latest_version()} (up to date)" in check.stdout
    stats = run("--db", str(demo_file), "stats")
    lines = dict(line.split("\t") for line in stats.stdout.splitlines())
    assert lines["contacts"] == "40"
    assert {"organizations", "events", "offers_asks", "followups", "proposals"} <= set(lines)
    search = run("--db", str(demo_file), "search", "marí")
    names = [line.split("\t")[0] for line in search.stdout.splitlines()]
    assert "María Núñez" in names
    assert search.returncode == 0


def test_demo_refuses_to_touch_an_existing_file(demo_file):
    before = demo_file.read_bytes()
    result = run("--db", str(demo_file), "demo")
    assert result.returncode != 0
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert demo_file.read_bytes() == before


def test_commands_on_a_missing_database_fail_with_one_sentence(tmp_path, capsys):
    missing = tmp_path / "nowhere.db"
    for command in (["stats"], ["search", "x"], ["check"], ["backup", str(tmp_path / "b.db")]):
        assert main(["--db", str(missing), *command]) == 1
        err = capsys.readouterr().err
        assert "There is no database" in err and err.count("\n") == 1
    assert not missing.exists()


def test_check_reports_damage_with_a_non_zero_status(tmp_path, capsys):
    path = tmp_path / "x.db"
    assert main(["--db", str(path), "demo"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO contact_email (contact_id, value) VALUES (99999, 'ghost@x.es')")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 3
    assert "problem" in capsys.readouterr().out


def test_check_refuses_a_newer_database(tmp_path, capsys):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    assert main(["--db", str(path), "check"]) == 1
    assert "newer version" in capsys.readouterr().err


def test_garbage_file_gives_a_sentence_not_a_traceback(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"\x00\x01garbage" * 1000)
    result = run("--db", str(path), "stats")
    assert result.returncode == 1
    assert "not a Coopeten database" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_makes_a_usable_copy_and_never_overwrites(demo_file, tmp_path, capsys):
    out = tmp_path / "copy.db"
    assert main(["--db", str(demo_file), "backup", str(out)]) == 0
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 40
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert main(["--db", str(demo_file), "backup", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_environment_variable_chooses_the_database(demo_file, monkeypatch, capsys):
    monkeypatch.setenv("COOPETEN_DB", str(demo_file))
    assert main(["stats"]) == 0
    assert "contacts\t40" in capsys.readouterr().out


def test_search_in_spanish_interface_still_lists_names(demo_file, capsys):
    assert main(["--db", str(demo_file), "--lang", "es", "search", "nunez"]) == 0
    assert capsys.readouterr().out.startswith("María Núñez\t")
