"""File → Export → Calendar: follow-ups and events to an ``.ics`` file the user names,
written off the UI thread (``services.calendar_export``), cancellable, the outcome said in
the window's status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coopeten_gui.ui.kit.plain_text import literal

if TYPE_CHECKING:
    from coopeten_gui.ui.main_window import MainWindow


class CalendarExport(QObject):
    """One export over ``window``; it lets itself go once it is done."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def ask_path(self) -> str:
        from coopeten_gui.ui.kit import file_dialogs

        path = file_dialogs.save_file(self.window, self.tr("Export calendar"), "coopeten.ics",
                                      self.tr("iCalendar files (*.ics)"))
        if path and not path.lower().endswith(".ics"):
            path += ".ics"
        return path

    def run(self) -> None:
        """Ask where (``window.ask_export_path``), then write the calendar there."""
        path = self.window.ask_export_path()
        if not path:
            self.deleteLater()
            return
        from coopeten_gui.services import calendar_export
        from coopeten_gui.ui.kit.background import run_in_background

        def work(progress):
            return calendar_export.export_ics(path, progress=progress.report,
                                              cancelled=progress.is_cancelled)

        def done(count: int) -> None:
            self.window.show_status(self.tr("Exported %n calendar entry(ies) to {path}", "",
                                            count).format(path=path))
            self.deleteLater()

        def failed(error: Exception) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, self.tr("Export calendar"),
                                literal(self.tr("The calendar could not be written: {error}")
                                        .format(error=error)))
            self.deleteLater()

        def cancelled() -> None:
            self.window.show_status(self.tr("Export cancelled."))
            self.deleteLater()

        run_in_background(self.window, work, done, failed, cancelled,
                          label=self.tr("Exporting the calendar…"))
