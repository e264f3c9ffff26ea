"""Creating and editing a contact.

The dialog takes a ``ContactData`` in and hands one back; saving is the caller's
``save`` function (which calls the service). When the service refuses the data with a
``ValidationError``, the message appears in red under the field it names, that field
takes the focus, and the dialog stays open with everything typed still there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coopeten_gui.services import contacts, labels
from coopeten_gui.services.common import ServiceError, ValidationError, errors_of, is_email
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit.background import run_in_background
from coopeten_gui.ui.kit.choices import fill_combo
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.forms import AddressesEditor, ErrorLabel, LabeledValuesEditor
from coopeten_gui.ui.kit.photo_picker import PhotoPicker
from coopeten_gui.ui.kit.pickers import ContactPicker, OptionalDateEdit, TagsEdit
from coopeten_gui.ui.kit.unsaved import GuardedDialog


class ContactDialog(GuardedDialog):
    """Signals: the QDialog ones; ``accepted`` comes only after ``save`` succeeded."""

    def __init__(self, data: ContactData | None = None,
                 save: Callable[[ContactData], object] | None = None,
                 contact_id: int | None = None, introduced_by_name: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self._original = data or ContactData()
        self._save = save
        self._contact_id = contact_id
        self.result_value: object = None
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build(introduced_by_name)
        self._load(self._original)
        self.resize(880, 600)
        fit_to_screen(self)
        self.track_changes()  # Esc or Cancel ask before dropping what was typed

    # -- in and out -------------------------------------------------------------------------

    def data(self) -> ContactData:
        """What the form holds, on top of the fields the form does not show."""
        data = replace(self._original)
        data.given_name = self.given_name.text().strip()
        data.family_name = self.family_name.text().strip()
        if (data.given_name, data.family_name) != (self._original.given_name,
                                                   self._original.family_name):
            # the formatted name follows the parts the user just edited
            data.display_name = ""
        data.organization_name = self.organization.currentText().strip()
        data.job_title = self.job_title.text().strip()
        data.prefix = self.prefix.text().strip()
        data.middle_name = self.middle_name.text().strip()
        data.suffix = self.suffix.text().strip()
        data.nickname = self.nickname.text().strip()
        data.department = self.department.text().strip()
        if (data.prefix, data.middle_name, data.suffix) != (
                self._original.prefix, self._original.middle_name, self._original.suffix):
            data.display_name = ""
        data.language = self.language.currentData()
        data.anniversary = self.anniversary.value()
        data.keep_in_touch_weeks = self.keep_in_touch.value()
        data.photo, data.photo_type = self.photo.photo()
        data.emails = self.emails.values()
        data.phones = self.phones.values()
        data.urls = self.urls.values()
        data.addresses = self.addresses.values()
        data.birthday = self.birthday.value()
        data.stage = self.stage.currentData()
        data.tags = self.tags.tags()
        data.audience_size = self.audience.value()
        data.met_event_id = self.met_event.currentData() or None
        data.met_where = self.met_where.text().strip()
        data.introduced_by_id = self.introduced_by.contact_id()
        data.notes = self.notes.toPlainText()
        return data

    def accept(self) -> None:
        self.clear_errors()
        data = self.data()
        if self._save is not None:
            try:
                self.result_value = self._save(data)
            except ValidationError as error:
                # every field at fault at once; the cursor goes to the first
                for one in reversed(errors_of(error)):
                    self.show_error(one.field, one.message)
                return
            except ServiceError as error:  # the database refused the write (read-only…)
                self.show_error("", str(error))
                return
        self.saved_data = data
        super().accept()

    # -- errors beside fields -------------------------------------------------------------

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field) or self._errors[""]
        label.show_message(message)
        widget = self._fields.get(field)
        if field == "emails":
            widget = next((e for e in self.emails.value_edits()
                           if e.text().strip() and not is_email(e.text().strip())), widget)
        elif field == "phones":
            bad = [e for e in self.phones.value_edits() if e.text().strip()
                   and e.text().strip() in message]
            widget = bad[0] if bad else widget
        if widget is not None:
            self.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear_message()

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    # -- building -------------------------------------------------------------------------

    def _build(self, introduced_by_name: str) -> None:
        body = QWidget()
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.given_name = QLineEdit()
        self.given_name.setObjectName("given_name")
        self.family_name = QLineEdit()
        self.family_name.setObjectName("family_name")
        names = QHBoxLayout()
        names.addWidget(self.given_name)
        names.addWidget(self.family_name)
        self.given_name.setPlaceholderText(self.tr("Given name"))
        self.family_name.setPlaceholderText(self.tr("Family name"))
        self._add(left, self.tr("&Name"), names, "given_name", self.given_name)
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("Prefix"))
        self.prefix.setToolTip(self.tr("Dr., Ms., Prof.…"))
        self.middle_name = QLineEdit()
        self.middle_name.setPlaceholderText(self.tr("Middle name"))
        self.suffix = QLineEdit()
        self.suffix.setPlaceholderText(self.tr("Suffix"))
        self.suffix.setToolTip(self.tr("Jr., PhD…"))
        parts = QHBoxLayout()
        for edit, stretch in ((self.prefix, 3), (self.middle_name, 4), (self.suffix, 2)):
            parts.addWidget(edit, stretch)
        self._add(left, self.tr("Name &parts"), parts, "prefix", self.prefix)
        self.nickname = QLineEdit()
        self._add(left, self.tr("Nic&kname"), self.nickname, "nickname")

        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_combo(self.organization, "", 0, [])
        # every organization's name, read on a worker (200,000 at a million contacts, over a
        # third of a second) and offered once read; a name typed meanwhile is kept
        run_in_background(None, lambda _progress: contacts.organization_choices(),
                          on_done=self._organizations_read,
                          on_error=lambda _error: None)  # nothing offered: a name typed is saved
        self.organization.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organization.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.lineEdit().setPlaceholderText(self.tr("Business they belong to"))
        self._add(left, self.tr("&Organization"), self.organization, "organization_name")

        self.job_title = QLineEdit()
        self._add(left, self.tr("&Job title"), self.job_title, "job_title")
        self.department = QLineEdit()
        self._add(left, self.tr("&Department"), self.department, "department")

        kinds = [("work", self.tr("work")), ("home", self.tr("home")),
                 ("other", self.tr("other"))]
        self.emails = LabeledValuesEditor(kinds, self.tr("name@example.com"),
                                          self.tr("+ Add an email"))
        self._add(left, self.tr("&Emails"), self.emails, "emails")
        phone_kinds = [("cell", self.tr("mobile")), ("work", self.tr("work")),
                       ("home", self.tr("home")), ("other", self.tr("other"))]
        self.phones = LabeledValuesEditor(phone_kinds, self.tr("+34 600 000 000"),
                                          self.tr("+ Add a phone"))
        self._add(left, self.tr("&Phones"), self.phones, "phones")
        url_kinds = [("work", self.tr("website")), ("social", self.tr("social")),
                     ("other", self.tr("other"))]
        self.urls = LabeledValuesEditor(url_kinds, "https://", self.tr("+ Add a link"))
        self._add(left, self.tr("&Links"), self.urls, "urls")
        self.addresses = AddressesEditor(kinds)
        self._add(left, self.tr("Addresses"), self.addresses, "addresses")

        self.stage = QComboBox()
        for code in contacts.STAGES:
            self.stage.addItem(labels.stage(code), code)
        self._add(right, self.tr("&Stage"), self.stage, "stage")
        self.tags = TagsEdit()
        self._add(right, self.tr("&Tags"), self.tags, "tags")
        self.audience = QSpinBox()
        self.audience.setRange(0, 2_000_000_000)
        self.audience.setGroupSeparatorShown(True)
        self.audience.setToolTip(self.tr("How many people they can reach: subscribers, "
                                         "followers, customers"))
        self._add(right, self.tr("&Audience size"), self.audience, "audience_size")
        self.birthday = OptionalDateEdit()
        self._add(right, self.tr("&Birthday"), self.birthday, "birthday")
        self.anniversary = OptionalDateEdit()
        self._add(right, self.tr("Anni&versary"), self.anniversary, "anniversary")
        self.keep_in_touch = QSpinBox()
        self.keep_in_touch.setRange(0, 520)
        self.keep_in_touch.setSpecialValueText(self.tr("no reminder"))
        self.keep_in_touch.setSuffix(self.tr(" weeks"))
        self.keep_in_touch.setToolTip(self.tr("Today reminds you when this long has passed "
                                              "since your last contact with them"))
        self._add(right, self.tr("Keep in touch e&very"), self.keep_in_touch,
                  "keep_in_touch_weeks")
        self.language = QComboBox()
        for code, name in (("", self.tr("Not set")), ("es", "Español"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The language of the letters written to them"))
        self._add(right, self.tr("Lan&guage"), self.language, "language")
        self.photo = PhotoPicker()
        self._add(right, self.tr("P&hoto"), self.photo, "photo")
        self.met_event = QComboBox()
        fill_combo(self.met_event, self.tr("—"), 0,
                   contacts.event_choices())
        self._add(right, self.tr("&Met at event"), self.met_event, "met_event_id")
        self.met_where = QLineEdit()
        self.met_where.setPlaceholderText(self.tr("Or where, if not at an event"))
        self._add(right, self.tr("Met &where"), self.met_where, "met_where")
        self.introduced_by = ContactPicker(exclude=self._contact_id)
        self.introduced_by.set_contact(self._original.introduced_by_id, introduced_by_name)
        self._add(right, self.tr("&Introduced by"), self.introduced_by, "introduced_by_id")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(120)
        self._add(right, self.tr("N&otes"), self.notes, "notes")

        columns = QGridLayout(body)
        columns.addLayout(left, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        columns.addWidget(line, 0, 1)
        columns.addLayout(right, 0, 2)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(2, 2)
        columns.setRowStretch(1, 1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self._errors[""] = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self._errors[""])
        layout.addWidget(self.buttons)
        # Ctrl+Enter saves from anywhere, even inside the notes
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)

    def _add(self, form: QFormLayout, label: str, field, name: str,
             focus: QWidget | None = None) -> None:
        error = ErrorLabel()
        self._errors[name] = error
        holder = QVBoxLayout()
        holder.setSpacing(1)
        if isinstance(field, QWidget):
            holder.addWidget(field)
            self._fields[name] = focus or field
        else:
            holder.addLayout(field)
            self._fields[name] = focus
        holder.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(focus or field if isinstance(field, QWidget) else focus)
        form.addRow(caption, holder)

    def _organizations_read(self, choices: list[tuple[str, int]]) -> None:
        if not isValid(self):
            return
        edit = self.organization.lineEdit()
        text, cursor = edit.text(), edit.cursorPosition()
        tracker = getattr(self, "changes", None)
        if tracker is not None:
            tracker.paused = True  # the list filled in is no edit of the user's
        try:
            fill_combo(self.organization, "", 0, choices)
            self.organization.setEditText(text)
            edit.setCursorPosition(cursor)
        finally:
            if tracker is not None:
                tracker.paused = False

    def _load(self, data: ContactData) -> None:
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.organization.setEditText(data.organization_name)
        self.job_title.setText(data.job_title)
        self.prefix.setText(data.prefix)
        self.middle_name.setText(data.middle_name)
        self.suffix.setText(data.suffix)
        self.nickname.setText(data.nickname)
        self.department.setText(data.department)
        language = self.language.findData(data.language or "")
        if language < 0:  # a language the list does not offer (imported): kept as it is
            self.language.addItem(data.language, data.language)
            language = self.language.count() - 1
        self.language.setCurrentIndex(language)
        self.anniversary.set_value(data.anniversary)
        self.keep_in_touch.setValue(data.keep_in_touch_weeks or 0)
        self.photo.set_photo(data.photo, data.photo_type)
        self.emails.set_values(data.emails)
        self.phones.set_values(data.phones)
        self.urls.set_values(data.urls)
        self.addresses.set_values(data.addresses)
        self.birthday.set_value(data.birthday)
        self.stage.setCurrentIndex(max(0, self.stage.findData(data.stage or "new")))
        self.tags.set_tags(data.tags)
        self.audience.setValue(data.audience_size or 0)
        self.met_event.setCurrentIndex(max(0, self.met_event.findData(data.met_event_id or 0)))
        self.met_where.setText(data.met_where)
        self.notes.setPlainText(data.notes)
        self.given_name.setFocus()
