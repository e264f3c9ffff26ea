"""Reminders while the app is open: a desktop notification when a follow-up falls due,
and once a day for the birthdays and anniversaries of the day.

Every minute ``Reminders.check`` asks ``services.followup_reads.falling_due(last_check, now)``;
anything that became due since the last look (also across a laptop's sleep) is told
once, through the system tray's notification, or in the status bar when the desktop
has no tray. The clock is injectable, so tests drive it without waiting.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from coopeten_gui import APP_NAME
from coopeten_gui.services import common, followup_reads, keep_in_touch
from coopeten_gui.services.followup_reads import FollowupRow
from coopeten_gui.ui.kit.settings import Options

CHECK_EVERY_MS = 60_000
SHOW_AT_MOST = 3
TRAY_MESSAGE_MS = 15_000


class Notifier(QObject):
    """Shows a message in the system tray, or in the window's status bar without one.

    Signals:
        clicked(): the user clicked the notification (show the window's Today).
    """

    clicked = Signal()

    def __init__(self, window: QMainWindow, use_tray: bool | None = None) -> None:
        """``use_tray``: None asks the desktop now whether it has a tray; False leaves
        the tray icon for later (``use_system_tray``)."""
        super().__init__(window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if use_tray:
            self._make_tray()

    def use_system_tray(self) -> bool:
        """Show the tray icon if the desktop has a tray (the window asks once it is on
        screen: the question takes the desktop a while). True when there is one."""
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        return self.tray is not None

    def _make_tray(self) -> None:
        icon = QApplication.windowIcon()
        self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
        self.tray.setToolTip(APP_NAME)
        menu = QMenu(self._window)
        menu.addAction(self.tr("Show Coopeten"), self.clicked.emit)
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self.clicked)
        self.tray.activated.connect(lambda _reason: self.clicked.emit())
        self.tray.show()

    def notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information,
                                  TRAY_MESSAGE_MS)
        else:
            self._window.statusBar().showMessage(f"{title}: {text.replace(chr(10), ' · ')}")


class Reminders(QObject):
    """Signals:
        reminded(str, str): a notification was given (title, text).
    """

    reminded = Signal(str, str)

    def __init__(self, parent: QObject | None = None, options: Options | None = None,
                 notify: Callable[[str, str], None] | None = None,
                 now: Callable[[], datetime] = common.now,
                 interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.options = options or Options()
        self._notify = notify
        self._now = now
        self.last_check = now()
        self.last_message: tuple[str, str] | None = None
        # the day whose birthdays and anniversaries were told (once a day)
        self.dates_told_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.last_check = self._now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[FollowupRow]:
        """Tell about what fell due since the last check; return those follow-ups."""
        since, current = self.last_check, self._now()
        if current <= since:
            return []
        # the window moves on even when reminders are off, so turning them back on
        # does not replay everything that fell due meanwhile
        self.last_check = current
        if not self.options.reminders_enabled:
            return []
        try:
            due = followup_reads.falling_due(since, current)
            self._tell_dates(current.date())
        except Exception:  # noqa: BLE001 - a closed or switched database: try again next minute
            return []
        if due:
            title, text = self.message_for(due)
            self.last_message = (title, text)
            if self._notify is not None:
                self._notify(title, text)
            self.reminded.emit(title, text)
        return due

    def _tell_dates(self, today: date) -> None:
        """Today's birthdays and anniversaries, told once a day."""
        if self.dates_told_on == today:
            return
        self.dates_told_on = today
        rows = keep_in_touch.upcoming_dates(today, days=1)
        if not rows:
            return
        lines = [(self.tr("Birthday: {name}") if row.kind == "birthday"
                  else self.tr("Anniversary: {name}")).format(name=row.name)
                 for row in rows[:SHOW_AT_MOST]]
        if len(rows) > SHOW_AT_MOST:
            lines.append(self.tr("and %n more", "", len(rows) - SHOW_AT_MOST))
        title, text = self.tr("Today"), "\n".join(lines)
        self.last_message = (title, text)
        if self._notify is not None:
            self._notify(title, text)
        self.reminded.emit(title, text)

    def message_for(self, due: Sequence[FollowupRow]) -> tuple[str, str]:
        if len(due) == 1:
            return self.tr("Follow-up due"), self._line(due[0])
        lines = [self._line(task) for task in due[:SHOW_AT_MOST]]
        if len(due) > SHOW_AT_MOST:
            lines.append(self.tr("and %n more", "", len(due) - SHOW_AT_MOST))
        return self.tr("%n follow-up(s) due", "", len(due)), "\n".join(lines)

    @staticmethod
    def _line(task: FollowupRow) -> str:
        return f"{task.title} — {task.contact_name}" if task.contact_name and \
            task.contact_name not in task.title else task.title
