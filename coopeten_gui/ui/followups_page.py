"""Follow-up lists and the keystrokes that work them, and the Follow-ups page.

``TaskTableModel`` shows follow-ups (title, contact, due, priority). ``TaskListPage``
is the base of this page and of Today: one keystroke per action on the selected
follow-up, the same everywhere —

    Space or Ctrl+Enter  done (again: reopen)      S  snooze one day
    R                    reschedule…               Enter  open its contact
    E or F2              edit…                     Delete  move to the trash
    N                    new follow-up…

Each action is one service call, pushed on the window's undo stack when there is one,
so Ctrl+Z takes it back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Sequence, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import labels, task_reads
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.task_reads import TaskRow
from coopeten_gui.ui.empty_state import EmptyState
from coopeten_gui.ui.palette import error_color
from coopeten_gui.ui.plain_text import literal
from coopeten_gui.ui.settings import Options

COLUMNS = ("title", "contact", "due", "priority")
TASK_ID_ROLE = Qt.ItemDataRole.UserRole
# the roles the lists answer; a list asks for about ten roles per cell at every paint
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_FONT, _FOREGROUND = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, TASK_ID_ROLE))


def _tasks():
    """The follow-up writes: the first action loads them (and the ORM), not the start."""
    from coopeten_gui.services import tasks

    return tasks


def format_due(when: datetime, time_only: bool = False) -> str:
    locale = QLocale()
    time = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    if time_only:
        return time
    day = locale.toString(when.date(), "ddd d MMM")
    if when.year != date.today().year:
        day = locale.toString(when.date(), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


class TaskTableModel(QAbstractTableModel):
    """A short list of follow-ups (an agenda section, or the open follow-ups)."""

    def __init__(self, parent: QObject | None = None, time_only: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self.time_only = time_only
        self._titles = (self.tr("Follow-up"), self.tr("Contact"), self.tr("Due"),
                        self.tr("Priority"))
        self._fonts: dict[tuple[bool, bool], QFont] = {}

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, task_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == task_id:
                return number
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return self._titles[section]
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        task = self._rows[row]
        if role == TASK_ID_ROLE:
            return task.id
        if role == _TOOLTIP:
            return literal(task.notes) or None
        text, font, color = self.cell(row, index.column())
        if role == _DISPLAY:
            return text
        if role == _FONT:
            return font
        return QBrush(color) if color is not None else None  # the foreground

    def cell(self, row: int, column: int) -> tuple[str | None, QFont | None, QColor | None]:
        """What a cell shows: its text, and its font and colour when not the view's
        (for ``data`` and ``_TaskCells``)."""
        task = self._rows[row]
        name = COLUMNS[column]
        bold = name == "priority" and task.priority == 2 and not task.is_done
        font = self._font(task.is_done, bold) if task.is_done or bold else None
        if task.is_done:
            color = QColor(140, 140, 140)
        elif name == "due" and task.due_at < datetime.now():
            color = QColor(error_color())
        else:
            color = None
        return self._text(task, name), font, color

    def _font(self, struck: bool, bold: bool) -> QFont:
        font = self._fonts.get((struck, bold))
        if font is None:
            font = self._fonts[struck, bold] = QFont()
            font.setStrikeOut(struck)
            font.setBold(bold)
        return font

    def texts(self, column: int, rows: int) -> list[str]:
        """What ``column`` shows in the first ``rows`` rows (to size the column by)."""
        return [self._text(task, COLUMNS[column]) for task in self._rows[:rows]]

    def _text(self, task: TaskRow, column: str) -> str | None:
        if column == "title":
            return task.title
        if column == "contact":
            return task.contact_name
        if column == "due":
            return format_due(task.due_at, self.time_only)
        if column == "priority":
            return labels.priority(task.priority)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key: Callable[[TaskRow], Any] = {
            "title": lambda t: t.title.casefold(),
            "contact": lambda t: t.contact_name.casefold(),
            "due": lambda t: t.due_at,
            "priority": lambda t: (-t.priority, t.due_at),
        }[COLUMNS[column]]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def page_heading(parent: QWidget, text: str, scale: float = 1.4) -> QLabel:
    """A page's title, larger and bold."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class _TaskCells(QStyledItemDelegate):
    """Follow-up cells as the default delegate draws them, asking the model once per
    cell (``TaskTableModel.cell``) instead of once for each of seven roles — calls into
    Python that made repainting the Follow-ups list half as slow again (4.4 ms against
    2.9) — and with a little air between the rows: lists read faster and are easier to
    hit."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        model, row = index.model(), index.row()
        if isinstance(model, QSortFilterProxyModel):  # Follow-ups filters its list
            row = model.mapToSource(index).row()
            model = model.sourceModel()
        text, font, color = model.cell(row, index.column())
        # the default's steps for the roles the model answers
        if font is not None:
            option.font = font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        if color is not None:
            palette = option.palette
            palette.setBrush(QPalette.ColorRole.Text, QBrush(color))
            option.palette = palette
        option.index = index
        if text:
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.text = text.replace("\n", "\u2028")
        option.styleObject = None

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class _ColumnFitter(QObject):
    """Sizes a view's columns again whenever its model is reset (see ``size_columns``)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.model().modelReset.connect(self.fit)

    def fit(self) -> None:
        size_columns([self._view])


