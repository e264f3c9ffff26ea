"""Work a window leaves for after its first paint: what the first screen does not need
waits until that screen is on the user's display (``FirstPaint``), and the start-up jobs
the main window leaves there (``START_UP_JOBS``)."""

from __future__ import annotations

import importlib
from typing import Callable, Iterator

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from coopeten_gui.services import session


class FirstPaint(QObject):
    """Runs callbacks once the window has painted for the first time (from the event
    loop, so the first frame is on screen before they start) — or, should no paint come
    (a window shown minimized), ``FALLBACK_MS`` after it was shown.

    They run in order, each in a turn of the event loop of its own: a key pressed or a
    list read meanwhile is answered between two of them, not after all (loading the ORM
    alone holds the window about 55 ms)."""

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._callbacks: list[Callable[[], object]] = []
        self._scheduled = False
        window.installEventFilter(self)

    def add(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)
        if self.painted:
            self._schedule()

    def pending(self) -> bool:
        """Whether callbacks are still waiting for their turn."""
        return bool(self._callbacks)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            self._schedule()
        elif event.type() == QEvent.Type.Show and not self.painted:
            QTimer.singleShot(self.FALLBACK_MS, self._fallback)
        return False

    def _fallback(self) -> None:
        if shiboken6.isValid(self) and not self.painted:
            self.painted = True
            self.parent().removeEventFilter(self)
            self._schedule()

    def drop(self) -> None:
        """Forget the callbacks not run yet (the app quits right after its first paint)."""
        self._callbacks = []

    def _schedule(self) -> None:
        if not self._scheduled and self._callbacks:
            self._scheduled = True
            QTimer.singleShot(0, self._run_next)

    def _run_next(self) -> None:
        if not shiboken6.isValid(self):  # the window closed meanwhile
            return
        self._scheduled = False
        if not self._callbacks:
            return
        callback = self._callbacks.pop(0)
        self._schedule()  # the next one's turn, even should this one fail
        callback()


def warm_up_orm() -> None:
    """Load peewee and bind it to the open file (about 20 ms), in a turn of its own."""
    session.load_orm()


def warm_up_services() -> None:
    """Load what the next click most likely needs — the ORM, the contacts service — while
    the first screen is being read, rather than on that click (a few dozen milliseconds the
    first screen does not wait for), a piece at a time (``warm_up_orm``, …)."""
    from coopeten_gui.services import contacts  # noqa: F401 - loading it is the point


#: The Contacts list's modules, loaded ahead of the click most users make first, one per
#: turn of the event loop (about 30 ms in all, the vCard and CSV formats not among them).
CONTACTS_MODULES = ("coopeten_gui.ui.kit.contact_table_view",
                    "coopeten_gui.ui.dialogs.contact_dialog",
                    "coopeten_gui.ui.pages.contacts_page")


def _loader(name: str) -> Callable[[], object]:
    return lambda: importlib.import_module(name)


#: How long after the first paint a contact's page is loaded ahead of the first click,
#: and how often it looks again while work runs on a worker.
WARM_UP_CONTACT_PAGE_MS = 1000
WAIT_FOR_WORKER_MS = 250


#: A contact's page's modules, the heaviest tabs first and the page last, loaded one per
#: turn of the event loop: about 45 ms in all, none over 11 ms. The first two write its
#: amounts in the business's currency.
CONTACT_PAGE_MODULES = ("coopeten_gui.services.my_business",
                        "coopeten_gui.documents.formatting",
                        # what the tabs load first, on their own turns: a tab loading
                        # all of it held the window up to 24 ms
                        "coopeten_gui.services.matching", "coopeten_gui.services.balance",
                        "coopeten_gui.ui.kit.record_dialog",
                        "coopeten_gui.services.offers_asks",
                        *(f"coopeten_gui.ui.pages.{name}" for name in (
                            "contact_tabs.balance", "contact_tabs.offers_asks",
                            "contact_tabs.referrals", "contact_tabs.followups",
                            "contact_tabs.proposals", "contact_tabs.promotions",
                            "contact_tabs.matches", "contact_page")))


def warm_up_contact_page(steps: Iterator[object]) -> None:
    """Load a contact's page's modules once the window has settled, then take ``steps``
    (the window makes the page a tab at a time and has it rehearse a contact), so the
    first contact opened shows as fast as the next ones: a step per turn of the event
    loop, each waiting while work runs on a worker (an export, an import, the rest of a
    list), whose share of Python would make the step hold the window twice as long."""
    from coopeten_gui.ui.kit import background

    loaders = [_loader(name) for name in CONTACT_PAGE_MODULES]

    def next_step() -> None:
        if background.busy():
            QTimer.singleShot(WAIT_FOR_WORKER_MS, next_step)
            return
        if loaders:
            loaders.pop(0)()
        elif next(steps, _DONE) is _DONE:
            return
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(WARM_UP_CONTACT_PAGE_MS, next_step)


_DONE = object()


def read_old_phones() -> None:
    """Phones saved before numbers were read as numbers get their international form, off
    the UI thread (a few seconds for a million), once per database; then the numbering
    plan is loaded there too, rather than on the UI thread when the first phone is saved."""
    from coopeten_gui.services import phones
    from coopeten_gui.ui.kit import background

    def job(_progress) -> None:
        phones.fill_in_missing()
        phones.warm_up()

    # a failure (the database being switched) is retried at the next start
    background.run_in_background(None, job, on_error=lambda _error: None, cancellable=False)


#: What the window loads first once it shows, a piece at a time, before any other work
#: left for after its first paint (naming the undo steps needs the ORM), the Contacts
#: list last.
WARM_UP = (warm_up_orm, warm_up_services, *(_loader(name) for name in CONTACTS_MODULES))

START_UP_JOBS = (read_old_phones,)
