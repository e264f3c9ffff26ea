"""A contact's matches: who could help them (open offers that answer their asks) and
whom they could help (open asks their offers answer), best first, with why.

Double-click (or Enter) a row to open the other person; "Introduce them…" prepares
the introduction between the two sides of the chosen match. The lists are read when
the tab is first shown for a contact, so opening a contact never waits for the matcher
(whose index, at 100,000 contacts, takes a few seconds to build the first time).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import matching
from coopeten_gui.services.matching import ContactMatches, Match
from coopeten_gui.ui.dialogs.introduce import can_introduce, introduce
from coopeten_gui.ui.kit import match_index, match_list
from coopeten_gui.ui.kit.row_model import RowTableModel
from coopeten_gui.ui.pages.contact_tabs.common import RowTable


class MatchesTab(QWidget):
    """Signals:
        contact_opened(int): the other side of a match was opened.
        counted(int): the matches were read (how many), for the tab's title.
        written(): an introduction was recorded from one of them.
    """

    contact_opened = Signal(int)
    counted = Signal(int)
    written = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.found = ContactMatches([], [])
        self.dialog = None
        self.stale = False
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.tables: dict[str, RowTable] = {}
        self.titles: dict[str, QLabel] = {}
        self.empty: dict[str, QLabel] = {}
        for scope, columns in (("help_them", match_list.help_them_columns()),
                               ("they_help", match_list.they_help_columns())):
            title = QLabel(body)
            title.setStyleSheet("font-weight: bold;")
            table = RowTable(RowTableModel(columns, self), body)
            table.setObjectName("matches_" + scope)
            match_list.fit_columns(table, {2: 150}, (1, 3, 4))
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setToolTip(self.tr("Double-click to open the other person"))
            table.activated.connect(lambda index, s=scope: self._open(s, index))
            table.selectionModel().selectionChanged.connect(self._selected)
            empty = QLabel(body)
            empty.setWordWrap(True)
            empty.setStyleSheet("color: gray;")
            column.addWidget(title)
            column.addWidget(table)
            column.addWidget(empty)
            column.addSpacing(8)
            self.tables[scope], self.titles[scope], self.empty[scope] = table, title, empty
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.introduce_button = QPushButton(self.tr("&Introduce them…"), self)
        self.introduce_button.setToolTip(self.tr(
            "Write the introduction between the one who asks and the one who offers"))
        self.introduce_button.setEnabled(False)
        self.introduce_button.clicked.connect(self._introduce_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.introduce_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def load(self, contact_id: int) -> None:
        """Show this contact's matches, now if the tab is on screen, else when it is."""
        if contact_id != self.contact_id:
            self.found = ContactMatches([], [])
        self.contact_id = contact_id
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        if self.contact_id is None:
            return
        contact_id = self.contact_id
        self.stale = False
        if not match_index.when_ready(self, self._index_built):
            self._looking()
            return
        self.found = matching.matches_for_contact(contact_id)
        titles = {"help_them": self.tr("Who could help them"),
                  "they_help": self.tr("Whom they could help")}
        for scope, rows in (("help_them", self.found.help_them),
                            ("they_help", self.found.they_help)):
            table = self.tables[scope]
            table.source.set_rows(rows)
            self.titles[scope].setText(f"{titles[scope]} ({len(rows)})")
            table.setVisible(bool(rows))
            self.empty[scope].setVisible(not rows)
            if not rows:
                side = "ask" if scope == "help_them" else "offer"
                self.empty[scope].setText(match_list.empty_text(
                    matching.why_empty(contact_id, side), scope))
            # as tall as its rows: the tab scrolls, not each table
            table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                                 + table.verticalHeader().defaultSectionSize() * len(rows)
                                 + 2 * table.frameWidth())
        self._selected()
        self.counted.emit(self.count())

    def _looking(self) -> None:
        """While the matcher's index is built (seconds at a million contacts)."""
        for scope, table in self.tables.items():
            table.setVisible(False)
            self.empty[scope].setText(self.tr("Looking for matches…"))
            self.empty[scope].setVisible(scope == "help_them")

    def _index_built(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def count(self) -> int:
        return len(self.found.help_them) + len(self.found.they_help)

    def _current(self) -> Match | None:
        for table in self.tables.values():
            if table.hasFocus() or table.selectionModel().hasSelection():
                found = table.current_row()
                if found is not None:
                    return found
        return None

    def _selected(self, *_args) -> None:
        self.introduce_button.setEnabled(can_introduce(self._current()))

    def _introduce(self, ask_id: int, offer_id: int):
        """The one way an introduction starts from a match on this tab."""
        self.dialog = introduce(self, ask_id, offer_id,
                                self.found.help_them + self.found.they_help)
        if self.dialog is not None:
            self.dialog.data_changed.connect(self.written)
        return self.dialog

    def _introduce_current(self) -> None:
        match = self._current()
        if match is not None:
            self._introduce(match.ask_id, match.offer_id)

    def _open(self, scope: str, index) -> None:
        match: Match | None = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if match is None:
            return
        if scope == "help_them":
            if not match.mine:
                self.contact_opened.emit(match.offer_contact_id)
        else:
            self.contact_opened.emit(match.ask_contact_id)
