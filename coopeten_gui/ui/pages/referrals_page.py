"""The Referrals page: every referral given and received, filtered by status, contact
and period, with the business they closed; add one by hand, edit, mark closed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import labels, referrals
from coopeten_gui.ui.dialogs.referral_dialog import ReferralActions, referral_columns
from coopeten_gui.ui.kit import money_edit, pickers, undo
from coopeten_gui.ui.kit.row_model import RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row

#: the period filter: key → days back (None: any time; "year": since January 1)
PERIODS = ("any", "30", "90", "year", "365")
#: the status filter's choice that lists deleted referrals, to restore them
TRASH = "trash"


class ReferralsPage(QWidget):
    """Signals:
        data_changed(): a referral was written here.
        contact_opened(int): "Open contact" on a row (its receiving side, else the other).
    """

    data_changed = Signal()
    contact_opened = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.undo_stack: QUndoStack | None = None  # the window's, when there is one
        self.freshness = undo.Freshness(self, self.reload)

        title = QLabel(self.tr("Referrals"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.status = QComboBox(self)
        self.status.setObjectName("referral_status_filter")
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Under way"), ",".join(referrals.OPEN_STATUSES))
        for code in referrals.STATUSES:
            self.status.addItem(labels.referral_status(code), code)
        self.status.addItem(self.tr("In the trash"), TRASH)
        self.contact = pickers.ContactPicker(self, placeholder=self.tr("Any contact"))
        self.contact.setObjectName("referral_contact_filter")
        self.period = QComboBox(self)
        for key, text in zip(PERIODS, (self.tr("Any time"), self.tr("Last 30 days"),
                                       self.tr("Last 90 days"), self.tr("This year"),
                                       self.tr("Last 12 months"))):
            self.period.addItem(text, key)

        self.model = RowTableModel(referral_columns(lambda: self.symbol), self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("referrals")
        self.table.set_widths({0: 95, 1: 160, 2: 160, 4: 130, 5: 110}, stretch=3)
        self.empty = QLabel(self._empty_text(), self)
        self.empty.setObjectName("referrals_empty")
        self.empty.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("referrals_summary")

        self.referral_actions = ReferralActions(self, self.table.current_row,
                                                self.table.selected_rows, self._push,
                                                self._written)
        self.add_button = QPushButton(self.tr("+ Add a referral…"), self)
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_button.setToolTip(self.tr("Add a referral (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.closed_button = QPushButton(self.tr("Business closed…"), self)
        self.closed_button.setToolTip(self.tr("Mark the referral as closed and record the "
                                              "value of the business"))
        self.open_button = QPushButton(self.tr("Open contact"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.add_button.clicked.connect(lambda: self.referral_actions.add())
        self.edit_button.clicked.connect(lambda: self.referral_actions.edit())
        self.closed_button.clicked.connect(lambda: self.referral_actions.mark_closed())
        self.open_button.clicked.connect(self._open_contact)
        self.delete_button.clicked.connect(self._delete_or_restore)
        self.table.activated.connect(
            lambda _index: self.referral_actions.edit())  # Enter, double-click

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.contact, 1)
        filters.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.closed_button,
                                    self.open_button, self.delete_button))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.status.activated.connect(self.reload_list)
        self.period.activated.connect(self.reload_list)
        self.contact.contact_changed.connect(lambda _id: self.reload_list())
        self.table.selectionModel().selectionChanged.connect(self._enable)

    def reload(self) -> None:
        self.freshness.mark_fresh()
        self.symbol = money_edit.currency_symbol()
        self.reload_list()

    def reload_list(self) -> None:
        status = self.status.currentData()
        trash = status == TRASH
        rows = referrals.list_referrals(
            status=tuple(status.split(",")) if status and not trash else "", trash=trash,
            contact_id=self.contact.contact_id(), start=self._start())
        self.delete_button.setText(self.tr("Restore") if trash else self.tr("Delete"))
        # a button's text sets its shortcut too; the Delete key stays on it
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.model.set_rows(rows)
        filtered = bool(status or self.contact.contact_id() or self.period.currentIndex())
        self.empty.setVisible(not rows)
        if not rows and filtered:
            self.empty.setText(self.tr("No referrals match these filters."))
        elif not rows:
            self.empty.setText(self._empty_text())
        closed = [r for r in rows if r.status == "closed"]
        total = sum(r.value_cents for r in closed)
        text = self.tr("%n referral(s)", "", len(rows))
        if closed:
            text += " · " + self.tr("%n closed", "", len(closed))
            if total:
                text += " · " + self.tr("business closed: %1").replace(
                    "%1", money_edit.money_text(total, self.symbol))
        self.summary.setText(text if rows else "")
        self._enable()

    # -- internals --------------------------------------------------------------------------

    def _empty_text(self) -> str:
        return self.tr(
            "No referrals here yet. A referral is a person sent from one contact to another: "
            "a client a contact sends you, or one you send them (BNI's referral slips). Add "
            "one by hand, or introduce two contacts from a match on Offers & Asks; when one "
            "closes business, record its value here to thank them.")

    def _start(self) -> date | None:
        key = self.period.currentData()
        today = date.today()
        if key == "year":
            return today.replace(month=1, day=1)
        if key in ("30", "90", "365"):
            return today - timedelta(days=int(key))
        return None

    def _enable(self, *_args) -> None:
        chosen = self.table.current_row() is not None and bool(
            self.table.selectionModel().selectedRows())
        for button in (self.edit_button, self.closed_button, self.open_button,
                       self.delete_button):
            button.setEnabled(chosen)

    def _delete_or_restore(self) -> None:
        if self.status.currentData() != TRASH:
            self.referral_actions.delete()
            return
        ids = [r.id for r in self.table.selected_rows()]
        if ids:
            referrals.restore(ids)
            self._push(undo.RecordsTrashed(self.tr("Restore %n referral(s)", "", len(ids)),
                                           ids, referrals.restore, referrals.trash))
            self._written()

    def _open_contact(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        target = row.to_contact_id or row.from_contact_id or row.about_contact_id
        if target:
            self.contact_opened.emit(target)

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def _written(self) -> None:
        self.reload_list()
        self.data_changed.emit()

