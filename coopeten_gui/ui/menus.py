"""The window's menu bar: File, Edit, Go, Contacts and Help, each item a ``QAction`` with its
shortcut. The Go menu comes from the page registry; Help → Keyboard shortcuts reads these
same actions (``help_dialogs``), so a shortcut is declared in one place only.

Texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from coopeten_gui.i18n import translate
from coopeten_gui.ui import database_files, pages_registry, window_commands

if TYPE_CHECKING:
    from coopeten_gui.ui.main_window import MainWindow



def add_action(menu: QMenu, text: str, slot: Callable[[], object],
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(text, menu)
    if shortcut is not None:
        # a list of one: ``setShortcut`` is first tried against Qt's key enums, and
        # building them costs the first paint 13 ms (``kit.qt_values``)
        action.setShortcuts([shortcut if isinstance(shortcut, QKeySequence)
                             else QKeySequence(shortcut)])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """A new menu bar for ``window`` (the previous one and its actions are deleted); the
    actions tests and pages reach are kept as the window's attributes."""
    window.setMenuBar(QMenuBar(window))
    bar = window.menuBar()
    _file_menu(window, bar.addMenu(translate("MainWindow", "&File")))
    _edit_menu(window, bar.addMenu(translate("MainWindow", "&Edit")))

    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    window.go_actions = {}
    for page in pages_registry.PAGES:
        # "&&": a menu reads a lone "&" as the next letter's shortcut ("Offers & Asks")
        window.go_actions[page.key] = add_action(
            go_menu, pages_registry.title(page.key).replace("&", "&&"),
            functools.partial(window.show_section, page.key),
            QKeySequence(page.shortcut) if page.shortcut else None)

    # the Contacts page's own actions, filled in when the page is made (at the latest when
    # the menu opens)
    window.contacts_menu = bar.addMenu(translate("MainWindow", "&Contacts"))
    window.contacts_menu.aboutToShow.connect(lambda: window.pages["contacts"])

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add_action(help_menu, translate("MainWindow", "&Keyboard shortcuts"),
               lambda: _help().show_shortcuts(window), QKeySequence.StandardKey.HelpContents)
    about = add_action(help_menu, translate("MainWindow", "&About Coopeten"),
                       lambda: _help().show_about(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)


def _file_menu(window: MainWindow, menu: QMenu) -> None:
    commands = window_commands
    window.new_contact_action = add_action(
        menu, translate("MainWindow", "New &contact…"), lambda: commands.new_contact(window),
        QKeySequence.StandardKey.New)
    add_action(menu, translate("MainWindow", "New &follow-up…"),
               lambda: commands.new_followup(window))
    add_action(menu, translate("MainWindow", "New &event…"), window.new_event)
    window.capture_action = add_action(
        menu, translate("MainWindow", "&Quick capture at an event…"),
        lambda: window.open_quick_capture(), QKeySequence("Ctrl+Shift+C"))
    menu.addSeparator()
    add_action(menu, translate("MainWindow", "&Open database…"),
               lambda: database_files.choose_to_open(window), QKeySequence.StandardKey.Open)
    add_action(menu, translate("MainWindow", "New &database…"), window.choose_new_database)
    menu.addSeparator()
    window.import_action = add_action(
        menu, translate("MainWindow", "&Import contacts…"),
        lambda: commands.import_contacts(window), QKeySequence("Ctrl+I"))
    export_menu = menu.addMenu(translate("MainWindow", "&Export"))
    window.export_actions = {
        fmt: add_action(export_menu, text,
                        functools.partial(commands.export_contacts, window, fmt))
        for fmt, text in (("vcard", translate("MainWindow", "&vCard…")),
                          ("csv", translate("MainWindow", "&CSV…")),
                          ("json", translate("MainWindow", "&Everything (JSON)…")))}
    window.export_calendar_action = add_action(
        export_menu, translate("MainWindow", "Ca&lendar (.ics)…"), window.export_calendar)
    window.backups_action = add_action(
        menu, translate("MainWindow", "&Backups…"), lambda: commands.show_backups(window))
    window.restore_export_action = add_action(
        menu, translate("MainWindow", "&Restore from a full export…"),
        lambda: commands.restore_full_export(window))
    window.report_action = add_action(
        menu, translate("MainWindow", "Alliance &report…"),
        lambda: commands.alliance_report(window))
    menu.addSeparator()
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) \
        or [QKeySequence("Ctrl+Q")]
    quit_action = add_action(menu, translate("MainWindow", "&Quit"), window.close)
    quit_action.setShortcuts(quit_keys)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)


def _edit_menu(window: MainWindow, menu: QMenu) -> None:
    window.undo_action = window.undo_stack.createUndoAction(menu, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo_stack.createRedoAction(menu, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                                    + [QKeySequence("Ctrl+Shift+Z")])
    menu.addAction(window.undo_action)
    menu.addAction(window.redo_action)
    undo, redo = window.undo_action, window.redo_action

    def name_steps() -> None:
        from coopeten_gui.ui.kit.undo import name_steps_in_phrase

        if shiboken6.isValid(undo) and shiboken6.isValid(redo):  # not rebuilt since
            name_steps_in_phrase(window.undo_stack, undo, redo,
                                 translate("MainWindow", "&Undo"),
                                 translate("MainWindow", "&Redo"))

    # the module of the undo steps loads the ORM: after the first paint (no step can be
    # named before it)
    window.after_first_paint(name_steps)
    menu.addSeparator()
    window.search_action = add_action(menu, translate("MainWindow", "&Search everywhere…"),
                                      window.search_everywhere, QKeySequence("Ctrl+K"))
    add_action(menu, translate("MainWindow", "&Find contact"), window.focus_contact_search,
               QKeySequence.StandardKey.Find)


def _help():
    # the Help menu's dialogs, loaded when first asked for (not at start-up)
    from coopeten_gui.ui.dialogs import help_dialogs

    return help_dialogs


def fill_contacts_menu(window: MainWindow, page: QWidget) -> None:
    """The Contacts menu: the Contacts page's own actions (New contact is File's)."""
    contacts_actions = getattr(page, "menu_actions", None)
    if contacts_actions is None:
        return
    for action in contacts_actions():
        if action is None:
            window.contacts_menu.addSeparator()
        elif action is not getattr(page, "new_action", None):
            window.contacts_menu.addAction(action)
