"""The window's pages, each declared once: its key, its title in the navigation and the Go
menu, its shortcut, and how it is made and wired to the window.

A page's module is imported only when the page is first asked for (``Pages``): start-up
imports Today's alone. The order of ``PAGES`` is the order of the navigation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from coopeten_gui.i18n import QT_TRANSLATE_NOOP, translate
from coopeten_gui.ui import database_files, window_commands

if TYPE_CHECKING:
    from coopeten_gui.ui.main_window import MainWindow


class Page(NamedTuple):
    key: str
    title: str  # the source text, translated in the window's context ("MainWindow")
    shortcut: str | None  # as QKeySequence reads it, "Ctrl+1"
    make: Callable[[MainWindow], QWidget]


def _today(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.today_page import TodayPage

    page = TodayPage(window, window.options)
    page.undo_stack = window.undo_stack
    page.capture_requested.connect(lambda: window.open_quick_capture())
    page.followups_requested.connect(lambda: window.show_section("followups"))
    page.first_step_requested.connect(lambda step: window_commands.take_first_step(window, step))
    return page


def _contacts(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.contacts_page import ContactsPage

    page = ContactsPage(window)
    # the window's File → New contact owns Ctrl+N everywhere; the page's own copy of the
    # shortcut would make the key ambiguous (and dead) while it has focus
    page_new = getattr(page, "new_action", None)
    if page_new is not None:
        page_new.setShortcuts([])
    return page


def _organizations(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.organizations_page import OrganizationsPage

    return OrganizationsPage(window)


def _events(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.events_page import EventsPage

    page = EventsPage(window, window.options)
    page.capture_requested.connect(lambda event_id: window.open_quick_capture(event_id or None))
    return page


def _exchanges(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.offers_asks_page import OffersAsksPage

    return OffersAsksPage(window)


def _followups(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.followups_page import FollowupsPage

    page = FollowupsPage(window, window.options)
    page.undo_stack = window.undo_stack
    return page


def _proposals(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.proposals_page import ProposalsPage

    return ProposalsPage(window, window.selected_contact_ids)


def _referrals(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.referrals_page import ReferralsPage

    page = ReferralsPage(window)
    page.undo_stack = window.undo_stack
    return page


def _alliances(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.alliances_page import AlliancesPage

    return AlliancesPage(window)


def _dashboard(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.dashboard_page import DashboardPage

    page = DashboardPage(window)
    page.report_requested.connect(lambda: window_commands.alliance_report(window))
    return page


def _business(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.my_business_page import MyBusinessPage

    return MyBusinessPage(window)


def _settings(window: MainWindow) -> QWidget:
    from coopeten_gui.ui.pages.settings_page import SettingsPage

    page = SettingsPage(window, window.options)
    page.open_database_requested.connect(lambda: database_files.choose_to_open(window))
    page.new_database_requested.connect(window.choose_new_database)
    page.language_changed.connect(
        lambda code: QTimer.singleShot(0, lambda: window.set_language(code)))
    page.appearance_changed.connect(window.set_appearance)
    page.business_requested.connect(lambda: window.show_section("business"))
    return page


# Ctrl+1 … Ctrl+9, Ctrl+0 for the first ten; Settings keeps Ctrl+, wherever it is
PAGES = (
    Page("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "Ctrl+1", _today),
    Page("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "Ctrl+2", _contacts),
    Page("organizations", QT_TRANSLATE_NOOP("MainWindow", "Organizations"), "Ctrl+3",
         _organizations),
    Page("events", QT_TRANSLATE_NOOP("MainWindow", "Events"), "Ctrl+4", _events),
    Page("exchanges", QT_TRANSLATE_NOOP("MainWindow", "Offers & Asks"), "Ctrl+5", _exchanges),
    Page("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), "Ctrl+6", _followups),
    Page("proposals", QT_TRANSLATE_NOOP("MainWindow", "Proposals"), "Ctrl+7", _proposals),
    Page("referrals", QT_TRANSLATE_NOOP("MainWindow", "Referrals"), "Ctrl+8", _referrals),
    Page("alliances", QT_TRANSLATE_NOOP("MainWindow", "Alliances"), "Ctrl+9", _alliances),
    Page("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "Ctrl+0", _dashboard),
    Page("business", QT_TRANSLATE_NOOP("MainWindow", "My business"), None, _business),
    Page("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+,", _settings),
)
BY_KEY = {page.key: page for page in PAGES}
SECTIONS = tuple(page.key for page in PAGES)


def title(key: str) -> str:
    """The page's title in the language installed now."""
    return translate("MainWindow", BY_KEY[key].title)


class Pages(dict):
    """The window's pages by key, each made the first time it is asked for.

    ``pages[key]`` makes the page when it does not exist yet; ``get``, ``in`` and
    iteration see only the pages made so far (the others have nothing to refresh).
    """

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> QWidget:
        if key not in BY_KEY:
            raise KeyError(key)
        page = self._make(key)
        self[key] = page
        return page


def connect_page(window: MainWindow, page: QWidget) -> None:
    """Hook up the signals a page has to the window (each page has only some of them)."""
    connections = (
        ("data_changed", lambda *_a, p=page: window.notify_data_changed(p)),
        ("contact_opened", window.open_contact),
        ("organization_opened", window.open_organization),
        ("event_opened", window.open_event),
        ("proposal_opened", window.open_proposal),
        ("status_message", window.show_status),
    )
    for name, slot in connections:
        signal = getattr(page, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)
