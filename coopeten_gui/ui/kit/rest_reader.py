"""Reading the rest of a list on a worker thread once its first screen is shown.

A page reads the rows it paints first at once and hands ``RestReader.read`` the reading
of the rest; the answer comes back on the UI thread. A new reading (a search typed, a
reload after a write) makes the one before stale: it is asked to stop, and whatever it
still answers is dropped (as ``contact_table_model`` does with its generations).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject
from shiboken6 import isValid

from coopeten_gui.ui.kit import background

_STARTING = object()  # a synchronous pool answers before the task is handed back


class RestReader(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._task: Any = None

    @property
    def reading(self) -> bool:
        """Whether a reading is under way whose answer will be taken."""
        return self._task is not None

    def read(self, work: Callable[[Callable[[], bool]], Any],
             take: Callable[[Any], None],
             failed: Callable[[Exception], None] | None = None) -> None:
        """Run ``work(stop)`` on a worker (``stop()`` turns true once it is no longer
        wanted) and hand its answer to ``take`` on the UI thread, unless another
        reading started or ``stop`` was called meanwhile."""
        self.stop()
        generation = self._generation

        def current() -> bool:
            if not isValid(self) or generation != self._generation:
                return False
            self._task = None
            return True

        def done(result: Any) -> None:
            if current():
                take(result)

        def error(exc: Exception) -> None:
            if current() and failed is not None:
                failed(exc)

        def cancelled() -> None:
            current()

        self._task = _STARTING
        task = background.run_in_background(
            None, lambda progress: work(lambda: progress.cancelled),
            on_done=done, on_error=error, on_cancel=cancelled)
        if self._task is _STARTING:
            self._task = task

    def stop(self) -> None:
        """Forget the reading under way: its answer, if any, is dropped."""
        self._generation += 1
        task, self._task = self._task, None
        if task is not None and task is not _STARTING and isValid(task):
            task.cancel()
