"""Work a window leaves for after its first paint: what the first screen does not need
waits until that screen is on the user's display (``FirstPaint``), and the start-up jobs
the main window leaves there (``START_UP_JOBS``)."""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs callbacks once the window has painted for the first time (from the event
    loop, so the first frame is on screen before they start) — or, should no paint come
    (a window shown minimized), ``FALLBACK_MS`` after it was shown."""

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._callbacks: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def add(self, callback: Callable[[], object]) -> None:
        if self.painted:
            QTimer.singleShot(0, callback)
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        elif event.type() == QEvent.Type.Show and not self.painted:
            QTimer.singleShot(self.FALLBACK_MS, self._fallback)
        return False

    def _fallback(self) -> None:
        if shiboken6.isValid(self) and not self.painted:
            self.painted = True
            self.parent().removeEventFilter(self)
            self._run()

    def drop(self) -> None:
        """Forget the callbacks not run yet (the app quits right after its first paint)."""
        self._callbacks = []

    def _run(self) -> None:
        if not shiboken6.isValid(self):  # the window closed meanwhile
            return
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


def warm_up_services() -> None:
    """Load what the next click most likely needs — the ORM, the contacts service — while
    the first screen is being read, rather than on that click (a few dozen milliseconds the
    first screen does not wait for)."""
    from coopeten_gui.services import contacts  # noqa: F401 - loading it is the point


#: How long after the first paint a contact's page is loaded ahead of the first click.
WARM_UP_CONTACT_PAGE_MS = 1000


def warm_up_contact_page() -> None:
    """Load a contact's page's modules (a tenth of a second) once the window has settled,
    so the first contact opened shows as fast as the next ones."""
    def load() -> None:
        from coopeten_gui.ui.pages import contact_page  # noqa: F401 - loading it is the point

    QTimer.singleShot(WARM_UP_CONTACT_PAGE_MS, load)


def read_old_phones() -> None:
    """Phones saved before numbers were read as numbers get their international form, off
    the UI thread (a few seconds for a million), once per database."""
    from coopeten_gui.services import phones
    from coopeten_gui.ui.kit.background import run_in_background

    # a failure (the database being switched) is retried at the next start
    run_in_background(None, lambda _progress: phones.fill_in_missing(),
                      on_error=lambda _error: None, cancellable=False)


START_UP_JOBS = (warm_up_services, read_old_phones, warm_up_contact_page)
