"""Adding and editing a follow-up, rescheduling one, and the small form pieces they share.

``FollowupDialog`` is meant to be opened from anywhere — a contact, an event, a proposal:

    dialog = FollowupDialog(parent, contact_id=42)
    if dialog.exec():
        print(dialog.task_id)

It saves through ``services.followups`` when the user presses Save and shows what the
service refuses beside the offending field, keeping everything typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services import events, followups, labels, proposals
from coopeten_gui.services.common import ServiceError, ValidationError, errors_of
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.forms import ErrorLabel, save_cancel
from coopeten_gui.ui.kit.pickers import ContactPicker
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.kit.unsaved import GuardedDialog

# -- small shared pieces ------------------------------------------------------------------


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def date_time_edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(edit.locale().dateTimeFormat(edit.locale().FormatType.ShortFormat)
                          .replace("yy", "yyyy").replace("yyyyyyyy", "yyyy"))
    return edit


class FormErrors:
    """Error messages shown under the fields of a form, by the service's field name: an
    ``ErrorLabel`` under each, every field at fault marked at once."""

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def field(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """The widget with its (hidden) error line under it, to put in a layout."""
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel(box)  # plain text: messages quote what was typed
        label.setObjectName(f"error_{name}")
        layout.addWidget(label)
        for key in (name, *aliases):
            self._labels[key] = label
            self._widgets[key] = widget
        return box

    def label(self, name: str) -> ErrorLabel | None:
        return self._labels.get(name)

    def show(self, error: ServiceError, fallback: str = "") -> QWidget | None:
        """Show each message beside its field (or the fallback one); focus the first."""
        first = None
        for one in errors_of(error):
            name = getattr(one, "field", "") or ""
            if name not in self._labels:
                name = fallback
            label = self._labels.get(name)
            if label is None:
                continue
            shown = label.text()[2:] if label.isVisibleTo(label.parentWidget()) else ""
            label.show_message("\n".join(filter(None, (shown, str(one)))))
            first = first or self._widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def clear(self) -> None:
        for label in set(self._labels.values()):
            label.clear_message()

    def visible_messages(self) -> list[str]:
        return [label.text() for label in set(self._labels.values()) if label.text()]


# -- the dialogs ----------------------------------------------------------------------------


class FollowupDialog(GuardedDialog):
    """Add or edit one follow-up; optionally linked to a contact, event or proposal.

    Signals:
        task_saved(int): the follow-up was saved (its id).
    """

    task_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None, task_id: int | None = None,
                 contact_id: int | None = None, event_id: int | None = None,
                 proposal_id: int | None = None, default_days: int | None = None) -> None:
        super().__init__(parent)
        self.task_id = task_id
        self._proposal_id = proposal_id
        existing = followups.get(task_id) if task_id else None
        if existing is not None:
            contact_id = existing.contact_id
            event_id = existing.event_id
            self._proposal_id = existing.proposal_id
        self.setWindowTitle(self.tr("Edit follow-up") if existing else self.tr("New follow-up"))
        self.errors = FormErrors()

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What to do, e.g. “Call María about the "
                                                   "newsletter swap”"))
        days = default_days if default_days is not None else Options().follow_up_days
        self.due_edit = date_time_edit(self, existing.due_at if existing
                                       else followups.default_due(days))
        self.priority_combo = QComboBox(self)
        for level in (0, 1, 2):
            self.priority_combo.addItem(labels.priority(level), level)
        # the longer hint is catalogued under the picker, where it was first written
        self.contact_picker = ContactPicker(self, placeholder=translate(
            "ContactPicker", "Type a name to find the contact…"))
        self.event_combo = QComboBox(self)
        self.event_combo.addItem(self.tr("(no event)"), None)
        for row in events.list_events(limit=500):
            self.event_combo.addItem(row.name, row.id)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.errors.field("title", self.title_edit))
        form.addRow(self.tr("&Due"), self.errors.field("due_at", self.due_edit))
        form.addRow(self.tr("&Priority"), self.errors.field("priority", self.priority_combo))
        form.addRow(self.tr("&Contact"), self.errors.field("contact_id", self.contact_picker))
        form.addRow(self.tr("&Event"), self.errors.field("event_id", self.event_combo))
        if self._proposal_id:
            proposal = proposals.get(self._proposal_id)
            form.addRow(self.tr("Proposal"), plain(QLabel(proposal.title, self)))
        form.addRow(self.tr("&Notes"), self.errors.field("notes", self.notes_edit))

        self.buttons = save_cancel(self, form, 520)

        if existing is not None:
            self.title_edit.setText(existing.title)
            self.priority_combo.setCurrentIndex(self.priority_combo.findData(existing.priority))
            self.notes_edit.setPlainText(existing.notes)
        else:
            self.priority_combo.setCurrentIndex(self.priority_combo.findData(1))
        if contact_id:
            self.contact_picker.set_contact(contact_id)
            if existing is None:
                self.title_edit.setText(self.tr("Follow up with {name}").format(
                    name=self.contact_picker.text()))
        if event_id:
            index = self.event_combo.findData(event_id)
            if index < 0:
                self.event_combo.addItem(events.get(event_id).name, event_id)
                index = self.event_combo.count() - 1
            self.event_combo.setCurrentIndex(index)
        self.title_edit.selectAll()
        self.title_edit.setFocus()
        self.track_changes()  # Esc or Cancel ask before dropping what was typed

    def task_data(self) -> followups.FollowupData:
        return followups.FollowupData(
            title=self.title_edit.text(),
            due_at=from_qdatetime(self.due_edit.dateTime()),
            notes=self.notes_edit.toPlainText(),
            priority=self.priority_combo.currentData(),
            contact_id=self.contact_picker.contact_id(),
            event_id=self.event_combo.currentData(),
            proposal_id=self._proposal_id,
        )

    def accept(self) -> None:
        self.errors.clear()
        if self.contact_picker.has_unresolved_text():
            self.errors.show(ValidationError(self.tr("Choose the contact from the suggestions, "
                                                     "or leave the field empty."),
                                             "contact_id"))
            return
        data = self.task_data()
        try:
            if self.task_id:
                followups.update(self.task_id, data)
            else:
                self.task_id = followups.create(data)
        except ServiceError as exc:
            self.errors.show(exc, fallback="title")
            return
        self.task_saved.emit(self.task_id)
        super().accept()


class RescheduleDialog(QDialog):
    """Pick a new due date and time for a follow-up."""

    def __init__(self, parent: QWidget | None, current: datetime, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.when_edit = date_time_edit(self, current)
        tomorrow = QPushButton(self.tr("Tomorrow"), self)
        next_week = QPushButton(self.tr("Next week"), self)
        for button in (tomorrow, next_week):
            button.setAutoDefault(False)
        tomorrow.clicked.connect(lambda: self._in_days(1))
        next_week.clicked.connect(lambda: self._in_days(7))
        quick = QHBoxLayout()
        quick.addWidget(tomorrow)
        quick.addWidget(next_week)
        quick.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if title:
            heading = plain(QLabel(title, self))
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
        layout.addWidget(self.when_edit)
        layout.addLayout(quick)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        fit_to_screen(self)
        self.when_edit.setFocus()

    def when(self) -> datetime:
        return from_qdatetime(self.when_edit.dateTime())

    def _in_days(self, days: int) -> None:
        current = self.when()
        self.when_edit.setDateTime(to_qdatetime(followups.default_due(days).replace(
            hour=current.hour, minute=current.minute)))
