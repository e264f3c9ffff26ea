"""The give and take with one contact: what I gave and what they gave, side by side.

Each kind of give on its own row with its own unit (how many, and the money they
carried; the audience a promotion reached is people, never money), the last give each
way, and the verdict of ``services.balance`` in plain words. Nothing is weighed here:
the service decides, the tab says it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopeten_gui.services import balance as balances
from coopeten_gui.services.balance import Balance, Side
from coopeten_gui.services.next_give import NextGive, suggest_next_give
from coopeten_gui.ui.kit import match_index, money_edit
from coopeten_gui.ui.kit.palette import is_dark
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.pages.contact_tabs.common import short_date

#: the rows of the table, top to bottom
ROWS = ("exchange", "promotion", "audience", "results", "referral", "commitment", "total",
        "last")


def verdict_colour(verdict: str) -> str:
    """Green when balanced, amber when one side gives more, grey when nothing yet."""
    light, dark = {"balanced": ("#2e7d32", "#81c784"),
                   "gave_more": ("#b45309", "#ffb74d"),
                   "received_more": ("#b45309", "#ffb74d")}.get(verdict, ("gray", "gray"))
    return dark if is_dark() else light


def count_and_money(count: int, cents: int, symbol: str) -> str:
    """"3 · 150,00 €", "3", or "—" for nothing."""
    if not count:
        return "—"
    money = money_edit.money_text(cents, symbol)
    return f"{QLocale().toString(count)} · {money}" if money else QLocale().toString(count)


class DayWords(QObject):
    """How long ago a day was, in words (a QObject, so the plurals go through ``tr``)."""

    def ago(self, day: date | None, today: date | None = None) -> str:
        if day is None:
            return self.tr("never")
        days = ((today or date.today()) - day).days
        if days <= 0:
            return self.tr("today")
        return self.tr("%n day(s) ago", "", days)

    def quiet(self, day: date | None, today: date | None = None) -> str:
        """The same, short, for a column: "40 days", "today", "never"."""
        if day is None:
            return self.tr("never")
        days = ((today or date.today()) - day).days
        if days <= 0:
            return self.tr("today")
        return self.tr("%n day(s)", "", days)


class BalanceTab(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.result: Balance | None = None
        self.days = DayWords(self)
        self._next_pending = False
        self.verdict = plain(QLabel(self))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.verdict.setFont(font)

        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(16)
        for column, text in enumerate((self.tr("I gave"), self.tr("They gave")), start=1):
            header = QLabel(text, frame)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        titles = {
            "exchange": self.tr("Offers and asks fulfilled"),
            "promotion": self.tr("Cross-promotions (revenue)"),
            "audience": self.tr("    audience reached"),
            "results": self.tr("    visits / leads / sales"),
            "referral": self.tr("Referrals (business closed)"),
            "commitment": self.tr("Commitments kept"),
            "total": self.tr("All gives"),
            "last": self.tr("Last give"),
        }
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(ROWS, start=1):
            title = QLabel(titles[key], frame)
            pair = (plain(QLabel(frame)), plain(QLabel(frame)))
            for column, cell in enumerate(pair, start=1):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
            if key in ("total", "last"):
                for label in (title, *pair):
                    label.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, row, 0)
            self.cells[key] = pair
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(1, 100)
        grid.setColumnMinimumWidth(2, 100)

        self.agreed = plain(QLabel(self))
        self.agreed.setObjectName("agreed")
        self.agreed.setWordWrap(True)
        self.next_give = plain(QLabel(self))  # the offer and the ask as typed
        self.next_give.setObjectName("next_give")
        self.next_give.setWordWrap(True)
        self.next_give.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Each unit is counted apart: money with money, people with "
                              "people. An accepted proposal is what you both agreed; its "
                              "commitments count once they are kept."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.verdict)
        layout.addWidget(frame)
        layout.addWidget(self.agreed)
        layout.addWidget(self.next_give)
        layout.addWidget(hint)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # narrow windows wrap the sentences rather than scroll sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self, contact_id: int, symbol: str) -> None:
        self.contact_id = contact_id
        self.result = balances.balance(contact_id)
        self.show_balance(self.result, symbol)
        # looking for the next give reads my offers: only once the tab is looked at, so
        # opening a contact stays as quick as before
        self._next_pending = True
        if self.isVisible():
            self._find_next_give()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._next_pending:
            self._find_next_give()

    def _find_next_give(self) -> None:
        self._next_pending = False
        if self.contact_id is None:
            return
        if not match_index.when_ready(self, self._index_built):
            self.next_give.setText(self.tr("Next give: looking…"))
            return
        self.show_next_give(suggest_next_give(self.contact_id))

    def _index_built(self) -> None:
        self._next_pending = True
        if self.isVisible():
            self._find_next_give()

    def show_balance(self, result: Balance, symbol: str) -> None:
        self.verdict.setText(result.sentence)
        self.verdict.setStyleSheet(f"color: {verdict_colour(result.verdict)};")
        for key, (gave, got) in self.cells.items():
            gave.setText(self._cell(key, result.given, symbol))
            got.setText(self._cell(key, result.received, symbol))
        lines = []
        if result.agreements:
            money = money_edit.money_text(result.agreed_cents, symbol)
            text = self.tr("Agreed in %n accepted proposal(s)", "", result.agreements)
            lines.append(f"{text}: {money}" if money else text)
        lines.append(self.tr("Last contact: %1").replace("%1",
                                                         self.days.ago(result.last_contact)))
        if result.one_sided:
            lines.append(self.tr("One-sided for over %n day(s)", "", balances.ONE_SIDED_DAYS))
        self.agreed.setText(" · ".join(lines))

    def show_next_give(self, found: NextGive | None) -> None:
        if found is None:
            self.next_give.setText(self.tr("Next give: none of your open offers answers an "
                                           "open ask of theirs yet."))
            return
        self.next_give.setText(self.tr("Next give: “%1”, for their ask “%2”.")
                               .replace("%1", found.offer).replace("%2", found.ask))

    def _cell(self, key: str, side: Side, symbol: str) -> str:
        if key in ("exchange", "promotion", "referral", "commitment"):
            totals = side.kind(key)
            return count_and_money(totals.count, totals.money_cents, symbol)
        if key == "audience":
            return QLocale().toString(side.audience) if side.audience else "—"
        if key == "results":
            if not (side.visits or side.leads or side.sales):
                return "—"
            return " / ".join(QLocale().toString(v) for v in (side.visits, side.leads,
                                                              side.sales))
        if key == "total":
            return count_and_money(side.gives, side.money_cents, symbol)
        if side.last_give is None:
            return "—"
        return f"{short_date(side.last_give)} ({self.days.ago(side.last_give)})"
