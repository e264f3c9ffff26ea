"""Adding and editing a networking event, with what is wrong shown beside each field."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coopeten_gui.services import events, labels
from coopeten_gui.services.common import (
    ServiceError,
    ValidationError,
    ValidationErrors,
    errors_of,
)
from coopeten_gui.ui.dialogs.followup_dialog import FormErrors, date_time_edit, from_qdatetime
from coopeten_gui.ui.kit.forms import save_cancel
from coopeten_gui.ui.kit.money_edit import MoneyEdit
from coopeten_gui.ui.kit.unsaved import GuardedDialog

KINDS = ("breakfast", "meetup", "fair", "conference", "webinar", "other")


class EventDialog(GuardedDialog):
    """Signals:
        event_saved(int): the event was saved (its id).
    """

    event_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None, event_id: int | None = None) -> None:
        super().__init__(parent)
        self.event_id = event_id
        existing = events.get(event_id) if event_id else None
        self.setWindowTitle(self.tr("Edit event") if existing else self.tr("New event"))
        self.errors = FormErrors()

        start = existing.starts_at if existing else \
            (datetime.now() + timedelta(days=7)).replace(hour=8, minute=30, second=0,
                                                         microsecond=0)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Networking breakfast in Ruzafa"))
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(labels.event_kind(kind), kind)
        self.starts_edit = date_time_edit(self, start)
        self.has_end = QCheckBox(self.tr("Ends"), self)
        end = existing.ends_at if existing and existing.ends_at else start + timedelta(hours=2)
        self.ends_edit = date_time_edit(self, end)
        self.place_edit = QLineEdit(self)
        self.organiser_edit = QLineEdit(self)
        self.cost_edit = MoneyEdit(self, field="cost")
        self.cost_edit.setPlaceholderText(self.tr("e.g. 15 or 12,50 — leave empty if free"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(80)

        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.has_end)
        end_layout.addWidget(self.ends_edit, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.errors.field("name", self.name_edit))
        form.addRow(self.tr("&Kind"), self.errors.field("kind", self.kind_combo))
        form.addRow(self.tr("&Starts"), self.errors.field("starts_at", self.starts_edit))
        form.addRow("", self.errors.field("ends_at", end_row))
        form.addRow(self.tr("&Place"), self.errors.field("place", self.place_edit))
        form.addRow(self.tr("&Organiser"), self.errors.field("organiser", self.organiser_edit))
        form.addRow(self.tr("&Cost"), self.errors.field("cost", self.cost_edit))
        form.addRow(self.tr("N&otes"), self.errors.field("notes", self.notes_edit))
        self.buttons = save_cancel(self, form, 540)

        self.has_end.toggled.connect(self.ends_edit.setEnabled)
        if existing is not None:
            self.name_edit.setText(existing.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(existing.kind)))
            self.place_edit.setText(existing.place)
            self.organiser_edit.setText(existing.organiser)
            self.cost_edit.set_cents(existing.cost_cents)
            self.notes_edit.setPlainText(existing.notes)
            self.has_end.setChecked(existing.ends_at is not None)
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("breakfast"))
        self.ends_edit.setEnabled(self.has_end.isChecked())
        # a message goes away as soon as the user starts fixing the field
        self.name_edit.textEdited.connect(lambda: self._clear("name"))
        self.cost_edit.textEdited.connect(lambda: self._clear("cost"))
        self.name_edit.setFocus()
        self.track_changes()  # Esc or Cancel ask before dropping what was typed

    def event_data(self, cost: str | None = None) -> events.EventData:
        """What the form holds; ``cost`` stands in for the typed amount when given."""
        return events.EventData(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            starts_at=from_qdatetime(self.starts_edit.dateTime()),
            ends_at=from_qdatetime(self.ends_edit.dateTime()) if self.has_end.isChecked()
            else None,
            place=self.place_edit.text(),
            organiser=self.organiser_edit.text(),
            cost=cost if cost is not None else _typed_cents(self.cost_edit.cents()),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        self.errors.clear()
        try:
            try:
                data = self.event_data()
            except ValidationError as money_error:
                # an amount that is no amount, and whatever else the service refuses: all
                # the fields at fault at once
                found = [money_error]
                try:
                    events.validate(self.event_data(cost="0"))
                except ValidationError as error:
                    found += errors_of(error)
                raise ValidationErrors(found) from None
            if self.event_id:
                events.update(self.event_id, data)
            else:
                self.event_id = events.create(data)
        except ServiceError as exc:
            self.errors.show(exc, fallback="name")
            return
        self.event_saved.emit(self.event_id)
        super().accept()

    def _clear(self, field: str) -> None:
        label = self.errors.label(field)
        if label is not None:
            label.hide()


def _typed_cents(cents: int) -> str:
    """Cents as the service reads a typed amount, with a point and two decimals."""
    return f"{cents // 100}.{cents % 100:02d}"
