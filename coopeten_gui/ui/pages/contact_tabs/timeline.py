"""The timeline of one contact, newest first, with a note box one shortcut away."""

from __future__ import annotations

from datetime import datetime
from typing import Callable, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import interactions, labels
from coopeten_gui.services.common import ServiceError, now
from coopeten_gui.services.interactions import InteractionData, InteractionRow
from coopeten_gui.ui.kit import undo
from coopeten_gui.ui.kit.forms import ErrorLabel
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable, button_row, short_datetime

NOTE_KINDS = ("note", "call", "meeting", "email")
# the widest date and time a column must fit
SAMPLE_MOMENT = datetime(2028, 12, 28, 23, 58)


class NoteBox(QFrame):
    """A small form above the timeline: kind, when, what happened, details.

    Signals:
        closed(): the box was saved or cancelled.
    """

    closed = Signal()

    def __init__(self, save: Callable[[InteractionData, InteractionRow | None], None],
                 parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._save = save
        self._editing: InteractionRow | None = None
        self.contact_id: int | None = None
        self.kind = QComboBox(self)
        for code in NOTE_KINDS:
            self.kind.addItem(labels.interaction_kind(code), code)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.summary = QLineEdit(self)
        self.summary.setObjectName("note_summary")
        self.summary.setPlaceholderText(self.tr("What happened? e.g. “Call: agreed to swap "
                                                "newsletters in March”"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Details (optional)"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setToolTip(self.tr("Cancel (Esc)"))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.when)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.save_button, cancel, stretch_first=True))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.cancel)
        self.summary.returnPressed.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def start(self, contact_id: int, row: InteractionRow | None = None) -> None:
        self.contact_id = contact_id
        self._editing = row
        self.error.clear_message()
        kind = row.kind if row else "note"
        if self.kind.findData(kind) < 0:
            self.kind.addItem(labels.interaction_kind(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        # PySide takes a datetime where Qt's stub says QDateTime
        self.when.setDateTime(row.occurred_at if row else now())  # type: ignore[arg-type]
        self.summary.setText(row.summary if row else "")
        self.body.setPlainText(row.body if row else "")
        self.show()
        self.summary.setFocus()
        self.summary.selectAll()

    def data(self) -> InteractionData:
        row = self._editing
        return InteractionData(contact_id=self.contact_id or 0, kind=self.kind.currentData(),
                               summary=self.summary.text(), body=self.body.toPlainText(),
                               occurred_at=cast(datetime, self.when.dateTime().toPython())
                               .replace(microsecond=0),
                               event_id=row.event_id if row else None,
                               proposal_id=row.proposal_id if row else None)

    def save(self) -> None:
        self.error.clear_message()
        try:
            self._save(self.data(), self._editing)
        except ServiceError as error:  # refused by the service or by the database
            self.error.show_message(str(error))
            self.summary.setFocus()
            return
        self.hide()
        self.closed.emit()

    def cancel(self) -> None:
        self.hide()
        self.closed.emit()


class TimelineTab(QWidget):
    def __init__(self, push: Callable, parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self.contact_id: int | None = None
        self.note_box = NoteBox(self._save, self)
        self.model = RowTableModel([
            Column(self.tr("When"), lambda r: short_datetime(r.occurred_at),
                   key=lambda r: r.occurred_at),
            Column(self.tr("Kind"), lambda r: labels.interaction_kind(r.kind)),
            Column(self.tr("What happened"), lambda r: r.summary,
                   tooltip=lambda r: r.summary + ("\n\n" + r.body if r.body else "")),
        ], self)
        self.table = RowTable(self.model, self, sortable=False)
        self.table.setObjectName("timeline")
        self.table.set_text_widths({0: short_datetime(SAMPLE_MOMENT),
                                    1: max((labels.interaction_kind(k) for k in NOTE_KINDS
                                            + ("event", "proposal")), key=len)}, stretch=2)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.add_button = QPushButton(self.tr("+ Add note"), self)
        self.add_button.setToolTip(self.tr("Add a note, call, meeting or email (Ctrl+Shift+N)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.start_note)
        self.delete_button.clicked.connect(self.delete_selected)
        remove = QAction(self.tr("Delete"), self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_selected)
        self.table.addAction(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(button_row(self.add_button, self.delete_button))
        layout.addWidget(self.note_box)
        layout.addWidget(self.table, 1)
        self.note_box.closed.connect(self.table.setFocus)

    def load(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            self.note_box.hide()
        self.contact_id = contact_id
        self.model.set_rows(interactions.timeline(contact_id, limit=100_000))

    def start_note(self) -> None:
        if self.contact_id is not None:
            self.note_box.start(self.contact_id)

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None and self.contact_id is not None:
            self.note_box.start(self.contact_id, row)

    def delete_selected(self) -> None:
        ids = [r.id for r in self.table.selected_rows()]
        if ids:
            interactions.trash(ids)
            self._push(undo.RecordsTrashed(self.tr("Delete %n timeline entry(s)", "", len(ids)),
                                           ids, interactions.trash, interactions.restore))

    def _save(self, data: InteractionData, before: InteractionRow | None) -> None:
        text = self.tr("Note “%1”").replace("%1", data.summary.strip())
        if before is None:
            row_id = interactions.create(data)
            self._push(undo.RecordCreated(text, row_id, interactions.trash,
                                          interactions.restore))
            return
        interactions.update(before.id, data)
        self._push(undo.RecordEdited(text, before.id, interactions.update, InteractionData(
            contact_id=data.contact_id, kind=before.kind, occurred_at=before.occurred_at,
            summary=before.summary, body=before.body, event_id=before.event_id,
            proposal_id=before.proposal_id), data))

