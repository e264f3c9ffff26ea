"""Today's "Keep in touch" list: birthdays and anniversaries this week, and the people
whose keep-in-touch rhythm has lapsed. Enter or a double click opens the person.

Hidden when there is nobody to think of, so Today stays as short as the day is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coopeten_gui.services import keep_in_touch
from coopeten_gui.ui.kit import qt_values
from coopeten_gui.ui.kit.page_heading import page_heading

#: rows shown before the list scrolls; fewer (down to ``FEWEST_ROWS``) when Today is short
VISIBLE_ROWS = 6
FEWEST_ROWS = 3


class KeepInTouchList(QWidget):
    """Signals:
        contact_opened(int): the user opened one of the people listed.
    """

    contact_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # headed like Today's lists of follow-ups
        self.heading = page_heading(self, "", 1.1)
        self.list = QListWidget(self)
        self.list.setObjectName("keep_in_touch")
        self.list.setSpacing(2)
        # every row is one line of text: the list measures one, not all of them
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Keep in touch"))
        self.list.itemActivated.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def reload(self, today: date) -> None:
        self.list.clear()
        try:
            dates, lapsed, lapsed_count = keep_in_touch.people_to_think_of(today)
        except keep_in_touch.Unreadable:
            # a damaged file: the check after the first paint finds it and offers the
            # recovery; this extra list must not keep Today from showing meanwhile
            self.hide()
            return
        # birthdays fall on a few days of the week: each day and each wording is put
        # into words once, not once a person (50 dates formatted took half a millisecond)
        texts = self._date_texts()
        days: dict[date, str] = {}
        for row in dates:
            if row.on not in days:
                days[row.on] = self._when(row.on, today)
            text = texts[row.kind == "birthday", bool(row.years)]
            self._add(text.format(name=row.name, when=days[row.on], years=row.years),
                      row.contact_id)
        for lapsed_row in lapsed:
            self._add(self._lapsed_text(lapsed_row, today), lapsed_row.contact_id)
        count = len(dates) + lapsed_count
        self.heading.setText(f"{self.tr('Keep in touch')} ({QLocale().toString(count)})")
        self.setVisible(count > 0)
        if self.list.count():
            row_height = self.list.sizeHintForRow(0) + 2 * self.list.spacing()
            frame = 2 * self.list.frameWidth() + 2
            self.list.setMaximumHeight(row_height * min(self.list.count(), VISIBLE_ROWS) + frame)
            self.list.setMinimumHeight(row_height * min(self.list.count(), FEWEST_ROWS) + frame)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _add(self, text: str, contact_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(qt_values.USER_ROLE, contact_id)
        self.list.addItem(item)

    def _date_texts(self) -> dict[tuple[bool, bool], str]:
        """The line of a date, by (a birthday?, the years known?)."""
        return {
            (True, True): self.tr("{name}: birthday {when} (turns {years})"),
            (True, False): self.tr("{name}: birthday {when}"),
            (False, True): self.tr("{name}: anniversary {when} ({years} years)"),
            (False, False): self.tr("{name}: anniversary {when}"),
        }

    def _lapsed_text(self, row: keep_in_touch.LapsedRow, today: date) -> str:
        rhythm = self.tr("every %n week(s)", "", row.weeks)
        if row.last_contact is None:
            return self.tr("{name}: {rhythm}, no contact recorded yet").format(
                name=row.name, rhythm=rhythm)
        late = (today - row.due_on).days
        return self.tr("{name}: {rhythm}, last contact {date} ({late})").format(
            name=row.name, rhythm=rhythm,
            date=QLocale().toString(row.last_contact, QLocale.FormatType.ShortFormat),
            late=self.tr("due today") if late == 0 else self.tr("%n day(s) late", "", late))

    def _when(self, on: date, today: date) -> str:
        days = (on - today).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        # a date format of each language: "Monday 8 December", "lunes 8 de diciembre"
        return self.tr("on {day}").format(day=QLocale().toString(on, self.tr("dddd d MMMM")))

    def _opened(self, item: QListWidgetItem) -> None:
        self.contact_opened.emit(int(item.data(qt_values.USER_ROLE)))
