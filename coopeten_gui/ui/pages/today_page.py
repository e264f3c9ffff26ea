"""Today: the first screen — what is overdue, what is due today, what comes next.

Three short lists from ``services.followup_reads.agenda``. The keystrokes of ``FollowupListPage``
work on whichever list has the focus (Tab moves between lists). Each list reads at most
``SHOW_AT_MOST`` follow-ups (years of overdue ones are not read to show a page): the
heading counts them all, and a line under the list leads to Follow-ups for the rest.

The page scrolls as a whole when the window is shorter than its lists at their smallest
(a 1024×600 laptop, or many follow-ups and the getting-started steps at once): what
Today holds never makes the window taller than the screen.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import followup_reads
from coopeten_gui.ui.kit import qt_values
from coopeten_gui.ui.kit.followup_actions import FollowupListPage
from coopeten_gui.ui.kit.followup_list import FollowupTableModel, followup_view, size_columns
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.kit.plain_text import rich
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages.first_steps import FirstSteps

SECTIONS = ("overdue", "today", "upcoming")
#: follow-ups read and listed per section; the heading counts them all
SHOW_AT_MOST = 50


class _Section(QWidget):
    """A heading with a count, the list, and a line shown when the list is empty."""

    def __init__(self, parent: QWidget, model: FollowupTableModel) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        # the page aligns the columns of its three lists itself
        self.view: QTreeView = followup_view(self, model, fit_columns=False)
        self.empty = QLabel(self)
        self.empty.setEnabled(False)
        self.empty.setContentsMargins(8, 2, 0, 8)
        # "…and N more": the list shows only the first; Follow-ups has them all
        self.more = rich(QLabel(self))
        self.more.setContentsMargins(8, 2, 0, 8)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)

    def show_rows(self, title: str, count: int, empty_text: str, max_rows: int,
                  more_text: str = "", row_height: int = 0) -> None:
        """``count``: the list's follow-ups in all; ``more_text``: the line saying how many
        are not listed ("" when all are); ``row_height``: a row's, the same in every list."""
        self.heading.setText(f"{title} ({QLocale().toString(count)})")
        shown = self.view.model().rowCount()
        self.view.setVisible(shown > 0)
        self.empty.setVisible(count == 0)
        self.empty.setText(empty_text)
        self.more.setVisible(bool(more_text))
        self.more.setText(f'<a href="followups">{more_text}</a>' if more_text else "")
        if shown:
            # as tall as its rows (a short list leaves no white box), scrolling past max_rows
            row_height = max(row_height, self.view.fontMetrics().height() + 8)
            self.view.setMaximumHeight(self._height_for(min(shown, max_rows), row_height))
            self.view.setMinimumHeight(self._height_for(min(shown, 3), row_height))

    def _height_for(self, rows: int, row_height: int) -> int:
        header = self.view.header().sizeHint().height()
        return header + row_height * rows + 2 * self.view.frameWidth() + 2


