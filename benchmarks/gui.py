"""In-process measurements of the window: the contact list, search while typing, a contact.

Every figure is wall time from the user's action to the view painted with its result:
the action, then the events it posts (timers, layouts, model signals), then a
synchronous paint of the widget that shows the result, which is when the visible
rows' data is asked for.
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    qInstallMessageHandler,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from coopeten_gui.storage import database

# Words typed into the search box besides the generated ones: accents must work.
ACCENTED = ["Núñez", "Íñigo", "Ángela", "Óscar", "Álvarez", "Ibáñez", "Peña", "Chloé",
            "Müller", "Lefèvre", "Gonçalves", "Wiśniewski", "Yılmaz", "Cortés", "Martí",
            "Dvořák", "Conceição", "Søren"]


def _quiet_offscreen(mode, context, message) -> None:
    # the offscreen platform says this for every window; anything else is worth seeing
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


qInstallMessageHandler(_quiet_offscreen)


def type_key(widget, char: str) -> None:
    """One keystroke, press and release, as the keyboard sends it (accents included:
    QTest.keyClicks only knows ASCII)."""
    key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def pump(rounds: int = 1) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def on_worker(work):
    """``work()`` run as the window runs long work (an export, an import, a backup): on
    its pool through ``run_in_background``, the UI thread's event loop turning meanwhile.
    Its result, or its error raised here."""
    from PySide6.QtCore import QEventLoop

    from coopeten_gui.ui.kit import background

    loop = QEventLoop()
    outcome: dict = {}

    def ended(key: str):
        return lambda value: (outcome.setdefault(key, value), loop.quit())

    background.run_in_background(None, lambda _progress: work(), on_done=ended("result"),
                                 on_error=ended("error"))
    loop.exec()  # the task reports through queued signals, never before this
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


#: Seconds between two keystrokes of a quick typist (about 70 words a minute).
KEY_INTERVAL = 0.15


def idle(until: float) -> None:
    """Let the event loop run (timers included) until ``until`` (perf_counter time)."""
    while time.perf_counter() < until:
        pump()
        time.sleep(0.001)


def settle(model, timeout: float = 30) -> None:
    """Wait until a lazily filled model has all its rows."""
    deadline = time.perf_counter() + timeout
    while model.canFetchMore() and time.perf_counter() < deadline:
        pump()
        time.sleep(0.0005)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class PaintWatcher(QObject):
    """Notes when a widget last painted, so a measurement ends at the first paint that
    shows its result: the one the event loop made, or one forced when none came."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.last = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False

    def painted_since(self, moment: float) -> float:
        """Now, once the widget (and its children) painted after ``moment``: by the
        event loop already, else by a paint forced now."""
        if self.last <= moment:
            self.widget.repaint()
        return time.perf_counter()


@dataclass
class SignalCounter:
    """Counts every signal by which a model says the view must change."""

    count: int = 0
    changed_at: float = 0.0
    signals: list = field(default_factory=list)

    def attach(self, model) -> None:
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._bump)

    def _bump(self, *args) -> None:
        self.count += 1
        self.changed_at = time.perf_counter()


