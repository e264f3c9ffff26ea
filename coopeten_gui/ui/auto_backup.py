"""Automatic backups while the window is open: checked every few minutes, taken when
data changed and the last one is at least half an hour old, and once more on exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coopeten_gui.services import backups
from coopeten_gui.services.common import ServiceError

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
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, on_exit: bool = False) -> None:
        try:
            made = self.policy.maybe_backup(on_exit=on_exit)
        except ServiceError as exc:
            self.backup_failed.emit(str(exc))
            return
        if made is not None:
            self.backup_made.emit(str(made.path))
