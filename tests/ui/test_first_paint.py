"""What the window's first paint waits for: the ORM is loaded after it, not before, and
what is left for after it still happens."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from coopeten_gui.storage import database
from coopeten_gui.ui import first_paint
from coopeten_gui.ui.first_paint import FirstPaint
from tests.helpers import shown_main_window

REPO = Path(__file__).resolve().parents[2]


def test_the_window_paints_before_the_orm_is_loaded(demo_db, tmp_path):
    database.close_database()
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        sys.argv = ["main.py", "--db", {str(demo_db)!r}, "--quit-after-paint"]
        from coopeten_gui.cli import main
        status = main()
        print(status, "peewee" in sys.modules)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr


def test_undo_names_the_step_once_the_window_has_painted(qtbot, db, tmp_path):
    window = shown_main_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window._first_paint.painted)
    # the callbacks run from the event loop, one per turn, right after the paint
    qtbot.waitUntil(lambda: not window._first_paint.pending())
    window.undo_stack.push(QUndoCommand("Log a promotion"))
    assert window.undo_action.text() == "&Undo log a promotion"
    window.undo_stack.undo()
    assert window.redo_action.text() == "&Redo log a promotion"


def test_what_waits_for_the_first_paint_runs_in_order_one_callback_per_turn(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    waiting = FirstPaint(widget)
    ran = []
    waiting.add(lambda: ran.append("orm") or waiting.add(lambda: ran.append("late")))
    waiting.add(lambda: ran.append("services"))
    waiting.add(lambda: ran.append("undo names"))
    assert ran == []  # nothing before the paint
    waiting.painted = True
    waiting._run_next()  # one turn of the event loop runs one of them
    assert ran == ["orm"] and waiting.pending()
    widget.show()
    qtbot.waitUntil(lambda: not waiting.pending())
    assert ran == ["orm", "services", "undo names", "late"]


def test_the_contact_page_is_loaded_ahead_a_module_at_a_time_the_page_last():
    modules = first_paint.CONTACT_PAGE_MODULES
    assert modules[-1] == "coopeten_gui.ui.pages.contact_page"
    for name in modules:
        assert importlib.import_module(name).__name__ == name
