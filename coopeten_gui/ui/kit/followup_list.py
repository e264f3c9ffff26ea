"""Follow-up lists: ``FollowupTableModel`` (title, contact, due, priority) and the view that
shows it (``followup_view``), with ``size_columns`` to align several lists as one table.

Today, Follow-ups, Events and Proposals show follow-ups through these.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Sequence, cast

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPalette,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from coopeten_gui.services import labels
from coopeten_gui.services.followup_reads import FollowupRow
from coopeten_gui.ui.kit import qt_values
from coopeten_gui.ui.kit.palette import error_color
from coopeten_gui.ui.kit.plain_text import literal

COLUMNS = ("title", "contact", "due", "priority")
FOLLOWUP_ID_ROLE = qt_values.USER_ROLE
# the roles the lists answer; a list asks for about ten roles per cell at every paint
_DISPLAY, _TOOLTIP = qt_values.DISPLAY_ROLE, qt_values.TOOLTIP_ROLE
_FONT, _FOREGROUND = qt_values.FONT_ROLE, qt_values.FOREGROUND_ROLE
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, FOLLOWUP_ID_ROLE))


def format_due(when: datetime, time_only: bool = False) -> str:
    locale = QLocale()
    time = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    if time_only:
        return time
    day = locale.toString(when.date(), "ddd d MMM")
    if when.year != date.today().year:
        day = locale.toString(when.date(), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


class FollowupTableModel(QAbstractTableModel):
    """A short list of follow-ups (an agenda section, or the open follow-ups)."""

    def __init__(self, parent: QObject | None = None, time_only: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[FollowupRow] = []
        self.time_only = time_only
        self.titles = (self.tr("Follow-up"), self.tr("Contact"), self.tr("Due"),
                       self.tr("Priority"))
        self._fonts: dict[tuple[bool, bool], QFont] = {}

    def set_rows(self, rows: Sequence[FollowupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> FollowupRow | None:
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
        if role == _DISPLAY and orientation == QtCore.Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return self.titles[section]
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        task = self._rows[row]
        if role == FOLLOWUP_ID_ROLE:
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
        (for ``data`` and ``_FollowupCells``)."""
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

    def _text(self, task: FollowupRow, column: str) -> str | None:
        if column == "title":
            return task.title
        if column == "contact":
            return task.contact_name
        if column == "due":
            return format_due(task.due_at, self.time_only)
        if column == "priority":
            return labels.priority(task.priority)
        return None

    def sort(self, column: int, order=None) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key: Callable[[FollowupRow], Any] = {
            "title": lambda t: t.title.casefold(),
            "contact": lambda t: t.contact_name.casefold(),
            "due": lambda t: t.due_at,
            "priority": lambda t: (-t.priority, t.due_at),
        }[COLUMNS[column]]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == QtCore.Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class _FollowupCells(QStyledItemDelegate):
    """Follow-up cells as the default delegate draws them, asking the model once per
    cell (``FollowupTableModel.cell``) instead of once for each of seven roles — calls into
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
            palette.setColor(QPalette.ColorRole.Text, color)
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


def followup_view(parent: QWidget, model, fit_columns: bool = True) -> QTreeView:
    """A follow-up list. ``fit_columns``: size the columns to the rows whenever they are
    loaded again (off when the caller aligns several lists itself)."""
    view = QTreeView(parent)
    view.setModel(model)
    _titles_held_by_qt(view)
    view.setItemDelegate(_FollowupCells(view))
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


def _titles_held_by_qt(view: QTreeView) -> None:
    """Give the view's header its column titles in a model of Qt's own: a header asks its
    model for every role of every title each time it is measured or painted, and Today's
    three lists made 400 calls into Python (``headerData``) to show once. The columns
    never change, so their titles are read once."""
    model = view.model()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    titles = list(cast(FollowupTableModel, source).titles)
    held = QStandardItemModel(0, len(titles), view)
    held.setHorizontalHeaderLabels(titles)
    view.header().setModel(held)


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
        if isinstance(model, FollowupTableModel):
            models.append(model)
    header = views[0].header()
    for column in (1, 2, 3):
        fm = bold_metrics if COLUMNS[column] == "priority" else metrics
        texts = {text for model in models for text in model.texts(column, sample) if text}
        width = max([header.sectionSizeHint(column)]
                    + [fm.horizontalAdvance(text) + TEXT_MARGINS for text in texts]) + 12
        for view in views:
            view.header().resizeSection(column, width)
