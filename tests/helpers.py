"""Small tools shared by several test modules."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coopeten_gui.storage import database


def corrupt(path: Path, table: str = "contact") -> None:
    """Overwrite some of a table's pages (not its root), as a failing disk would."""
    database.close_database()
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
        (table,))]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert len(pages) >= 4
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 2:]:
        offset = (page - 1) * page_size
        data[offset + 8: offset + page_size] = b"\xde\xad\xbe\xef" * ((page_size - 8) // 4)
    path.write_bytes(bytes(data))


def shown_main_window(qtbot, tmp_path: Path):
    """The main window over the open database, with its own throwaway settings, on
    screen."""
    from PySide6.QtCore import QSettings

    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def held_match_index(monkeypatch):
    """Every build of the matcher's index takes long (as at a million contacts) and waits
    for the test to ``release`` it; ``built_on`` says, build by build, whether it ran on
    the UI thread."""
    import threading

    from coopeten_gui.services import matching

    matching._index = None
    monkeypatch.setattr(matching, "BUILT_AT_ONCE", 0)
    built_on, release = [], threading.Event()
    builder = matching.builder

    def held_builder():
        work = builder()

        def build():
            built_on.append(threading.current_thread() is threading.main_thread())
            release.wait(10)
            work()
        return build

    monkeypatch.setattr(matching, "builder", held_builder)
    return built_on, release


def hold_the_rest(monkeypatch, page_module, first_rows: int, service, name: str):
    """For a fixture to ``yield from``: a list reads its first ``first_rows`` at once
    (``page_module.FIRST_ROWS``); the rest (``service.name`` asked with an offset), read
    on a worker, waits until the test sets the event yielded."""
    import threading

    from coopeten_gui.ui.kit import background

    monkeypatch.setattr(page_module, "FIRST_ROWS", first_rows)
    release = threading.Event()
    read = getattr(service, name)

    def held(*args, **kwargs):
        if kwargs.get("offset"):
            release.wait(10)
        return read(*args, **kwargs)

    monkeypatch.setattr(service, name, held)
    yield release
    release.set()
    background.pool().waitForDone(10_000)