class WindowBench:
    def __init__(self, heavy_contact_id: int) -> None:
        from coopeten_gui.ui.main_window import MainWindow

        self._main_window_class = MainWindow
        self.heavy_contact_id = heavy_contact_id

    def new_window(self):
        window = self._main_window_class(QSettings())
        window.show()
        QTest.qWaitForWindowExposed(window)
        pump(3)
        # as the window's own first paint does (``app._collect_garbage``): what exists
        # now is left out of every later full collection; else each walks the harness's
        # own objects too (up to 30 ms, wherever it falls)
        gc.freeze()
        return window

    @staticmethod
    def close(window) -> None:
        window.close()
        window.deleteLater()
        pump(3)

    # -- the list ---------------------------------------------------------------------

    def open_list(self, window) -> float:
        """Seconds from choosing Contacts until its first rows are painted."""
        page = window.contacts_page
        model = page.table.model()
        painted = PaintWatcher(page.table.viewport())
        started = time.perf_counter()
        window.show_section("contacts")
        pump()
        deadline = started + 30
        while model.rowCount() == 0 and time.perf_counter() < deadline:
            pump()
        filled = time.perf_counter()
        elapsed = painted.painted_since(filled if model.rowCount() else started) - started
        if model.rowCount() == 0:
            raise RuntimeError("the contact list showed no rows")
        return elapsed

    def scroll_to_end(self, window) -> float:
        """Seconds from jumping to the last row until the rows there are painted (once
        the list has settled: a user cannot press End within milliseconds)."""
        table = window.contacts_page.table
        settle(table.model())
        pump(3)  # the view lays out the rows that arrived
        painted = PaintWatcher(table.viewport())
        started = time.perf_counter()
        table.scrollToBottom()
        pump()
        elapsed = painted.painted_since(started) - started
        model = table.model()
        last = model.index(model.rowCount() - 1, 0)
        if not model.data(last, Qt.ItemDataRole.DisplayRole):
            raise RuntimeError("the last row has no data")
        if table.rowAt(table.viewport().height() - 1) not in (model.rowCount() - 1, -1):
            raise RuntimeError("the view did not reach the last row")
        return elapsed

    def list_figures(self, repeats: int) -> dict[str, float]:
        opened, scrolled = [], []
        for _ in range(repeats):
            window = self.new_window()
            opened.append(self.open_list(window))
            scrolled.append(self.scroll_to_end(window))
            self.close(window)
        return {"list_open_ms": statistics.median(opened) * 1000,
                "scroll_end_ms": statistics.median(scrolled) * 1000}

    # -- search while typing ----------------------------------------------------------

    def search_figures(self, words: list[str], minimum: int) -> dict[str, float]:
        """Type each word; time every keystroke from the 2nd to the 4th letter.

        A keystroke's time runs from the moment the key is due until the list shows its
        first rows. Keys are due ``KEY_INTERVAL`` apart, as a quick typist's are, and the
        next one is typed when it is due whether or not the rest of the matching list has
        been read: work a keystroke leaves for later that holds the window up delays the
        next key, and that delay counts in the next key's time (what a user feels).
        ``settled`` is the time until the whole list was read, when that happened before
        the next key; ``search_unsettled`` counts the keys typed before it did.
        """
        window = self.new_window()
        window.show_section("contacts")
        pump(3)
        page = window.contacts_page
        box = page.search_box
        model = page.table.model()
        counter = SignalCounter()
        counter.attach(model)
        painted = PaintWatcher(page.table.viewport())
        box.setFocus()
        timings: list[float] = []
        settled: list[float] = []
        unsettled = 0
        for word in words:
            if len(timings) >= minimum:
                break
            box.clear()
            self._settle_search(counter)
            settle(model)
            type_key(box, word[0])
            self._settle_search(counter)
            due = time.perf_counter()
            for length in range(2, min(4, len(word)) + 1):
                before = counter.count
                type_key(box, word[length - 1])
                pump()
                deadline = due + 10
                while counter.count == before and time.perf_counter() < deadline:
                    pump()
                timings.append(painted.painted_since(counter.changed_at) - due)
                if counter.count == before:
                    raise RuntimeError(f"typing {word[:length]!r} did not update the list")
                next_due = due + KEY_INTERVAL
                # the rest of the list is read while the user is about to type again
                while model.canFetchMore() and time.perf_counter() < next_due:
                    pump()
                    time.sleep(0.0005)
                if model.canFetchMore():
                    unsettled += 1
                else:
                    settled.append(time.perf_counter() - due)
                idle(next_due)
                due = next_due  # a key held up by the window counts its wait
        self.close(window)
        figures = {"search_p50_ms": statistics.median(timings) * 1000,
                   "search_p95_ms": percentile(timings, 0.95) * 1000,
                   "search_keystrokes": len(timings)}
        if unsettled:  # figures are positive numbers: none is left out
            figures["search_unsettled"] = unsettled
        if settled:
            figures["search_settled_p95_ms"] = percentile(settled, 0.95) * 1000
        return figures

    def paint_figures(self, prefixes: list[str]) -> dict[str, float]:
        """The list painted after each search: the first paint of its first rows (their
        columns read, their texts laid out) and the same rows painted again."""
        from coopeten_gui.services import contact_list

        window = self.new_window()
        window.show_section("contacts")
        pump(3)
        page = window.contacts_page
        viewport = page.table.viewport()
        first, again = [], []
        for prefix in prefixes:
            page.model.set_query(contact_list.ContactQuery(text=prefix), page.first_rows())
            for timings in (first, again):
                started = time.perf_counter()
                viewport.repaint()
                timings.append(time.perf_counter() - started)
        self.close(window)
        return {"paint_first_ms": statistics.median(first) * 1000,
                "paint_again_ms": statistics.median(again) * 1000}

    @staticmethod
    def _settle_search(counter: SignalCounter, quiet_rounds: int = 3) -> None:
        """Wait until the list stops changing (debounce timers included)."""
        deadline = time.perf_counter() + 30
        quiet = 0
        last = counter.count
        while quiet < quiet_rounds and time.perf_counter() < deadline:
            pump()
            time.sleep(0.002)
            quiet = quiet + 1 if counter.count == last else 0
            last = counter.count

    # -- a contact --------------------------------------------------------------------

    #: A user's first click on a contact comes this long after the window appeared, at
    #: the soonest (the window loads a contact's page ahead of it, after its first paint)
    FIRST_CLICK_AFTER = 1.5

    def contact_figures(self, repeats: int) -> dict[str, float]:
        window = self.new_window()
        window.show_section("contacts")
        pump(3)
        idle(time.perf_counter() + self.FIRST_CLICK_AFTER)
        timings = []
        watchers: dict[int, PaintWatcher] = {}
        for _ in range(repeats):
            started = time.perf_counter()
            window.open_contact(self.heavy_contact_id)
            page = window.stack.currentWidget()
            if id(page) not in watchers:
                watchers[id(page)] = PaintWatcher(page)
            pump()
            timings.append(watchers[id(page)].painted_since(started) - started)
            window.show_section("contacts")
            pump(3)
        self.close(window)
        return {"contact_open_ms": statistics.median(timings) * 1000,
                "contact_open_first_ms": timings[0] * 1000}


