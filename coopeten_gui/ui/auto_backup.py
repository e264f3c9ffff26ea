"""Automatic backups while the window is open: checked every few minutes, taken when
data changed and the last one is at least half an hour old, and once more on exit.

After a backup made while the window is open, the search index is merged back into one
piece when writes have left it in many (``services.index_upkeep``), on the same kind of
worker, a short step at a time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coopeten_gui.services import backups
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background

CHECK_EVERY_MS = 5 * 60 * 1000


class AutoBackupTimer(QObject):
    """Signals:
        backup_failed(str): an automatic backup could not be made (the message says why).
        backup_made(str): a backup was written (its path).
    """

    backup_failed = Signal(str)
    backup_made = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = backups.AutoBackup(folder)
        self._running = False  # a backup being made on a worker thread
        self._tidying: BackgroundTask | None = None  # the index being merged, kept alive
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, on_exit: bool = False) -> None:
        """Take a backup if one is due: on a worker thread while the window is open (a
        million contacts take half a minute to copy and check), at once on exit."""
        if on_exit:
            try:
                taken = self.policy.maybe_backup(on_exit=True)
            except ServiceError as exc:
                self.backup_failed.emit(str(exc))
                return
            if taken is not None:
                self.backup_made.emit(str(taken.path))
            return
        now = datetime.now().replace(microsecond=0)
        if self._running or not self.policy.due(now):
            return
        # the changes counted on this thread's connection, as the copy starts
        changes = self.policy.changes()
        folder = self.policy.folder
        self._running = True

        def made(info: backups.BackupInfo) -> None:
            self._running = False
            self.policy.taken(changes, now)
            self.backup_made.emit(str(info.path))
            self.tidy_index()

        def failed(error: Exception) -> None:
            self._running = False
            if not isinstance(error, ServiceError):
                raise error
            self.backup_failed.emit(str(error))

        run_in_background(None, lambda _progress: backups.make_backup(folder, when=now),
                          on_done=made, on_error=failed, cancellable=False)

    def tidy_index(self) -> None:
        """Merge the search index back into one piece on a worker, if due; a step at a
        time, each its own short write (see ``services.index_upkeep``)."""
        if self._tidying is not None:
            return
        from coopeten_gui.services import index_upkeep  # not needed to start

        def tidy(progress) -> int:
            if not index_upkeep.due():
                return 0
            return index_upkeep.tidy(stop=lambda: progress.cancelled)

        def over(_result: object) -> None:
            # merged, or left at a step that failed (a long write held the file): the
            # next automatic backup looks again
            self._tidying = None

        self._tidying = run_in_background(None, tidy, on_done=over, on_error=over,
                                          on_cancel=lambda: over(None), cancellable=False)

    def stop_tidying(self) -> None:
        """Leave the merge at the step under way (the window is closing)."""
        if self._tidying is not None:
            self._tidying.cancel()
