"""What the window's first paint waits for: the ORM and Qt's enums come after it, not
before, and what is left for after it still happens."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QEnterEvent, QPalette, QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

from coopeten_gui.storage import database
from coopeten_gui.ui import first_paint
from coopeten_gui.ui.first_paint import FirstPaint
from coopeten_gui.ui.kit import palette, qt_values
from coopeten_gui.ui.pages.first_steps import FirstSteps
from tests.helpers import shown_main_window

REPO = Path(__file__).resolve().parents[2]


def _run_apart(code: str, config: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a Python process of its own, as the window runs: offscreen, with
    the settings in ``config``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def _window_apart(demo_db: Path, tmp_path: Path, code: str,
                  before: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a process of its own once a main window on ``demo_db`` is made,
    not yet shown (``window``, ``qt_app``, ``wait_for(condition)`` turning the event loop
    until ``condition()`` holds, 30 s at most); ``before`` runs before it is made."""
    database.close_database()
    opening = f"""
        import sys, threading, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from coopeten_gui import app
        from coopeten_gui.services import session
        qt_app = app.create_application()
        session.open_database(Path({str(demo_db)!r}))
        def wait_for(condition):
            deadline = time.monotonic() + 30
            while not condition() and time.monotonic() < deadline:
                qt_app.processEvents()
                time.sleep(0.01)
    """
    making = f"""
        from coopeten_gui.ui.main_window import MainWindow
        window = MainWindow(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
    """
    whole = "\n".join(textwrap.dedent(part) for part in (opening, before, making, code))
    return _run_apart(whole, tmp_path / "config")


def test_the_window_paints_before_the_orm_is_loaded(demo_db, tmp_path):
    database.close_database()
    code = f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        sys.argv = ["main.py", "--db", {str(demo_db)!r}, "--quit-after-paint"]
        from coopeten_gui.cli import main
        status = main()
        print(status, "peewee" in sys.modules)
    """
    done = _run_apart(code, tmp_path / "config")
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr


def _start_until_painted(demo_db, config: Path, language: str) -> str:
    """Start the window on ``demo_db`` in a process of its own, with the settings in
    ``config``; what it prints: its exit status, and whether ``Qt``'s enums were built
    when the window first painted."""
    code = f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        sys.argv = ["main.py", "--db", {str(demo_db)!r}, "--lang", {language!r},
                    "--quit-after-paint"]
        from PySide6 import QtCore
        from coopeten_gui import app
        built = []
        watch = app._FirstPaintWatcher.eventFilter
        def at_paint(self, watched, event):
            if not built and event.type() == QtCore.QEvent.Type.Paint:
                built.append("Qt" in vars(QtCore))
            return watch(self, watched, event)
        app._FirstPaintWatcher.eventFilter = at_paint
        from coopeten_gui.cli import main
        status = main()
        print(status, built)
    """
    done = _run_apart(code, config)
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_paints_before_qts_enums_are_built(demo_db, tmp_path, language):
    database.close_database()
    config = tmp_path / "config"
    # the very first start asks the desktop whether it is dark, which builds them
    assert _start_until_painted(demo_db, config, language) == "0 [True]"
    # every later start paints in the scheme seen last time, and asks after
    assert _start_until_painted(demo_db, config, language) == "0 [False]", (
        "something the first screen runs names Qt before the first paint: pass the "
        "number from ui/kit/qt_values, or name Qt where it is used (a local import)")


def test_a_start_paints_in_the_scheme_seen_last_then_asks_the_desktop(demo_db, tmp_path):
    database.close_database()
    config = tmp_path / "config"
    (config / "Coopeten").mkdir(parents=True)
    # dark when Coopeten last ran; the test platform's desktop is not dark
    (config / "Coopeten" / "Coopeten.conf").write_text(
        "[appearance]\nsystem_was_dark=true\n", encoding="utf-8")
    code = f"""
        import os, sys, threading
        sys.path.insert(0, {str(REPO)!r})
        sys.argv = ["main.py", "--db", {str(demo_db)!r}]
        stuck = threading.Timer(60, lambda: os._exit(3))
        stuck.daemon = True
        stuck.start()
        from PySide6.QtCore import QCoreApplication
        from coopeten_gui.ui.kit import palette
        ask = palette.PaletteFollower.check_system
        def asked(self):
            print("painted dark:", palette.is_dark())
            ask(self)
            print("then dark:", palette.is_dark())
            QCoreApplication.quit()
        palette.PaletteFollower.check_system = asked
        from coopeten_gui.cli import main
        main()
    """
    done = _run_apart(code, config)
    assert done.stdout.split("\n")[:2] == ["painted dark: True", "then dark: False"], \
        done.stderr
    settings = QSettings(str(config / "Coopeten" / "Coopeten.conf"),
                         QSettings.Format.IniFormat)
    assert settings.value(palette.SYSTEM_WAS_DARK) == "false"


def test_the_numbers_the_first_screen_uses_are_qts_own():
    assert qt_values.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert qt_values.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert qt_values.FONT_ROLE == Qt.ItemDataRole.FontRole.value
    assert qt_values.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    assert qt_values.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert qt_values.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert qt_values.RICH_TEXT == Qt.TextFormat.RichText.value
    assert qt_values.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value


