"""Starting the window: application, settings, translations, the database, the main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coopeten_gui import APP_NAME, ORGANIZATION, __version__, translations
from coopeten_gui.paths import default_db_path, resources_dir
from coopeten_gui.services import session
from coopeten_gui.ui.kit import palette
from coopeten_gui.ui.kit.settings import Options

#: set once the window closed and ``run`` wrote and closed everything (``end_process``)
closed_cleanly = False


def create_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "coopeten.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(args: argparse.Namespace) -> int:
    app = create_application()
    settings = QSettings()
    options = Options(settings)
    translations.install(app, args.lang or options.language or None)
    colours = palette.follow_system(app, options.appearance, settings)
    use_country(options)

    path = choose_database(args, settings)
    if path is None:
        return 0
    from coopeten_gui.ui import startup

    # one window per database, with a way out of damage; the integrity check of every
    # page runs in the background once the window is on screen (Session.attach)
    started = startup.start(path, options, check_now=False)
    if started.status == startup.HANDED_OVER:
        return 0
    if started.status != startup.OPENED:
        return 1

    from coopeten_gui.ui.main_window import MainWindow

    # (damage that breaks the first screen's queries is caught there, before the check)
    window = started.open_window(lambda: MainWindow(settings))
    if window is None:
        return 1
    started.attach(window)
    # a refused write is a sentence, not a traceback (nothing is written before the
    # window is on screen)
    window.after_first_paint(_install_excepthook)
    window.after_first_paint(_collect_garbage)
    window.after_first_paint(colours.check_system)
    if args.quit_after_paint:
        _quit_after_first_paint(window)
    window.show()
    status = app.exec()
    QThreadPool.globalInstance().waitForDone()  # a write under way ends first
    started.finish()  # the on-exit backup
    session.close()
    settings.sync()
    global closed_cleanly
    closed_cleanly = True
    # damage found after start-up, and the user chose to quit (or it could not be fixed)
    return status if started.status == startup.OPENED else 1


def use_country(options: Options) -> None:
    """Phone numbers typed without a country code are read in the user's country: the
    one chosen in Settings, else the system's."""
    from coopeten_gui.country import user_country
    from coopeten_gui.services import phones

    phones.set_default_region(user_country(options.qsettings))


def end_process(status: int) -> None:
    """End the process at once, after the window closed and ``run`` wrote and closed
    everything (``closed_cleanly``): the interpreter's teardown would only free, object
    by object, what the system takes back whole (a twentieth of the start-up's time)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _install_excepthook() -> None:
    from coopeten_gui.ui.kit import write_notice

    write_notice.install_excepthook()


def _collect_garbage() -> None:
    """From the first paint on, the cyclic collector runs (``main.py`` keeps it off while
    starting) and leaves alone what start-up made, which lives as long as the window."""
    gc.freeze()
    gc.enable()


def choose_database(args: argparse.Namespace, settings: QSettings) -> Path | None:
    """The database to open; on the very first start, offer an empty one or the demo."""
    if args.db or args.demo:
        return _ensure_demo(default_db_path(args.db, demo=True)) if args.demo and not args.db \
            else default_db_path(args.db)
    path = default_db_path()
    # the database last opened through Settings (or File → Open database…)
    remembered = Options(settings).last_database
    if remembered:  # even when missing: start-up then offers its backups, never a new file
        return Path(remembered)
    if path.exists():
        return path
    return first_start(path)


def first_start(path: Path) -> Path | None:
    """No database yet: explore the demo, start empty, or restore a backup. The path to
    open, or None when the user cancelled."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      QCoreApplication.translate("App", "Welcome to Coopeten!"))
    box.setInformativeText(QCoreApplication.translate(
        "App", "Start with an empty address book, explore a sample business with its "
               "contacts, events and proposals first, or bring back your data from a "
               "backup?"))
    empty = box.addButton(QCoreApplication.translate("App", "Start empty"),
                          QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(QCoreApplication.translate("App", "Explore the demo"),
                         QMessageBox.ButtonRole.ActionRole)
    restore = box.addButton(QCoreApplication.translate("App", "Restore a backup…"),
                            QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    ask_first_start(box)
    if box.clickedButton() is empty:
        return path
    if box.clickedButton() is demo:
        return _ensure_demo(default_db_path(demo=True))
    if box.clickedButton() is restore:
        return _restore_first(path, box)
    return None


def ask_first_start(box) -> None:
    """Show the first-start question (tests click one of its buttons instead)."""
    box.exec()


def ask_backup_file() -> str:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(
        None, QCoreApplication.translate("App", "Choose a Coopeten backup"), str(Path.home()),
        QCoreApplication.translate("App", "Coopeten backups (*.sqlite *.db);;All files (*)"))
    return chosen


def _restore_first(path: Path, box) -> Path | None:
    """Put the chosen backup where the database goes; asked again when it cannot be."""
    chosen = ask_backup_file()
    if not chosen:
        return first_start(path)
    from coopeten_gui.services import backups

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        backups.restore(Path(chosen), path)
    except backups.BackupError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, str(error))
        return first_start(path)
    finally:
        session.close()
    return path


def _ensure_demo(path: Path) -> Path:
    """The demo lives in its own file, apart from the user's data; made on first use."""
    if not path.exists():
        from coopeten_gui.services import demo

        session.open_database(path)
        try:
            demo.load_demo()
        finally:
            session.close()
    return path


class _FirstPaintWatcher(QObject):
    """Quits the application right after the window's first paint (for timing start-up),
    before the work the window leaves for after it (status counts, tray, listening)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QCoreApplication.quit)
            watched.removeEventFilter(self)
            watched.drop_after_first_paint()
        return False


def _quit_after_first_paint(window) -> None:
    watcher = _FirstPaintWatcher(window)
    window.installEventFilter(watcher)