def search_words(seed: int, generated: list[str], count: int) -> list[str]:
    """Words to type: generated names, companies and email parts, accented ones first."""
    rng = random.Random(seed)
    pool = [w for w in generated if w.isalpha() and len(w) >= 4]
    rng.shuffle(pool)
    words = ACCENTED + pool
    return words[:count]


def fts_raw_figures(path, prefixes: list[str]) -> dict[str, float]:
    """The bare FTS5 query (first 50 rowids) for the same prefixes, on a plain connection."""
    import sqlite3

    from coopeten_gui.storage.search import match_expression

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        timings = []
        for prefix in prefixes:
            expression = match_expression(prefix)
            started = time.perf_counter()
            conn.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 50",
                         (expression,)).fetchall()
            timings.append(time.perf_counter() - started)
    finally:
        conn.close()
    return {"fts_raw_ms": statistics.median(timings) * 1000,
            "fts_raw_p95_ms": percentile(timings, 0.95) * 1000}


def typed_prefixes(words: list[str], minimum: int) -> list[str]:
    """The prefixes ``search_figures`` times, in the same order."""
    prefixes = []
    for word in words:
        if len(prefixes) >= minimum:
            break
        prefixes += [word[:n] for n in range(2, min(4, len(word)) + 1)]
    return prefixes


def ensure_database(path) -> None:
    if database.database_path() != path or not database.is_open():
        database.open_database(path)
