"""The follow-ups of one contact: open ones first by due date, done ones on request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from coopeten_gui.services import followups, labels
from coopeten_gui.services.followups import FollowupRow
from coopeten_gui.ui.kit import undo
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row, short_datetime
from coopeten_gui.ui.pages.contact_tabs.timeline import SAMPLE_MOMENT

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog


class FollowupsTab(QWidget):
    """Signals:
        written(): a follow-up was changed outside the undo stack (done, edited).
    """

    written = Signal()

    def __init__(self, push: Callable, parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self.contact_id: int | None = None
        self.dialog: FollowupDialog | None = None
        self.model = RowTableModel([
            Column(self.tr("Due"), lambda r: short_datetime(r.due_at), key=lambda r: r.due_at),
            Column(self.tr("Follow-up"), lambda r: r.title,
                   tooltip=lambda r: r.title + ("\n\n" + r.notes if r.notes else "")),
            Column(self.tr("Priority"), lambda r: labels.priority(r.priority),
                   key=lambda r: r.priority),
            Column(self.tr("Done"), lambda r: short_datetime(r.done_at),
                   key=lambda r: r.done_at.isoformat() if r.done_at else ""),
        ], self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("followups")
        self.table.set_text_widths({0: short_datetime(SAMPLE_MOMENT), 2: "Normal",
                                    3: short_datetime(SAMPLE_MOMENT)}, stretch=1)
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.add_button = QPushButton(self.tr("+ Add follow-up…"), self)
        self.add_button.setToolTip(self.tr("Add a follow-up (Ctrl+Shift+F)"))
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = button_row(self.add_button, self.done_button, self.edit_button,
                         self.delete_button)
        row.addWidget(self.show_done)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.done_button.clicked.connect(self.toggle_done)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.show_done.toggled.connect(lambda _: self.reload())

    def load(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        if self.contact_id is None:
            return
        self.model.set_rows(followups.list_tasks(contact_id=self.contact_id,
                                             include_done=self.show_done.isChecked()))

    def add(self):
        from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

        self.dialog = FollowupDialog(self, contact_id=self.contact_id)
        self.dialog.task_saved.connect(lambda task_id: self._push(undo.RecordCreated(
            self.tr("Add follow-up"), task_id, followups.trash, followups.restore)))
        self.dialog.open()
        return self.dialog

    def edit_current(self):
        from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

        row: FollowupRow | None = self.table.current_row()
        if row is None:
            return None
        self.dialog = FollowupDialog(self, task_id=row.id)
        self.dialog.task_saved.connect(lambda _id: self.written.emit())
        self.dialog.open()
        return self.dialog

    def toggle_done(self) -> None:
        rows: list[FollowupRow] = self.table.selected_rows()
        for row in rows:
            (followups.reopen if row.is_done else followups.complete)(row.id)
        if rows:
            self.written.emit()

    def delete_selected(self) -> None:
        ids = [r.id for r in self.table.selected_rows()]
        if ids:
            followups.trash(ids)
            self._push(undo.RecordsTrashed(self.tr("Delete %n follow-up(s)", "", len(ids)), ids,
                                           followups.trash, followups.restore))
