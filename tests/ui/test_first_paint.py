"""What the window's first paint waits for: the ORM is loaded after it, not before, and
what is left for after it still happens."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from coopeten_gui.storage import database
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
    qtbot.wait(10)  # the callbacks run from the event loop, right after the paint
    window.undo_stack.push(QUndoCommand("Log a promotion"))
    assert window.undo_action.text() == "&Undo log a promotion"
    window.undo_stack.undo()
    assert window.redo_action.text() == "&Redo log a promotion"
