"""One referral in a form (``ReferralDialog``), the columns its lists share, and the
actions every list of referrals offers: add, edit, mark closed with a value, delete.

A side left empty is the user ("me"): a contact referred someone to me, or I referred
someone to a contact. Whom the referral is about is a contact, or a name typed as text.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, cast

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services import labels, referrals
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.referrals import ReferralData, ReferralRow
from coopeten_gui.ui.kit import money_edit, pickers, undo
from coopeten_gui.ui.kit.record_dialog import RecordDialog
from coopeten_gui.ui.kit.row_model import Column
from coopeten_gui.ui.pages.contact_tabs.common import short_date


def referral_columns(symbol: Callable[[], str]) -> list[Column]:
    me = referrals.me
    return [
        Column(translate("ReferralColumns", "Date"), lambda r: short_date(r.given_on),
               key=lambda r: r.given_on),
        Column(translate("ReferralColumns", "From"), lambda r: r.from_name or me()),
        Column(translate("ReferralColumns", "To"), lambda r: r.to_name or me()),
        Column(translate("ReferralColumns", "About"), lambda r: r.about,
               tooltip=lambda r: r.about + ("\n\n" + r.notes if r.notes else "")),
        Column(translate("ReferralColumns", "Status"),
               lambda r: labels.referral_status(r.status),
               key=lambda r: referrals.STATUSES.index(r.status)),
        Column(translate("ReferralColumns", "Value"),
               lambda r: money_edit.money_text(r.value_cents, symbol()),
               key=lambda r: r.value_cents, right=True),
    ]


def data_of(row: ReferralRow) -> ReferralData:
    return ReferralData(from_contact_id=row.from_contact_id, to_contact_id=row.to_contact_id,
                        about_contact_id=row.about_contact_id, about_text=row.about_text,
                        given_on=row.given_on, status=row.status, value_cents=row.value_cents,
                        notes=row.notes, ask_id=row.ask_id, offer_id=row.offer_id)


class ReferralDialog(RecordDialog):
    """Add or edit one referral; ``save(data)`` writes it (the caller's service call)."""

    def __init__(self, data: ReferralData, save: Callable[[ReferralData], object],
                 parent: QWidget | None = None, names: dict[int, str] | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("ReferralDialog")
        self.setWindowTitle(self.tr("Referral"))
        self._data = data
        names = names or {}
        me = self.tr("Me (leave empty)")
        self.from_contact = pickers.ContactPicker(self, placeholder=me)
        self.to_contact = pickers.ContactPicker(self, placeholder=me)
        self.about_contact = pickers.ContactPicker(
            self, placeholder=self.tr("A contact, or leave empty and write below"))
        self.about_text = QLineEdit(self)
        self.about_text.setPlaceholderText(self.tr("Or a name and what they need"))
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        self.status = QComboBox(self)
        for code in referrals.STATUSES:
            self.status.addItem(labels.referral_status(code), code)
        # the amount in the user's locale (1.250,50 or 1,250.50), as every money field
        self.value = money_edit.MoneyEdit(self)
        self.value.setObjectName("referral_value")
        self.value.setToolTip(self.tr("Value of the business closed"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)

        form = QFormLayout()
        for label, widget, field in (
                (self.tr("&From"), self.from_contact, "from_contact_id"),
                (self.tr("&To"), self.to_contact, "to_contact_id"),
                (self.tr("&About"), self.about_contact, "about_contact_id"),
                ("", self.about_text, "about_text"),
                (self.tr("&Date"), self.given_on, "given_on"),
                (self.tr("&Status"), self.status, "status"),
                (self.tr("&Value"), self.value, "value"),
                (self.tr("&Notes"), self.notes, "notes")):
            self.add_row(form, label, widget, field)
        hint = QLabel(self.tr("Leave From or To empty for yourself: a contact who sends you a "
                              "client, or a client you send to a contact."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        self.finish(form, hint)

        for picker, contact_id in ((self.from_contact, data.from_contact_id),
                                   (self.to_contact, data.to_contact_id),
                                   (self.about_contact, data.about_contact_id)):
            if contact_id:
                picker.set_contact(contact_id, names.get(contact_id))
        self.about_text.setText(data.about_text)
        self.given_on.setDate(QDate(data.given_on) if isinstance(data.given_on, date)
                              else QDate.currentDate())
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.value.set_cents(data.value_cents)
        self.notes.setPlainText(data.notes)
        self.from_contact.setFocus()

    def focus_value(self) -> None:
        """For "mark closed": the status says closed, the cursor waits in the value."""
        self.status.setCurrentIndex(self.status.findData("closed"))
        self.value.setFocus()
        self.value.selectAll()

    def data(self) -> ReferralData:
        for picker, field in ((self.from_contact, "from_contact_id"),
                              (self.to_contact, "to_contact_id"),
                              (self.about_contact, "about_contact_id")):
            if picker.has_unresolved_text():
                raise ValidationError(self.tr("Choose a contact from the suggestions, or leave "
                                              "it empty."), field)
        return ReferralData(
            from_contact_id=self.from_contact.contact_id(),
            to_contact_id=self.to_contact.contact_id(),
            about_contact_id=self.about_contact.contact_id(),
            about_text=self.about_text.text(), given_on=cast(date, self.given_on.date().toPython()),
            status=self.status.currentData(), value_cents=self.value.cents(),
            notes=self.notes.toPlainText(), ask_id=self._data.ask_id,
            offer_id=self._data.offer_id)


class ReferralActions(QObject):
    """Add, edit, mark closed and delete for one list of referrals, through the service,
    each pushed onto the window's undo history (``push``), then ``written()``."""

    def __init__(self, parent: QWidget, current: Callable[[], ReferralRow | None],
                 selected: Callable[[], list[ReferralRow]], push: Callable[[object], None],
                 written: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._current, self._selected = current, selected
        self._push, self._written = push, written
        self.dialog: ReferralDialog | None = None

    def add(self, data: ReferralData | None = None) -> ReferralDialog:
        def save(data: ReferralData) -> int:
            row_id = referrals.create(data)
            self._push(undo.RecordCreated(self.tr("Record a referral"), row_id,
                                          referrals.trash, referrals.restore))
            self._written()
            return row_id

        return self._open(ReferralDialog(data or ReferralData(given_on=date.today()), save,
                                         self._parent))

    def edit(self, closing: bool = False) -> ReferralDialog | None:
        row = self._current()
        if row is None:
            return None
        before = data_of(row)

        def save(data: ReferralData) -> None:
            referrals.update(row.id, data)
            self._push(undo.RecordEdited(self.tr("Edit a referral"), row.id, referrals.update,
                                         before, data))
            self._written()

        names = {row.from_contact_id: row.from_name, row.to_contact_id: row.to_name,
                 row.about_contact_id: row.about}
        dialog = ReferralDialog(data_of(row), save, self._parent,
                                names={k: v for k, v in names.items() if k})
        if closing:
            dialog.setWindowTitle(self.tr("Business closed"))
            dialog.focus_value()
        return self._open(dialog)

    def mark_closed(self) -> ReferralDialog | None:
        return self.edit(closing=True)

    def delete(self) -> int:
        ids = [r.id for r in self._selected()]
        if ids:
            referrals.trash(ids)
            self._push(undo.RecordsTrashed(self.tr("Delete %n referral(s)", "", len(ids)), ids,
                                           referrals.trash, referrals.restore))
            self._written()
        return len(ids)

    def _open(self, dialog: ReferralDialog) -> ReferralDialog:
        self.dialog = dialog
        dialog.open()
        return dialog
