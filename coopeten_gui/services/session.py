"""The one door to the database for everything above the services: the window, start-up,
the command line and the self-test open, create, switch, check and close it here.

``storage.database`` alone knows which file is open and holds its connection; this module
says what the layers above may do with it, in their words, and hands them the errors they
catch (``StorageError`` and its kinds) so none of them imports ``storage``. Every call goes
through to ``storage.database`` when it is made (nothing is copied), so there is still
one open database per process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from coopeten_gui.storage import database
from coopeten_gui.storage.database import (
    CorruptDatabaseError,
    EmptyFileError,
    ForeignDatabaseError,
    IntegrityCheck,
    LockedDatabaseError,
    NewerSchemaError,
    NoRoomError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)

__all__ = [
    "CorruptDatabaseError", "EmptyFileError", "ForeignDatabaseError", "IntegrityCheck",
    "LockedDatabaseError", "NewerSchemaError", "NoRoomError", "NotADatabaseError",
    "ReadOnlyDatabaseError", "StorageError", "FileCheck", "Migration",
    "open_database", "watch_upgrades", "create_database", "switch_to", "close",
    "close_thread_connection", "is_open", "current_path", "notes", "quick_check",
    "full_check", "check_file",
    "schema_version", "latest_version", "read_user_version", "migrations", "backup_to",
]

FileCheck = database.FileCheck
Migration = database.Migration


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    if name == "QUERY_ERRORS":
        # what a query raises when the file cannot be read as it should (damage, a lock…):
        # asked for lazily, as storage does, so the ORM loads only when needed
        errors: tuple[type[Exception], ...] = database.QUERY_ERRORS
        return errors
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_orm() -> None:
    """Load the ORM (peewee) and bind it to the open file ahead of the first query that
    needs it: about 20 ms the window spends once it shows, on its own thread (a second
    thread loading it at the same time would make a database object of its own)."""
    database.orm()


# -- opening and closing --------------------------------------------------------------------

def open_database(path: Path | str, *, migrate: bool = True) -> int:
    """Open ``path`` (created when missing) and bring its schema up to date; the schema
    version in force is returned. Refusals raise a ``StorageError`` kind with one
    sentence for the user, the file left as it was."""
    return database.open_database(path, migrate=migrate)


def watch_upgrades(tick: Callable[[], object] | None) -> None:
    """Have ``tick`` called now and then while opening a file upgrades it for this
    version (a minute at a million contacts): a window can say so and stay painted."""
    database.watch_upgrades(tick)


def create_database(path: Path | str) -> int:
    """A new, empty database at ``path``, left open. ``FileExistsError`` for a file that
    is already there: a new database is never made over one (callers say so in their
    own words, before asking)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(str(path))
    return database.open_database(path)


class Switched(NamedTuple):
    """What ``switch_to`` did: ``opened`` the new file, else ``error`` says why not, and
    ``reopen_error`` why even the previous one could not be opened again (else None)."""

    opened: bool
    error: StorageError | None = None
    reopen_error: StorageError | None = None


def switch_to(path: Path | str) -> Switched:
    """Close the open database and open ``path`` instead; should that fail, the previous
    one is opened again, so a failed switch leaves the user where they were."""
    previous = database.database_path()
    try:
        database.open_database(Path(path))
    except StorageError as exc:
        if previous is None:
            return Switched(False, exc)
        try:
            database.open_database(previous)
        except StorageError as again:
            return Switched(False, exc, again)
        return Switched(False, exc)
    return Switched(True)


def close(optimize: bool = True) -> None:
    """Close the database; ``optimize=False`` writes nothing more to it (a damaged file)."""
    database.close_database(optimize)


def close_thread_connection() -> None:
    """Close the connection the calling thread was given (a background job's own), the
    database staying open for the thread that opened it."""
    database.close_database()


def is_open() -> bool:
    return database.is_open()


def current_path() -> Path | None:
    """The file open now (or last open, once closed); None before any was opened."""
    return database.database_path()


def notes() -> list[str]:
    """What the last opening did that the user must hear of, one sentence each."""
    return database.notes()


# -- checking -------------------------------------------------------------------------------

def quick_check(path: Path | str) -> str | None:
    """None when SQLite finds the file sound, else its first complaint (its own read-only
    connection: safe off the UI thread while the window is open). ``IntegrityCheck`` is
    the same check, stoppable."""
    return database.quick_check(Path(path))


def full_check() -> list[str]:
    """Every problem the integrity and foreign-key checks find in the open database;
    empty when healthy."""
    return database.integrity_errors()


def check_file(path: Path | str) -> FileCheck:
    """A file's schema version, integrity problems and a log that does not belong, read
    without writing a byte to it or beside it."""
    return database.check_file(Path(path))


def schema_version() -> int:
    """The schema version of the open database."""
    return database.schema_version()


def latest_version() -> int:
    """The schema version this program writes."""
    return database.latest_version()


def read_user_version(path: Path | str) -> int:
    """The schema version of a file, read without opening it as the database."""
    return database.read_user_version(Path(path))


def is_older(path: Path | str) -> bool:
    """Whether the file at ``path`` was written by an older version, so that opening it
    upgrades it; False when it cannot tell (opening it says why)."""
    path = Path(path)
    try:
        return path.is_file() and 0 < database.read_user_version(path) < latest_version()
    except (StorageError, OSError):
        return False


def migrations() -> list[Migration]:
    """The ordered schema migrations this program carries."""
    return database.migrations()


# -- copying --------------------------------------------------------------------------------

def backup_to(target: Path | str) -> Path:
    """A consistent copy of the open database at ``target`` (safe while others write)."""
    return database.backup_to(target)
