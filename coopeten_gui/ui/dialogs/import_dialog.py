# Over 400 lines: one wizard; its four steps share the file, its columns and the preview.
"""Importing contacts, step by step: the file, its columns, a preview, then the import.

    dialog = open_import(window)          # File → Import contacts… (Ctrl+I)

1. **File**: a vCard (.vcf) or CSV file; its format is detected (vCard, Google Contacts,
   Outlook, LinkedIn, Coopeten's own CSV, or any other CSV) and can be overridden.
2. **Columns** (generic CSV only): which column holds what, pre-filled from the headers.
3. **Preview**: how many contacts are new, which rows look like contacts already stored
   (skip, merge or create each, or all at once) and which rows cannot be read.
4. **Import**: ``importer.run_import`` writes everything in one transaction; Cancel or an
   error leaves the database as it was. A summary ends the dialog.

Reading, previewing and importing run off the UI thread (``run_in_background``) with a
progress dialog and Cancel. Nothing is written before step 4.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import importer
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.formats import csv_formats
from coopeten_gui.services.formats.errors import FormatError
from coopeten_gui.services.importer import CREATE, MERGE, SKIP, ImportResult, Preview
from coopeten_gui.ui.dialogs.column_mapping import ColumnMappingTable
from coopeten_gui.ui.dialogs.import_duplicates import (
    ActionDelegate,
    DuplicatesModel,
    format_title,
)
from coopeten_gui.ui.kit import file_dialogs, forms
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.kit.row_model import Column, RowTableModel

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DONE_PAGE = range(4)
# the formats a user can pick, in the order of the combo box
FORMATS = ("vcard", "google", "outlook", "linkedin", "coopeten", "csv")


def open_import(parent: QWidget | None, path: str | Path | None = None) -> ImportDialog:
    dialog = ImportDialog(parent, path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


@dataclass(frozen=True)
class FileInfo:
    """What a first look at the file found: its format and, for CSV, its header."""

    path: Path
    format: str
    headers: list[str]


def inspect_file(path: Path) -> FileInfo:
    """Read ``path`` enough to know its format; raises ``ServiceError`` with the reason."""
    data = importer.read_file(path)
    found = importer.detect_format(path, data)
    if found == "vcard":
        return FileInfo(path, "vcard", [])
    try:
        layout, headers = csv_formats.inspect_csv(data)
    except FormatError as exc:
        raise importer.ImportRefused(str(exc)) from exc
    return FileInfo(path, layout, list(headers))


class ImportDialog(QDialog):
    """Signals:
        imported(object): the ``ImportResult`` of an import that was written; whatever
            shows contacts must reload.
        status_message(str): a line for the window's status bar.
    """

    imported = Signal(object)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.info: FileInfo | None = None
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        # the mapping the preview was made with (None: not a generic CSV)
        self._mapping: dict[int, str] | None = None
        # what to do when the running task ends: (on done, cancelled text, failure suffix)
        self._pending = (lambda _result: None, "", "")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._done_page())

        self.error_label = forms.ErrorLabel(self)
        self.error_label.setObjectName("import_error")
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self.resize(760, 520)
        fit_to_screen(self)
        self._show_page(FILE_PAGE)
        if path:
            self.set_path(path)

    # -- the pages -----------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Bring contacts in from another program: a vCard file (.vcf) from your phone, "
            "Gmail, Outlook or Apple Contacts, or a CSV file from Google Contacts, Outlook, "
            "LinkedIn or a spreadsheet. Nothing is saved until you have seen a preview."), page)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("Choose a .vcf or .csv file"))
        self.browse_button = QPushButton(self.tr("&Choose…"), page)
        self.format_combo = QComboBox(page)
        for code in FORMATS:
            self.format_combo.addItem(format_title(code), code)
        self.format_combo.setEnabled(False)
        self.detected_label = plain(QLabel(page))
        self.detected_label.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File"), page)
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, path_row)
        form.addRow(self.tr("F&ormat"), self.format_combo)
        form.addRow("", self.detected_label)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.format_combo.currentIndexChanged.connect(self._update_buttons)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "This is not a file Coopeten knows. Tell it what each column holds; the columns "
            "it recognised are already filled in. Columns left out are not imported."), page)
        intro.setWordWrap(True)
        self.mapping_table = ColumnMappingTable(page)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary_label.setFont(font)

        self.duplicates_box = QGroupBox(self.tr("Likely duplicates"), page)
        explanation = QLabel(self.tr(
            "These rows look like contacts you already have. Skip a row to leave the stored "
            "contact as it is, merge it to add what the file knows (nothing is lost), or "
            "create a new contact anyway."), self.duplicates_box)
        explanation.setWordWrap(True)
        self.duplicates_model = DuplicatesModel(self)
        self.duplicates_view = QTableView(self.duplicates_box)
        self.duplicates_view.setModel(self.duplicates_model)
        self.duplicates_view.setItemDelegateForColumn(DuplicatesModel.ACTION,
                                                      ActionDelegate(self.duplicates_view))
        self.duplicates_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates_view.verticalHeader().hide()
        header = self.duplicates_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DuplicatesModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.for_all_buttons: dict[str, QPushButton] = {}
        for_all = QHBoxLayout()
        for_all.addWidget(QLabel(self.tr("For all:"), self.duplicates_box))
        for action, text in ((SKIP, self.tr("&Skip")), (MERGE, self.tr("&Merge")),
                             (CREATE, self.tr("C&reate"))):
            button = QPushButton(text, self.duplicates_box)
            button.clicked.connect(lambda _c=False, a=action: self.duplicates_model.set_all(a))
            self.for_all_buttons[action] = button
            for_all.addWidget(button)
        for_all.addStretch(1)
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(explanation)
        box.addLayout(for_all)
        box.addWidget(self.duplicates_view, 1)

        self.errors_box = QGroupBox(self.tr("Rows that will be left out"), page)
        self.errors_model = RowTableModel([
            Column(self.tr("Line"), lambda e: QLocale().toString(e.line), right=True),
            Column(self.tr("Reason"), lambda e: e.message),
        ], self)
        self.errors_view = QTableView(self.errors_box)
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.verticalHeader().hide()
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self.errors_box).addWidget(self.errors_view)

        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.duplicates_box, 3)
        layout.addWidget(self.errors_box, 2)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = plain(QLabel(page))
        self.done_label.setObjectName("import_done")
        self.done_label.setWordWrap(True)
        font = self.done_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_label.setFont(font)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_label)
        layout.addStretch(2)
        return page

    def reject(self) -> None:
        """Cancel (or Escape, or the window's close button) while work runs stops the work;
        the dialog stays to say how it ended."""
        if self.task is not None:
            self.task.progress.cancel()
            return
        super().reject()

    # -- step 1: the file --------------------------------------------------------------------

    def choose_file(self) -> None:
        start = self.path_edit.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation)
        path = file_dialogs.open_file(
            self, self.tr("Import contacts"), start,
            self.tr("Contact files (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;"
                    "CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> BackgroundTask:
        """Take ``path`` as the file to import and find its format (in the background)."""
        path = Path(path)
        self.path_edit.setText(str(path))
        self.info = None
        self.preview = None
        self._mapping = None
        self.error_label.clear_message()
        self.detected_label.clear()
        self.format_combo.setCurrentIndex(-1)  # unknown until the file was read
        self._update_buttons()

        def done(info: FileInfo) -> None:
            self.info = info
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(info.format)))
            self.detected_label.setText(
                self.tr("A CSV file from another program: next, say what each column holds.")
                if info.format == "csv" else self.tr("Recognised as: {format}").format(
                    format=format_title(info.format)))
            if info.format == "csv":
                self.mapping_table.set_columns(info.headers)
            self._update_buttons()

        return self._run(lambda _progress: inspect_file(path), done,
                         self.tr("Reading {file}…").format(file=path.name))

    def _path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self.info is None or Path(text) != self.info.path):
            self.set_path(text)

    def chosen_format(self) -> str:
        return self.format_combo.currentData()

    # -- moving between the steps --------------------------------------------------------------

    def next(self) -> BackgroundTask | None:
        page = self.stack.currentIndex()
        if page == FILE_PAGE:
            if self.info is None:
                return None
            if self.chosen_format() == "csv":
                if not self.info.headers:
                    self.error_label.show_message(self.tr(
                        "This file has no columns to choose from: it is not a CSV file."))
                    return None
                if self.mapping_table.headers() != self.info.headers:
                    self.mapping_table.set_columns(self.info.headers)
                self._show_page(MAPPING_PAGE)
                return None
            return self.make_preview()
        if page == MAPPING_PAGE:
            return self.make_preview()
        if page == PREVIEW_PAGE:
            return self.run_import()
        return None

    def back(self) -> None:
        page = self.stack.currentIndex()
        if page == PREVIEW_PAGE and self._mapping is not None:
            self._show_page(MAPPING_PAGE)
        elif page in (MAPPING_PAGE, PREVIEW_PAGE):
            self._show_page(FILE_PAGE)

    # -- step 3: the preview -------------------------------------------------------------------

    def make_preview(self) -> BackgroundTask | None:
        if self.info is None:
            return None
        fmt = self.chosen_format()
        mapping = self.mapping_table.mapping() if fmt == "csv" else None
        if mapping is not None and not mapping:
            self.error_label.show_message(self.tr(
                "Choose at least one column to import, such as a name, an email or a phone."))
            return None
        path = self.info.path
        rows_read = self.tr("Rows read: {rows}")

        def work(progress):
            return importer.preview(path, fmt, mapping, _reporter(progress, rows_read))

        def done(preview: Preview) -> None:
            self.preview = preview
            self._mapping = mapping
            self._show_preview(preview)
            self._show_page(PREVIEW_PAGE)

        return self._run(work, done, self.tr("Checking {file}…").format(file=path.name),
                         cancelled_text=self.tr("Preview cancelled."))

    def _show_preview(self, preview: Preview) -> None:
        self.summary_label.setText(self.summary_text(preview))
        self.duplicates_model.set_duplicates(preview.duplicates)
        self.duplicates_box.setVisible(bool(preview.duplicates))
        view = self.duplicates_view
        view.resizeColumnsToContents()
        view.setColumnWidth(DuplicatesModel.ACTION,
                            max(view.columnWidth(DuplicatesModel.ACTION), 130))
        self.errors_model.set_rows(preview.errors)
        self.errors_box.setVisible(bool(preview.errors))
        self.errors_view.resizeColumnToContents(0)

    # -- step 4: the import -------------------------------------------------------------------

    def run_import(self) -> BackgroundTask | None:
        if self.info is None or self.preview is None:
            return None
        path, fmt, mapping = self.info.path, self.chosen_format(), self._mapping
        decisions = self.duplicates_model.decisions()
        rows_read = self.tr("Rows imported: {rows}")

        def work(progress):
            return importer.run_import(path, fmt, mapping, decisions, SKIP,
                                       _reporter(progress, rows_read))

        def done(result: ImportResult) -> None:
            self.import_result = result
            # what the import wrote is copied from the log into the file while the user
            # reads the result (nobody to tell if it cannot be: a later commit does it)
            run_in_background(None, lambda _progress: importer.fold_log())
            text = self.result_text(result)
            where = "\n\n" + self.tr("The new contacts are in the Contacts list.") \
                if result.created or result.merged else ""
            self.done_label.setText(text + where)
            self._show_page(DONE_PAGE)
            self.status_message.emit(text)
            self.imported.emit(result)

        return self._run(work, done, self.tr("Importing {file}…").format(file=path.name),
                         cancelled_text=self.tr("Import cancelled: nothing was written."),
                         failed_suffix=self.tr("Nothing was written."))

    def summary_text(self, preview: Preview) -> str:
        """"2 new contacts, 1 likely duplicate, 2 rows with errors"."""
        # self.tr with a plain name as the count: what pyside6-lupdate marks as plural
        new, duplicates, errors = preview.new, len(preview.duplicates), len(preview.errors)
        return ", ".join((self.tr("%n new contact(s)", "", new),
                          self.tr("%n likely duplicate(s)", "", duplicates),
                          self.tr("%n row(s) with errors", "", errors)))

    def result_text(self, result: ImportResult) -> str:
        """"12 added, 3 merged, 2 skipped"."""
        added, merged, skipped, errors = (result.created, result.merged, result.skipped,
                                          len(result.errors))
        text = ", ".join((self.tr("%n added", "", added), self.tr("%n merged", "", merged),
                          self.tr("%n skipped", "", skipped)))
        if errors:
            text += ". " + self.tr("%n row(s) with errors left out.", "", errors)
        return text

    # -- internals -------------------------------------------------------------------------------

    def _run(self, work, done, label: str, cancelled_text: str = "",
             failed_suffix: str = "") -> BackgroundTask:
        """Run ``work`` with progress and Cancel; errors become a message in the dialog."""
        self.error_label.clear_message()
        self._pending = (done, cancelled_text, failed_suffix)
        # bound slots of this QObject, not closures: a queued call from the worker thread
        # needs a receiver living on the UI thread (PySide may drop it otherwise)
        task = run_in_background(self, work, self._task_succeeded, self._task_failed,
                                 self._task_cancelled, label=label)
        # a synchronous pool (tests) has already called back: nothing is running
        self.task = None if task.finished else task
        self._update_buttons()
        return task

    @Slot(object)
    def _task_succeeded(self, result) -> None:
        done, _, _ = self._pending
        self._task_ended()
        done(result)

    @Slot(object)
    def _task_failed(self, error: Exception) -> None:
        _, _, failed_suffix = self._pending
        self._task_ended()
        # the services explain themselves; anything else is a bug or the system's complaint
        text = str(error) if isinstance(error, (ServiceError, FormatError)) else self.tr(
            "Something unexpected went wrong: {error}").format(error=error)
        self.error_label.show_message(f"{text} {failed_suffix}".strip())

    @Slot()
    def _task_cancelled(self) -> None:
        _, cancelled_text, _ = self._pending
        self._task_ended()
        if cancelled_text:
            self.error_label.show_message(cancelled_text)

    def _task_ended(self) -> None:
        self.task = None
        self._update_buttons()

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.error_label.clear_message()
        self.next_button.setText({FILE_PAGE: self.tr("&Next >"),
                                  MAPPING_PAGE: self.tr("&Preview >"),
                                  PREVIEW_PAGE: self.tr("&Import")}.get(page, ""))
        self.close_button.setText(self.tr("&Close") if page == DONE_PAGE else self.tr("Cancel"))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        page = self.stack.currentIndex()
        busy = self.task is not None
        self.format_combo.setEnabled(self.info is not None and not busy)
        self.browse_button.setEnabled(not busy)
        self.back_button.setVisible(page in (MAPPING_PAGE, PREVIEW_PAGE))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page != DONE_PAGE)
        # on the preview: something to import (rows in error only leave nothing to do)
        ready = {FILE_PAGE: self.info is not None, MAPPING_PAGE: True,
                 PREVIEW_PAGE: self.preview is not None
                 and bool(self.preview.new or self.preview.duplicates)}
        self.next_button.setEnabled(not busy and ready.get(page, False))


def _reporter(progress, text: str):
    """An ``importer`` progress callback: shows the rows read, False once cancelled."""

    def report(done: int) -> bool:
        progress.report(done, 0, text.format(rows=QLocale().toString(done)))
        return not progress.cancelled

    return report
