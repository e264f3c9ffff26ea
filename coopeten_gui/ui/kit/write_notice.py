"""Telling the user when the database takes no writes.

``ReadOnlyNotice`` is the band across the top of the main window while the open
database is read-only (a read-only file, folder or disk): the user sees it before
typing anything, not after. ``install_excepthook`` is the window's last line of
defence: a write the database refused in a place that does not handle it itself (a
button on a page, a drag…) is shown as its one sentence instead of a traceback.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSizePolicy, QToolBar

from coopeten_gui import APP_NAME
from coopeten_gui.services import write_errors
from coopeten_gui.ui.kit.palette import error_color

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class ReadOnlyNotice(QToolBar):
    """The band at the top of ``window``, shown while the open database is read-only.
    ``refresh()`` asks the database again (after it opened, or another was opened)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("read_only_notice")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # one line across the window (a toolbar gives a wrapping label a narrow column)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setStyleSheet("color: %s; font-weight: bold; padding: 4px 8px;"
                                 % error_color())
        self.addWidget(self.label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def refresh(self) -> bool:
        read_only = write_errors.read_only()
        self.label.setText(self.tr("This database is read-only: you can look through it, "
                                   "but nothing you change can be saved.")
                           if read_only else "")
        self.setVisible(read_only)
        return read_only


def watch(window) -> ReadOnlyNotice:
    """The notice for the main window, checked after its first paint and whenever it is
    rebuilt for another database."""
    notice = ReadOnlyNotice(window)
    window.after_first_paint(notice.refresh)
    window.rebuilt.connect(notice.refresh)
    return notice


def install_excepthook() -> None:
    """Show refused writes that reached the event loop as a message, not a traceback."""
    previous = sys.excepthook

    def hook(kind, value, traceback) -> None:
        message = write_errors.explain(value) if value is not None else None
        if message is None:
            previous(kind, value, traceback)
            return
        show_refusal(message)

    sys.excepthook = hook


def show_refusal(message: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # a rare message: not loaded to start

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
