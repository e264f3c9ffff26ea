"""The notice shown while opening the database upgrades it for this version.

An upgrade can make the search index anew: a few seconds at 100,000 contacts, a minute
or more at a million. It runs before the window exists, so without a notice nothing
would show meanwhile, as if the program had not started. The notice appears once the
upgrade has taken ``SHOW_AFTER`` (an upgrade of a small file shows nothing), and stays
painted: storage calls a ``Watch`` as it works, which lets the event loop run now and
then, keyboard and mouse left out (nothing may start while the file is half upgraded).
Start-up loads this module only once an upgrade has begun (``startup.open_safely``).

A file from an older version opened from the window (File › Open database…) shows the
notice at once, for as long as it is opened (``while_opening``). There the notice is
painted before the upgrade begins and stays as painted until it ends: the event loop
would also run the window's timers, which must not work on a file half upgraded.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from coopeten_gui import APP_NAME
from coopeten_gui.services import session

SHOW_AFTER = 1.0  # seconds of upgrade before the notice shows
PAINT_EVERY = 0.05  # seconds between two turns of the event loop once it shows
# turns of the event loop, PAINT_EVERY apart, that map and paint a notice shown at once
FIRST_PAINT_TURNS = 3
_PAINT_ONLY = (QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
               | QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)


class UpgradeNotice(QWidget):
    """A small window: what is happening, that it takes a while, and that it moves."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setWindowTitle(APP_NAME)
        title = QLabel(self.tr("Updating your database for this version of Coopeten…"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        detail = QLabel(self.tr("With many contacts this takes a minute or two. A copy of "
                                "your database was kept before the update."), self)
        detail.setWordWrap(True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # moving: how long is not known
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addWidget(bar)
        self.setMinimumWidth(min(460, title.sizeHint().width() + 40))
        self.finished = False

    def closeEvent(self, event) -> None:
        # an upgrade cannot stop half way: the notice goes when it is over
        if self.finished:
            event.accept()
        else:
            event.ignore()

    def finish(self) -> None:
        """The upgrade is over: the notice goes."""
        self.finished = True
        self.close()
        self.deleteLater()


class Watch:
    """What storage calls as the upgrade runs (see ``session.watch_upgrades``)."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.pumped = 0.0
        self.notice: UpgradeNotice | None = None

    def __call__(self) -> None:
        now = time.monotonic()
        if self.started is None:
            self.started = now
        if now - self.started < SHOW_AFTER or now - self.pumped < PAINT_EVERY:
            return
        if self.notice is None:
            self.notice = UpgradeNotice()
            self.notice.show()
            self.notice.raise_()
        self.pumped = now
        QCoreApplication.processEvents(_PAINT_ONLY)

    def close(self) -> None:
        if self.notice is not None:
            self.notice.finish()
            self.notice = None


@contextmanager
def while_opening(path: Path | str) -> Iterator[None]:
    """The notice, while the block opens ``path`` in the running window, when the file
    is from an older version (see the module's comment)."""
    if not session.is_older(path):
        yield
        return
    notice = UpgradeNotice()
    notice.show()
    notice.raise_()
    for _ in range(FIRST_PAINT_TURNS):  # the window manager maps it, then it is painted
        QCoreApplication.processEvents(_PAINT_ONLY)
        time.sleep(PAINT_EVERY)
    notice.repaint()
    try:
        yield
    finally:
        notice.finish()
