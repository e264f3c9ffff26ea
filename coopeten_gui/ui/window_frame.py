"""The main window's frame: the navigation list on the left, the stack of pages on the
right, the splitter between them, and their sizes kept in the settings from one run to
the next (``settings.WINDOW_*``); the window's title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget

from coopeten_gui import APP_NAME
from coopeten_gui.services import session
from coopeten_gui.ui import pages_registry
from coopeten_gui.ui.kit.settings import WINDOW_GEOMETRY, WINDOW_SPLITTER, WINDOW_STATE

if TYPE_CHECKING:
    from coopeten_gui.ui.main_window import MainWindow


def build_frame(window: MainWindow) -> None:
    """New navigation, stack and splitter for ``window`` (after a rebuild the old ones are
    deleted with the old central widget); the navigation lists every page, made later."""
    window.navigation = QListWidget(window)
    window.navigation.setObjectName("navigation")
    window.navigation.setMinimumWidth(150)
    window.navigation.setSpacing(2)
    font = window.navigation.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    window.navigation.setFont(font)
    for key in pages_registry.SECTIONS:
        window.navigation.addItem(pages_registry.title(key))
    window.stack = QStackedWidget(window)
    # no parent here (the window adopts it below): Python's ``QSplitter(window)`` is
    # first tried against ``QSplitter(Qt.Orientation)``, which builds Qt's enums
    window.splitter = QSplitter()
    window.splitter.setObjectName("main_splitter")
    window.splitter.addWidget(window.navigation)
    window.splitter.addWidget(window.stack)
    window.splitter.setStretchFactor(1, 1)
    window.splitter.setCollapsible(1, False)
    window.splitter.setSizes([190, 1000])
    window.setCentralWidget(window.splitter)


def save_layout(window: MainWindow) -> None:
    for option, value in ((WINDOW_GEOMETRY, window.saveGeometry()),
                          (WINDOW_STATE, window.saveState()),
                          (WINDOW_SPLITTER, window.splitter.saveState())):
        if window.options.get(option) != value:  # the file is rewritten only on a change
            window.options.set(option, value)


def restore_geometry(window: MainWindow) -> None:
    geometry = window.options.get(WINDOW_GEOMETRY)
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1200, 760)
    state = window.options.get(WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    restore_splitter(window)


def restore_splitter(window: MainWindow) -> None:
    state = window.options.get(WINDOW_SPLITTER)
    if state is not None:
        window.splitter.restoreState(state)


def update_title(window: MainWindow) -> None:
    path = session.current_path()
    window.setWindowTitle(f"{APP_NAME} — {path.name}" if path else APP_NAME)

