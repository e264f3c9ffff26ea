"""The contact list's table view: it paints its rows itself.

The list is painted again at every keystroke of a search. Qt's own painting asks a delegate
and the style for every cell, and the style lays each text out twice (to measure it, then
to draw it): about half of a keystroke's time went there. This view paints what the style
would, for the cells it shows: the row's background (selected, alternate), one line of
text elided at the cell's width, and the grid. Each text is laid out once and kept
(``QStaticText``), so a row painted again (a search narrowed by one more letter often keeps
its first rows) costs only its drawing.

The current cell, when the view has the focus, is left to Qt's delegate and style: it is one
cell, and its focus frame is the style's to draw. A layout this view does not know (right to
left, another model) is painted by ``QTableView`` as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from coopeten_gui.ui.kit.contact_table_model import RIGHT_ALIGNED, ContactTableModel

# texts kept laid out: a few screens of cells (each is an object the garbage collector
# walks); forgotten all at once when there are more
KEPT_TEXTS = 1000

_ACTIVE = QStyle.StateFlag.State_Active
_ELIDE = Qt.TextElideMode.ElideRight
# what makes the texts kept laid out wrong
_NEW_LOOK = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


class ContactTableView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[str, int], QStaticText] = {}

    def changeEvent(self, event) -> None:
        if event.type() in _NEW_LOOK:
            self._texts.clear()  # laid out in the old font
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        model = self.model()
        if (not isinstance(model, ContactTableModel) or self.isRightToLeft()
                or model.rowCount() == 0 or model.columnCount() == 0):
            super().paintEvent(event)
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        painter = QPainter(self.viewport())
        try:
            self._paint_rows(painter, model, option, event.rect())
        finally:
            painter.end()

    # -- internals ----------------------------------------------------------------------

    def _paint_rows(self, painter: QPainter, model: ContactTableModel,
                    option: QStyleOptionViewItem, dirty) -> None:
        header, rows_header = self.horizontalHeader(), self.verticalHeader()
        grid = 1 if self.showGrid() else 0
        # the area the rows and columns cover (Qt's own painting stops there too)
        right = min(dirty.right(), header.length() - header.offset() - 1)
        bottom = min(dirty.bottom(), rows_header.length() - rows_header.offset() - 1)
        first = rows_header.visualIndexAt(dirty.top())
        last = rows_header.visualIndexAt(bottom)
        if first < 0 or right < dirty.left() or bottom < dirty.top():
            return
        if last < 0:
            last = model.rowCount() - 1
        columns = self._columns_in(dirty.left(), right, grid)
        colors = _Colors(self, option)
        font = self.font()
        painter.setFont(font)
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        line_height = metrics.height()
        selection = _Selection(self.selectionModel())
        current = self.currentIndex()
        focused = (self.hasFocus() or self.viewport().hasFocus()) and current.isValid()
        alternate = self.alternatingRowColors()
        texts = self._texts
        if len(texts) > KEPT_TEXTS:
            texts.clear()
        model.read_rows(rows_header.logicalIndex(first), rows_header.logicalIndex(last))
        right_aligned = {column for column, key in enumerate(model.columns)
                         if key in RIGHT_ALIGNED}
        pen_selected: bool | None = None  # the pen is set only when it changes
        rows = self._rows_in(first, last, grid)
        for visual_row, row, top, height in rows:
            cells = model.row_texts(row)
            alternate_row = bool(alternate and visual_row & 1)
            for column, x, width in columns:
                selected = selection.holds(row, column)
                if focused and row == current.row() and column == current.column():
                    self._paint_by_qt(painter, option, model.index(row, column),
                                      x, top, width, height, selected, alternate_row)
                    pen_selected = None  # the style set its own
                    continue
                brush = colors.background(selected, alternate_row)
                if brush is not None:
                    painter.fillRect(x, top, width, height, brush)
                text = cells[column] if cells is not None else None
                if not text:
                    continue
                room = width - 2 * margin
                if room <= 0:
                    continue
                static = texts.get((text, room))
                if static is None:
                    shown = text.replace("\n", " ") if "\n" in text else text
                    static = QStaticText(metrics.elidedText(shown, _ELIDE, room))
                    static.setTextFormat(Qt.TextFormat.PlainText)
                    static.prepare(font=font)
                    texts[(text, room)] = static
                if selected is not pen_selected:
                    painter.setPen(colors.text(selected))
                    pen_selected = selected
                left: float = x + margin
                if column in right_aligned:
                    left += room - static.size().width()
                painter.drawStaticText(QPointF(left, top + (height - line_height) // 2), static)
        if grid:
            self._paint_grid(painter, option, dirty.left(), right, dirty.top(), bottom,
                             rows, columns)

    def _rows_in(self, first: int, last: int, grid: int) -> list[tuple[int, int, int, int]]:
        """(visual row, logical row, y, height without the grid line) of each row shown
        from the visual row ``first`` to ``last``."""
        header = self.verticalHeader()
        rows = []
        for visual in range(first, last + 1):
            row = header.logicalIndex(visual)
            if not header.isSectionHidden(row):
                rows.append((visual, row, header.sectionViewportPosition(row),
                             header.sectionSize(row) - grid))
        return rows

    def _columns_in(self, left: int, right: int, grid: int) -> list[tuple[int, int, int]]:
        """(logical column, x, width without the grid line) of each column shown between
        ``left`` and ``right``, in the order the user arranged them."""
        header = self.horizontalHeader()
        first = header.visualIndexAt(left)
        last = header.visualIndexAt(right)
        if first < 0:
            first = 0
        if last < 0:
            last = header.count() - 1
        columns = []
        for visual in range(first, last + 1):
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                columns.append((column, header.sectionViewportPosition(column),
                                header.sectionSize(column) - grid))
        return columns

    def _paint_by_qt(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex, x: int, top: int, width: int, height: int,
                     selected: bool, alternate: bool) -> None:
        """One cell as ``QTableView`` paints it: the row panel, then the delegate."""
        cell = QStyleOptionViewItem(option)
        cell.rect.setRect(x, top, width, height)
        cell.state |= QStyle.StateFlag.State_HasFocus
        if selected:
            cell.state |= QStyle.StateFlag.State_Selected
        if alternate:
            cell.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
        cell.palette.setCurrentColorGroup(QPalette.ColorGroup.Normal if self.isEnabled()
                                          else QPalette.ColorGroup.Disabled)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, cell, painter,
                                   self)
        self.itemDelegateForIndex(index).paint(painter, cell, index)

    def _paint_grid(self, painter: QPainter, option: QStyleOptionViewItem, left: int,
                    right: int, top: int, bottom: int, rows: list[tuple[int, int, int, int]],
                    columns: list[tuple[int, int, int]]) -> None:
        color = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        painter.setPen(QPen(QColor.fromRgba(color & 0xFFFFFFFF), 1, self.gridStyle()))
        for _, _, y, height in rows:
            painter.drawLine(QLineF(left, y + height, right, y + height).translated(0.5, 0.5))
        for _, x, width in columns:
            painter.drawLine(QLineF(x + width, top, x + width, bottom).translated(0.5, 0.5))


class _Colors:
    """The brushes and pens of a cell's states, in the color group the style would use:
    inactive while the view has not the focus, disabled while it is disabled."""

    def __init__(self, view: QTableView, option: QStyleOptionViewItem) -> None:
        palette = option.palette
        if not view.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif option.state & _ACTIVE:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        self._highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        self._alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        self._text = palette.color(group, QPalette.ColorRole.Text)
        self._highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)

    def background(self, selected: bool, alternate: bool):
        if selected:
            return self._highlight
        return self._alternate if alternate else None

    def text(self, selected: bool) -> QColor:
        return self._highlighted_text if selected else self._text


class _Selection:
    """Which cells are selected, from the selection's ranges (read once per paint)."""

    def __init__(self, selection_model) -> None:
        self._ranges = [] if selection_model is None else [
            (r.top(), r.bottom(), r.left(), r.right()) for r in selection_model.selection()]

    def holds(self, row: int, column: int) -> bool:
        for top, bottom, left, right in self._ranges:
            if top <= row <= bottom and left <= column <= right:
                return True
        return False
