"""Running long work off the UI thread, with a progress dialog and a Cancel button.

Anki/Picard style: ``run_in_background(parent, work, on_done)`` queues ``work`` on a
``QThreadPool``; ``work`` receives a ``Progress`` to report how far it got and to see
whether the user pressed Cancel. The result (or the error) comes back through
signals, so ``on_done``/``on_error`` always run on the UI thread.

Tests call ``use_synchronous_pool()``: the work then runs at once, in the caller's
thread, and the callbacks have run when ``run_in_background`` returns.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopeten_gui.services import session

# the dialog appears only when the work takes longer than this (no flash for quick jobs)
SHOW_PROGRESS_AFTER_MS = 400


class Progress:
    """Handed to the work function; safe to use from the worker thread."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), text)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Signals(QObject):
    """Lives on the UI thread; signals emitted by the worker arrive there queued."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job:
    """The work and where to report. A plain callable, not a ``QRunnable`` subclass:
    ``QThreadPool.start(callable)`` keeps it alive while it runs, whereas a Python
    ``QRunnable`` wrapper can be collected under the pool's feet."""

    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 progress: Progress) -> None:
        self._work = work
        self._signals = signals
        self._progress = progress

    def __call__(self) -> None:
        self.run()

    def run(self) -> None:
        try:
            try:
                try:
                    result = self._work(self._progress)
                finally:
                    # given back before the result is told, for the next job to take
                    # (the import's preview, then the import: storage.database)
                    _release_worker_connection()
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which tells the user
                if self._progress.cancelled:
                    self._signals.cancelled.emit()
                else:
                    self._signals.failed.emit(exc)
            else:
                if self._progress.cancelled:
                    self._signals.cancelled.emit()
                else:
                    self._signals.succeeded.emit(result)
        except RuntimeError:
            pass  # the window that asked went away meanwhile: nobody to tell


class SynchronousPool:
    """A stand-in for ``QThreadPool`` that runs each job at once (for tests)."""

    def start(self, job: Callable[[], None]) -> None:
        job()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool API
        return True


_pool: QThreadPool | SynchronousPool | None = None
_running: set[BackgroundTask] = set()


def pool() -> QThreadPool | SynchronousPool:
    return _pool if _pool is not None else QThreadPool.globalInstance()


def use_synchronous_pool(enabled: bool = True) -> None:
    global _pool
    _pool = SynchronousPool() if enabled else None


class BackgroundTask(QObject):
    """One running piece of work and its progress dialog.

    The callbacks are kept here and called from this object's own slots: a plain Python
    callable (a closure, ``list.append``…) connected straight to a signal is held by
    PySide only loosely, and under garbage collection a queued call to it can be lost.
    ``run_in_background`` keeps the task alive until it has reported back.
    """

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool,
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None,
                 on_cancel: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals(self)
        self.progress = Progress(self.signals)
        self.finished = False
        self.job: _Job | None = None
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.dialog: QProgressDialog | None = None
        if parent is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0,
                                     parent)
            dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
        self.signals.progressed.connect(self._show_progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        """Ask the work to stop (what the dialog's Cancel button does)."""
        self.progress.cancel()

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.finished:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, error: Exception) -> None:
        self._finish()
        if self._on_error is not None:
            self._on_error(error)

    def _cancelled(self) -> None:
        self._finish()
        if self._on_cancel is not None:
            self._on_cancel()

    def _finish(self) -> None:
        self.finished = True
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def busy() -> bool:
    """Whether work runs on a worker now (or has yet to report back)."""
    return bool(_running)


def run_in_background(parent: QWidget | None, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      label: str = "", cancellable: bool = True) -> BackgroundTask:
    """Run ``work(progress)`` on the pool; call back on the UI thread when it ends."""
    task = BackgroundTask(parent, label, cancellable, on_done, on_error, on_cancel)
    _running.add(task)  # alive until it reports back, even without a parent
    task.job = _Job(work, task.signals, task.progress)
    pool().start(task.job)
    return task


def _release_worker_connection() -> None:
    """peewee keeps one connection per thread; a pool thread gives back the one it
    opened, which the storage keeps for the next job or closes (the UI thread's
    connection is the application's and stays open)."""
    if threading.current_thread() is not threading.main_thread():
        session.close_thread_connection()