def test_a_start_after_the_desktop_turned_light_paints_dark_then_follows_it(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(palette.SYSTEM_WAS_DARK, True)  # dark when last seen
    follower = palette.PaletteFollower(qapp, "system", settings)
    try:
        # painted dark without asking (the test platform's desktop is not dark)
        assert palette.is_dark()
        follower.check_system()  # once the window is on screen
        assert not palette.is_dark()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
        assert settings.value(palette.SYSTEM_WAS_DARK) in (False, "false")
        # and the next start paints light from the first
        follower.deleteLater()
        follower = palette.PaletteFollower(qapp, "system", settings)
        assert not palette.is_dark()
    finally:
        follower.deleteLater()
        palette.follow_system(qapp, "system")
    assert not palette.is_dark()


def test_the_first_steps_point_once_the_mouse_comes(qtbot, db):
    steps = FirstSteps()
    qtbot.addWidget(steps)
    steps.show()
    button = next(iter(steps.buttons.values()))
    assert button.cursor().shape() == Qt.CursorShape.ArrowCursor
    here = QPointF(5, 5)
    QApplication.sendEvent(steps, QEnterEvent(here, here, steps.mapToGlobal(here)))
    assert all(b.cursor().shape() == Qt.CursorShape.PointingHandCursor
               for b in steps.buttons.values())


def test_once_the_window_settled_the_first_contact_opens_on_a_page_made_ahead(demo_db, tmp_path):
    code = f"""
        window.show()
        from coopeten_gui.ui import first_paint
        wait_for(lambda: first_paint.CONTACT_PAGE_MODULES[-1] in sys.modules)
        from coopeten_gui.ui.pages.contact_page import ContactPage
        wait_for(lambda: window.findChild(ContactPage) is not None)
        made_ahead = window.findChild(ContactPage)
        # then it rehearses the list's first contact, holding none
        wait_for(lambda: made_ahead.name_label.text())
        rehearsed = bool(made_ahead.name_label.text()) and made_ahead.contact_id is None
        loaded = set(sys.modules)
        import sqlite3
        first = sqlite3.connect({str(demo_db)!r}).execute(
            "SELECT min(id) FROM contact").fetchone()[0]
        window.open_contact(first)
        qt_app.processEvents()
        print(rehearsed, window.contact_view.isVisible(), window.contact_view is made_ahead,
              window.contact_view.contact_id == first,
              sorted(name for name in set(sys.modules) - loaded if "coopeten" in name))
    """
    done = _window_apart(demo_db, tmp_path, code)
    assert done.stdout.strip().splitlines()[-1:] == ["True True True True []"], done.stderr


def test_the_contacts_list_is_loaded_ahead_without_the_file_formats(demo_db, tmp_path):
    code = """
        print("coopeten_gui.ui.pages.contacts_page" in sys.modules)
        window.show()
        from coopeten_gui.ui import first_paint
        wait_for(lambda: first_paint.CONTACTS_MODULES[-1] in sys.modules)
        loaded = set(sys.modules)
        window.show_section("contacts")
        print(window.contacts_page.model.rowCount() > 0,
              sorted(name for name in set(sys.modules) - loaded if "coopeten" in name),
              "vobject" in sys.modules)
    """
    done = _window_apart(demo_db, tmp_path, code)
    # loaded after the first paint; opening Contacts then loads nothing more, and the
    # vCard reader (tens of milliseconds) waits for an import or an export
    assert done.stdout.strip().splitlines()[-2:] == ["False", "True [] False"], done.stderr


def test_once_the_window_shows_the_numbering_plan_loads_off_the_ui_thread(demo_db,
                                                                         tmp_path):
    before = """
        from coopeten_gui.services import phones
        phones.set_default_region("CR")
        loaded_by = []
        real_parse = phones.parse
        def parse(*args, **kwargs):
            loaded_by.append(threading.current_thread() is threading.main_thread())
            return real_parse(*args, **kwargs)
        phones.parse = parse
    """
    code = """
        print("phonenumbers" in sys.modules)
        window.show()
        wait_for(lambda: "phonenumbers.data.region_CR" in sys.modules)
        print("phonenumbers.data.region_CR" in sys.modules, loaded_by)
    """
    done = _window_apart(demo_db, tmp_path, code, before)
    # loaded once the window shows, by a worker: the country's plan, not only the module
    assert done.stdout.strip().splitlines()[-2:] == ["False", "True [False]"], done.stderr


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


def test_the_contact_page_warms_up_once_no_worker_runs(qtbot, monkeypatch):
    from coopeten_gui.ui.kit import background

    monkeypatch.setattr(first_paint, "WARM_UP_CONTACT_PAGE_MS", 0)
    monkeypatch.setattr(first_paint, "WAIT_FOR_WORKER_MS", 10)
    monkeypatch.setattr(first_paint, "CONTACT_PAGE_MODULES", ("json",))
    monkeypatch.setattr(background, "_running", {"an export"})
    ran = []
    def steps():
        ran.append("page")
        yield
        ran.append("rehearsal")

    first_paint.warm_up_contact_page(steps())
    qtbot.wait(100)
    assert ran == []  # not while the export runs
    background._running.clear()
    qtbot.waitUntil(lambda: ran == ["page", "rehearsal"])  # the rehearsal last
    qtbot.wait(50)
    assert ran == ["page", "rehearsal"]


def test_the_window_makes_its_contact_page_ahead_a_piece_per_step(qtbot, demo_db, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(first_paint, "WARM_UP_CONTACT_PAGE_MS", 60_000)  # not on its own
    window = shown_main_window(qtbot, tmp_path)
    steps = window._contact_view_ahead()
    next(steps)
    page = window._contact_view
    assert page is not None and page.tabs.count() == 0  # the frame first
    for made in range(1, 9):
        next(steps)
        assert page.tabs.count() == made
    assert page.name_label.text() == ""
    assert next(steps, "done") == "done"  # then the rehearsal, and the end
    assert page.name_label.text() and page.contact_id is None
    window.open_contact(1)
    assert window.contact_view is page and page.contact_id == 1
