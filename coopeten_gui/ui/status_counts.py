"""The status bar's counts (contacts, open follow-ups), read on a worker thread.

At a million contacts the counts read two indexes whole (50–70 ms, 0.16–0.44 s on a busy
machine), and the window asks after every write: on the UI thread that froze the window
after every save. Here one
reading runs at a time on the background pool (``ui.kit.background``); the label keeps
the last counts meanwhile, and the writes that come while it runs (a bulk change makes
many) are answered by one more reading once it ends. A reading of a database the window
has switched away from is thrown away and made again for the open one.

A reading starts ``AFTER_WRITE_MS`` after it is asked for, once the page on screen has
read and painted what the write changed: at a million contacts a reading running beside
those reads made them two to three times as slow, and the window's longest wait after a
save went from 30–40 ms to 38–72.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

from coopeten_gui.services import session

if TYPE_CHECKING:
    from coopeten_gui.ui.kit import background

KINDS = ("contacts", "followups")
AFTER_WRITE_MS = 200


class StatusCounts(QObject):
    """Hands ``show`` the counts of ``KINDS`` (``{"contacts": n, …}``) of the open
    database each time they have been read again."""

    def __init__(self, parent: QObject, show: Callable[[dict[str, int]], None]) -> None:
        super().__init__(parent)
        self._show = show
        # the reading under way (True while it starts), None when idle
        self._reading: background.BackgroundTask | bool | None = None
        self._again = False  # asked again while reading: read once more when it ends
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_WRITE_MS)
        self._soon.timeout.connect(self._read)

    def refresh(self) -> None:
        """Read the counts again, off the UI thread, in a moment (``AFTER_WRITE_MS``);
        ``show`` gets them when they come. Asked again before it starts: one reading."""
        if self._reading is not None:
            self._again = True
        elif not self._soon.isActive():
            self._soon.start()

    def _read(self) -> None:
        # started only while no reading runs (``refresh``)
        self._again = False
        path = session.current_path()
        # asked first after the first paint: start-up does not load the pool's module
        from coopeten_gui.ui.kit import background

        def read(_progress: background.Progress) -> dict[str, int]:
            from coopeten_gui.services import stats

            return dict(stats.counts(KINDS))

        def done(counts: dict[str, int]) -> None:
            self._finished(path, counts)

        def failed(_error: Exception) -> None:
            # no database (being switched or closed): the last counts stay
            self._finished(path, None)

        self._reading = True  # a synchronous pool answers before the task is returned
        task = background.run_in_background(None, read, on_done=done, on_error=failed)
        if self._reading is True:
            self._reading = task

    def is_reading(self) -> bool:
        """Whether a reading is under way or about to start."""
        return self._reading is not None or self._soon.isActive()

    def _finished(self, path: Path | None, counts: dict[str, int] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the counts were read
        self._reading = None
        current = session.current_path()
        if counts is not None and path == current:
            self._show(counts)
        if self._again or (path != current and session.is_open()):
            self.refresh()
