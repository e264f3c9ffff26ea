"""The Help menu's dialogs: the keyboard shortcuts, read from the window's real actions (so
the list cannot drift from the menus), and About.

Texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui import __version__
from coopeten_gui.i18n import QT_TRANSLATE_NOOP, translate
from coopeten_gui.services import session
from coopeten_gui.ui.kit.fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

#: Keys a list or a field handles itself (no action, no menu): where, and what they do.
KEYS_IN_LISTS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Space or Ctrl+Enter"),
     QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: mark done")),
    ("S", QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: snooze one day")),
    ("R", QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: reschedule")),
    (QT_TRANSLATE_NOOP("MainWindow", "Enter"),
     QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: open the contact")),
    ("E", QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: edit")),
    ("N", QT_TRANSLATE_NOOP("MainWindow", "Follow-up lists: new follow-up")),
    (QT_TRANSLATE_NOOP("MainWindow", "Tab, Enter"),
     QT_TRANSLATE_NOOP("MainWindow", "Quick capture: next field, add the person")),
)



def plain_label(text: str) -> str:
    """A menu text as read: no mnemonic "&" (a doubled one is a real "&"), no "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, where › what) for every action of the menu bar that has a shortcut, in menu
    order, then the keys lists handle themselves."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {plain_label(action.text())}")
            elif action.shortcuts() and action.isVisible():
                rows.append((keys_text(action), f"{path} › {plain_label(action.text())}"))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_label(top.text()))
    rows.extend((translate("MainWindow", keys), translate("MainWindow", text))
                for keys, text in KEYS_IN_LISTS)
    return rows


#: keys past F12 are the special keys of some keyboards (Undo, Redo, Exit, F13…): Qt
#: binds them too, but a list for people shows what every keyboard has
_LAST_COMMON_KEY = Qt.Key.Key_F12.value


def keys_text(action: QAction) -> str:
    common = [key for key in action.shortcuts()
              if key.count() and key[0].key().value <= _LAST_COMMON_KEY]  # type: ignore[index]  # QKeySequence's [] is missing from its stubs
    return " / ".join(dict.fromkeys(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in common or action.shortcuts()))


def show_shortcuts(window: QMainWindow) -> QDialog:
    html = "<table cellspacing='6'>" + "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>"
        for keys, text in shortcut_rows(window)) + "</table>"
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
    browser = QTextBrowser(dialog)
    browser.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 480)
    fit_to_screen(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("MainWindow", "About Coopeten"), translate(
        "MainWindow", "<h3>Coopeten {version}</h3>"
        "<p>The alliance CRM for entrepreneurs and small businesses who grow by "
        "turning competitors and neighbours into allies.</p>"
        "<p>Everything stays on this computer, in one file:<br>{path}</p>").format(
        version=__version__, path=escape(str(session.current_path() or ""))))
