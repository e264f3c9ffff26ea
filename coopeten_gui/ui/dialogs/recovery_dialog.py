"""What the user sees when the database is damaged, unreadable or missing at start-up:
what happened in plain words, every backup to choose from, and the ways out."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services.backups import BackupInfo
from coopeten_gui.services.safe_start import DAMAGED, MISSING, Damage
from coopeten_gui.ui.kit.fit import fit_to_screen

RESTORE, SALVAGE, NEW, QUIT = "restore", "salvage", "new", "quit"


def when_text(moment) -> str:
    """A backup's date in words and its time, without the time zone's long name (which
    would make the list scroll sideways)."""
    locale = QLocale()
    return locale.toString(moment.date(), QLocale.FormatType.LongFormat) + " " + \
        locale.toString(moment.time(), QLocale.FormatType.ShortFormat)


class Choice(NamedTuple):
    action: str                   # RESTORE, SALVAGE, NEW or QUIT
    backup: BackupInfo | None = None  # the backup to restore


class RecoveryDialog(QDialog):
    """The question; ``choice`` holds the answer once it closes (QUIT unless chosen)."""

    def __init__(self, damage: Damage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.damage = damage
        self.choice = Choice(QUIT)
        self.backups = list(damage.backups or ([damage.backup] if damage.backup else []))
        missing = damage.kind == MISSING
        self.setWindowTitle(self.tr("Your database is missing") if missing
                            else self.tr("Your data needs repair"))
        self.text = QLabel(self._explanation(), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Backup of"), self.tr("Size"),
                                              self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            cells = (when_text(backup.created_at),
                     locale.formattedDataSize(backup.size),
                     self.tr("Manual") if backup.manual else self.tr("Automatic"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setEnabled(False)  # drawn grey: for whoever helps
        if damage.reason:
            self.details.setText(self.tr("Details: {reason}").format(reason=damage.reason))
        self.details.setVisible(bool(damage.reason))

        self.restore_button = QPushButton(self.tr("&Restore the selected backup"), self)
        self.salvage_button = QPushButton(self.tr("&Save what can be read"), self)
        self.new_button = QPushButton(self.tr("Start &empty"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.salvage_button.setVisible(damage.kind == DAMAGED)
        self.new_button.setVisible(missing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.salvage_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.table.setVisible(bool(self.backups))

        self.restore_button.clicked.connect(self._restore)
        self.salvage_button.clicked.connect(lambda: self._choose(Choice(SALVAGE)))
        self.new_button.clicked.connect(lambda: self._choose(Choice(NEW)))
        self.quit_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(self._restore)
        if damage.backup is not None and damage.backup in self.backups:
            self.table.selectRow(self.backups.index(damage.backup))
        self._update()
        # room for the rows there are (up to eight), then the list scrolls
        self.resize(620, 250 + 30 * min(len(self.backups), 8) if self.backups else 230)
        fit_to_screen(self)

    def _explanation(self) -> str:
        path = str(self.damage.path)
        if self.damage.kind == MISSING:
            return self.tr("Coopeten cannot find your database at {path}. It may have been "
                           "moved, renamed or deleted, or be on a drive that is not "
                           "connected.").format(path=path)
        if self.damage.kind == DAMAGED:
            return self.tr("Coopeten found damage in your database, probably from a crash or "
                           "a disk problem. Nothing will be deleted: the damaged file is kept "
                           "aside.")
        return self.tr("Coopeten cannot read your database at {path}: it is empty or its "
                       "beginning is damaged. Nothing will be deleted: the file is kept "
                       "aside.").format(path=path)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        backup = self.selected_backup()
        self.restore_button.setEnabled(backup is not None)
        self.restore_button.setDefault(backup is not None)
        if not self.backups:
            self.advice.setText(self.tr("There is no backup to restore.") + " " + (
                self.tr("Coopeten can start an empty database here instead.")
                if self.damage.kind == MISSING else
                self.tr("Coopeten can try to save what can still be read into a new "
                        "database.") if self.damage.kind == DAMAGED else
                self.tr("Put a copy of your database back in its place, or quit.")))
        elif backup is not None:
            when = when_text(backup.created_at)
            newest = self.tr(" (the newest sound one)") if backup == self.damage.backup else ""
            self.advice.setText(self.tr(
                "Restoring the backup of {when}{newest} brings back your data as it was then; "
                "changes made after it are not in it.").format(when=when, newest=newest))
        else:
            self.advice.setText(self.tr("Choose the backup to restore."))

    def _restore(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self._choose(Choice(RESTORE, backup))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask_recovery(damage: Damage, parent: QWidget | None = None) -> Choice:
    """Explain the problem plainly and return the user's choice."""
    dialog = RecoveryDialog(damage, parent)
    dialog.exec()
    return dialog.choice
