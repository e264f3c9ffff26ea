"""Start-up glue between ``app.run`` and the window: one instance per database, a safe
open with a way out of damage, and automatic backups while the window is open.

    session = startup.start(path, options, check_now=False)
    if session.status == startup.HANDED_OVER: return 0     # the running window came forward
    if session.status != startup.OPENED: return 1          # refused or quit; user was told
    window = session.open_window(lambda: MainWindow(settings))
    if window is None: return 1                             # damaged, and not repaired
    session.attach(window)                                  # the integrity check starts
    app.exec()                                              # once the window painted
    session.finish()                                        # the on-exit backup

A file that cannot even be opened is dealt with before any window. The integrity check
of every page takes a while on a large file: ``check_now=False`` runs it off the UI
thread once the window is on screen, and damage it finds leads to the same question
(the window then quits, or shows the restored data).

Every question and message goes through ``ask_recovery`` and ``show_message``, module
functions tests replace. A damaged database is never overwritten or deleted: the
services set it aside (``NAME.STAMP.damaged``) before writing anything in its place.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from coopeten_gui import APP_NAME
from coopeten_gui.i18n import translate
from coopeten_gui.services import safe_start, session
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.auto_backup import AutoBackupTimer
from coopeten_gui.ui.kit.settings import Options
from coopeten_gui.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from coopeten_gui.services import recovery
    from coopeten_gui.ui.dialogs.recovery_dialog import Choice
    from coopeten_gui.ui.upgrade_notice import Watch

OPENED, HANDED_OVER, REFUSED, QUIT = "opened", "handed over", "refused", "quit"
INFO, CRITICAL = "info", "critical"


def ask_recovery(damage: safe_start.Damage) -> Choice:
    """The question asked when the database is damaged (tests answer it). Its dialog is
    loaded only then: a sound start never needs it."""
    from coopeten_gui.ui.dialogs import recovery_dialog

    return recovery_dialog.ask_recovery(damage)


_Window = TypeVar("_Window", bound=QWidget)


def show_message(kind: str, text: str, parent: QWidget | None = None) -> None:
    """Every message start-up shows goes through here (tests replace it)."""
    from PySide6.QtWidgets import QMessageBox  # a rare message: not loaded to start

    if kind == CRITICAL:
        QMessageBox.critical(parent, APP_NAME, text)
    else:
        QMessageBox.information(parent, APP_NAME, text)


def start(db_path: Path, options: Options, check_now: bool = True) -> Session:
    """Hand over to a running instance of this database, or take its lock and open it
    (the listening for later starts begins with ``Session.attach``).

    ``check_now=False``: the integrity check waits for ``Session.attach`` (it then runs
    in a worker thread once the window has painted)."""
    db_path = Path(db_path)
    instance = SingleInstance(db_path)
    if not instance.claim() and instance.hand_over():
        instance.deleteLater()
        return Session(HANDED_OVER, db_path, options, None)
    remembered = options.last_database
    status = open_safely(db_path, options.backup_folder(db_path), check=check_now,
                         expected=bool(remembered) and Path(remembered) == db_path)
    if status != OPENED:
        instance.close()
        instance.deleteLater()
        instance = None
    started = Session(status, db_path, options, instance)
    # the file opened without the page-by-page check: that comes once the window shows
    started.check_pending = status == OPENED and not check_now
    return started


def open_safely(db_path: Path, backup_folder: Path, check: bool = True,
                expected: bool = False) -> str:
    """Open the database with an integrity check; on damage ask what to do.

    Returns OPENED (the database is open), QUIT (the user chose to quit) or REFUSED
    (it cannot be opened; the user was told why). ``check=False`` leaves out the
    integrity check of every page (damage that keeps the file from opening still counts).
    ``expected``: the settings remember a database there, so a missing file is asked
    about, never silently made anew.
    """
    try:
        with _upgrade_noticed():
            damage = safe_start.open_checked(db_path, backup_folder, check=check,
                                             expected=expected)
    except session.StorageError as exc:  # newer, locked, read-only, no room, not ours
        show_message(CRITICAL, str(exc))
        return REFUSED
    except OSError as exc:
        show_message(CRITICAL, translate("Startup", "{path} cannot be opened: {reason}").format(
            path=db_path, reason=exc.strerror or exc))
        return REFUSED
    if damage is None:
        for note in safe_start.last_notes():
            show_message(INFO, note)
        return OPENED
    return _recover(damage, backup_folder)


@contextmanager
def _upgrade_noticed() -> Iterator[None]:
    """While the block opens the database, a long upgrade of it shows a notice
    (``ui.upgrade_notice``, loaded only once an upgrade begins: most starts have none)."""
    watch: Watch | None = None

    def tick() -> None:
        nonlocal watch
        if watch is None:
            from coopeten_gui.ui import upgrade_notice

            watch = upgrade_notice.Watch()
        watch()

    session.watch_upgrades(tick)
    try:
        yield
    finally:
        session.watch_upgrades(None)
        if watch is not None:
            watch.close()


def _recover(damage: safe_start.Damage, backup_folder: Path) -> str:
    from coopeten_gui.ui.dialogs import recovery_dialog

    choice = ask_recovery(damage)
    if isinstance(choice, str):  # the newest sound backup, or no backup at all
        choice = recovery_dialog.Choice(choice, damage.backup)
    try:
        if choice.action == recovery_dialog.RESTORE:
            backup = choice.backup or damage.backup
            if backup is None:
                show_message(CRITICAL, translate(
                    "Startup", "No sound backup was found in {folder}. Your database was "
                    "left as it was.").format(folder=backup_folder))
                return REFUSED
            aside = safe_start.restore_newest(damage, backup_folder, backup)
            when = recovery_dialog.when_text(backup.created_at)
            text = translate(
                "Startup", "Your data was restored from the backup of {when}. Changes made "
                "after it are not in it.").format(when=when)
            if aside is not None:
                text += " " + translate("Startup", "The damaged file was kept as {aside}."
                                        ).format(aside=aside)
            show_message(INFO, text)
            return OPENED
        if choice.action == recovery_dialog.SALVAGE:
            from coopeten_gui.services import recovery

            aside, saved = recovery.salvage(damage.path)
            show_message(INFO, salvage_text(saved, aside))
            return OPENED
        if choice.action == recovery_dialog.NEW and not damage.path.exists():
            session.open_database(damage.path)  # asked for: an empty database
            return OPENED
    except (ServiceError, session.StorageError) as exc:
        show_message(CRITICAL, str(exc))
        return REFUSED
    except OSError as exc:
        show_message(CRITICAL, translate(
            "Startup", "Recovery failed: {reason}. Nothing was deleted: the damaged database "
                       "is still in {folder}.").format(reason=exc.strerror or exc,
                                                      folder=damage.path.parent))
        return REFUSED
    return QUIT


def salvage_text(saved: recovery.Salvage, aside: Path) -> str:
    text = translate("Startup", "Coopeten copied what could still be read into a new database. "
                                "Records saved: {saved}. Records that could not be read: "
                                "{lost}.").format(saved=QLocale().toString(saved.rows_saved),
                                                  lost=QLocale().toString(saved.rows_lost))
    if saved.tables_lost:
        text += " " + translate("Startup", "Nothing could be read of: {tables}.").format(
            tables=", ".join(saved.tables_lost))
    return text + " " + translate("Startup", "The damaged file was kept as {aside}.").format(
        aside=aside)


class BackgroundCheck(QObject):
    """The start-up integrity check of a file already open, in a worker thread.

    Signals:
        damaged(str): SQLite's complaint (never emitted for a sound file, nor once
            stopped).
    """

    damaged = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = session.IntegrityCheck(path)
        self._thread = threading.Thread(target=self._run, name="coopeten-quick-check",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Interrupt the check and wait for the thread (at once: SQLite stops mid-page)."""
        self._check.stop()
        while self._thread.is_alive():
            self._thread.join(0.005)
            # a statement that was only starting when interrupted did not see it
            self._check.stop()

    def _run(self) -> None:
        problem = self._check.run()
        if problem and not self._check.stopped:
            self.damaged.emit(problem)  # queued to the UI thread


