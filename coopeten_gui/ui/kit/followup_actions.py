"""The keystrokes and actions on a follow-up list, shared by Today and Follow-ups.

``FollowupListPage`` is the base of both pages: one keystroke per action on the selected
follow-up, the same everywhere —

    Space or Ctrl+Enter  done (again: reopen)      S  snooze one day
    R                    reschedule…               Enter  open its contact
    E or F2              edit…                     Delete  move to the trash
    N                    new follow-up…

Each action is one service call, pushed on the window's undo stack when there is one,
so Ctrl+Z takes it back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTreeView, QWidget

from coopeten_gui.services import followup_reads
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.followup_reads import FollowupRow
from coopeten_gui.ui.kit.followup_list import FOLLOWUP_ID_ROLE, format_due
from coopeten_gui.ui.kit.plain_text import literal
from coopeten_gui.ui.kit.settings import Options


def _tasks():
    """The follow-up writes: the first action loads them (and the ORM), not the start."""
    from coopeten_gui.services import followups

    return followups


class _FollowupKeys(QObject):
    """Turns keystrokes on a follow-up list into the page's actions."""

    def __init__(self, page: FollowupListPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, view, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt  # here, not on import: see kit.qt_values
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        page = self._page
        if (key == Qt.Key.Key_Space and plain) or (enter and ctrl):
            page.toggle_done(view)
        elif key == Qt.Key.Key_S and plain:
            page.snooze(view)
        elif key == Qt.Key.Key_R and plain:
            page.reschedule(view)
        elif enter and plain:
            page.open_contact(view)
        elif (key == Qt.Key.Key_E and plain) or (key == Qt.Key.Key_F2 and plain):
            page.edit(view)
        elif key == Qt.Key.Key_Delete and plain:
            page.trash(view)
        elif key == Qt.Key.Key_N and plain:
            page.add()
        else:
            return False
        return True


class _ServiceCommand(QUndoCommand):
    """An undoable follow-up change: two service calls and a refresh."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                 after: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after

    def redo(self) -> None:
        self._do()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


class FollowupListPage(QWidget):
    """What Today and Follow-ups share: the actions on the selected follow-up.

    Signals:
        data_changed(): follow-ups were written; other views may be stale.
        contact_opened(int): the user asked to open a follow-up's contact.
        status_message(str): a short confirmation for the status bar.
    """

    data_changed = Signal()
    contact_opened = Signal(int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent)
        self.options = options or Options()
        self.undo_stack: QUndoStack | None = None  # the window's, when there is one
        self._keys = _FollowupKeys(self)
        self._views: list[QTreeView] = []

    # subclasses fill their lists here
    def reload(self) -> None:
        raise NotImplementedError

    def watch(self, view: QTreeView) -> None:
        view.installEventFilter(self._keys)
        view.doubleClicked.connect(lambda _index, v=view: self.edit(v))
        self._views.append(view)

    def current_view(self) -> QTreeView | None:
        for view in self._views:
            if view.hasFocus():
                return view
        for view in self._views:
            if view.currentIndex().isValid() and view.isVisible():
                return view
        return None

    def current_task(self, view: QTreeView | None = None) -> FollowupRow | None:
        view = view or self.current_view()
        if view is None:
            return None
        index = view.currentIndex()
        if not index.isValid():
            return None
        task_id = index.siblingAtColumn(0).data(FOLLOWUP_ID_ROLE)
        return followup_reads.row(task_id) if task_id is not None else None

    # -- actions ---------------------------------------------------------------------------

    def toggle_done(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        followups = _tasks()
        if task.is_done:
            self._run(self.tr("Reopen “{title}”").format(title=task.title),
                      lambda: followups.reopen(task.id), lambda: followups.complete(task.id), view)
            self.status_message.emit(self.tr("Reopened: {title}").format(title=task.title))
        else:
            self._run(self.tr("Done “{title}”").format(title=task.title),
                      lambda: followups.complete(task.id), lambda: followups.reopen(task.id), view)
            self.status_message.emit(self.tr("Done: {title}").format(title=task.title))

    def snooze(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None or task.is_done:
            return
        followups = _tasks()
        before = task.due_at
        self._run(self.tr("Snooze “{title}”").format(title=task.title),
                  lambda: followups.snooze(task.id, 1), lambda: followups.reschedule(task.id,
                                                                                     before),
                  view)
        self.status_message.emit(self.tr("Snoozed to {when}: {title}").format(
            when=format_due(followup_reads.row(task.id).due_at), title=task.title))

    def reschedule(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        followups = _tasks()
        when = self.ask_new_due(task)
        if when is None:
            return
        before = task.due_at
        self._run(self.tr("Reschedule “{title}”").format(title=task.title),
                  lambda: followups.reschedule(task.id, when),
                  lambda: followups.reschedule(task.id, before), view)
        self.status_message.emit(self.tr("Rescheduled to {when}: {title}").format(
            when=format_due(when), title=task.title))

    def ask_new_due(self, task: FollowupRow) -> datetime | None:
        from coopeten_gui.ui.dialogs.followup_dialog import RescheduleDialog

        dialog = RescheduleDialog(self, task.due_at, task.title)
        try:
            return dialog.when() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def open_contact(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        if task.contact_id:
            self.contact_opened.emit(task.contact_id)
        else:
            self.edit(view)

    def edit(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

        dialog = FollowupDialog(self, task_id=task.id)
        try:
            if dialog.exec():
                self._after_write(view, task.id)
        finally:
            dialog.deleteLater()

    def add(self, contact_id: int | None = None, event_id: int | None = None) -> int | None:
        from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

        dialog = FollowupDialog(self, contact_id=contact_id, event_id=event_id,
                            default_days=self.options.follow_up_days)
        try:
            if dialog.exec():
                self._after_write(None, dialog.task_id)
                return dialog.task_id
            return None
        finally:
            dialog.deleteLater()

    def trash(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        followups = _tasks()
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete follow-up"),
            literal(self.tr("Move “{title}” to the trash?").format(title=task.title)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(self.tr("Delete “{title}”").format(title=task.title),
                  lambda: followups.trash([task.id]), lambda: followups.restore([task.id]), view)

    # -- internals ---------------------------------------------------------------------------

    def _run(self, text: str, do: Callable[[], object], undo: Callable[[], object],
             view: QTreeView | None) -> None:
        row = view.currentIndex().row() if view is not None else -1

        def after() -> None:
            self.reload()
            if view is not None and view.model().rowCount() and row >= 0:
                # the next follow-up takes the finished one's place, ready for a keystroke
                view.setCurrentIndex(view.model().index(min(row, view.model().rowCount() - 1),
                                                        0))
            self.data_changed.emit()

        try:
            if self.undo_stack is not None:
                self.undo_stack.push(_ServiceCommand(text, do, undo, after))
            else:
                do()
                after()
        except ServiceError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Follow-ups"), literal(str(exc)))

    def _after_write(self, view: QTreeView | None, task_id: int | None) -> None:
        self.reload()
        self.data_changed.emit()
