"""Pieces the contact tabs share: a compact table, a button row, date formatting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from coopeten_gui.ui.kit.row_model import RowRole, RowTableModel, SortRole


def short_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def short_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    return QLocale().toString(value) if value else ""


def set_up_list(view: QTableView,
                selection=QAbstractItemView.SelectionMode.ExtendedSelection) -> None:
    """What every read-only list of rows shares: whole rows picked, alternate colours,
    one line per row, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)


class RowTable(QTableView):
    """A read-only, sortable table over a ``RowTableModel``; rows picked whole."""

    def __init__(self, model: RowTableModel, parent: QWidget | None = None,
                 sortable: bool = True) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        # rows keep the service's order until the user clicks a header
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sortable)
        set_up_list(self)

    def set_text_widths(self, samples: dict[int, str], stretch: int | None = None) -> None:
        """Widths that fit a sample text (a long date, a kind): measured once, not per
        row, since ``resizeColumnToContents`` reads every row and costs milliseconds."""
        metrics = self.fontMetrics()
        self.set_widths({column: metrics.horizontalAdvance(text) + 24
                         for column, text in samples.items()}, stretch)

    def set_widths(self, widths: dict[int, int], stretch: int | None = None) -> None:
        """Starting column widths; ``stretch`` takes the room left (the description)."""
        header = self.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(RowRole) for r in rows]

    def current_row(self):
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(RowRole) if index.isValid() else None


def button_row(*buttons: QPushButton, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if stretch_first:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if not stretch_first:
        row.addStretch(1)
    return row
