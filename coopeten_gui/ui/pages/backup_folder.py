"""The "Backup folder" choice of the Settings page: where automatic and manual backups go.

The default ("" in the settings) is a ``backups`` folder beside the database; a folder on
a USB stick or a synced cloud folder keeps the copies off the laptop's own disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coopeten_gui.services import session
from coopeten_gui.ui.kit import file_dialogs
from coopeten_gui.ui.kit.settings import Options


class BackupFolderChooser(QWidget):
    """Signals:
        folder_changed(str): another folder was chosen ("" = back to the default).
    """

    folder_changed = Signal(str)

    def __init__(self, options: Options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.default_button = QPushButton(self.tr("Use the &default"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_label, 1)
        layout.addWidget(self.change_button)
        layout.addWidget(self.default_button)
        self.change_button.clicked.connect(self.choose)
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        self.reload()

    def reload(self) -> None:
        path = session.current_path()
        chosen = self.options.backup_folder_choice
        if path is None and not chosen:
            self.folder_label.setText(self.tr("Beside the database, in “backups”"))
        else:
            folder = str(self.options.backup_folder(path)) if path else chosen
            self.folder_label.setText(folder if chosen else self.tr("{folder} (the default)")
                                      .format(folder=folder))
        self.default_button.setEnabled(bool(chosen))

    def choose(self) -> None:
        path = session.current_path()
        start = self.options.backup_folder(path) if path else self.options.backup_folder_choice
        folder = file_dialogs.folder(self, self.tr("Backup folder"), str(start))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.options.backup_folder_choice = folder
        self.reload()
        self.folder_changed.emit(folder)

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)
