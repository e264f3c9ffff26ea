"""The import contracts of pyproject.toml hold for the code, and each one bites: a copy of
the package with a deliberate violation makes `lint-imports` fail on that contract. What no
import contract can see (SQL text in a widget) is checked here directly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def lint_imports(root: Path, contract: str | None = None) -> subprocess.CompletedProcess:
    tool = Path(sys.executable).with_name("lint-imports")
    command = [str(tool), "--no-cache"] + (["--contract", contract] if contract else [])
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_the_code_keeps_every_contract():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


# each contract, and what breaks it: files added to (or lines appended to) a copy of the
# package, named so the report shows them
VIOLATIONS = {
    # storage reaching up into the services breaks the layers
    "layers": [("storage/_violation.py", "from coopeten_gui.services import contacts\n")],
    # letters importing a widget module is below the window reaching up
    "layers-documents": [("documents/_violation.py", "from coopeten_gui.ui import widgets\n")],
    # a widget opening the database itself, through the models
    "one-door": [("ui/_violation.py", "from coopeten_gui.storage import models\n")],
    # a command, the application or the self-test opening it itself
    "one-door-cli": [("cli/_violation.py", "from coopeten_gui.storage import database\n")],
    "one-door-app": [("app.py", "\ndef _violation():\n"
                               "    from coopeten_gui.storage import database\n")],
    # a service building a window
    "nothing-imports-the-window": [("services/_violation.py",
                                    "from coopeten_gui.ui import main_window\n")],
    # the index asking for the connection again closes database -> search -> database
    "no-circles": [("storage/_violation.py", "from coopeten_gui.storage import database\n"),
                   ("storage/search.py", "\nfrom coopeten_gui.storage import _violation\n")],
    # a group of commands reaching back up to the parser that loads it
    "no-circles-cli": [("cli/_violation.py", "from coopeten_gui.cli import parser\n"),
                       ("cli/common.py", "\nfrom coopeten_gui.cli import _violation\n")],
    # a service with a widget, however it is imported (the AST test once let these by)
    "no-widgets-below-the-window": [("services/_violation.py",
                                     "def _f():\n    from PySide6 import QtCore, QtWidgets\n")],
    "no-widgets-below-the-window-letters": [("documents/_violation.py",
                                             "import PySide6.QtWidgets as W\n")],
    "no-painting-below-the-letters": [("storage/_violation.py",
                                       "from PySide6.QtGui import QImage\n")],
}

# how the report names a violation appended to a module (not a file of its own)
SHOWN_AS = {"one-door-app": "coopeten_gui.app -> coopeten_gui.storage.database"}


def contract_of(case: str) -> str:
    """The contract a case breaks: the id, without the case's own suffix."""
    ids = {"layers", "one-door", "nothing-imports-the-window", "no-circles",
           "no-widgets-below-the-window", "no-painting-below-the-letters"}
    return max((i for i in ids if case == i or case.startswith(i + "-")), key=len)


def copy_of_the_code(root: Path) -> None:
    shutil.copytree(REPO / "coopeten_gui", root / "coopeten_gui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "tools", root / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")


def test_every_contract_has_a_violation():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    declared = {line.split('"')[1] for line in text.splitlines() if line.startswith("id = ")}
    shown_here = {contract_of(case) for case in VIOLATIONS}
    assert shown_here <= declared
    # a contract shown to bite elsewhere names itself there (e.g. tests/test_sql_home.py)
    elsewhere = " ".join(path.read_text(encoding="utf-8")
                         for path in (REPO / "tests").glob("test_*.py")
                         if path.name != "test_contracts.py")
    assert not {c for c in declared - shown_here if f'"{c}"' not in elsewhere}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_each_contract_fails_on_a_deliberate_violation(tmp_path, case):
    copy_of_the_code(tmp_path)
    contract = contract_of(case)
    assert lint_imports(tmp_path, contract).returncode == 0
    for where, text in VIOLATIONS[case]:
        with open(tmp_path / "coopeten_gui" / where, "a", encoding="utf-8") as file:
            file.write(text)
    result = lint_imports(tmp_path, contract)
    assert result.returncode != 0
    assert SHOWN_AS.get(case, "_violation") in result.stdout


@pytest.mark.parametrize("path", sorted((REPO / "coopeten_gui" / "ui").rglob("*.py")),
                         ids=lambda p: p.name)
def test_widgets_run_no_sql(path):
    # what no import contract sees: SQL run through an object a service handed over
    assert "execute_sql" not in path.read_text(encoding="utf-8")
