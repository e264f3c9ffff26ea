"""Asking for the alliance report: the period, then where to save the PDF, then writing
it off the UI thread (with a progress dialog when it takes a while)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import alliance_report
from coopeten_gui.services.alliance_report import Period
from coopeten_gui.ui.kit import forms
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AllianceReportDialog(QDialog):
    """The period of the report; ``period()`` once accepted. The last twelve months
    unless the user changes them."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alliance report"))
        default = Period.last_year(today)
        self.start_edit = QDateEdit(_qdate(default.start), self)
        self.end_edit = QDateEdit(_qdate(default.end), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.error = forms.ErrorLabel(self)
        intro = QLabel(self.tr("The alliances and their balance, the events and what they "
                               "returned, the proposals and agreements and the referrals of "
                               "a period, as a PDF with your letterhead."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.start_edit)
        form.addRow(self.tr("&To"), self.end_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self)

    def period(self) -> Period:
        return Period(_day(self.start_edit.date()), _day(self.end_edit.date()))

    def _accept(self) -> None:
        if self.period().end < self.period().start:
            self.error.show_message(self.tr("The period ends before it starts."))
            self.start_edit.setFocus()
            return
        self.accept()


class AllianceReporter(QObject):
    """Asks the period and the file, then writes the report off the UI thread and says
    how it went. ``ask_period`` and ``ask_path`` can be replaced (tests, scripts).

    Signals:
        saved(str): the report was written to this path.
    """

    saved = Signal(str)

    def __init__(self, parent: QWidget, status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._window = parent
        self._status = status
        self.task: BackgroundTask | None = None
        self.ask_period: Callable[[], Period | None] = self._ask_period
        self.ask_path: Callable[[Period], str] = self._ask_path

    def run(self) -> BackgroundTask | None:
        """The whole walk: period, file, writing. None when the user stopped on the way."""
        period = self.ask_period()
        if period is None:
            return None
        path = self.ask_path(period)
        if not path:
            return None
        return self.save(period, path)

    def save(self, period: Period, path: str) -> BackgroundTask:
        def work(progress):
            return alliance_report.write_report(
                path, period, progress=lambda done, total: progress.report(done, total))

        self.task = run_in_background(self._window, work,
                                      lambda pages: self._done(path, pages), self._failed,
                                      lambda: self._status(self.tr("Report cancelled.")),
                                      label=self.tr("Writing the alliance report…"))
        return self.task

    def _ask_period(self) -> Period | None:
        dialog = AllianceReportDialog(self._window)
        try:
            return dialog.period() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def _ask_path(self, period: Period) -> str:
        default = Path.home() / self.tr("alliance-report-{start}-{end}.pdf").format(
            start=period.start.isoformat(), end=period.end.isoformat())
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save the alliance report"),
                                              str(default), self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _done(self, path: str, pages: int) -> None:
        self._status(self.tr("Alliance report saved to {path} (%n page(s)).", "", pages)
                     .format(path=path))
        self.saved.emit(path)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("Alliance report"), str(error))
