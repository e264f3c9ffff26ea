"""mypy passes on the code as pyproject.toml configures it, and the strictness is where it
says: an unannotated function fails below the widgets and in the command line, while the
widgets may leave one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

UNTYPED = "def twice(value):\n    return value * 2\n"


def mypy(root: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(root / ".mypy_cache"),
               "--config-file", str(root / "pyproject.toml"), *targets]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600)


def test_the_code_type_checks(tmp_path):
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    result = mypy(tmp_path, str(REPO / "main.py"), str(REPO / "coopeten_gui"))
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("package, strict", [
    ("storage", True), ("services", True), ("documents", True), ("ui", False),
])
def test_an_untyped_function_fails_only_where_typing_is_strict(tmp_path, package, strict):
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    folder = tmp_path / "coopeten_gui" / package
    folder.mkdir(parents=True)
    (tmp_path / "coopeten_gui" / "__init__.py").write_text("", encoding="utf-8")
    (folder / "__init__.py").write_text("", encoding="utf-8")
    (folder / "_violation.py").write_text(UNTYPED, encoding="utf-8")
    result = mypy(tmp_path, f"coopeten_gui/{package}/_violation.py")
    if strict:
        assert result.returncode == 1, result.stdout
        assert "_violation.py:1: error: Function is missing a type annotation" in result.stdout
    else:
        assert result.returncode == 0, result.stdout
