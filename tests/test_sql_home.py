"""SQL lives in ``storage/``: no service holds SQL text or hands it to a cursor, and no
service imports SQLite's driver (the ``sql-lives-in-storage`` contract). Each check is
shown to fail on a deliberate violation."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SERVICES = REPO / "coopeten_gui" / "services"

# a string that starts as a statement does: upper-case keywords, as the project writes SQL
_SQL_TEXT = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WITH|CREATE|DROP|ALTER|BEGIN|COMMIT"
    r"|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ANALYZE|ATTACH)\s")
# calls that take SQL text: a cursor's (peewee's own ``query.execute()`` takes none)
_SQL_CALLS = {"execute_sql", "executemany", "executescript"}


def sql_in(source: str) -> list[str]:
    """Where ``source`` (a module's text) holds SQL: one line per place, "line: what"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            if name in _SQL_CALLS:
                found.append(f"{node.lineno}: calls {name}")
            elif name == "execute" and node.args:
                found.append(f"{node.lineno}: hands execute() a statement")
            elif name == "SQL":
                found.append(f"{node.lineno}: writes SQL() into a query")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and _SQL_TEXT.match(node.value)):
            found.append(f"{node.lineno}: SQL text {node.value.strip()[:40]!r}")
    return found


def test_no_service_holds_sql():
    found = {str(path.relative_to(SERVICES)): places
             for path in sorted(SERVICES.rglob("*.py"))
             if (places := sql_in(path.read_text(encoding="utf-8")))}
    assert found == {}


@pytest.mark.parametrize("violation", [
    'def f(db):\n    return db.execute_sql("SELECT 1")\n',
    'def f(conn, sql):\n    return conn.execute(sql, (1,))\n',
    'def f(cursor, rows):\n    cursor.executemany(INSERT, rows)\n',
    '_QUERY = """\nSELECT id FROM contact"""\n',
    'def f(conn):\n    conn.execute("PRAGMA foreign_keys = OFF")\n',
    'def f(n):\n    return f"UPDATE contact SET stage = {n}"\n',
    'from peewee import SQL\n\ndef f(select):\n    return select.where(SQL("id > 1"))\n',
])
def test_the_check_finds_sql_written_in_a_service(violation):
    assert sql_in(violation)


def test_the_check_lets_the_query_builder_through():
    builder = ("def f(Contact, ids):\n"
               "    return Contact.update(stage='ally').where(Contact.id.in_(ids)).execute()\n"
               "\n"
               "MESSAGE = 'Select a contact first.'\n"
               "CARD = 'BEGIN:VCARD'\n")
    assert sql_in(builder) == []


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    tool = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(tool), "--no-cache", "--contract", "sql-lives-in-storage"],
                          cwd=root, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_a_service_importing_sqlite_breaks_the_contract(tmp_path):
    shutil.copytree(REPO / "coopeten_gui", tmp_path / "coopeten_gui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "tools", tmp_path / "tools")  # contract types of our own
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    assert _lint_imports(tmp_path).returncode == 0
    (tmp_path / "coopeten_gui" / "services" / "_violation.py").write_text(
        "import sqlite3\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "coopeten_gui.services._violation -> sqlite3" in result.stdout
