"""The layering of DESIGN.md: storage knows nothing above it, services use no widgets,
and widgets run no SQL. The import contracts in pyproject.toml (`lint-imports`, run by
tests/test_contracts.py) guard the packages; this guards what they cannot see: Qt's
widget modules below the window, and SQL text in widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "coopeten_gui"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # `from PySide6 import QtWidgets` imports PySide6.QtWidgets just the same
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules(folder: str):
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules("storage"), ids=lambda p: p.name)
def test_storage_imports_nothing_above_it(path):
    bad = {m for m in imports_of(path)
           if m.startswith(("coopeten_gui.services", "coopeten_gui.ui", "coopeten_gui.documents",
                            "PySide6.QtWidgets", "PySide6.QtGui"))}
    assert not bad


@pytest.mark.parametrize("path", modules("documents"), ids=lambda p: p.name)
def test_letters_paint_without_widgets(path):
    # QtGui draws the pages and PDFs; widgets would tie printing to a window
    assert not {m for m in imports_of(path) if m.startswith("PySide6.QtWidgets")}


@pytest.mark.parametrize("path", modules("services"), ids=lambda p: p.name)
def test_services_use_no_widgets(path):
    bad = {m for m in imports_of(path)
           if m.startswith(("coopeten_gui.ui", "PySide6.QtWidgets", "PySide6.QtGui"))}
    assert not bad


@pytest.mark.parametrize("path", modules("ui"), ids=lambda p: p.name)
def test_widgets_run_no_queries(path):
    bad = {m for m in imports_of(path)
           if m.startswith(("peewee", "playhouse", "sqlite3", "coopeten_gui.storage.models"))}
    assert not bad
    assert "execute_sql" not in path.read_text(encoding="utf-8")