class Session(QObject):
    """What start-up set going for the window's lifetime: the single-instance listener,
    the integrity check left for after the first paint, and the automatic backups.
    ``status`` is OPENED, HANDED_OVER, REFUSED or QUIT (QUIT or REFUSED too when damage
    found after start-up made the window close)."""

    def __init__(self, status: str, db_path: Path, options: Options,
                 instance: SingleInstance | None) -> None:
        super().__init__()
        self.status = status
        self.db_path = db_path
        self.options = options
        self.instance = instance
        self.auto_backup: AutoBackupTimer | None = None
        self.window: QWidget | None = None
        self.check_pending = False
        self.background_check: BackgroundCheck | None = None
        self._finished = False

    def open_window(self, make: Callable[[], _Window]) -> _Window | None:
        """``make()`` the window. Should reading the database fail while the integrity
        check is still to come, the check runs now: damage leads to the recovery question
        and a window over the repaired data (None when the user quit or it could not be
        repaired); a sound file lets the error stand."""
        try:
            return make()
        except session.QUERY_ERRORS:
            if not self.check_pending:
                raise
            problem = session.quick_check(self.db_path)
            if not problem:
                raise
        self.check_pending = False
        folder = self.backup_folder()
        self.status = _recover(safe_start.damage_found(self.db_path, problem, folder),
                               folder)
        if self.status != OPENED:
            self.finish()
            return None
        return make()

    def attach(self, window: QWidget) -> None:
        """Bring ``window`` forward when another start asks; back up while it is open;
        run the integrity check left for later once the window has painted."""
        self.window = window
        after_first_paint = getattr(window, "after_first_paint", None)
        if self.instance is not None:
            self.instance.activation_requested.connect(self.bring_forward)
            # a second start finds the lock taken and keeps knocking until this listens
            if after_first_paint is not None:
                after_first_paint(self._listen)
            else:
                self._listen()
        self._start_auto_backup()
        rebuilt = getattr(window, "rebuilt", None)
        if rebuilt is not None:  # perhaps another database was opened
            rebuilt.connect(self.database_changed)
        if self.check_pending:
            self.check_pending = False
            if after_first_paint is not None:
                after_first_paint(self.start_check)
            else:
                QTimer.singleShot(0, self.start_check)

    def _listen(self) -> None:
        if self.instance is not None and not self._finished:
            self.instance.listen()

    def start_check(self) -> None:
        """The integrity check of the open database, off the UI thread."""
        if self._finished or not session.is_open() or self.background_check is not None:
            return
        self.background_check = BackgroundCheck(self.db_path, self)
        self.background_check.damaged.connect(self.damage_found)
        self.background_check.start()

    def damage_found(self, problem: str) -> None:
        """The check after start-up found damage: the question start-up asks, then the
        restored data in the window, or the window closes."""
        if self._finished or session.current_path() != self.db_path:
            return  # closed, or another database opened meanwhile
        folder = self.backup_folder()
        damage = safe_start.damage_found(self.db_path, problem, folder)
        status = _recover(damage, folder)
        window = self.window
        if status == OPENED:
            undo_stack = getattr(window, "undo_stack", None)
            if undo_stack is not None:
                undo_stack.clear()  # its commands were for the data replaced
            rebuild = getattr(window, "rebuild", None)
            if rebuild is not None:
                rebuild()
            return
        self.status = status  # app.run then exits with 1
        if window is not None:
            window.close()
        QCoreApplication.quit()

    def bring_forward(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def backup_folder(self) -> Path:
        return self.options.backup_folder(session.current_path() or self.db_path)

    def database_changed(self) -> None:
        """The window was rebuilt, perhaps over another database."""
        if self.auto_backup is None or self._finished:
            return
        if session.current_path() not in (None, self.db_path):
            # a new connection: its own change count, its own backups
            self.db_path = session.current_path()
            self.auto_backup.timer.stop()
            self.auto_backup.stop_tidying()
            self.auto_backup.deleteLater()
            self._start_auto_backup()

    def finish(self) -> None:
        """The window closed: take the on-exit backup and stop listening (once)."""
        if self._finished:
            return
        self._finished = True
        if self.background_check is not None:
            self.background_check.stop()
        if self.auto_backup is not None:
            self.auto_backup.timer.stop()
            self.auto_backup.stop_tidying()
            self.check(on_exit=True)
        if self.instance is not None:
            self.instance.close()

    def _start_auto_backup(self) -> None:
        self.auto_backup = AutoBackupTimer(self.backup_folder(), self)
        # each check first follows the folder chosen in Settings meanwhile
        self.auto_backup.timer.timeout.disconnect(self.auto_backup.check)
        self.auto_backup.timer.timeout.connect(self.check)
        status = getattr(self.window, "show_status", None)
        if status is not None:
            self.auto_backup.backup_failed.connect(status)

    def check(self, on_exit: bool = False) -> None:
        """Take an automatic backup if one is due, into the folder chosen now."""
        if self.auto_backup is not None and session.is_open():
            self.auto_backup.policy.folder = self.backup_folder()
            self.auto_backup.check(on_exit=on_exit)