def task_view(parent: QWidget, model, fit_columns: bool = True) -> QTreeView:
    """A follow-up list. ``fit_columns``: size the columns to the rows whenever they are
    loaded again (off when the caller aligns several lists itself)."""
    view = QTreeView(parent)
    view.setModel(model)
    view.setItemDelegate(_TaskCells(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # never ResizeToContents: it measures thousands of rows through the delegate;
    # ``size_columns`` sets the widths from a sample of the rows instead
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    if fit_columns:
        _ColumnFitter(view).fit()
    return view


#: how many rows of each list ``size_columns`` reads to size the columns by (more than
#: a list shows before it is scrolled)
SIZE_SAMPLE = 20
#: the item delegate's margins around a text (the focus frame's, on each side)
TEXT_MARGINS = 8


def size_columns(views: Sequence[QTreeView], sample: int = SIZE_SAMPLE) -> None:
    """Contact, due and priority as wide as their header and the texts of the first
    ``sample`` rows of every list (the title takes the rest), the same in every view so
    that several lists read as one table. Measured with font metrics, never the rows."""
    if not views:
        return
    metrics = views[0].fontMetrics()
    bold = QFont(views[0].font())
    bold.setBold(True)  # high priority is shown in bold
    bold_metrics = QFontMetrics(bold)
    models = []
    for view in views:
        model = view.model()
        while isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        if isinstance(model, TaskTableModel):
            models.append(model)
    header = views[0].header()
    for column in (1, 2, 3):
        fm = bold_metrics if COLUMNS[column] == "priority" else metrics
        texts = {text for model in models for text in model.texts(column, sample) if text}
        width = max([header.sectionSizeHint(column)]
                    + [fm.horizontalAdvance(text) + TEXT_MARGINS for text in texts]) + 12
        for view in views:
            view.header().resizeSection(column, width)


class _TaskKeys(QObject):
    """Turns keystrokes on a follow-up list into the page's actions."""

    def __init__(self, page: TaskListPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, view, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
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


class TaskListPage(QWidget):
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
        self._keys = _TaskKeys(self)
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

    def current_task(self, view: QTreeView | None = None) -> TaskRow | None:
        view = view or self.current_view()
        if view is None:
            return None
        index = view.currentIndex()
        if not index.isValid():
            return None
        task_id = index.siblingAtColumn(0).data(TASK_ID_ROLE)
        return task_reads.row(task_id) if task_id is not None else None

    # -- actions ---------------------------------------------------------------------------

    def toggle_done(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        tasks = _tasks()
        if task.is_done:
            self._run(self.tr("Reopen “{title}”").format(title=task.title),
                      lambda: tasks.reopen(task.id), lambda: tasks.complete(task.id), view)
            self.status_message.emit(self.tr("Reopened: {title}").format(title=task.title))
        else:
            self._run(self.tr("Done “{title}”").format(title=task.title),
                      lambda: tasks.complete(task.id), lambda: tasks.reopen(task.id), view)
            self.status_message.emit(self.tr("Done: {title}").format(title=task.title))

    def snooze(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None or task.is_done:
            return
        tasks = _tasks()
        before = task.due_at
        self._run(self.tr("Snooze “{title}”").format(title=task.title),
                  lambda: tasks.snooze(task.id, 1), lambda: tasks.reschedule(task.id, before),
                  view)
        self.status_message.emit(self.tr("Snoozed to {when}: {title}").format(
            when=format_due(task_reads.row(task.id).due_at), title=task.title))

    def reschedule(self, view: QTreeView | None = None) -> None:
        task = self.current_task(view)
        if task is None:
            return
        tasks = _tasks()
        when = self.ask_new_due(task)
        if when is None:
            return
        before = task.due_at
        self._run(self.tr("Reschedule “{title}”").format(title=task.title),
                  lambda: tasks.reschedule(task.id, when),
                  lambda: tasks.reschedule(task.id, before), view)
        self.status_message.emit(self.tr("Rescheduled to {when}: {title}").format(
            when=format_due(when), title=task.title))

    def ask_new_due(self, task: TaskRow) -> datetime | None:
        from coopeten_gui.ui.task_dialog import RescheduleDialog

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
        from coopeten_gui.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self, task_id=task.id)
        try:
            if dialog.exec():
                self._after_write(view, task.id)
        finally:
            dialog.deleteLater()

    def add(self, contact_id: int | None = None, event_id: int | None = None) -> int | None:
        from coopeten_gui.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self, contact_id=contact_id, event_id=event_id,
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
        tasks = _tasks()
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete follow-up"),
            literal(self.tr("Move “{title}” to the trash?").format(title=task.title)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(self.tr("Delete “{title}”").format(title=task.title),
                  lambda: tasks.trash([task.id]), lambda: tasks.restore([task.id]), view)

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


class _TaskFilter(QSortFilterProxyModel):
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
        task = cast(TaskTableModel, self.sourceModel()).task(source_row)
        if task is None:
            return False
        if self.priority is not None and task.priority != self.priority:
            return False
        if self.text:
            haystack = f"{task.title} {task.contact_name} {task.notes}".casefold()
            return all(word in haystack for word in self.text.split())
        return True


class FollowupsPage(TaskListPage):
    """Every open follow-up (optionally the done ones too), filtered, added and edited."""

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent, options)
        self.model = TaskTableModel(self)
        self.proxy = _TaskFilter(self)
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

        self.view = task_view(self, self.proxy)
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
        self.model.set_rows(task_reads.list_tasks(include_done=self.show_done.isChecked(),
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
