"""File → Restore from a full export…: the app's own JSON export into a new database
file the user names, restored off the UI thread, then opened in the window.

The restore writes on a connection of its own (``services.full_restore``), so the
database open in the window stays as it is until the new one is ready; a failure or
Cancel leaves no new file and the window where it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coopeten_gui import APP_NAME
from coopeten_gui.i18n import translate
from coopeten_gui.services import full_restore
from coopeten_gui.services.common import ServiceError


def ask_source(parent: QWidget) -> str:
    """The export to restore (tests replace it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("RestoreExport", "Restore from a full export"), folder,
        translate("RestoreExport", "Full exports (*.json);;All files (*)"))
    return path


def ask_target(parent: QWidget, source: Path) -> str:
    """The new database file's name (tests replace it)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("RestoreExport", "Name the new database"),
        str(source.with_name(source.stem + ".sqlite")),
        translate("RestoreExport", "Coopeten databases (*.sqlite)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return path


def warn(parent: QWidget, text: str) -> None:
    """The one place this flow shows a problem (tests replace it)."""
    QMessageBox.warning(parent, APP_NAME, text)


def restore_full_export(window) -> bool:
    """Ask for the export and the new file, restore, open it. True once started."""
    from coopeten_gui.ui.kit.background import run_in_background

    chosen = ask_source(window)
    if not chosen:
        return False
    source = Path(chosen)
    try:
        header = full_restore.read_header(source)
    except ServiceError as error:
        warn(window, str(error))
        return False
    named = ask_target(window, source)
    if not named:
        return False
    if not named.lower().endswith((".sqlite", ".db")):
        named += ".sqlite"
    target = Path(named)
    if target.exists():
        warn(window, translate(
            "RestoreExport", "{path} already exists. A full export is restored into a new "
                             "database: choose a new name.").format(path=target))
        return False

    def work(progress):
        def report(done: int) -> bool:
            progress.report(done, 0, translate("RestoreExport", "Records restored: {count}")
                            .format(count=done))
            return not progress.cancelled

        return full_restore.restore(source, target, progress=report)

    def done(result: full_restore.RestoreResult) -> None:
        if window.open_database_file(result.path):
            window.show_status(translate("RestoreExport", "Restored the export of {date} into "
                                                          "{path}: {count} records.").format(
                date=header.exported_at.replace("T", " "), path=result.path,
                count=result.total))

    def failed(error: Exception) -> None:
        warn(window, str(error) if isinstance(error, ServiceError) else translate(
            "RestoreExport", "The export could not be restored: {error}").format(error=error))

    run_in_background(window, work, done, failed,
                      lambda: window.show_status(translate(
                          "RestoreExport", "Restore cancelled: nothing was written.")),
                      label=translate("RestoreExport", "Restoring the full export…"))
    return True
