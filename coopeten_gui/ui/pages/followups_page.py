"""The Follow-ups page: every open follow-up (the done ones too, on request), filtered
by text and priority, with the keystrokes of ``followup_actions.FollowupListPage``.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import followup_reads, labels
from coopeten_gui.ui.kit.empty_state import EmptyState
from coopeten_gui.ui.kit.followup_actions import FollowupListPage
from coopeten_gui.ui.kit.followup_list import FollowupTableModel, followup_view
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.kit.settings import Options


class _FollowupFilter(QSortFilterProxyModel):
    """Text (title, contact) and priority filters over the follow-ups model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.priority: int | None = None

    def set_filters(self, text: str, priority: int | None) -> None:
        self.beginFilterChange()
        self.text, self.priority = text.casefold().strip(), priority
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        task = cast(FollowupTableModel, self.sourceModel()).task(source_row)
        if task is None:
            return False
        if self.priority is not None and task.priority != self.priority:
            return False
        if self.text:
            haystack = f"{task.title} {task.contact_name} {task.notes}".casefold()
            return all(word in haystack for word in self.text.split())
        return True


class FollowupsPage(FollowupListPage):
    """Every open follow-up (optionally the done ones too), filtered, added and edited."""

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent, options)
        self.model = FollowupTableModel(self)
        self.proxy = _FollowupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)

        self.new_button = QPushButton(self.tr("&New follow-up…"), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, contact or notes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.priority_combo = QComboBox(self)
        self.priority_combo.addItem(self.tr("Any priority"), None)
        for level in (2, 1, 0):
            self.priority_combo.addItem(labels.priority(level), level)
        self.show_done = QCheckBox(self.tr("Show &done"), self)
        self.count_label = QLabel(self)

        self.view = followup_view(self, self.proxy)
        self.view.setSortingEnabled(False)
        self.empty_state = EmptyState(
            self.view, self.tr("Follow-ups are the calls, emails and meetings you promised. "
                               "Coopeten reminds you when each one is due."),
            self.tr("Add a follow-up…"), lambda: self.add())
        self.watch(self.view)

        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done"), self)
        self.snooze_button = QPushButton(self.tr("Snooze a day"), self)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.open_button = QPushButton(self.tr("Open contact"), self)
        hints = (
            (self.done_button, "Space", self.toggle_done),
            (self.snooze_button, "S", self.snooze),
            (self.reschedule_button, "R", self.reschedule),
            (self.edit_button, "E", self.edit),
            (self.delete_button, "Del", self.trash),
            (self.open_button, "Enter", self.open_contact),
        )
        for button, key, action in hints:
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(lambda _=False, a=action: a(self.view))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.priority_combo)
        top.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self, self.tr("Follow-ups")))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.new_button.clicked.connect(lambda: self.add())
        self.filter_edit.textChanged.connect(self._apply_filters)
        self.priority_combo.currentIndexChanged.connect(self._apply_filters)
        self.show_done.toggled.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.current_task(self.view) if self.view.currentIndex().isValid() else None
        self.model.set_rows(followup_reads.list_tasks(include_done=self.show_done.isChecked(),
                                             limit=5000))
        self._update_count()
        if current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.filter_edit.text(), self.priority_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n follow-up(s)", "", self.proxy.rowCount()))
