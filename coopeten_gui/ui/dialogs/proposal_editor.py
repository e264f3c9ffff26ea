# Over 400 lines: one dialog; its toolbar, template, preview and status act on one letter.
"""Writing a proposal for one contact: pick a template, edit the letter it writes as rich
text, save it as a proposal, print it or save it as PDF, and follow it through
draft → sent → accepted / declined.

    editor = open_proposal_editor(parent, contact_id=42)      # a new proposal
    editor = open_proposal_editor(parent, proposal_id=7)      # an existing one

The letter is rendered from the template off the UI thread (``LetterRenderer``), in the
contact's language by default. What is saved is a frozen snapshot of the letter's body
(``services.proposals``); the letterhead and signature come from "My business" each time
it is printed or saved.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.documents.resources import LetterDocument, sanitize
from coopeten_gui.services import (
    contacts,
    followups,
    labels,
    letter_context,
    letter_rendering,
    letter_templates,
    proposals,
)
from coopeten_gui.services.common import ServiceError, ValidationError
from coopeten_gui.services.letter_rendering import Letter
from coopeten_gui.services.letter_templates import LetterTemplate
from coopeten_gui.ui.kit import forms, questions
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.letter_output import LetterOutput
from coopeten_gui.ui.kit.letter_renderer import LetterRenderer
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.kit.palette import error_color
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.kit.template_combo import TemplateCombo
from coopeten_gui.ui.pages.template_editor import language_name

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.agreement_dialog import AgreementDialog

#: How long the letter of a proposal may take to render before the sandbox stops it.
RENDER_TIMEOUT = 2.0
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


def body_fragment(html: str) -> str:
    """The inside of ``<body>`` of ``QTextEdit.toHtml()``: what a proposal stores."""
    match = _BODY.search(html)
    return (match.group(1) if match else html).strip()


def open_proposal_editor(parent: QWidget | None, contact_id: int | None = None,
                         proposal_id: int | None = None) -> ProposalEditor:
    """Open the editor as its own window (not modal) and return it."""
    editor = ProposalEditor(parent, contact_id=contact_id, proposal_id=proposal_id)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


class ProposalEditor(QDialog):
    """Signals:
        data_changed(): the proposal was saved, marked or decided.
        status_message(str): something to show in the window's status bar.
        contact_opened(int): the user wants to see the contact.
    """

    data_changed = Signal()
    status_message = Signal(str)
    contact_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None, contact_id: int | None = None,
                 proposal_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.proposal_id = proposal_id
        # Save / Discard / Cancel when closed with changes (tests answer it)
        self.ask_unsaved = self._ask_unsaved
        self.status = "draft"
        self.dirty = False
        self._loading = False
        self._subject = ""
        if proposal_id is not None:
            stored = proposals.get(proposal_id)
            contact_id = stored.contact_id
        if contact_id is None:
            raise ValueError("a proposal needs a contact")
        self.contact_id = contact_id
        record = contacts.get(contact_id)
        self.contact_name = record.display_name
        self.contact_email = record.emails[0].value if record.emails else ""

        # who, which template, which language
        self.contact_label = QLabel(f"<a href='contact'>{escape(self.contact_name)}</a>", self)
        self.contact_label.setObjectName("proposal_contact")
        self.contact_label.linkActivated.connect(
            lambda _link: self.contact_opened.emit(self.contact_id))
        self.language_combo = QComboBox(self)
        for code in letter_templates.LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.template_combo = TemplateCombo(self)
        self.template_combo.setObjectName("proposal_template")
        self.template_combo.setMinimumContentsLength(28)
        self.write_button = QPushButton(self.tr("&Write from template"), self)
        self.write_button.setToolTip(self.tr("Write the letter again from the chosen template"))
        choose = QHBoxLayout()
        choose.addWidget(self.template_combo, 1)
        choose.addWidget(self.language_combo)
        choose.addWidget(self.write_button)

        # title, value, where it stands
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("proposal_title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Christmas campaign: books and coffee"))
        self.value_spin = MoneyEdit(self, field="value")
        self.value_spin.setObjectName("proposal_value")
        self.value_spin.setToolTip(self.tr("What the alliance is worth, as you estimate it"))
        self.status_label = plain(QLabel(self))
        self.status_label.setObjectName("proposal_status")
        self.title_error = forms.ErrorLabel(self)
        title_box = QWidget(self)
        title_layout = QVBoxLayout(title_box)
        title_layout.setContentsMargins(0, 0, 0, 0)
        title_layout.setSpacing(2)
        title_layout.addWidget(self.title_edit)
        title_layout.addWidget(self.title_error)
        form = QFormLayout()
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_spin)
        value_row.addSpacing(16)
        value_row.addWidget(self.status_label, 1)
        for text, field, buddy in ((self.tr("To"), self.contact_label, None),
                                   (self.tr("&Template"), choose, self.template_combo),
                                   (self.tr("T&itle"), title_box, self.title_edit),
                                   (self.tr("&Value"), value_row, self.value_spin)):
            label = QLabel(text, self)
            if buddy is not None:
                label.setBuddy(buddy)
            form.addRow(label, field)

        # the letter
        self.body = QTextEdit(self)
        self.body.setObjectName("proposal_body")
        self.body.setAcceptRichText(True)
        # what is typed, pasted or loaded loads no file: only the letter's own images
        self.body.setDocument(LetterDocument(self.body))
        # small enough for a 1024×600 screen; the window gives it whatever room there is
        self.body.setMinimumSize(420, 160)
        # the letter's own font and paragraph spacing, so what is saved prints as it looked
        letter_look = letter_rendering.document(letter_rendering.Letter("", "", "en", {}, None))
        self.body.document().setDefaultStyleSheet(letter_look.defaultStyleSheet())
        self.body.document().setDefaultFont(letter_look.defaultFont())
        self.message_label = plain(QLabel(self))
        self.message_label.setObjectName("proposal_message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.format_bar = QToolBar(self)
        self._formatting_actions()

        # what can be done with it
        self.output = LetterOutput(self, self.current_letter, lambda: self.title_edit.text())
        self.output.status_message.connect(self.status_message)
        self.output.status_message.connect(self._show_note)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the proposal (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.sent_button = QPushButton(self.tr("Mark as s&ent"), self)
        self.sent_button.setToolTip(self.tr("Record that it was sent, with a follow-up in a week"))
        self.accepted_button = QPushButton(self.tr("&Accepted"), self)
        self.declined_button = QPushButton(self.tr("De&clined"), self)
        self.agreement_button = QPushButton(self.tr("A&greement…"), self)
        self.agreement_button.setToolTip(self.tr("What each side commits to, with a follow-up "
                                                 "for each, and the agreement to print"))
        self.agreement_dialog: AgreementDialog | None = None
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Save &as"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self.output.save_menu())
        self.preview_button = QPushButton(self.tr("Print pre&view…"), self)
        self.copy_button = QPushButton(self.tr("C&opy text"), self)
        self.email_button = QPushButton(self.tr("E&mail…"), self)
        # two rows, what goes out of the window and where the proposal stands, so the
        # window fits a 1024 px wide screen in every language
        output_row = QHBoxLayout()
        for button in (self.preview_button, self.export_button, self.copy_button,
                       self.email_button):
            output_row.addWidget(button)
        output_row.addStretch(1)
        state_row = QHBoxLayout()
        for button in (self.sent_button, self.accepted_button, self.declined_button,
                       self.agreement_button):
            state_row.addWidget(button)
        state_row.addStretch(1)
        state_row.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        state_row.addWidget(close)
        buttons = QVBoxLayout()
        buttons.addLayout(output_row)
        buttons.addLayout(state_row)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        for made in self.output.actions():
            self.addAction(made)  # their shortcuts work anywhere in the window
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save_action.triggered.connect(lambda: self.save())
        self.addAction(save_action)
        self.renderer = LetterRenderer(self)
        self.renderer.rendered.connect(self._written)
        self.renderer.failed.connect(lambda message, _line: self._show_problem(message))

        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.write_button.clicked.connect(lambda: self.write_from_template())
        self.save_button.clicked.connect(lambda: self.save())
        self.sent_button.clicked.connect(lambda: self.mark_sent())
        self.accepted_button.clicked.connect(lambda: self.decide("accepted"))
        self.declined_button.clicked.connect(lambda: self.decide("declined"))
        self.agreement_button.clicked.connect(lambda: self.open_agreement())
        self.preview_button.clicked.connect(self.output.print_preview)
        self.copy_button.clicked.connect(self.output.copy_text)
        self.email_button.clicked.connect(self.output.email)
        close.rejected.connect(self.close)
        self.body.textChanged.connect(self._edited)
        self.title_edit.textEdited.connect(self._edited)
        self.value_spin.textEdited.connect(self._edited)

        if proposal_id is not None:
            self._load_proposal(stored)
        else:
            language = letter_templates.letter_language(contact_id)
            self._set_language(language, letter_templates.suggested_template(contact_id))
            self.write_from_template()
        self._update_state()
        self.resize(900, 820)
        fit_to_screen(self)

    # -- the template ------------------------------------------------------------------------

    def language(self) -> str:
        return self.language_combo.currentData() or "en"

    def _set_language(self, language: str, template_name: str = "") -> None:
        blocked = self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.blockSignals(blocked)
        self._fill_templates(template_name)

    def _fill_templates(self, prefer: str = "") -> None:
        """The templates in the chosen language; proposals first, then the rest."""
        language = self.language()
        found = letter_templates.list_templates(language)
        order = {"proposal": 0, "list_swap": 0, "introduction": 1}
        found.sort(key=lambda t: (not t.builtin, order.get(t.kind, 2)))
        self.template_combo.set_templates(
            [(t.title if t.builtin else self.tr("{name} (mine)").format(name=t.name), t)
             for t in found], prefer)

    def choose_template(self, key_or_name: str) -> bool:
        return self.template_combo.choose(key_or_name)

    def template(self) -> LetterTemplate | None:
        return self.template_combo.template()

    def _language_changed(self) -> None:
        self._fill_templates(self.template().name if self.template() else "")

    def write_from_template(self) -> bool:
        """Write the letter again from the chosen template (asks first over edits)."""
        template = self.template()
        if template is None:
            return False
        if self.dirty and self.body.toPlainText().strip() and not questions.confirm(
                self, self.tr("Write the letter again"),
                self.tr("The letter you edited will be replaced by a new one from the "
                        "template."), self.tr("Replace it")):
            return False
        try:
            context = letter_context.build_context(self.contact_id, self.language(),
                                            introduce=letter_rendering.uses_introduction(template))
        except ServiceError as error:
            self._show_problem(str(error))
            return False
        self._pending_template = template
        self._show_note(self.tr("Writing the letter…"))
        self.renderer.request(template, context, self.language(), RENDER_TIMEOUT)
        return True

    def _written(self, body: str, subject: str) -> None:
        self._loading = True
        self.body.setHtml(sanitize(body))
        # the title follows the template's subject until the user writes their own
        if self.title_edit.text().strip() in ("", self._subject):
            self.title_edit.setText(subject)
        self._loading = False
        self._subject = subject
        self._template_name = self._pending_template.name
        self.dirty = True  # a new letter, not yet saved
        self._show_note(self.tr("Letter written from “{title}”. Edit it as you like, then "
                                "save it.").format(title=self._pending_template.title))
        warning = letter_context.profile_warning(self.language())
        if warning:
            self._show_problem(warning)  # the letter borrowed texts of the other language
        self._update_state()

    # -- the proposal ------------------------------------------------------------------------

    def _load_proposal(self, stored) -> None:
        self._loading = True
        self._set_language(stored.language or letter_templates.letter_language(self.contact_id),
                           stored.template_name)
        self.title_edit.setText(stored.title)
        self.value_spin.set_cents(stored.value_cents)
        self.body.setHtml(sanitize(stored.body_html))
        self._template_name = stored.template_name
        self._subject = stored.title
        self.status = stored.status
        self._sent_at, self._decided_at = stored.sent_at, stored.decided_at
        self._loading = False
        self.dirty = False

    def body_html(self) -> str:
        return body_fragment(self.body.toHtml())

    def current_letter(self) -> Letter | None:
        if not self.body.toPlainText().strip():
            self._show_problem(self.tr("There is no letter yet: choose a template and press "
                                       "“Write from template”."))
            return None
        letter = letter_rendering.letter_for_body(
            self.body_html(), self.language(), self.contact_id,
            self.title_edit.text().strip() or self._subject)
        return letter

    def save(self) -> int | None:
        """Create or update the proposal; its id, or None when the form needs fixing."""
        self.title_error.clear_message()
        try:
            data = proposals.ProposalData(
                contact_id=self.contact_id, title=self.title_edit.text(),
                body_html=self.body_html(), template_name=getattr(self, "_template_name", ""),
                language=self.language(), value_cents=self.value_spin.cents())
            if self.proposal_id is None:
                self.proposal_id = proposals.create(data)
            else:
                proposals.update(self.proposal_id, data)
        except ValidationError as error:
            if error.field == "title":
                self.title_error.show_message(error.message)
                self.title_edit.setFocus()
            else:
                self._show_problem(error.message)
            return None
        except ServiceError as error:
            self._show_problem(str(error))
            return None
        self.dirty = False
        self._update_state()
        self._show_note(self.tr("Proposal saved."))
        self.status_message.emit(self.tr("Proposal “{title}” saved.").format(
            title=self.title_edit.text().strip()))
        self.data_changed.emit()
        return self.proposal_id

    def mark_sent(self) -> int | None:
        """Save if needed, then record the sending; returns the follow-up's id."""
        if (self.proposal_id is None or self.dirty) and self.save() is None:
            return None
        try:
            task_id = proposals.mark_sent(self.proposal_id)
        except ServiceError as error:
            self._show_problem(str(error))
            return None
        stored = proposals.get(self.proposal_id)
        self.status, self._sent_at = stored.status, stored.sent_at
        self._update_state()
        due = followups.get(task_id).due_at
        message = self.tr("Marked as sent. A follow-up is planned for {date}.").format(
            date=QLocale().toString(due.date(), QLocale.FormatType.LongFormat))
        self._show_note(message)
        self.status_message.emit(message)
        self.data_changed.emit()
        return task_id

    def decide(self, status: str) -> bool:
        if (self.proposal_id is None or self.dirty) and self.save() is None:
            return False
        try:
            proposals.decide(self.proposal_id, status)
        except ServiceError as error:
            self._show_problem(str(error))
            return False
        stored = proposals.get(self.proposal_id)
        self.status, self._decided_at = stored.status, stored.decided_at
        self._update_state()
        message = self.tr("Proposal marked {status}.").format(
            status=labels.proposal_status(status).lower())
        self._show_note(message)
        self.status_message.emit(message)
        self.data_changed.emit()
        if status == "accepted":
            self.open_agreement()  # what each side now commits to
        return True

    def open_agreement(self):
        """The commitments of this accepted proposal (ui.dialogs.agreement_dialog)."""
        if self.proposal_id is None or self.status != "accepted":
            return None
        from coopeten_gui.ui.dialogs.agreement_dialog import open_agreement

        self.agreement_dialog = open_agreement(self, self.proposal_id)
        self.agreement_dialog.data_changed.connect(self.data_changed)
        self.agreement_dialog.status_message.connect(self.status_message)
        return self.agreement_dialog

    # -- the window --------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self._update_state()

    def _update_state(self) -> None:
        when = {
            "sent": getattr(self, "_sent_at", None),
            "accepted": getattr(self, "_decided_at", None),
            "declined": getattr(self, "_decided_at", None),
        }.get(self.status)
        text = labels.proposal_status(self.status)
        if when is not None:
            text = self.tr("{status} on {date}").format(
                status=text, date=QLocale().toString(when.date(), QLocale.FormatType.ShortFormat))
        if self.dirty:
            text += " · " + self.tr("unsaved changes")
        self.status_label.setText(text)
        title = self.title_edit.text().strip() or self.tr("New proposal")
        self.setWindowTitle(self.tr("{title} — proposal for {name}").format(
            title=title, name=self.contact_name))
        self.sent_button.setEnabled(self.status == "draft")
        self.accepted_button.setEnabled(self.status in ("draft", "sent"))
        self.declined_button.setEnabled(self.status in ("draft", "sent"))
        self.agreement_button.setVisible(self.status == "accepted")

    def _show_note(self, text: str) -> None:
        self.message_label.setStyleSheet("color: gray;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_problem(self, text: str) -> None:
        self.message_label.setStyleSheet("color: %s;" % error_color())
        self.message_label.setText("⚠ " + text)
        self.message_label.show()

    def may_close(self) -> bool:
        """True when nothing unsaved would be lost (after asking, if need be)."""
        if not (self.dirty and self.body.toPlainText().strip()):
            return True
        answer = self.ask_unsaved()
        if answer == questions.SAVE:
            return self.save() is not None
        return answer == questions.DISCARD

    def closeEvent(self, event) -> None:
        if not self.may_close():
            event.ignore()
            return
        self._may_go = True
        super().closeEvent(event)  # QDialog's calls reject()

    def reject(self) -> None:  # Escape, and the Close button
        if getattr(self, "_may_go", False) or self.may_close():
            self._may_go = False
            super().reject()

    def _ask_unsaved(self) -> str:
        return questions.ask_unsaved(
            self, self.tr("The proposal has changes that are not saved. Save them?"))

    # -- formatting --------------------------------------------------------------------------

    def _formatting_actions(self) -> None:
        bar = self.format_bar
        bar.setIconSize(bar.iconSize())

        def toggle(text: str, tip: str, keys, slot) -> QAction:
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setShortcut(keys)
            action.setCheckable(True)
            action.triggered.connect(slot)
            bar.addAction(action)
            return action

        self.bold_action = toggle(self.tr("B"), self.tr("Bold (Ctrl+B)"),
                                  QKeySequence(QKeySequence.StandardKey.Bold), self._bold)
        self.italic_action = toggle(self.tr("I"), self.tr("Italic (Ctrl+I)"),
                                    QKeySequence(QKeySequence.StandardKey.Italic), self._italic)
        self.underline_action = toggle(self.tr("U"), self.tr("Underline (Ctrl+U)"),
                                       QKeySequence(QKeySequence.StandardKey.Underline),
                                       self._underline)
        for action, style in ((self.bold_action, "font-weight: bold;"),
                              (self.italic_action, "font-style: italic;"),
                              (self.underline_action, "text-decoration: underline;")):
            button = bar.widgetForAction(action)
            if button is not None:
                button.setStyleSheet(f"QToolButton {{ {style} min-width: 22px; }}")
        bar.addSeparator()
        self.bullets_action = QAction(self.tr("• List"), self)
        self.bullets_action.setToolTip(self.tr("Bulleted list (Ctrl+Shift+8)"))
        self.bullets_action.setShortcut(QKeySequence("Ctrl+Shift+8"))
        self.bullets_action.triggered.connect(lambda: self._list(QTextListFormat.Style.ListDisc))
        self.numbers_action = QAction(self.tr("1. List"), self)
        self.numbers_action.setToolTip(self.tr("Numbered list (Ctrl+Shift+7)"))
        self.numbers_action.setShortcut(QKeySequence("Ctrl+Shift+7"))
        self.numbers_action.triggered.connect(
            lambda: self._list(QTextListFormat.Style.ListDecimal))
        bar.addAction(self.bullets_action)
        bar.addAction(self.numbers_action)
        self.body.currentCharFormatChanged.connect(self._format_shown)

    def _merge(self, text_format: QTextCharFormat) -> None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(text_format)
        self.body.mergeCurrentCharFormat(text_format)

    def _bold(self, on: bool) -> None:
        text_format = QTextCharFormat()
        text_format.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(text_format)

    def _italic(self, on: bool) -> None:
        text_format = QTextCharFormat()
        text_format.setFontItalic(on)
        self._merge(text_format)

    def _underline(self, on: bool) -> None:
        text_format = QTextCharFormat()
        text_format.setFontUnderline(on)
        self._merge(text_format)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # the same list again: the chosen paragraphs leave it
            document = self.body.document()
            block = document.findBlock(cursor.selectionStart())
            last = document.findBlock(cursor.selectionEnd())
            cursor.beginEditBlock()
            while block.isValid():
                listed = block.textList()
                if listed is not None:
                    listed.remove(block)
                    plain = QTextCursor(block)
                    block_format = plain.blockFormat()
                    block_format.setIndent(0)
                    plain.setBlockFormat(block_format)
                if block == last:
                    break
                block = block.next()
            cursor.endEditBlock()
            return
        list_format = QTextListFormat()
        list_format.setStyle(style)
        cursor.createList(list_format)

    def _format_shown(self, text_format: QTextCharFormat) -> None:
        self.bold_action.setChecked(text_format.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(text_format.fontItalic())
        self.underline_action.setChecked(text_format.fontUnderline())
