"""Opening another database file, or a new one, from the window: asking where, refusing to
make a new database over a file, switching through the session service (which falls back
to the open one when the other cannot be opened), and saying what happened.

Texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coopeten_gui import APP_NAME
from coopeten_gui.i18n import translate
from coopeten_gui.services import session
from coopeten_gui.ui.kit.plain_text import literal

if TYPE_CHECKING:
    from coopeten_gui.ui.main_window import MainWindow



def folder_of_the_open_one() -> str:
    """Where file dialogs start: the open database's folder (else the home folder)."""
    path = session.current_path()
    return str(path.parent) if path else str(Path.home())


def ask_open_path(window: MainWindow) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Open a database"), folder_of_the_open_one(),
        translate("MainWindow", "Coopeten databases (*.sqlite *.db);;All files (*)"))
    return path


def ask_new_path(window: MainWindow) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Create a new database"),
        str(Path(folder_of_the_open_one()) / "coopeten-new.sqlite"),
        translate("MainWindow", "Coopeten databases (*.sqlite)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return path


def choose_to_open(window: MainWindow) -> bool:
    """Ask which file, then switch to it."""
    path = ask_open_path(window)
    return window.open_database_file(path) if path else False


def choose_new(window: MainWindow) -> bool:
    """Ask where (``window.ask_new_path``), refuse an existing file, open the new one."""
    path = window.ask_new_path()
    if not path:
        return False
    if not path.lower().endswith((".sqlite", ".db")):
        path += ".sqlite"
    if Path(path).exists():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, APP_NAME, literal(translate("MainWindow",
            "{path} already exists. Choose a new name, or open it with “Open database…”."
        ).format(path=path)))
        return False
    return window.open_database_file(path)


def switch(window: MainWindow, path: str | Path) -> bool:
    """Switch the window to another database (created when missing); on failure the
    user is told why and keeps the current one."""
    from coopeten_gui.ui import upgrade_notice  # only File › Open needs it here

    path = Path(path)
    with upgrade_notice.while_opening(path):
        switched = session.switch_to(path)
    if not switched.opened:
        from PySide6.QtWidgets import QMessageBox

        for error in (switched.error, switched.reopen_error):
            if error is not None:
                QMessageBox.critical(window, APP_NAME, literal(str(error)))
        return False
    window.options.last_database = str(path)
    window.undo_stack.clear()
    window.rebuild()
    window.show_section("today")
    window.show_status(translate("MainWindow", "Opened {path}").format(path=path))
    return True
