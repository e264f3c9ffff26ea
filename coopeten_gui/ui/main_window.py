"""The main window: navigation on the left, one page at a time on the right.

It builds menus and hands work to pages; it holds no business rules.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from coopeten_gui import APP_NAME
from coopeten_gui.services import stats
from coopeten_gui.storage import database
from coopeten_gui.ui.contact_view import ContactView
from coopeten_gui.ui.contacts_page import ContactsPage

SECTIONS = ("today", "contacts", "organizations", "events", "exchanges", "followups",
            "proposals", "settings")


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(f"{APP_NAME} — {database.database_path().name}"
                            if database.database_path() else APP_NAME)
        self.navigation = QListWidget(self)
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}

        self.contacts_page = ContactsPage(self)
        self.contact_view = ContactView(self)
        titles = self._section_titles()
        for key in SECTIONS:
            page = self.contacts_page if key == "contacts" else self._placeholder(titles[key])
            self._add_section(key, titles[key], page)
        self.stack.addWidget(self.contact_view)

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_menus()

        self.navigation.currentRowChanged.connect(self._show_section)
        self.contacts_page.contact_opened.connect(self.open_contact)
        self.contact_view.back_requested.connect(lambda: self.show_section("contacts"))
        self.show_section("today")
        self._update_status()
        self._restore_geometry()

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(SECTIONS.index(key))
        self.stack.setCurrentWidget(self.pages[key])

    def open_contact(self, contact_id: int) -> None:
        self.contact_view.show_contact(contact_id)
        self.stack.setCurrentWidget(self.contact_view)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------

    def _section_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "contacts": self.tr("Contacts"),
            "organizations": self.tr("Organizations"),
            "events": self.tr("Events"),
            "exchanges": self.tr("Offers & Asks"),
            "followups": self.tr("Follow-ups"),
            "proposals": self.tr("Proposals"),
            "settings": self.tr("Settings"),
        }

    def _add_section(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.navigation.addItem(title)
        self.stack.addWidget(page)

    def _placeholder(self, title: str) -> QWidget:
        label = QLabel(title, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        titles = self._section_titles()
        for number, key in enumerate(SECTIONS, start=1):
            action = QAction(titles[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            go_menu.addAction(action)
        find = QAction(self.tr("&Find contact"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        go_menu.addAction(find)

    def _focus_search(self) -> None:
        self.show_section("contacts")
        self.contacts_page.search_box.setFocus()
        self.contacts_page.search_box.selectAll()

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.stack.setCurrentWidget(self.pages[SECTIONS[row]])

    def _update_status(self) -> None:
        counts = dict(stats.counts())
        self.statusBar().showMessage(
            self.tr("%n contact(s)", "", counts["contacts"]) + " · "
            + self.tr("%n open follow-up(s)", "", counts["followups"]))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
