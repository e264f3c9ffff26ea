"""Mail merge: one template for many contacts — one PDF with a letter each, or one PDF
per contact in a folder — made in the background with a progress bar and Cancel.

    dialog = open_mail_merge(parent, contact_ids=[3, 5, 8])   # e.g. the list's selection

The recipients are the contacts handed in (the Contacts list's selection) or everyone
with a tag. ``services.mail_merge`` does the work; a cancelled merge leaves no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contacts, letter_templates, mail_merge
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_templates import LetterTemplate
from coopeten_gui.services.mail_merge import MergeResult
from coopeten_gui.translations import current_language
from coopeten_gui.ui.kit import choices, file_dialogs, forms, questions
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.letter_output import warn
from coopeten_gui.ui.kit.template_combo import TemplateCombo
from coopeten_gui.ui.pages.template_editor import language_name


def open_mail_merge(parent: QWidget | None, contact_ids: Sequence[int] = ()) -> MailMergeDialog:
    dialog = MailMergeDialog(parent, contact_ids)
    dialog.open()
    return dialog


class MailMergeDialog(QDialog):
    """Signals:
        merged(object): the ``MergeResult`` of a finished merge.
        status_message(str): something to show in the window's status bar.
    """

    merged = Signal(object)
    status_message = Signal(str)
    # the background work's outcome ("done", result) / ("cancelled", None) / ("failed", text),
    # queued to the UI thread
    _outcome = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, contact_ids: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.chosen_ids = list(contact_ids)
        self._outcome.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.task: BackgroundTask | None = None
        self.merge_result: MergeResult | None = None

        # who
        self.selection_radio = QRadioButton(self)
        self.tag_radio = QRadioButton(self.tr("Everyone &tagged"), self)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setEditable(False)
        choices.fill_combo(self.tag_combo, self.tr("(choose a tag)"), "",
                           [(tag, tag) for tag in contacts.all_tags()])
        self.who = QButtonGroup(self)
        self.who.addButton(self.selection_radio)
        self.who.addButton(self.tag_radio)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("merge_count")
        who_box = QGroupBox(self.tr("Recipients"), self)
        who_grid = QGridLayout(who_box)
        who_grid.addWidget(self.selection_radio, 0, 0, 1, 2)
        who_grid.addWidget(self.tag_radio, 1, 0)
        who_grid.addWidget(self.tag_combo, 1, 1)
        who_grid.addWidget(self.count_label, 2, 0, 1, 2)
        who_grid.setColumnStretch(1, 1)

        # what
        self.template_combo = TemplateCombo(self)
        self.template_combo.setObjectName("merge_template")
        self.language_combo = QComboBox(self)
        self._fill_templates()
        what = QFormLayout()
        what.addRow(self.tr("T&emplate"), self.template_combo)
        what.addRow(self.tr("&Language"), self.language_combo)

        # where
        self.single_radio = QRadioButton(self.tr("One &PDF with every letter"), self)
        self.folder_radio = QRadioButton(self.tr("One PDF per contact in a &folder"), self)
        self.where = QButtonGroup(self)
        self.where.addButton(self.single_radio)
        self.where.addButton(self.folder_radio)
        documents = file_dialogs.documents_folder()
        self.file_edit = QLineEdit(str(Path(documents) / self.tr("letters.pdf")), self)
        self.folder_edit = QLineEdit(str(Path(documents) / self.tr("Letters")), self)
        self.file_button = QPushButton(self.tr("Choose…"), self)
        self.folder_button = QPushButton(self.tr("Choose…"), self)
        where_box = QGroupBox(self.tr("Output"), self)
        where_grid = QGridLayout(where_box)
        where_grid.addWidget(self.single_radio, 0, 0, 1, 2)
        where_grid.addWidget(self.file_edit, 1, 0)
        where_grid.addWidget(self.file_button, 1, 1)
        where_grid.addWidget(self.folder_radio, 2, 0, 1, 2)
        where_grid.addWidget(self.folder_edit, 3, 0)
        where_grid.addWidget(self.folder_button, 3, 1)

        self.error_label = forms.ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(self.tr("&Create the letters"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(who_box)
        layout.addLayout(what)
        layout.addWidget(where_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        count = len(self.chosen_ids)
        self.selection_radio.setText(self.tr("The %n contact(s) selected in Contacts", "", count))
        self.selection_radio.setEnabled(count > 0)
        (self.selection_radio if count else self.tag_radio).setChecked(True)
        self.single_radio.setChecked(True)
        for signal in (self.selection_radio.toggled, self.tag_combo.currentIndexChanged,
                       self.single_radio.toggled, self.template_combo.currentIndexChanged):
            signal.connect(self._update)
        self.tag_combo.activated.connect(lambda _i: self.tag_radio.setChecked(True))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button.clicked.connect(self._choose_folder)
        self._update()
        self.resize(560, 0)
        fit_to_screen(self)

    # -- choices -----------------------------------------------------------------------------

    def _fill_templates(self) -> None:
        ui_language = (current_language() if current_language() in letter_templates.LANGUAGES
                       else "en")
        seen: set[str] = set()
        offered: list[tuple[str, LetterTemplate]] = []
        for template in letter_templates.list_templates():
            if template.builtin:
                # one line per built-in letter: each contact gets it in their own language
                if template.name in seen:
                    continue
                seen.add(template.name)
                template = letter_templates.builtin_template(template.name, ui_language)
                text = template.title
            else:
                text = self.tr("{name} (mine, {language})").format(
                    name=template.name, language=template.language)
            offered.append((text, template))
        self.template_combo.set_templates(offered)
        self.language_combo.addItem(self.tr("Each contact's own"), "")
        for code in letter_templates.LANGUAGES:
            self.language_combo.addItem(language_name(code), code)

    def template(self) -> LetterTemplate | None:
        return self.template_combo.template()

    def choose_template(self, key_or_name: str) -> bool:
        return self.template_combo.choose(key_or_name)

    def recipients(self) -> list[int]:
        if self.selection_radio.isChecked():
            return list(self.chosen_ids)
        tag = self.tag_combo.currentData()
        return mail_merge.contacts_with_tag(tag) if tag else []

    def _update(self, *_args) -> None:
        count = len(self.recipients())
        self.count_label.setText(self.tr("%n letter(s) will be made.", "", count))
        template = self.template()
        builtin = template is not None and template.builtin
        self.language_combo.setEnabled(builtin)
        if not builtin:
            self.language_combo.setCurrentIndex(0)
        single = self.single_radio.isChecked()
        self.file_edit.setEnabled(single)
        self.file_button.setEnabled(single)
        self.folder_edit.setEnabled(not single)
        self.folder_button.setEnabled(not single)
        self.run_button.setEnabled(count > 0 and template is not None and self.task is None)

    def _choose_file(self) -> None:
        path = file_dialogs.save_file(self, self.tr("One PDF with every letter"),
                                      self.file_edit.text(), self.tr("PDF documents (*.pdf)"))
        if path:
            self.file_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self.single_radio.setChecked(True)

    def _choose_folder(self) -> None:
        folder = file_dialogs.folder(self, self.tr("A folder for the letters"),
                                     self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.folder_radio.setChecked(True)

    # -- running -----------------------------------------------------------------------------

    def start(self) -> BackgroundTask | None:
        """Make the letters in the background; the dialog closes when they are written."""
        self.error_label.clear_message()
        ids = self.recipients()
        template = self.template()
        if not ids or template is None:
            self.error_label.show_message(self.tr("Choose who to write to."))
            return None
        # None: a built-in follows each contact's language, a template of the user's its own
        language = self.language_combo.currentData() or None
        single = self.single_radio.isChecked()
        target = (self.file_edit if single else self.folder_edit).text().strip()
        if not target:
            self.error_label.show_message(self.tr("Choose where to save the letters."))
            return None
        if single and not target.lower().endswith(".pdf"):
            target += ".pdf"
        merge = mail_merge.merge_to_pdf if single else mail_merge.merge_to_folder
        total = len(ids)
        label = self.tr("Writing %n letter(s)…", "", total)

        def work(progress) -> None:
            def report(done: int, _total: int) -> bool:
                progress.report(done, total)
                return not progress.cancelled

            # The outcome travels on the dialog's own signal: the task's callbacks can be
            # dropped when it deletes itself first (see ``_outcome``).
            outcome: tuple[str, object]
            try:
                outcome = ("done", merge(template, ids, target, language, progress=report))
            except mail_merge.MergeCancelled:
                outcome = ("cancelled", None)
            except ServiceError as error:
                outcome = ("failed", str(error))
            except Exception as error:  # noqa: BLE001 - a template error, a full disk…
                outcome = ("failed", self.tr("The letters could not be made: {error}").format(
                    error=error))
            try:
                self._outcome.emit(*outcome)
            except RuntimeError:
                pass  # the dialog is gone

        self.run_button.setEnabled(False)
        self.task = run_in_background(self, work, label=label)
        return self.task

    def _arrived(self, kind: str, payload) -> None:
        self.task = None
        if kind == "done":
            self._done(payload)
        elif kind == "cancelled":
            self._cancelled()
        else:
            self._failed(payload)

    def _done(self, result: MergeResult) -> None:
        self.task = None
        self.merge_result = result
        where = str(result.files[0]) if len(result.files) == 1 else \
            str(Path(result.files[0]).parent) if result.files else ""
        message = self.tr("%n letter(s) written to {where}.", "", result.letters).format(
            where=where)
        if result.skipped:
            names = ", ".join(name for name, _ in result.skipped[:5])
            message += " " + self.tr("Left out: {names} ({reason})").format(
                names=names, reason=result.skipped[0][1])
            questions.inform(self, self.tr("Mail merge"), message)
        self.status_message.emit(message)
        self.merged.emit(result)
        self.accept()

    def _failed(self, text: str) -> None:
        self.task = None
        self._update()
        self.error_label.show_message(text)
        warn(self, self.tr("Mail merge"), text)

    def _cancelled(self) -> None:
        self.task = None
        self._update()
        self.error_label.show_message(self.tr("Cancelled: no letters were saved."))
        self.status_message.emit(self.tr("Mail merge cancelled."))
