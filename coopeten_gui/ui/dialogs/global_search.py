"""Search everywhere (Ctrl+K): contacts, organizations, events, offers and asks,
follow-ups and proposals.

A small popup over the window: type, move with the arrow keys, Enter opens the result.
The matching is the services' own (full-text for contacts, text filters for the rest).

Both halves of a search run on worker threads, so typing never waits: the kinds found
through an index (contacts, organizations, events) show in milliseconds, the others
(offers and asks, follow-ups, proposals: a whole table read, seconds at a million
contacts) join them when read. A new word abandons the reading of the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coopeten_gui.services import search_everywhere
from coopeten_gui.ui.kit.background import BackgroundTask, run_in_background
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.plain_text import literal

KINDS = search_everywhere.KINDS
QUICK_KINDS = search_everywhere.QUICK_KINDS
READ_KINDS = tuple(kind for kind in KINDS if kind not in QUICK_KINDS)
HIT_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
PER_KIND = 8


@dataclass(frozen=True)
class SearchHit:
    kind: str           # one of KINDS
    id: int
    title: str
    subtitle: str = ""
    contact_id: int | None = None  # for offers/asks: whose they are


def search_everything(text: str, per_kind: int = PER_KIND, kinds: Iterable[str] = KINDS,
                      stop: Callable[[], bool] | None = None) -> list[SearchHit] | None:
    """The best few of each of ``kinds``, contacts first; any case, any accents (None
    once ``stop`` said True)."""
    locale = QLocale()

    def shown(value) -> str:
        if isinstance(value, datetime):
            return locale.toString(value.date(), QLocale.FormatType.ShortFormat)
        return value or ""

    found = search_everywhere.search(text, per_kind, kinds, stop)
    return None if found is None else [
        SearchHit(hit.kind, hit.id, hit.title,
                  " · ".join(p for p in map(shown, hit.details) if p), hit.contact_id)
        for hit in found]


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def kind_label(self, kind: str) -> str:
        return {
            "contact": self.tr("Contact"),
            "organization": self.tr("Organization"),
            "event": self.tr("Event"),
            "offer_ask": self.tr("Offer or ask"),
            "followup": self.tr("Follow-up"),
            "proposal": self.tr("Proposal"),
        }.get(kind, kind)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.checkIndex(index):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{hit.title}\n{hit.subtitle}" if hit.subtitle else hit.title)
        if role == HIT_ROLE:
            return hit
        if role == KIND_ROLE:
            return self.kind_label(hit.kind)
        if role == SUBTITLE_ROLE:
            return hit.subtitle
        return None


class _HitDelegate(QStyledItemDelegate):
    """Two lines per result: the title, and under it what it is and a detail."""

    def sizeHint(self, option, index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(300, height * 2 + 12)

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(10, 5, -10, -5)
        line = option.fontMetrics.height()
        painter.save()
        kind = index.data(KIND_ROLE) or ""
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        painter.setFont(small)
        painter.setPen(muted)
        kind_width = painter.fontMetrics().horizontalAdvance(kind) + 6
        painter.drawText(QRect(rect.right() - kind_width, rect.top(), kind_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, kind)
        subtitle = index.data(SUBTITLE_ROLE) or ""
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                          rect.width()))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(main)
        title_width = rect.width() - kind_width - 8
        painter.drawText(QRect(rect.left(), rect.top(), title_width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                          title_width))
        painter.restore()


class GlobalSearch(QDialog):
    """The Ctrl+K popup.

    Signals:
        hit_activated(object): the user chose this ``SearchHit``.
    """

    hit_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("globalSearch")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Search contacts, events, offers and asks, "
                                             "follow-ups, proposals…"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.edit.setFont(font)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self)
        self.empty.setObjectName("searchMessage")
        # a readable line (a disabled label is too faint to read), wrapped, never clipped
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.WindowText)
        self.empty.setContentsMargins(6, 4, 6, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        self.resize(620, 440)
        fit_to_screen(self)

        # the search under way: its generation (a newer one drops what an older one
        # brings), its workers, and what each half found so far
        self._generation = 0
        self._tasks: list[BackgroundTask] = []
        self._found: dict[tuple[str, ...], list[SearchHit]] = {}
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.installEventFilter(self)
        self.results.clicked.connect(self._open_index)
        self._show_hint()

    def popup(self) -> None:
        """Show over the top middle of the parent window, ready to type."""
        parent = self.parentWidget()
        if parent is not None:
            geometry = parent.geometry()
            width = min(640, max(420, geometry.width() - 80))
            self.resize(width, self.height())
            self.move(geometry.x() + (geometry.width() - width) // 2, geometry.y() + 60)
        self.edit.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def run_search(self) -> None:
        """Search for what is typed: both halves on workers, shown as they come."""
        self._timer.stop()
        self._stop_searching()
        self._generation += 1
        self._found = {}
        text = self.edit.text()
        if not text.strip():
            self.model.set_hits([])
            self._show_hint()
            return
        for kinds in (QUICK_KINDS, READ_KINDS):
            self._tasks.append(self._search_on_worker(text, kinds))
        self._show()

    def _search_on_worker(self, text: str, kinds: tuple[str, ...]) -> BackgroundTask:
        generation = self._generation

        def work(progress) -> list[SearchHit] | None:
            return search_everything(text, kinds=kinds, stop=lambda: progress.cancelled)

        def done(hits: list[SearchHit] | None) -> None:
            self._arrived(generation, kinds, hits)

        def failed(error: Exception) -> None:
            self._failed(generation, error)

        return run_in_background(None, work, on_done=done, on_error=failed)

    def searched(self) -> bool:
        """Whether every kind has been found for what is typed (or nothing is)."""
        return len(self._found) == 2 or not self.edit.text().strip()

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()  # Enter typed before the search ran: search now
        if QUICK_KINDS not in self._found and self.edit.text().strip():
            # Enter before the first answer: what is found at once is read here, now
            self._arrived(self._generation, QUICK_KINDS,
                          search_everything(self.edit.text(), kinds=QUICK_KINDS))
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def hideEvent(self, event) -> None:
        self._stop_searching()  # nobody will see what it finds
        super().hideEvent(event)

    def _arrived(self, generation: int, kinds: tuple[str, ...],
                 hits: list[SearchHit] | None) -> None:
        if hits is None or not isValid(self) or generation != self._generation:
            return  # abandoned, or the words changed since
        self._found[kinds] = hits
        self._show()

    def _failed(self, generation: int, error: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._stop_searching()
        self.empty.setText(self.tr("The search could not be finished: {error}").format(
            error=error))
        self.empty.show()

    def _show(self) -> None:
        """What both halves found so far, contacts first; the chosen result stays chosen
        when the second half joins the first."""
        chosen = self.model.hit(self.results.currentIndex().row()) \
            if self.results.currentIndex().isValid() else None
        hits = [hit for kinds in (QUICK_KINDS, READ_KINDS) for hit in self._found.get(kinds, [])]
        self.model.set_hits(hits)
        if hits:
            row = next((row for row, hit in enumerate(hits) if hit == chosen), 0)
            self.results.setCurrentIndex(self.model.index(row, 0))
        text = self.edit.text().strip()
        if not self.searched():
            self.empty.setText(self.tr("Searching…") if not hits else self.tr(
                "Still searching offers and asks, follow-ups and proposals…"))
            self.empty.show()
        elif hits:
            self.empty.hide()
        else:
            self.empty.setText(self.tr("Nothing found for “{text}”.").format(text=text))
            self.empty.show()

    def _stop_searching(self) -> None:
        for task in self._tasks:
            if isValid(task):
                task.cancel()
        self._tasks = []

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
        return super().eventFilter(watched, event)

    def _move(self, key) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5}[key]
        row = max(0, min(count - 1, (row if row >= 0 else -1) + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _open_index(self, index) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is None:
            return
        self.hide()
        self.hit_activated.emit(hit)

    def _show_hint(self) -> None:
        self.empty.setText(self.tr("Type to search. ↑↓ to choose, Enter to open, Esc to "
                                   "close."))
        self.empty.show()
