# Over 400 lines: one page; its list, source, variables and preview act on one template.
"""The template editor: built-in and own letter templates side by side, the jinja2
source, the variables a template can use, and a live preview for a chosen contact.

Built-ins are never changed: saving one makes the user's own copy
(``letter_templates.copy_template``) and the editor moves to it. The preview renders
through the sandbox off the UI thread (``letter_renderer``), a moment after typing stops,
so a runaway template is stopped by the sandbox's deadline while the window stays
responsive.
Errors appear with their line ("Line 3: …") under the source, never as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.documents.context import (
    TEMPLATE_FILTERS,
    TEMPLATE_VARIABLES,
    describe,
    sample_context,
)
from coopeten_gui.services import letter_context, letter_rendering, letter_templates, templates
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_rendering import Letter
from coopeten_gui.services.letter_templates import LetterTemplate
from coopeten_gui.ui.kit import pickers, questions
from coopeten_gui.ui.kit.letter_renderer import LetterRenderer
from coopeten_gui.ui.kit.palette import error_color, is_dark
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.pages.plain_template import (
    PlainTemplateEdit,
    choose_plain_mode,
    plain_mode_chosen,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
INSERT_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_DELAY_MS = 300


def language_name(code: str) -> str:
    """Each language named in itself, as the Settings page does."""
    return {"es": "Español", "en": "English"}.get(code, code)


class TemplateEditor(QWidget):
    """Signals:
        data_changed(): a template was saved, renamed or moved to the trash.
        status_message(str): something to show in the status bar.
    """

    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: LetterTemplate | None = None
        self.dirty = False
        self._loading = False
        self._preview_document: QTextDocument | None = None

        # the list of templates
        self.template_list = QListWidget(self)
        self.template_list.setObjectName("template_list")
        self.template_list.setMinimumWidth(200)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setToolTip(self.tr("A new template of your own"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.rename_button = QPushButton(self.tr("Rena&me…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Move this template to the trash"))
        list_buttons = QGridLayout()
        for index, button in enumerate((self.new_button, self.duplicate_button,
                                        self.rename_button, self.delete_button)):
            list_buttons.addWidget(button, index // 2, index % 2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Templates"), left))
        left_layout.addWidget(self.template_list, 1)
        left_layout.addLayout(list_buttons)

        # the source
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("template_name")
        self.language_combo = QComboBox(self)
        for code in letter_templates.LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setPlaceholderText(self.tr("Email subject, e.g. A proposal for "
                                                     "{{ contact.organization }}"))
        self.builtin_notice = QLabel(self.tr(
            "This is a built-in template: it stays as it is. Your changes are saved as your "
            "own copy."), self)
        self.builtin_notice.setWordWrap(True)
        self.builtin_notice.setObjectName("builtin_notice")
        self.source_edit = QPlainTextEdit(self)
        self.source_edit.setObjectName("template_source")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.source_edit.setFont(mono)
        self.source_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source_edit.setTabChangesFocus(False)
        # plain mode (the letter's text, fields as named chips) or the jinja2 source
        self.plain_edit = PlainTemplateEdit(self)
        self.mode_bar = QTabBar(self)
        self.mode_bar.setObjectName("template_mode")
        self.mode_bar.addTab(self.tr("Letter"))
        self.mode_bar.addTab(self.tr("Source (jinja2)"))
        self.editors = QStackedWidget(self)
        self.editors.addWidget(self.plain_edit)
        self.editors.addWidget(self.source_edit)
        self.error_label = plain(QLabel(self))
        self.error_label.setObjectName("template_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes since the last save"))
        form = QFormLayout()
        form.addRow(self.tr("Na&me"), self.name_edit)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("Su&bject"), self.subject_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error_label, 1)
        save_row.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(form)
        middle_layout.addWidget(self.builtin_notice)
        middle_layout.addWidget(self.mode_bar)
        middle_layout.addWidget(self.editors, 1)
        middle_layout.addLayout(save_row)

        # variables and preview
        self.variables = QTreeWidget(self)
        self.variables.setObjectName("template_variables")
        self.variables.setHeaderLabels([self.tr("Variable"), self.tr("Meaning")])
        self.variables.setRootIsDecorated(True)
        self.variables.setToolTip(self.tr("Double-click to insert into the template"))
        self._fill_variables()
        self.preview_contact = pickers.ContactPicker(self)
        self.preview_contact.setPlaceholderText(self.tr("Sample data — type a contact's name"))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("template_preview")
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        picker_row = QHBoxLayout()
        picker_row.addWidget(QLabel(self.tr("Preview for"), preview_box))
        picker_row.addWidget(self.preview_contact, 1)
        preview_layout.addLayout(picker_row)
        preview_layout.addWidget(self.preview, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.variables)
        right.addWidget(preview_box)
        right.setSizes([220, 480])

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.renderer = LetterRenderer(self)
        self.renderer.rendered.connect(self._show_preview)
        self.renderer.failed.connect(self._show_error)
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)

        self.template_list.currentItemChanged.connect(self._chosen)
        self.source_edit.textChanged.connect(self._edited)
        self.plain_edit.edited.connect(self._plain_edited)
        self.mode_bar.setCurrentIndex(0 if plain_mode_chosen() else 1)
        self.editors.setCurrentIndex(self.mode_bar.currentIndex())
        # the jinja2 variables and filters are for the source; plain mode has its list
        self.variables.setVisible(not self.plain_mode())
        self.mode_bar.currentChanged.connect(self._mode_chosen)
        self.subject_edit.textChanged.connect(self._edited)
        self.name_edit.textEdited.connect(self._edited)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.variables.itemDoubleClicked.connect(self._insert_variable)
        self.preview_contact.contact_changed.connect(lambda _id: self.preview_timer.start())
        self.new_button.clicked.connect(lambda: self.new_template())
        self.duplicate_button.clicked.connect(lambda: self.duplicate())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(lambda: self.save())
        self.addAction(save_action)
        self._templates: dict[str, LetterTemplate] = {}
        self._loaded = False  # templates are read when the editor is first shown

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    # -- the list -----------------------------------------------------------------------------

    def reload(self, select: str | None = None, load: bool = True) -> None:
        """Fill the list again and select ``select`` (default: the current template).

        The editor is loaded with the selected template unless ``load`` is False or the
        current one has unsaved changes and stays selected."""
        self._loaded = True
        select = select or (self.current.key if self.current else None)
        self._templates = {t.key: t for t in letter_templates.list_templates()}
        blocked = self.template_list.blockSignals(True)
        self.template_list.clear()
        for template in self._templates.values():
            if template.builtin:
                text = self.tr("{title} — built-in, {language}").format(
                    title=template.title, language=template.language)
            else:
                text = f"{template.name} — {template.language}"
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, template.key)
            if template.builtin:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("Built-in: saving changes makes your own copy"))
            self.template_list.addItem(item)
        row = next((i for i in range(self.template_list.count())
                    if self.template_list.item(i).data(KEY_ROLE) == select), 0)
        if self.template_list.count():
            self.template_list.setCurrentRow(row)
        self.template_list.blockSignals(blocked)
        if not self.template_list.count() or not load:
            return
        key = self.template_list.item(row).data(KEY_ROLE)
        keep = self.dirty and self.current is not None and self.current.key == key
        if not keep:
            self.dirty = False
            self._load(self._templates[key])

    def select(self, key: str) -> bool:
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(KEY_ROLE) == key:
                self.template_list.setCurrentRow(row)
                return True
        return False

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        template = self._templates.get(item.data(KEY_ROLE))
        if template is None or (self.current is not None and template.key == self.current.key):
            return
        if self.dirty and not self._may_leave():
            blocked = self.template_list.blockSignals(True)
            self.template_list.setCurrentItem(previous)
            self.template_list.blockSignals(blocked)
            return
        self._load(template)

    def _load(self, template: LetterTemplate) -> None:
        self._loading = True
        self.current = template
        self.name_edit.setText(template.title if template.builtin else template.name)
        self.name_edit.setReadOnly(template.builtin)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(template.language)))
        self.language_combo.setEnabled(not template.builtin)
        self.subject_edit.setText(template.subject)
        self.source_edit.setPlainText(template.source)
        self.plain_edit.set_source(template.source)
        self.builtin_notice.setVisible(template.builtin)
        self.rename_button.setEnabled(not template.builtin)
        self.delete_button.setEnabled(not template.builtin)
        self._loading = False
        self.dirty = False
        self.revert_button.setEnabled(False)
        self.refresh_preview()

    # -- editing ------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.revert_button.setEnabled(True)
        self.preview_timer.start()

    def _language_changed(self) -> None:
        self._edited()

    def language(self) -> str:
        return self.language_combo.currentData() or "en"

    def edited_template(self) -> LetterTemplate | None:
        """The template as it stands in the editor (saved or not)."""
        if self.current is None:
            return None
        c = self.current
        return LetterTemplate(
            name=c.name, title=c.title if c.builtin else self.name_edit.text().strip() or c.name,
            language=self.language(), kind=c.kind, source=self.source_edit.toPlainText(),
            subject=self.subject_edit.text(), template_id=c.template_id, based_on=c.based_on)

    def plain_mode(self) -> bool:
        return self.mode_bar.currentIndex() == 0

    def _mode_chosen(self, index: int) -> None:
        choose_plain_mode(index == 0)
        if index == 0:
            self.plain_edit.set_source(self.source_edit.toPlainText())
        self.editors.setCurrentIndex(index)
        self.variables.setVisible(index == 1)

    def _plain_edited(self, source: str) -> None:
        cursor = self.source_edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(source)  # one step of the source's undo

    def _insert_variable(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        text = item.data(0, INSERT_ROLE)
        if not text:
            return
        cursor = self.source_edit.textCursor()
        cursor.insertText(text)
        self.source_edit.setTextCursor(cursor)
        self.source_edit.setFocus()

    def _fill_variables(self) -> None:
        variables = QTreeWidgetItem(self.variables, [self.tr("Variables"), ""])
        for name, meaning in describe(TEMPLATE_VARIABLES):
            item = QTreeWidgetItem(variables, [name, meaning])
            item.setData(0, INSERT_ROLE, "{{ %s }}" % name)
            item.setToolTip(1, meaning)
        filters = QTreeWidgetItem(self.variables, [self.tr("Filters"), ""])
        for usage, meaning in describe(TEMPLATE_FILTERS):
            item = QTreeWidgetItem(filters, [usage, meaning])
            item.setData(0, INSERT_ROLE, "|" + usage.split("|", 1)[1])
            item.setToolTip(1, meaning)
        for top in (variables, filters):
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        variables.setExpanded(True)
        filters.setExpanded(True)
        self.variables.setColumnWidth(0, 190)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> str | None:
        """Save what is in the editor; a built-in becomes the user's own copy. The key of
        the template saved, or None when nothing could be saved."""
        edited = self.edited_template()
        if edited is None:
            return None
        try:
            if edited.builtin:
                new_id = letter_templates.copy_template(self.current, source=edited.source,
                                               subject=edited.subject)
                key = f"user:{new_id}"
                message = self.tr("Saved as your own template “{name}”; the built-in stays "
                                  "as it was.")
            else:
                templates.update(edited.template_id, templates.TemplateData(
                    name=edited.title, body=edited.source, language=edited.language,
                    kind=edited.kind if edited.kind in templates.KINDS else "letter",
                    subject=edited.subject, based_on=edited.based_on))
                key = edited.key
                message = self.tr("Template “{name}” saved.")
        except ServiceError as error:
            self._show_error(str(error), 0)
            return None
        self.dirty = False
        self.current = None
        self.reload(select=key)
        self.status_message.emit(message.format(name=self.current.name if self.current else ""))
        self.data_changed.emit()
        return key

    def revert(self) -> None:
        if self.current is not None:
            self.dirty = False
            self._load(self._templates.get(self.current.key, self.current))

    def new_template(self, name: str = "") -> str | None:
        if self.dirty and not self._may_leave():
            return None
        language = self.language()
        body = self.tr(
            "<p align=\"right\">{{ today|date }}</p>\n"
            "<p>Dear {{ contact.given_name or contact.display_name }},</p>\n"
            "<p></p>\n"
            "<p>Kind regards,</p>\n")
        try:
            new_id = templates.create(templates.TemplateData(
                name=name or self.tr("New template"), body=body, language=language))
        except ServiceError as error:
            self._show_error(str(error), 0)
            return None
        self.dirty = False
        self.current = None
        self.reload(select=f"user:{new_id}")
        self.data_changed.emit()
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return f"user:{new_id}"

    def duplicate(self) -> str | None:
        if self.current is None or (self.dirty and not self._may_leave()):
            return None
        new_id = letter_templates.copy_template(self.current)
        self.dirty = False
        self.current = None
        self.reload(select=f"user:{new_id}")
        self.data_changed.emit()
        return f"user:{new_id}"

    def rename(self, name: str | None = None) -> bool:
        """Give the current template of the user's a new name (unsaved edits stay)."""
        if self.current is None or self.current.builtin:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename template"),
                                            self.tr("New name"), text=self.current.name)
            if not ok:
                return False
        row = templates.get(self.current.template_id)
        try:
            templates.update(row.id, templates.TemplateData(
                name=name, body=row.body, language=row.language, kind=row.kind,
                subject=row.subject, based_on=row.based_on))
        except ServiceError as error:
            self._show_error(str(error), 0)
            return False
        self._loading = True
        self.name_edit.setText(name.strip())
        self._loading = False
        self.current = letter_templates.user_template(row.id) if not self.dirty else LetterTemplate(
            **{**self.current.__dict__, "name": name.strip(), "title": name.strip()})
        self.reload(select=self.current.key, load=False)
        self.data_changed.emit()
        return True

    def delete(self) -> bool:
        if self.current is None or self.current.builtin:
            return False
        if not questions.confirm(self, self.tr("Delete template"),
                               self.tr("Move “{name}” to the trash?").format(
                                   name=self.current.name), self.tr("Move to trash")):
            return False
        templates.trash([self.current.template_id])
        self.dirty = False
        self.current = None
        self.reload()
        self.data_changed.emit()
        return True

    def _may_leave(self) -> bool:
        """Save / Discard / Cancel, the question every form asks."""
        answer = questions.ask_unsaved(
            self, self.tr("Your changes to “{name}” are not saved. Save them?").format(
                name=self.current.title if self.current else ""))
        if answer == questions.SAVE:
            return self.save() is not None
        return answer == questions.DISCARD

    # -- the preview --------------------------------------------------------------------------

    def preview_context(self, language: str) -> tuple[dict, bytes | None]:
        """The chosen contact's context, or the sample data under the user's profile."""
        values, logo = letter_context.profile_context(language)
        contact_id = self.preview_contact.contact_id()
        if contact_id:
            return letter_context.build_context(contact_id, language, profile_values=values), logo
        context = sample_context(language)
        if values.get("name"):
            context["profile"] = values
        else:
            logo = None
        return context, logo

    def refresh_preview(self) -> None:
        """Render now (off the UI thread); the result or the error shows when it is ready."""
        self.preview_timer.stop()
        template = self.edited_template()
        if template is None:
            return
        language = template.language
        try:
            context, self._preview_logo = self.preview_context(language)
        except ServiceError as error:
            self._show_error(str(error), 0)
            return
        self._preview_profile = context["profile"]
        self._preview_language = language
        self.error_label.setText(self.tr("Rendering the preview…"))
        self.error_label.setStyleSheet("color: gray;")
        self.renderer.request(template, context, language)

    def _show_preview(self, body: str, subject: str) -> None:
        letter = Letter(body_html=body, subject=subject, language=self._preview_language,
                        profile=self._preview_profile, logo=self._preview_logo)
        document = letter_rendering.document(letter)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if self._preview_document is not None:
            self._preview_document.deleteLater()
        self._preview_document = document
        self.error_label.setText(self.tr("No errors. Subject: {subject}").format(subject=subject))
        self.error_label.setStyleSheet("color: gray;")
        warning = letter_context.profile_warning(self._preview_language)
        if warning:  # the letter borrows texts of the other language from My business
            self.error_label.setText(self.error_label.text() + "\n⚠ " + warning)
            self.error_label.setStyleSheet(f"color: {error_color()};")
        self._mark_line(0)

    def _show_error(self, message: str, line: int) -> None:
        self.error_label.setText("⚠ " + message)
        self.error_label.setStyleSheet(f"color: {error_color()};")
        self._mark_line(line)

    def _mark_line(self, line: int) -> None:
        """Tint the line the error is on (or none)."""
        block = self.source_edit.document().findBlockByNumber(line - 1) if line else None
        if block is None or not block.isValid():
            self.source_edit.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        text_format = QTextCharFormat()
        text_format.setBackground(QColor("#5a1d1d" if is_dark() else "#fde2e2"))
        text_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = text_format
        selection.cursor = QTextCursor(block)
        self.source_edit.setExtraSelections([selection])

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
