"""The Backups dialog: list the backups with dates and sizes, back up now, restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from coopeten_gui.services import backups, session
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit.background import run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen


class BackupsDialog(QDialog):
    """Signals:
        restored(): a backup replaced the database; everything shown must be reloaded.
    """

    restored = Signal()

    def __init__(self, folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        fit_to_screen(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.folder_button = QPushButton(self.tr("Open &folder"), self)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.intro.setText(self.tr(
            "Coopeten copies your data here when it changed, on exit and every half hour, "
            "keeping the last days, weeks and months:\n{folder}").format(folder=self.folder))
        self._backups = backups.list_backups(self.folder, self._stem())
        locale = QLocale()
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            cells = (locale.toString(backup.created_at, QLocale.FormatType.LongFormat),
                     locale.formattedDataSize(backup.size),
                     self.tr("Manual") if backup.manual else self.tr("Automatic"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        """Copy and check on a worker thread (half a minute for a million contacts),
        with a progress window once it takes a moment."""
        self.backup_button.setEnabled(False)
        folder = self.folder

        def ended(error: Exception | None = None) -> None:
            self.backup_button.setEnabled(True)
            if error is not None:
                if not isinstance(error, ServiceError):
                    raise error
                QMessageBox.warning(self, self.tr("Backups"), str(error))
            self.reload()

        run_in_background(self, lambda _progress: backups.make_backup(folder, manual=True),
                          on_done=lambda _info: ended(), on_error=ended,
                          label=self.tr("Making a backup…"), cancellable=False)

    def restore_selected(self, confirmed: bool = False) -> bool:
        backup = self.selected_backup()
        db_path = session.current_path()
        if backup is None or db_path is None:
            return False
        when = QLocale().toString(backup.created_at, QLocale.FormatType.LongFormat)
        if not confirmed and QMessageBox.question(
                self, self.tr("Restore backup"),
                self.tr("Replace your current data with the backup of {when}?\n\nYour current "
                        "database is not deleted: it is kept beside it, renamed.").format(
                    when=when)) != QMessageBox.StandardButton.Yes:
            return False
        try:
            aside = backups.restore(backup.path, db_path)
        except (ServiceError, session.StorageError) as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), str(exc))
            return False
        self.restored.emit()
        QMessageBox.information(self, self.tr("Restore backup"), self.tr(
            "The backup of {when} is now your data. The previous database was kept as "
            "{aside}.").format(when=when, aside=aside))
        self.reload()
        return True

    def _stem(self) -> str | None:
        path = session.current_path()
        return path.stem if path else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)
