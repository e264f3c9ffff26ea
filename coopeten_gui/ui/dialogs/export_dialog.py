"""Exporting: which format, which contacts, which file — then ``exporter.export`` in the
background with progress and Cancel.

    dialog = open_export(window, "vcard", selected_ids)   # File → Export → vCard…

The contacts are those selected in the Contacts list when there are any, else everyone
(the user can switch). The service writes beside the target and renames, so a failure
(a read-only folder, a full disk) or Cancel leaves any earlier file as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services import contact_list, exporter
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit import file_dialogs, forms, questions
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen

# format → (file extension, whether a choice of contacts applies)
FORMATS = {"vcard": (".vcf", True), "vcard3": (".vcf", True), "csv": (".csv", True),
           "json": (".json", False), "ics": (".ics", False)}


def open_export(parent: QWidget | None, fmt: str = "vcard",
                selected_ids: Sequence[int] = ()) -> ExportDialog:
    dialog = ExportDialog(parent, fmt, selected_ids)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def format_title(fmt: str) -> str:
    return {
        "vcard": translate("ExportDialog",
                           "vCard 4.0 (.vcf) — phones, Gmail, Apple, Thunderbird"),
        "vcard3": translate("ExportDialog", "vCard 3.0 (.vcf) — older programs, Outlook"),
        "csv": translate("ExportDialog", "CSV (.csv) — spreadsheets"),
        "json": translate("ExportDialog", "Everything (.json) — every record, for a full copy"),
        "ics": translate("ExportDialog", "Calendar (.ics) — events and follow-ups"),
    }[fmt]


def file_filter(fmt: str) -> str:
    return {
        "vcard": translate("ExportDialog", "vCard files (*.vcf)"),
        "vcard3": translate("ExportDialog", "vCard files (*.vcf)"),
        "csv": translate("ExportDialog", "CSV files (*.csv)"),
        "json": translate("ExportDialog", "JSON files (*.json)"),
        "ics": translate("ExportDialog", "iCalendar files (*.ics)"),
    }[fmt]


class ExportDialog(QDialog):
    """Signals:
        exported(str, int): the file written and how many records it holds.
        status_message(str): a line for the window's status bar.
    """

    exported = Signal(str, int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, fmt: str = "vcard",
                 selected_ids: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.selected_ids = list(selected_ids)
        self.task: BackgroundTask | None = None
        self.count: int | None = None
        self._running: tuple[str, Path] = ("vcard", Path())  # format and file being written

        self.format_combo = QComboBox(self)
        for code in FORMATS:
            self.format_combo.addItem(format_title(code), code)
        self.selected_radio = QRadioButton(self.tr(
            "The %n contact(s) selected in Contacts", "", len(self.selected_ids)), self)
        self.all_radio = QRadioButton(self.tr("All contacts (%n)", "", contact_list.count()), self)
        self.which = QButtonGroup(self)
        self.which.addButton(self.selected_radio)
        self.which.addButton(self.all_radio)
        self.selected_radio.setEnabled(bool(self.selected_ids))
        (self.selected_radio if self.selected_ids else self.all_radio).setChecked(True)
        which = QVBoxLayout()
        which.addWidget(self.selected_radio)
        which.addWidget(self.all_radio)

        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.tr("F&ormat"), self.format_combo)
        form.addRow(self.tr("Contacts"), which)
        form.addRow(file_label, path_row)

        self.error_label = forms.ErrorLabel(self)
        self.error_label.setObjectName("export_error")
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self.choose_file)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update)
        self.set_format(fmt)
        self.resize(600, 0)
        fit_to_screen(self)

    def reject(self) -> None:
        """Cancel while the file is being written stops the export (no file is left)."""
        if self.task is not None:
            self.task.progress.cancel()
            return
        super().reject()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self._format_changed()

    def chosen_format(self) -> str:
        return self.format_combo.currentData()

    def contact_ids(self) -> list[int] | None:
        """The contacts to export; None for all of them."""
        if FORMATS[self.chosen_format()][1] and self.selected_radio.isChecked():
            return list(self.selected_ids)
        return None

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        extension = FORMATS[self.chosen_format()][0]
        return Path(text if text.lower().endswith(extension) else text + extension)

    def choose_file(self) -> None:
        fmt = self.chosen_format()
        path = file_dialogs.save_file(self, self.tr("Export to"), self.path_edit.text(),
                                      file_filter(fmt))
        if path:
            extension = FORMATS[fmt][0]
            self.path_edit.setText(path if path.lower().endswith(extension) else path + extension)

    def start(self) -> BackgroundTask | None:
        self.error_label.clear_message()
        target = self.target()
        if target is None:
            self.error_label.show_message(self.tr("Choose the file to write."))
            return None
        fmt, ids = self.chosen_format(), self.contact_ids()
        total = len(ids) if ids is not None else contact_list.count() if FORMATS[fmt][1] else 0

        def work(progress):
            def report(done: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            return exporter.export(fmt, target, ids, report)

        self._running = (fmt, target)
        # bound slots of this QObject, not closures: a queued call from the worker thread
        # needs a receiver living on the UI thread (PySide may drop it otherwise)
        task = run_in_background(self, work, self._exported, self._failed, self._cancelled,
                                 label=self.tr("Exporting to {file}…").format(file=target.name))
        self.task = None if task.finished else task
        self._update()
        return task

    @Slot(object)
    def _exported(self, count: int) -> None:
        fmt, target = self._running
        self.task = None
        self.count = count
        text = self.result_text(fmt, count).format(path=target)
        self.status_message.emit(text)
        self.exported.emit(str(target), count)
        questions.inform(self, self.tr("Export"), text)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        _, target = self._running
        self.task = None
        self._update()
        text = str(error) if isinstance(error, ServiceError) else self.tr(
            "{path} could not be written: {error}").format(path=target, error=error)
        self.error_label.show_message(text + " " + self.tr(
            "Any earlier file of that name was left as it was."))

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        self._update()
        self.error_label.show_message(self.tr("Export cancelled: no file was written."))

    def result_text(self, fmt: str, count: int) -> str:
        """"12 contacts exported to {path}." (the path left to fill in)."""
        if fmt == "json":
            return self.tr("%n record(s) exported to {path}.", "", count)
        if fmt == "ics":
            return self.tr("%n calendar entry(ies) exported to {path}.", "", count)
        return self.tr("%n contact(s) exported to {path}.", "", count)

    def _format_changed(self, *_args) -> None:
        fmt = self.chosen_format()
        choice = FORMATS[fmt][1]
        self.selected_radio.setEnabled(choice and bool(self.selected_ids))
        self.all_radio.setEnabled(choice)
        extension = FORMATS[fmt][0]
        text = self.path_edit.text().strip()
        if not text:
            text = str(file_dialogs.documents_folder() / ("coopeten" + extension))
        else:
            # the same name with the extension of the format
            path = Path(text)
            if path.suffix.lower() in {ext for ext, _ in FORMATS.values()}:
                text = str(path.with_suffix(extension))
        self.path_edit.setText(text)
        self._update()

    def _update(self, *_args) -> None:
        self.export_button.setEnabled(self.task is None and bool(self.path_edit.text().strip()))
