# Over 400 lines: the shell's own state (pages, undo stack) that its helpers act on.
"""The main window, a shell: navigation on the left, one page at a time on the right. It
builds menus, hands work to pages and keeps them fresh; it holds no business rules.

Each page is declared once in ``pages_registry`` (key, title, shortcut, how it is made);
``menus`` builds the menus from the same declarations, and Help → Keyboard shortcuts
reads the real actions (``help_dialogs``). What the menus start lives in
``window_commands``, ``database_files`` (through the session service) and
``calendar_export``; the frame and its saved sizes in ``window_frame``. The window
connects whatever signals a page has among ``data_changed``, ``contact_opened(int)``,
``status_message(str)``… and calls ``reload()`` on a page gone stale when shown again.

Start-up shows Today and nothing else: a page (and its module) is made the first time
it is asked for (``pages[key]``, ``show_section``), and what the first screen does not
need — the status-bar counts, the tray icon, the read-only notice, loading the ORM —
waits until the window has painted once (``after_first_paint``).

Switching language or database rebuilds the pages and menus in place (``rebuild``):
every text is made again under the new translator, and the window itself — geometry, undo
stack, reminders, tray — stays. Simpler and surer than a ``retranslateUi`` per label.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, cast

import shiboken6
from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from coopeten_gui import translations
from coopeten_gui.services import common
from coopeten_gui.ui import (
    database_files,
    first_paint,
    menus,
    pages_registry,
    window_commands,
    window_frame,
)
from coopeten_gui.ui.first_paint import FirstPaint
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.pages_registry import SECTIONS, Pages
from coopeten_gui.ui.reminders import Notifier, Reminders
from coopeten_gui.ui.status_counts import StatusCounts

# pages and dialogs are imported where they are first made: start-up imports only Today
if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.global_search import GlobalSearch, SearchHit
    from coopeten_gui.ui.dialogs.quick_capture import QuickCaptureWindow
    from coopeten_gui.ui.kit.write_notice import ReadOnlyNotice
    from coopeten_gui.ui.pages.contact_page import ContactPage
    from coopeten_gui.ui.pages.contacts_page import ContactsPage
    from coopeten_gui.ui.pages.events_page import EventsPage
    from coopeten_gui.ui.pages.followups_page import FollowupsPage
    from coopeten_gui.ui.pages.settings_page import SettingsPage
    from coopeten_gui.ui.pages.today_page import TodayPage

__all__ = ["SECTIONS", "MainWindow"]

STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    """Signals:
        data_changed(): something was written; pages not on screen reload when shown.
        rebuilt(): pages and menus were made again (language or database switched).
    """

    data_changed = Signal()
    rebuilt = Signal()

    # made by window_frame.build and menus.build, which lay the window out
    navigation: QListWidget
    stack: QStackedWidget
    splitter: QSplitter
    go_actions: dict[str, QAction]
    contacts_menu: QMenu
    new_contact_action: QAction
    capture_action: QAction
    import_action: QAction
    export_actions: dict[str, QAction]
    export_calendar_action: QAction
    backups_action: QAction
    restore_export_action: QAction
    report_action: QAction
    undo_action: QAction
    redo_action: QAction
    search_action: QAction

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None,
                 now: Callable[[], datetime] = common.now) -> None:
        super().__init__(parent)
        self.options = Options(settings)
        self.settings = self.options.qsettings
        # the one undo history of the window (pages push their commands here)
        self.undo_stack = QUndoStack(self)
        self.pages: Pages = Pages(self._make_page)
        self._contact_view: ContactPage | None = None
        self._stale: set[str] = set()
        self._closed = False
        self._first_paint = FirstPaint(self)
        # the ORM and the Contacts list, a piece at a time, before anything else left for
        # after the first paint
        for step in first_paint.WARM_UP:
            self.after_first_paint(step)
        self.search_popup: GlobalSearch | None = None
        self.capture_window: QuickCaptureWindow | None = None
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.counts = StatusCounts(self, self._show_counts)

        # the tray icon (asking the desktop for one takes a while) once the window shows
        self.notifier = Notifier(self, use_tray=False)
        self.notifier.clicked.connect(lambda: window_commands.bring_to_front(self))
        self.reminders = Reminders(self, self.options, notify=self.notifier.notify, now=now)

        self._build()
        self.undo_stack.indexChanged.connect(self._undo_moved)
        window_frame.restore_geometry(self)
        fit_to_screen(self, remember=False)  # the geometry kept, within this screen
        self.show_section("today")
        self.reminders.start()
        self.after_first_paint(self.notifier.use_system_tray)
        for job in first_paint.START_UP_JOBS:
            self.after_first_paint(job)
        self.after_first_paint(lambda: first_paint.warm_up_contact_page(
            self._contact_view_ahead()))
        # on a worker, once the start-up jobs have loaded the ORM on this thread (two
        # threads loading it at once would each make a database object of their own)
        self.after_first_paint(self._update_counts)
        # a read-only database: a notice across the top, before anything is typed
        self._read_only_notice: ReadOnlyNotice | None = None
        self.after_first_paint(lambda: self.read_only_notice)

    # -- the pages, made when first asked for -------------------------------------------

    @property
    def today_page(self) -> TodayPage:
        return self.pages["today"]

    @property
    def contacts_page(self) -> ContactsPage:
        return self.pages["contacts"]

    @property
    def events_page(self) -> EventsPage:
        return self.pages["events"]

    @property
    def followups_page(self) -> FollowupsPage:
        return self.pages["followups"]

    @property
    def settings_page(self) -> SettingsPage:
        return self.pages["settings"]

    @property
    def read_only_notice(self) -> ReadOnlyNotice:
        """The band across the top while the database takes no writes: made once the
        window is on screen (nothing can be typed before), or when first asked for."""
        if self._read_only_notice is None:
            from coopeten_gui.ui.kit import write_notice

            self._read_only_notice = write_notice.watch(self)
        return self._read_only_notice

    @property
    def contact_view(self) -> ContactPage:
        """One contact's page (opened from the list, search, follow-ups…)."""
        if self._contact_view is None:
            return self._make_contact_view()
        return self._contact_view

    def _make_contact_view(self, tabs_later: bool = False) -> ContactPage:
        from coopeten_gui.ui.pages.contact_page import ContactPage

        page = self._contact_view = ContactPage(self, tabs_later=tabs_later)
        self.stack.addWidget(page)
        pages_registry.connect_page(self, page)
        page.back_requested.connect(lambda: self.show_section("contacts"))
        return page

    def _contact_view_ahead(self) -> Iterator[None]:
        """Make a contact's page before the first contact is opened, a step at a time:
        its frame, then each tab, then have it show one while hidden (``rehearse``).
        Stops if the window closes meanwhile; a contact opened meanwhile makes the tabs
        left at once."""
        def alive() -> bool:
            return shiboken6.isValid(self) and not self._closed

        if not alive():
            return
        page = self._contact_view or self._make_contact_view(tabs_later=True)
        yield
        while alive() and page.make_next_tab():
            yield
        if alive():
            page.rehearse()

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window is on screen (at once if it already is):
        start-up work the first screen does not need."""
        self._first_paint.add(callback)

    def drop_after_first_paint(self) -> None:
        """The app is quitting as it paints (``--quit-after-paint``): what waits for the
        first paint is not done."""
        self._first_paint.drop()

    # -- what pages and other parts of the app call --------------------------------------

    def show_section(self, key: str) -> None:
        self._point_navigation_at(key)
        self._activate(key)
        if key == "today":
            # straight to the first follow-up, ready for Space / S / R / Enter
            self.today_page.focus_first_list()

    def current_section(self) -> str | None:
        widget = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is widget:
                return key
        return None

    def open_contact(self, contact_id: int) -> None:
        if not self._may_leave_current():
            return
        self.contact_view.show_contact(contact_id)
        self.stack.setCurrentWidget(self.contact_view)
        # the navigation shows where the contact lives without switching the page back
        self._point_navigation_at("contacts")

    def open_contact_matches(self, contact_id: int) -> None:
        """A contact's page on their matches (from quick capture's session list)."""
        self.open_contact(contact_id)
        self.contact_view.show_matches()
        self.raise_()
        self.activateWindow()

    def open_event(self, event_id: int) -> None:
        self._open_on("events", "open_event", event_id)

    def open_organization(self, organization_id: int) -> None:
        self._open_on("organizations", "open_organization", organization_id)

    def open_proposal(self, proposal_id: int) -> None:
        self._open_on("proposals", "open_proposal", proposal_id)

    def _open_on(self, key: str, opener: str, row_id: int) -> None:
        """Show page ``key`` and open one of its rows there (with the page's ``opener``)."""
        self.show_section(key)
        open_row = getattr(self.pages[key], opener, None)
        if open_row is not None:
            open_row(row_id)

    def open_search_hit(self, hit: SearchHit) -> None:
        window_commands.open_search_hit(self, hit)

    def notify_data_changed(self, source: QWidget | None = None) -> None:
        """After any write: the page on screen reloads now, the others when next shown."""
        current = self.current_section()
        for key, page in self.pages.items():
            if page is source:
                continue
            if key == current and page.isVisible():
                self._reload(page)
            else:
                self._stale.add(key)
        self._update_counts()
        self.data_changed.emit()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def search_everywhere(self) -> GlobalSearch:
        return window_commands.search_everywhere(self)

    def open_quick_capture(self, event_id: int | None = None) -> QuickCaptureWindow:
        return window_commands.open_quick_capture(self, event_id)

    def new_event(self) -> None:
        self.show_section("events")
        self.events_page.new_event()

    # -- language, look, database ------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Install the translators for ``code`` ("" = the system's) and rebuild the texts."""
        self.options.language = code
        translations.install(QApplication.instance(), code or None)
        self.rebuild()
        self.show_section("settings")

    def set_appearance(self, appearance: str) -> None:
        from coopeten_gui.ui.kit import palette

        self.options.appearance = appearance
        palette.follow_system(cast(QApplication, QApplication.instance()), appearance)

    def rebuild(self) -> None:
        """Make pages and menus again (new language, other database), keeping the window."""
        current = self.current_section() or "today"
        self._save_layout()
        if self.search_popup is not None:
            self.search_popup.deleteLater()
            self.search_popup = None
        self._build()
        window_frame.restore_splitter(self)
        self.show_section(current)
        self._update_counts()
        self.rebuilt.emit()

    def ask_new_path(self) -> str:
        return database_files.ask_new_path(self)

    def ask_export_path(self) -> str:
        from coopeten_gui.ui.dialogs.calendar_export import CalendarExport

        exporter = CalendarExport(self)
        try:
            return exporter.ask_path()
        finally:
            exporter.deleteLater()

    def choose_new_database(self) -> bool:
        return database_files.choose_new(self)

    def open_database_file(self, path: str | Path) -> bool:
        """Switch to another database (created when missing); on failure keep the current."""
        return database_files.switch(self, path)

    def export_calendar(self) -> None:
        from coopeten_gui.ui.dialogs.calendar_export import CalendarExport

        CalendarExport(self).run()

    # -- Qt events -------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        from coopeten_gui.ui.kit import unsaved

        # typed work on any page (My business…) is saved or let go knowingly
        if not all(unsaved.may_leave_all(self, page, windows=True)
                   for page in list(self.pages.values())):
            event.ignore()
            return
        self._closed = True
        self._save_layout()
        self.reminders.stop()
        if self.capture_window is not None:
            self.capture_window.close()
        if self.notifier.tray is not None:
            self.notifier.tray.hide()
        super().closeEvent(event)

    # -- building --------------------------------------------------------------------------

    def section_titles(self) -> dict[str, str]:
        return {key: pages_registry.title(key) for key in SECTIONS}

    def _build(self) -> None:
        self.pages = Pages(self._make_page)
        self._contact_view = None
        self._stale = set()
        window_frame.build_frame(self)
        menus.build_menus(self)
        self.navigation.currentRowChanged.connect(self._navigated)
        window_frame.update_title(self)

    def _make_page(self, key: str) -> QWidget:
        """Make the page of section ``key`` (imported only now), wired to the window."""
        page = pages_registry.BY_KEY[key].make(self)
        self.stack.addWidget(page)
        pages_registry.connect_page(self, page)
        if key == "contacts":
            menus.fill_contacts_menu(self, page)
        return page

    def selected_contact_ids(self) -> list[int]:
        """The contacts selected in the Contacts list (none before it was ever made)."""
        page = self.pages.get("contacts")
        return page.selected_ids() if page is not None else []

    # -- internals -------------------------------------------------------------------------

    def _navigated(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self._activate(SECTIONS[row])

    def _activate(self, key: str) -> None:
        if self.pages.get(key) is not self.stack.currentWidget() \
                and not self._may_leave_current():
            return
        page = self.pages[key]
        if key in self._stale:
            self._stale.discard(key)
            self._reload(page)
        self.stack.setCurrentWidget(page)

    def _may_leave_current(self) -> bool:
        """Ask before leaving a page with unsaved typing; on Cancel the navigation goes
        back to the page the user stays on."""
        current = self.stack.currentWidget()
        if current is None:
            return True
        from coopeten_gui.ui.kit import unsaved

        if unsaved.may_leave_all(self, current):
            return True
        key = self.current_section()
        if key is not None:
            self._point_navigation_at(key)
        return False

    def _point_navigation_at(self, key: str) -> None:
        """Select ``key`` in the navigation without switching pages."""
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(SECTIONS.index(key))
        self.navigation.blockSignals(blocked)

    def _undo_moved(self, _index: int) -> None:
        # the stack clears itself (and says so) while the window is being destroyed
        if shiboken6.isValid(self) and not self._closed:
            self.notify_data_changed()

    @staticmethod
    def _reload(page: QWidget) -> None:
        reload = getattr(page, "reload", None)
        if callable(reload):
            reload()

    def focus_contact_search(self) -> None:
        self.show_section("contacts")
        self.contacts_page.search_box.setFocus()
        self.contacts_page.search_box.selectAll()

    def _update_counts(self) -> None:
        """Have the status bar's counts read again, on a worker (``status_counts``)."""
        self.counts.refresh()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.count_label.setText(
            self.tr("%n contact(s)", "", counts["contacts"]) + " · "
            + self.tr("%n open follow-up(s)", "", counts["followups"]))

    def _save_layout(self) -> None:
        window_frame.save_layout(self)
