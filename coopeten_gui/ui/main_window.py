"""The main window: navigation on the left, one page at a time on the right.

It builds menus, hands work to pages and keeps them fresh; it holds no business rules.

Pages plug in through ``_make_page`` and the ``pages`` dict; the window connects
whatever signals a page has among ``data_changed``, ``contact_opened(int)``,
``status_message(str)``, ``capture_requested``… and calls ``reload()`` on a page that
went stale when it is shown again.

Start-up shows Today and nothing else: a page (and its module) is made the first time
it is asked for (``pages[key]``, ``show_section``), and what the first screen does not
need — the status-bar counts, the tray icon, loading the ORM — waits until the window
has painted once (``after_first_paint``).

Switching language or database rebuilds the pages and menus in place
(``rebuild``): every text is created again through ``tr`` under the new translator,
and the window itself — geometry, undo stack, reminders, tray — stays. This is simpler
and more reliable than hunting every label for a ``retranslateUi``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from coopeten_gui import APP_NAME, __version__, translations
from coopeten_gui.services import common, session
from coopeten_gui.ui.fit import fit_to_screen
from coopeten_gui.ui.plain_text import literal
from coopeten_gui.ui.reminders import Notifier, Reminders
from coopeten_gui.ui.settings import Options

# pages and dialogs are imported where they are first made: start-up imports only Today
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from coopeten_gui.ui.backups_dialog import BackupsDialog
    from coopeten_gui.ui.contact_page import ContactPage
    from coopeten_gui.ui.contacts_page import ContactsPage
    from coopeten_gui.ui.events_page import EventsPage
    from coopeten_gui.ui.export_dialog import ExportDialog
    from coopeten_gui.ui.followups_page import FollowupsPage
    from coopeten_gui.ui.global_search import GlobalSearch, SearchHit
    from coopeten_gui.ui.import_dialog import ImportDialog
    from coopeten_gui.ui.quick_capture import QuickCaptureWindow
    from coopeten_gui.ui.settings_page import SettingsPage
    from coopeten_gui.ui.today_page import TodayPage

SECTIONS = ("today", "contacts", "organizations", "events", "exchanges", "followups",
            "proposals", "referrals", "alliances", "dashboard", "business", "settings")
STATUS_MESSAGE_MS = 6000


class Pages(dict):
    """The window's pages by section key, each made the first time it is asked for.

    ``pages[key]`` makes the page when it does not exist yet; ``get``, ``in`` and
    iteration see only the pages made so far (the others have nothing to refresh).
    """

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> QWidget:
        if key not in SECTIONS:
            raise KeyError(key)
        page = self._make(key)
        self[key] = page
        return page


class _FirstPaint(QObject):
    """Runs callbacks once the window has painted for the first time (from the event
    loop, so the first frame is on screen before they start) — or, should no paint come
    (a window shown minimized), ``FALLBACK_MS`` after it was shown."""

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def add(self, callback: Callable[[], None]) -> None:
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


class MainWindow(QMainWindow):
    """Signals:
        data_changed(): something was written; pages not on screen reload when shown.
        rebuilt(): pages and menus were made again (language or database switched).
    """

    data_changed = Signal()
    rebuilt = Signal()

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
        self._first_paint = _FirstPaint(self)
        self.search_popup: GlobalSearch | None = None
        self.capture_window: QuickCaptureWindow | None = None
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        # the tray icon (asking the desktop for one takes a while) once the window shows
        self.notifier = Notifier(self, use_tray=False)
        self.notifier.clicked.connect(self.bring_to_front)
        self.reminders = Reminders(self, self.options, notify=self.notifier.notify, now=now)

        self._build()
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self._restore_geometry()
        fit_to_screen(self, remember=False)  # the geometry kept, within this screen
        self.show_section("today")
        self.reminders.start()
        self.after_first_paint(self._update_counts)
        self.after_first_paint(self.notifier.use_system_tray)
        self.after_first_paint(self._warm_up)
        self.after_first_paint(self._read_old_phones)
        self.after_first_paint(self._warm_up_contact_page)
        # a read-only database: a notice across the top, before anything is typed
        from coopeten_gui.ui import write_notice

        self.read_only_notice = write_notice.watch(self)

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
    def contact_view(self) -> ContactPage:
        """One contact's page (opened from the list, search, follow-ups…)."""
        if self._contact_view is None:
            from coopeten_gui.ui.contact_page import ContactPage

            self._contact_view = ContactPage(self)
            self.stack.addWidget(self._contact_view)
            self._connect_page(self._contact_view)
            self._contact_view.back_requested.connect(lambda: self.show_section("contacts"))
        return self._contact_view

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window is on screen (at once if it already is):
        start-up work the first screen does not need."""
        self._first_paint.add(callback)

    def drop_after_first_paint(self) -> None:
        """The app is quitting as it paints (``--quit-after-paint``): what waits for the
        first paint is not done."""
        self._first_paint.drop()

    # -- what pages and other parts of the app call --------------------------------------

    def show_section(self, key: str) -> None:
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(SECTIONS.index(key))
        self.navigation.blockSignals(blocked)
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
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(SECTIONS.index("contacts"))
        self.navigation.blockSignals(blocked)

    def open_contact_matches(self, contact_id: int) -> None:
        """A contact's page on their matches (from quick capture's session list)."""
        self.open_contact(contact_id)
        self.contact_view.show_matches()
        self.raise_()
        self.activateWindow()

    def open_event(self, event_id: int) -> None:
        self.show_section("events")
        self.events_page.open_event(event_id)

    def open_organization(self, organization_id: int) -> None:
        self.show_section("organizations")
        opener = getattr(self.pages["organizations"], "open_organization", None)
        if opener is not None:
            opener(organization_id)

    def open_proposal(self, proposal_id: int) -> None:
        self.show_section("proposals")
        opener = getattr(self.pages["proposals"], "open_proposal", None)
        if opener is not None:
            opener(proposal_id)

    def open_search_hit(self, hit: SearchHit) -> None:
        if hit.kind == "contact":
            self.open_contact(hit.id)
        elif hit.kind == "organization":
            self.open_organization(hit.id)
        elif hit.kind == "event":
            self.open_event(hit.id)
        elif hit.kind == "offer_ask":
            opener = getattr(self.pages["exchanges"], "open_offer_ask", None)
            if opener is not None:
                self.show_section("exchanges")
                opener(hit.id)
            elif hit.contact_id:
                self.open_contact(hit.contact_id)
        elif hit.kind == "proposal":
            self.open_proposal(hit.id)
        elif hit.kind == "followup":
            self.edit_followup(hit.id)

    def edit_followup(self, task_id: int) -> None:
        from coopeten_gui.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self, task_id=task_id)
        try:
            if dialog.exec():
                self.notify_data_changed()
        finally:
            dialog.deleteLater()

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
        if self.search_popup is None:
            from coopeten_gui.ui.global_search import GlobalSearch

            self.search_popup = GlobalSearch(self)
            self.search_popup.hit_activated.connect(self.open_search_hit)
        self.search_popup.popup()
        return self.search_popup

    def open_quick_capture(self, event_id: int | None = None) -> QuickCaptureWindow:
        if self.capture_window is None:
            from coopeten_gui.ui.quick_capture import QuickCaptureWindow

            self.capture_window = QuickCaptureWindow(self, self.options, event_id)
            self.capture_window.captured.connect(lambda _id: self.notify_data_changed())
            self.capture_window.undone.connect(lambda _id: self.notify_data_changed())
            self.capture_window.matches_requested.connect(self.open_contact_matches)
            self.capture_window.destroyed.connect(self._capture_closed)
            self.capture_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            self.capture_window.load_events(event_id or self.capture_window.event_id())
        self.capture_window.show()
        self.capture_window.raise_()
        self.capture_window.activateWindow()
        self.capture_window.name_edit.setFocus()
        return self.capture_window

    def new_contact(self) -> None:
        self.show_section("contacts")
        creator = getattr(self.contacts_page, "new_contact", None)
        if creator is not None:
            creator()

    def new_followup(self) -> int | None:
        from coopeten_gui.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self, default_days=self.options.follow_up_days)
        try:
            if dialog.exec():
                self.notify_data_changed()
                self.show_status(self.tr("Follow-up added: {title}").format(
                    title=dialog.title_edit.text()))
                return dialog.task_id
            return None
        finally:
            dialog.deleteLater()

    def take_first_step(self, step: str) -> None:
        """Where each step of Today's getting-started list is done."""
        if step == "business":
            self.show_section("business")
        elif step == "event":
            self.new_event()
        elif step == "people":
            self.open_quick_capture()
        elif step == "proposal":
            self.show_section("proposals")

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
        from coopeten_gui.ui import palette

        self.options.appearance = appearance
        palette.follow_system(QApplication.instance(), appearance)

    def rebuild(self) -> None:
        """Make pages and menus again (new language, other database), keeping the window."""
        current = self.current_section() or "today"
        self._save_layout()
        if self.search_popup is not None:
            self.search_popup.deleteLater()
            self.search_popup = None
        self._build()
        self._restore_splitter()
        self.show_section(current)
        self._update_counts()
        self.rebuilt.emit()

    def ask_open_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), self._database_folder(),
            self.tr("Coopeten databases (*.sqlite *.db);;All files (*)"))
        return path

    def ask_new_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create a new database"),
            str(Path(self._database_folder()) / "coopeten-new.sqlite"),
            self.tr("Coopeten databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def ask_export_path(self) -> str:
        from coopeten_gui.ui import file_dialogs

        path = file_dialogs.save_file(self, self.tr("Export calendar"), "coopeten.ics",
                                      self.tr("iCalendar files (*.ics)"))
        if path and not path.lower().endswith(".ics"):
            path += ".ics"
        return path

    def choose_database_to_open(self) -> bool:
        path = self.ask_open_path()
        return self.open_database_file(path) if path else False

    def choose_new_database(self) -> bool:
        path = self.ask_new_path()
        if not path:
            return False
        if not path.lower().endswith((".sqlite", ".db")):
            path += ".sqlite"
        if Path(path).exists():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, APP_NAME, literal(self.tr(
                "{path} already exists. Choose a new name, or open it with “Open database…”."
            ).format(path=path)))
            return False
        return self.open_database_file(path)

    def open_database_file(self, path: str | Path) -> bool:
        """Switch to another database (created when missing); on failure keep the current."""
        path = Path(path)
        switched = session.switch_to(path)
        if not switched.opened:
            from PySide6.QtWidgets import QMessageBox

            for error in (switched.error, switched.reopen_error):
                if error is not None:
                    QMessageBox.critical(self, APP_NAME, literal(str(error)))
            return False
        self.options.last_database = str(path)
        self.undo_stack.clear()
        self.rebuild()
        self.show_section("today")
        self.show_status(self.tr("Opened {path}").format(path=path))
        return True

    def export_calendar(self) -> None:
        path = self.ask_export_path()
        if not path:
            return
        from coopeten_gui.services import calendar_export
        from coopeten_gui.ui.background import run_in_background

        def work(progress):
            return calendar_export.export_ics(path, progress=progress.report,
                                              cancelled=progress.is_cancelled)

        def done(count: int) -> None:
            self.show_status(self.tr("Exported %n calendar entry(ies) to {path}", "",
                                     count).format(path=path))

        def failed(error: Exception) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Export calendar"),
                                literal(self.tr("The calendar could not be written: {error}")
                                        .format(error=error)))

        run_in_background(self, work, done, failed,
                          lambda: self.show_status(self.tr("Export cancelled.")),
                          label=self.tr("Exporting the calendar…"))

    def import_contacts(self) -> ImportDialog:
        from coopeten_gui.ui.import_dialog import open_import

        dialog = open_import(self)
        dialog.imported.connect(lambda _result: self.notify_data_changed())
        dialog.status_message.connect(self.show_status)
        return dialog

    def export_contacts(self, fmt: str) -> ExportDialog:
        """The contacts selected in the Contacts list, else all (the dialog lets one switch)."""
        from coopeten_gui.ui.export_dialog import open_export

        dialog = open_export(self, fmt, self._selected_contact_ids())
        dialog.status_message.connect(self.show_status)
        return dialog

    def show_backups(self) -> BackupsDialog:
        from coopeten_gui.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.options.backup_folder(session.current_path()), self)
        # the data changed under every page and under the undo history
        dialog.restored.connect(lambda: (self.undo_stack.clear(), self.rebuild()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_full_export(self) -> None:
        """A full JSON export into a new database file the user names, then opened."""
        from coopeten_gui.ui.restore_export import restore_full_export

        restore_full_export(self)

    def bring_to_front(self) -> None:
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()
        self.show_section("today")

    def alliance_report(self):
        """Ask the period and the file, then write the alliance report (off the UI thread)."""
        from coopeten_gui.ui.alliance_report_dialog import AllianceReporter

        reporter = AllianceReporter(self, self.show_status)
        reporter.run()
        return reporter

    # -- Qt events -------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        from coopeten_gui.ui import unsaved

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
        return {
            "today": self.tr("Today"),
            "contacts": self.tr("Contacts"),
            "organizations": self.tr("Organizations"),
            "events": self.tr("Events"),
            "exchanges": self.tr("Offers & Asks"),
            "followups": self.tr("Follow-ups"),
            "proposals": self.tr("Proposals"),
            "referrals": self.tr("Referrals"),
            "alliances": self.tr("Alliances"),
            "dashboard": self.tr("Dashboard"),
            "settings": self.tr("Settings"),
            "business": self.tr("My business"),
        }

    def _build(self) -> None:
        self.pages = Pages(self._make_page)
        self._contact_view = None
        self._stale = set()
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setSpacing(2)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        self.stack = QStackedWidget(self)
        self._build_pages()
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)  # the old one (after a rebuild) is deleted
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._navigated)
        self._update_title()

    def _build_pages(self) -> None:
        """The navigation lists every section; the pages are made when first shown."""
        titles = self.section_titles()
        for key in SECTIONS:
            self.navigation.addItem(titles[key])

    def _make_page(self, key: str) -> QWidget:
        """Make the page of section ``key`` (imported only now), wired to the window."""
        if key == "today":
            from coopeten_gui.ui.today_page import TodayPage

            page = TodayPage(self, self.options)
            page.undo_stack = self.undo_stack
            page.capture_requested.connect(lambda: self.open_quick_capture())
            page.followups_requested.connect(lambda: self.show_section("followups"))
            page.first_step_requested.connect(self.take_first_step)
        elif key == "contacts":
            from coopeten_gui.ui.contacts_page import ContactsPage

            page = ContactsPage(self)
            # the window's File → New contact owns Ctrl+N everywhere; the page's own copy
            # of the shortcut would make the key ambiguous (and dead) while it has focus
            page_new = getattr(page, "new_action", None)
            if page_new is not None:
                page_new.setShortcuts([])
        elif key == "organizations":
            from coopeten_gui.ui.organizations_page import OrganizationsPage

            page = OrganizationsPage(self)
        elif key == "events":
            from coopeten_gui.ui.events_page import EventsPage

            page = EventsPage(self, self.options)
            page.capture_requested.connect(
                lambda event_id: self.open_quick_capture(event_id or None))
        elif key == "exchanges":
            from coopeten_gui.ui.exchanges_page import ExchangesPage

            page = ExchangesPage(self)
        elif key == "followups":
            from coopeten_gui.ui.followups_page import FollowupsPage

            page = FollowupsPage(self, self.options)
            page.undo_stack = self.undo_stack
        elif key == "proposals":
            from coopeten_gui.ui.proposals_page import ProposalsPage

            page = ProposalsPage(self, self._selected_contact_ids)
        elif key == "referrals":
            from coopeten_gui.ui.referrals_page import ReferralsPage

            page = ReferralsPage(self)
            page.undo_stack = self.undo_stack
        elif key == "alliances":
            from coopeten_gui.ui.alliances_page import AlliancesPage

            page = AlliancesPage(self)
        elif key == "dashboard":
            from coopeten_gui.ui.dashboard_page import DashboardPage

            page = DashboardPage(self)
            page.report_requested.connect(self.alliance_report)
        elif key == "settings":
            from coopeten_gui.ui.settings_page import SettingsPage

            page = SettingsPage(self, self.options)
            page.open_database_requested.connect(self.choose_database_to_open)
            page.new_database_requested.connect(self.choose_new_database)
            page.language_changed.connect(
                lambda code: QTimer.singleShot(0, lambda: self.set_language(code)))
            page.appearance_changed.connect(self.set_appearance)
            page.business_requested.connect(lambda: self.show_section("business"))
        elif key == "business":
            from coopeten_gui.ui.my_business_page import MyBusinessPage

            page = MyBusinessPage(self)
        else:
            raise KeyError(key)
        self.stack.addWidget(page)
        self._connect_page(page)
        if key == "contacts":
            self._fill_contacts_menu(page)
        return page

    def _selected_contact_ids(self) -> list[int]:
        """The contacts selected in the Contacts list (none before it was ever made)."""
        page = self.pages.get("contacts")
        return page.selected_ids() if page is not None else []

    def _connect_page(self, page: QWidget) -> None:
        """Hook up the signals a page has (each page has only some of them)."""
        connections = (
            ("data_changed", lambda *_a, p=page: self.notify_data_changed(p)),
            ("contact_opened", self.open_contact),
            ("organization_opened", self.open_organization),
            ("event_opened", self.open_event),
            ("proposal_opened", self.open_proposal),
            ("status_message", self.show_status),
        )
        for name, slot in connections:
            signal = getattr(page, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(slot)

    def _placeholder(self, title: str) -> QWidget:
        label = QLabel(self.tr("{section} is coming soon.").format(section=title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _build_menus(self) -> None:
        self.setMenuBar(QMenuBar(self))  # the previous bar and its actions are deleted
        bar = self.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_contact_action = self._action(file_menu, self.tr("New &contact…"),
                                               self.new_contact, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("New &follow-up…"), self.new_followup)
        self._action(file_menu, self.tr("New &event…"), self.new_event)
        self.capture_action = self._action(file_menu, self.tr("&Quick capture at an event…"),
                                           lambda: self.open_quick_capture(),
                                           QKeySequence("Ctrl+Shift+C"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Open database…"), self.choose_database_to_open,
                     QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("New &database…"), self.choose_new_database)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import contacts…"),
                                          self.import_contacts, QKeySequence("Ctrl+I"))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_actions = {fmt: self._action(export_menu, text,
                                                 lambda f=fmt: self.export_contacts(f))
                               for fmt, text in (("vcard", self.tr("&vCard…")),
                                                 ("csv", self.tr("&CSV…")),
                                                 ("json", self.tr("&Everything (JSON)…")))}
        self.export_calendar_action = self._action(
            export_menu, self.tr("Ca&lendar (.ics)…"), self.export_calendar)
        self.backups_action = self._action(file_menu, self.tr("&Backups…"), self.show_backups)
        self.restore_export_action = self._action(
            file_menu, self.tr("&Restore from a full export…"), self.restore_full_export)
        self.report_action = self._action(file_menu, self.tr("Alliance &report…"),
                                          self.alliance_report)
        file_menu.addSeparator()
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) \
            or [QKeySequence("Ctrl+Q")]
        quit_action = self._action(file_menu, self.tr("&Quit"), self.close)
        quit_action.setShortcuts(quit_keys)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(edit_menu, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(edit_menu, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                                      + [QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        from coopeten_gui.ui.undo import name_steps_in_phrase

        name_steps_in_phrase(self.undo_stack, self.undo_action, self.redo_action,
                             self.tr("&Undo"), self.tr("&Redo"))
        edit_menu.addSeparator()
        self.search_action = self._action(edit_menu, self.tr("&Search everywhere…"),
                                          self.search_everywhere, QKeySequence("Ctrl+K"))
        self._action(edit_menu, self.tr("&Find contact"), self._focus_contact_search,
                     QKeySequence.StandardKey.Find)

        go_menu = bar.addMenu(self.tr("&Go"))
        titles = self.section_titles()
        self.go_actions: dict[str, QAction] = {}
        for number, key in enumerate(SECTIONS, start=1):
            # Ctrl+1 … Ctrl+9, Ctrl+0 for the first ten; Settings keeps Ctrl+, wherever it is
            shortcut = (QKeySequence("Ctrl+,") if key == "settings"
                        else QKeySequence(f"Ctrl+{number % 10}") if number <= 10 else None)
            # "&&": a menu reads a lone "&" as the next letter's shortcut ("Offers & Asks")
            self.go_actions[key] = self._action(go_menu, titles[key].replace("&", "&&"),
                                                lambda k=key: self.show_section(k), shortcut)

        # the Contacts page's own actions, filled in when the page is made (at the
        # latest when the menu opens)
        self.contacts_menu = bar.addMenu(self.tr("&Contacts"))
        self.contacts_menu.aboutToShow.connect(lambda: self.pages["contacts"])

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                     QKeySequence.StandardKey.HelpContents)
        about = self._action(help_menu, self.tr("&About Coopeten"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_contacts_menu(self, page: QWidget) -> None:
        contacts_actions = getattr(page, "menu_actions", None)
        if contacts_actions is None:
            return
        for action in contacts_actions():
            if action is None:
                self.contacts_menu.addSeparator()
            elif action is not getattr(page, "new_action", None):
                self.contacts_menu.addAction(action)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, menu)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- help ------------------------------------------------------------------------------

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Coopeten"), self.tr(
            "<h3>Coopeten {version}</h3>"
            "<p>The alliance CRM for entrepreneurs and small businesses who grow by "
            "turning competitors and neighbours into allies.</p>"
            "<p>Everything stays on this computer, in one file:<br>{path}</p>").format(
            version=__version__, path=session.current_path() or ""))

    def show_shortcuts(self) -> QDialog:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        rows = [
            ("Ctrl+K", self.tr("Search everywhere")),
            ("Ctrl+1 … Ctrl+9, Ctrl+0", self.tr("Go to Today, Contacts, … Dashboard")),
            ("Ctrl+,", self.tr("Go to Settings")),
            ("Ctrl+F", self.tr("Find a contact")),
            ("Ctrl+N", self.tr("New contact")),
            ("Ctrl+Shift+C", self.tr("Quick capture at an event")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            (self.tr("Space or Ctrl+Enter"), self.tr("Follow-up lists: mark done")),
            ("S", self.tr("Follow-up lists: snooze one day")),
            ("R", self.tr("Follow-up lists: reschedule")),
            (self.tr("Enter"), self.tr("Follow-up lists: open the contact")),
            ("E", self.tr("Follow-up lists: edit")),
            ("N", self.tr("Follow-up lists: new follow-up")),
            (self.tr("Tab, Enter"), self.tr("Quick capture: next field, add the person")),
        ]
        html = "<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{key}</b></td><td>{text}</td></tr>" for key, text in rows) + "</table>"
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        browser = QTextBrowser(dialog)
        browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(520, 420)
        fit_to_screen(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        from coopeten_gui.ui import unsaved

        if unsaved.may_leave_all(self, current):
            return True
        key = self.current_section()
        if key is not None:
            blocked = self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(SECTIONS.index(key))
            self.navigation.blockSignals(blocked)
        return False

    def _undo_moved(self, _index: int) -> None:
        # the stack clears itself (and says so) while the window is being destroyed
        if shiboken6.isValid(self) and not self._closed:
            self.notify_data_changed()

    @staticmethod
    def _reload(page: QWidget) -> None:
        reload = getattr(page, "reload", None)
        if callable(reload):
            reload()

    def _focus_contact_search(self) -> None:
        self.show_section("contacts")
        self.contacts_page.search_box.setFocus()
        self.contacts_page.search_box.selectAll()

    def _capture_closed(self) -> None:
        self.capture_window = None

    def _update_title(self) -> None:
        path = session.current_path()
        self.setWindowTitle(f"{APP_NAME} — {path.name}" if path else APP_NAME)

    @staticmethod
    def _warm_up() -> None:
        """Load what the next click most likely needs — the ORM, the contacts service —
        while the first screen is being read, rather than on that click (a few dozen
        milliseconds the first screen does not wait for)."""
        from coopeten_gui.services import contacts  # noqa: F401 - loading it is the point

    #: How long after the first paint a contact's page is loaded ahead of the first click.
    WARM_UP_CONTACT_PAGE_MS = 1000

    def _warm_up_contact_page(self) -> None:
        """Load a contact's page's modules (a tenth of a second) once the window has
        settled, so the first contact opened shows as fast as the next ones."""
        def load() -> None:
            from coopeten_gui.ui import contact_page  # noqa: F401 - loading it is the point

        QTimer.singleShot(self.WARM_UP_CONTACT_PAGE_MS, load)

    def _read_old_phones(self) -> None:
        """Phones saved before numbers were read as numbers get their international form,
        off the UI thread (a few seconds for a million), once per database."""
        from coopeten_gui.services import phones
        from coopeten_gui.ui.background import run_in_background

        # a failure (the database being switched) is retried at the next start
        run_in_background(None, lambda _progress: phones.fill_in_missing(),
                          on_error=lambda _error: None, cancellable=False)

    def _update_counts(self) -> None:
        from coopeten_gui.services import stats

        try:
            counts = dict(stats.counts(("contacts", "followups")))
        except Exception:  # noqa: BLE001 - no database (being switched): leave the last counts
            return
        self.count_label.setText(
            self.tr("%n contact(s)", "", counts["contacts"]) + " · "
            + self.tr("%n open follow-up(s)", "", counts["followups"]))

    def _save_layout(self) -> None:
        for key, value in (("main_window/geometry", self.saveGeometry()),
                           ("main_window/state", self.saveState()),
                           ("main_window/splitter", self.splitter.saveState())):
            if self.settings.value(key) != value:  # the file is rewritten only on a change
                self.settings.setValue(key, value)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        self._restore_splitter()

    def _restore_splitter(self) -> None:
        state = self.settings.value("main_window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
