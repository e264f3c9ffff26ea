"""Every file dialog of the window, in one place: where it opens and which dialog it is.

- Save and export dialogs open in the user's Documents folder (made when missing; the
  home folder when it cannot be), or in the folder last used when it still exists, never
  in the program's folder, where Qt falls back when the folder it is given is missing.
- When the window speaks another language than the system, the system's dialog would
  speak the system's: then Qt's own dialog is used, which the window's translators
  (``qtbase_es``) reach.

Tests replace the ``QFileDialog`` functions as before; ``documents_location`` can be
replaced to stand for the system's Documents folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from coopeten_gui.translations import current_language


def documents_location() -> str:
    """The system's Documents folder, which may not exist yet."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def documents_folder() -> Path:
    """The user's Documents folder, made when missing; the home folder when it cannot be."""
    location = documents_location()
    if location:
        folder = Path(location)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            pass
    return Path.home()


def start_path(suggested: str | Path = "", remembered: str | Path = "") -> str:
    """Where a dialog opens: ``suggested`` when its folder exists (a full path the form
    already shows), else its file name in ``remembered`` (a folder used before) when that
    exists, else in Documents."""
    suggested = Path(suggested) if str(suggested) else Path()
    if suggested.is_absolute() and (suggested if suggested.is_dir() else suggested.parent).is_dir():
        return str(suggested)
    name = suggested.name if str(suggested) not in ("", ".") else ""
    folder = Path(remembered) if str(remembered) and Path(remembered).is_dir() else \
        documents_folder()
    return str(folder / name) if name else str(folder)


def options(extra: QFileDialog.Option | None = None) -> QFileDialog.Option:
    """The dialog's options: Qt's own dialog when the window's language is not the
    system's (the system's dialog would speak the system's)."""
    chosen = extra if extra is not None else QFileDialog.Option(0)
    if not QLocale.system().name().startswith(current_language()):
        chosen |= QFileDialog.Option.DontUseNativeDialog
    return chosen


def save_file(parent: QWidget | None, title: str, suggested: str | Path, filters: str,
              remembered: str | Path = "", extra: QFileDialog.Option | None = None) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(suggested, remembered),
                                          filters, options=options(extra))
    return path


def open_file(parent: QWidget | None, title: str, start: str | Path, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_path(start), filters,
                                          options=options())
    return path


def folder(parent: QWidget | None, title: str, start: str | Path = "") -> str:
    return QFileDialog.getExistingDirectory(
        parent, title, start_path(start), options=options(QFileDialog.Option.ShowDirsOnly))
