"""The lock a Coopeten window holds on its database, and that moving the file takes.

The lock file sits in the system's temporary folder, named after the database's full
path; a window holds it for as long as it is open (``ui.single_instance``), and anything
that moves the database file takes it first (``holding``), so a restore from the command
line never swaps the file under an open window. Within one process the lock is taken
once: a window restoring its own database already holds it. (Another program's hold on
the file is SQLite's lock: ``storage.file_locks``.)
"""

from __future__ import annotations

import getpass
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from coopeten_gui.i18n import translate

try:  # Python's own SHA-1: the same digest without loading OpenSSL (2.5 ms of each start)
    from _sha1 import sha1  # type: ignore[import-not-found]  # no stub; hashlib's API
except ImportError:  # a Python built without it
    from hashlib import sha1


def lock_name(db_path: Path) -> str:
    """The name shared by the database's lock file and its window's local socket."""
    digest = sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()
    return f"coopeten-{getpass.getuser()}-{digest[:16]}"


def lock_path(db_path: Path) -> Path:
    return Path(tempfile.gettempdir()) / f"{lock_name(db_path)}.lock"


class FileLock:
    """An exclusive lock on ``path``, held until ``release`` or the end of the process.

    POSIX: ``flock`` on a file that is never removed — the system drops the lock with
    the process, so no lock is ever stale, and nothing is written or deleted.
    Elsewhere: ``QLockFile``, which recognises the lock of a process that is gone.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None
        self._qt = None
        if os.name != "posix":
            from PySide6.QtCore import QLockFile

            self._qt = QLockFile(str(path))
            self._qt.setStaleLockTime(0)  # stale only once its process is gone

    def acquire(self) -> bool:
        if self._qt is not None:
            return self._qt.tryLock(0)
        import fcntl

        handle = open(self.path, "ab")  # held open while locked
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._qt is not None:
            if self._qt.isLocked():
                self._qt.unlock()
        elif self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


# the databases whose lock this process holds: resolved path -> how many holders
_held: dict[str, int] = {}


def _key(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def note_held(db_path: Path) -> None:
    """This process took ``db_path``'s lock (a window opened it)."""
    _held[_key(db_path)] = _held.get(_key(db_path), 0) + 1


def note_released(db_path: Path) -> None:
    count = _held.get(_key(db_path), 0) - 1
    if count > 0:
        _held[_key(db_path)] = count
    else:
        _held.pop(_key(db_path), None)


class WindowHoldsDatabaseError(Exception):
    """Another Coopeten window has the database open."""


@contextmanager
def holding(db_path: Path) -> Iterator[None]:
    """Hold ``db_path``'s lock for the block (already held in this process: fine);
    raises ``WindowHoldsDatabaseError`` when another process's window holds it."""
    if _key(db_path) in _held:
        yield
        return
    lock = FileLock(lock_path(db_path))
    if not lock.acquire():
        raise WindowHoldsDatabaseError(translate(
            "Storage", "{path} is open in a Coopeten window. Close that window first, or "
                       "use File → Backups… in it.").format(path=db_path))
    note_held(db_path)
    try:
        yield
    finally:
        note_released(db_path)
        lock.release()
