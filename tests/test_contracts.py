"""The import contracts of pyproject.toml hold for the code, and each one bites: a copy of
the package with a deliberate violation makes `lint-imports` fail on that contract."""

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


VIOLATIONS = {
    # storage reaching up into the services breaks the layers
    "layers": ("storage/_violation.py", "from coopeten_gui.services import contacts\n"),
    # a widget opening the database itself
    "one-door": ("ui/_violation.py", "from coopeten_gui.storage import models\n"),
    # a service building a window
    "nothing-imports-the-window": ("services/_violation.py",
                                   "from coopeten_gui.ui import main_window\n"),
}


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_each_contract_fails_on_a_deliberate_violation(tmp_path, contract):
    shutil.copytree(REPO / "coopeten_gui", tmp_path / "coopeten_gui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    assert lint_imports(tmp_path, contract).returncode == 0
    where, line = VIOLATIONS[contract]
    (tmp_path / "coopeten_gui" / where).write_text(line, encoding="utf-8")
    result = lint_imports(tmp_path, contract)
    assert result.returncode != 0
    assert "_violation" in result.stdout