class _UpAndDown(QScrollArea):
    """A scroll area that scrolls only up and down: as wide as the page it holds, so the
    page is never cut at the right nor given a scroll bar across."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        width = page.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())


class TodayPage(FollowupListPage):
    """Signals (besides FollowupListPage's):
        capture_requested(): the user wants the quick-capture window.
        followups_requested(): the user wants every follow-up (a list shows only the first).
        first_step_requested(str): a step of the getting-started list was clicked.
    """

    capture_requested = Signal()
    followups_requested = Signal()
    first_step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, options: Options | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, options)
        self._today = today
        self._shown_day: date | None = None
        self.models = {key: FollowupTableModel(self, time_only=(key == "today"))
                       for key in SECTIONS}

        self.title = page_heading(self, "", 1.6)
        self.summary = QLabel(self)
        self.add_button = QPushButton(self.tr("&New follow-up…"), self)
        self.capture_button = QPushButton(self.tr("&Quick capture…"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.capture_button.clicked.connect(self.capture_requested)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        header.addLayout(titles, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.capture_button)
        top = QVBoxLayout()  # the buttons at the top, by the title
        top.addLayout(buttons)
        top.addStretch(1)
        header.addLayout(top)

        self.sections = {key: _Section(self, self.models[key]) for key in SECTIONS}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        # a new user's first steps, until they are done or the list is hidden
        self.first_steps = FirstSteps(self, self.options)
        self.first_steps.step_requested.connect(self.first_step_requested)
        layout.addWidget(self.first_steps)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        for key in SECTIONS:
            layout.addWidget(self.sections[key])
            self.watch(self.sections[key].view)
            self.sections[key].more.linkActivated.connect(
                lambda _link: self.followups_requested.emit())
        from coopeten_gui.ui.pages.keep_in_touch_list import KeepInTouchList

        self.keep_in_touch = KeepInTouchList(self)
        self.keep_in_touch.contact_opened.connect(self.contact_opened)
        layout.addWidget(self.keep_in_touch)
        layout.addStretch(1)
        self.hint = QLabel(self.tr("Space: done · S: snooze a day · R: reschedule · "
                                   "Enter: open the contact · E: edit · Ctrl+Z: undo"), self)
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        # the window's height never grows with the lists: past their smallest, the page
        # scrolls (Tab scrolls a list it moves to into sight); the keys stay in sight
        # under it (and a text that wraps inside would let the lists grow past the page)
        self.page_scroll = _UpAndDown(self)
        self.page_scroll.setObjectName("today_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(body)
        margins = layout.contentsMargins()
        self.hint.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll, 1)
        outer.addWidget(self.hint)
        self.reload()

    @property
    def views(self) -> dict[str, QTreeView]:
        return {key: section.view for key, section in self.sections.items()}

    def reload(self) -> None:
        self.first_steps.reload()
        today = self._today()
        self._shown_day = today
        agenda = followup_reads.agenda(today, limit=SHOW_AT_MOST)
        rows = {"overdue": agenda.overdue, "today": agenda.today, "upcoming": agenda.upcoming}
        for key in SECTIONS:
            view = self.sections[key].view
            current = view.currentIndex().row()
            self.models[key].set_rows(rows[key])
            if 0 <= current < len(rows[key]):
                view.setCurrentIndex(self.models[key].index(current, 0))
        self.title.setText(self.tr("Today, {date}").format(
            date=QLocale().toString(today, QLocale.FormatType.LongFormat)))
        counts = {key: agenda.total(key) for key in SECTIONS}
        more = {key: self.tr("…and %n more — see Follow-ups", "", counts[key] - len(rows[key]))
                if counts[key] > len(rows[key]) else "" for key in SECTIONS}
        self.summary.setText(" · ".join((
            self.tr("%n overdue", "", counts["overdue"]),
            self.tr("%n due today", "", counts["today"]),
            self.tr("%n coming up", "", counts["upcoming"]),
        )))
        self._align_columns()
        self.keep_in_touch.reload(today)
        # every row is as tall as the first one shown (measured once, not per list)
        first = next((section.view for section in self.sections.values()
                      if section.view.model().rowCount()), None)
        row_height = first.sizeHintForRow(0) if first is not None else 0
        self.sections["overdue"].show_rows(self.tr("Overdue"), counts["overdue"],
                                           self.tr("Nothing overdue. Well done!"), 8,
                                           more["overdue"], row_height)
        self.sections["today"].show_rows(self.tr("Due today"), counts["today"],
                                         self.tr("Nothing due today."), 8, more["today"],
                                         row_height)
        self.sections["upcoming"].show_rows(self.tr("Coming up (two weeks)"),
                                            counts["upcoming"],
                                            self.tr("Nothing planned for the next two weeks."),
                                            14, more["upcoming"], row_height)

    def _align_columns(self) -> None:
        """The three lists read as one table: contact, due and priority line up (sized
        from the texts of the rows read, never by measuring every row)."""
        size_columns([self.sections[key].view for key in SECTIONS])

    def focus_first_list(self) -> None:
        for key in SECTIONS:
            view = self.sections[key].view
            if self.models[key].rowCount():
                view.setFocus()
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(self.models[key].index(0, 0))
                return

    def showEvent(self, event) -> None:
        # after midnight, "today" moved on: a window left open overnight catches up
        if self._shown_day is not None and self._shown_day != self._today():
            self.reload()
        super().showEvent(event)
