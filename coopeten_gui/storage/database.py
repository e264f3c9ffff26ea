# Over 400 lines: the one way into the file: open, migrate, check, copy share a connection.
"""Opening, migrating, checking and copying the SQLite database.

``open_database`` is the one way in: it refuses files it cannot trust (newer schema,
not a database, locked by another program) before changing a byte, takes a backup
before any migration, then applies the ordered SQL files of ``db/migrations``.

The connection is opened here with plain ``sqlite3``; peewee (``storage.models``) is
imported only when a service first needs it and then works over that same connection
in the thread that opened it (one transaction state), and over connections of their
own in other threads. So the first screen, read in plain SQL, paints without waiting
for the ORM to load.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ContextManager, Iterator, NamedTuple, cast

from coopeten_gui.i18n import translate
from coopeten_gui.paths import migrations_dir
from coopeten_gui.storage import kept_files, planner_statistics, search, wal_log

if TYPE_CHECKING:
    import peewee

# Another program holding the lock gets a short wait, then a clear refusal.
BUSY_TIMEOUT_MS = 2000
PRAGMAS: dict[str, str | int] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a commit that returned is on disk even if the laptop loses power next.
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_MS,
    # Pages read stay in the process (up to 32 MiB, taken only as pages are read):
    # the lists and the search index of 100,000 contacts need more than SQLite's 2 MiB,
    # and a page the system dropped from its file cache meanwhile costs a disk read.
    "cache_size": -32768,
}

_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")

# the open database: its path (kept after closing), the connection of the thread that
# opened it, and that thread
_path: Path | None = None
_conn: sqlite3.Connection | None = None
_conn_thread: int | None = None
# peewee's database object, once the ORM was first needed (``orm``)
_orm: peewee.SqliteDatabase | None = None
# a worker's connection, kept open for the next worker with the pages it has cached
# (``kept_for_next_worker``)
_spare: sqlite3.Connection | None = None
_spare_lock = threading.Lock()
# what the last ``open_database`` did that the user must hear of (one sentence each)
_notes: list[str] = []
# told now and then while opening a file upgrades it (``watch_upgrades``)
_upgrade_tick: Callable[[], object] | None = None
#: SQLite's steps between two ticks of an upgrade: about a millisecond of work
TICK_STEPS = 50_000


class StorageError(Exception):
    """A database problem explained in one translated sentence."""


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    if name == "QUERY_ERRORS":
        # what a query raises when the file cannot be read as it should (damage, a
        # lock…), through peewee or straight from sqlite3 (peewee loaded only if asked)
        import peewee

        return (peewee.DatabaseError, sqlite3.DatabaseError)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NewerSchemaError(StorageError):
    pass


class NotADatabaseError(StorageError):
    pass


class LockedDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class EmptyFileError(CorruptDatabaseError):
    """A file of zero bytes where a database should be: never taken for a new one."""


class ForeignDatabaseError(NotADatabaseError):
    """An SQLite file of another program: never changed."""


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written: not damage."""


class NoRoomError(StorageError):
    """The disk is full; the file was left as it was."""


class Migration(NamedTuple):
    version: int
    path: Path


def migrations() -> list[Migration]:
    found = []
    for path in sorted(migrations_dir().glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {versions}")
    return found


def latest_version() -> int:
    return len(migrations())


def read_only_uri(path: Path) -> str | None:
    """A URI that reads ``path`` without writing anything beside it: ``immutable`` when no
    log is there, else read-only over the log and its index (None when the index is
    missing too: reading would create it)."""
    uri = path.resolve().as_uri()
    log = wal_log.log_path(path)
    if not log.exists() or log.stat().st_size == 0:
        return f"{uri}?immutable=1"
    if not path.with_name(path.name + "-shm").exists():
        return None
    return f"{uri}?mode=ro"


def read_user_version(path: Path) -> int:
    """The schema version of a file, read without writing anything to it (or beside it).
    Raises ``ForeignDatabaseError`` for an SQLite file that is not Coopeten's."""
    with reading(path) as conn:
        return _identity(conn, path)


def _identity(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version, once sure the file is Coopeten's."""
    try:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise LockedDatabaseError(_locked(path)) from exc
        raise _unreadable(path) from exc
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path) from exc
    if version > latest_version():
        raise NewerSchemaError(_newer(path, version, latest_version()))
    if tables and "contact" not in tables or version and not tables:
        raise ForeignDatabaseError(_not_a_database(path))
    return version


class FileCheck(NamedTuple):
    version: int
    problems: list[str]
    stale_log: str | None  # why the log beside it does not belong, if it does not


def check_file(path: Path) -> FileCheck:
    """The integrity and schema version of ``path``, read without writing a byte to it or
    beside it (a log that does not belong is left out of the reading, and reported)."""
    if path.stat().st_size == 0:
        raise EmptyFileError(_empty(path))
    stale = wal_log.stale_reason(path)
    with reading(path, ignore_log=stale is not None) as conn:
        version = _identity(conn, path)
        latest = latest_version()
        if version > latest:
            raise NewerSchemaError(_newer(path, version, latest))
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            for table, rowid, parent, _ in conn.execute(
                    "PRAGMA foreign_key_check").fetchall():
                problems.append(f"{table} row {rowid} refers to a missing {parent}")
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
    return FileCheck(version, problems, stale)


@contextmanager
def reading(path: Path, ignore_log: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that writes nothing to it nor beside it (over
    a copy in the temporary folder when its log has no index to read it by);
    ``ignore_log``: the file alone, as if no log were beside it."""
    uri = f"{path.resolve().as_uri()}?immutable=1" if ignore_log else read_only_uri(path)
    with tempfile.TemporaryDirectory(prefix="coopeten-read-") as folder:
        if uri is None:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal_log.log_path(path), wal_log.log_path(copy))
            uri = copy.resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=2, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _unreadable(path) from exc
        try:
            yield conn
        finally:
            conn.close()


def looks_like_sqlite(path: Path) -> bool:
    """The file starts with SQLite's header (whatever follows may be damaged)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(wal_log.SQLITE_MAGIC)) == wal_log.SQLITE_MAGIC
    except OSError:
        return False


def _unreadable(path: Path) -> StorageError:
    """An SQLite file that cannot be read is damaged; anything else is not a database."""
    if looks_like_sqlite(path):
        return CorruptDatabaseError(_corrupt(path))
    return NotADatabaseError(_not_a_database(path))


def notes() -> list[str]:
    """What the last ``open_database`` did that the user must hear of (a log that did not
    belong, set aside), one sentence each."""
    return list(_notes)


def open_database(path: Path | str, *, migrate: bool = True) -> int:
    """Open ``path`` (created when missing), bring its schema up to date and bind the
    models to it.

    Returns the schema version now in force. Raises ``StorageError`` subclasses with a
    message for the user; the file is left untouched when it is refused.
    """
    global _path
    path = Path(path)
    close_database()
    _notes.clear()
    latest = latest_version()
    if path.exists():
        if path.stat().st_size == 0:
            raise EmptyFileError(_empty(path))
        _refuse_read_only(path)
        _set_aside_stale_log(path)
        current = read_user_version(path)
    else:
        current = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyDatabaseError(_read_only(path)) from exc
        _refuse_read_only(path)
    if current > latest:
        raise NewerSchemaError(_newer(path, current, latest))
    path.parent.mkdir(parents=True, exist_ok=True)
    _path = path
    _close_spare()  # a worker's, to the file open before
    if _orm is not None:
        _bind(_orm)
    try:
        conn = _open_connection(path)
        if current < latest and migrate:
            with _ticking(conn) as tick:
                if current > 0:
                    _take_safety_copy(path, current, tick)
                _apply_migrations(conn, current)
                planner_statistics.measure_new_indexes(conn)
                search.flush_dirty()  # an index a migration made anew is filled here
            current = latest
        search.flush_dirty()
    except sqlite3.OperationalError as exc:
        close_database()
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedDatabaseError(_locked(path)) from exc
        if kept_files.is_no_room(exc):
            raise NoRoomError(_no_room(path)) from exc
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise ReadOnlyDatabaseError(_read_only(path)) from exc
        raise CorruptDatabaseError(_corrupt(path)) from exc
    except sqlite3.DatabaseError as exc:
        close_database()
        raise CorruptDatabaseError(_corrupt(path)) from exc
    except Exception:
        close_database()
        raise
    return current


def watch_upgrades(tick: Callable[[], object] | None) -> None:
    """Have ``tick`` called now and then while ``open_database`` upgrades a file: the
    safety copy, the migrations and the search index they make anew take a minute at a
    million contacts, and a window can say so meanwhile and stay painted. None: stop."""
    global _upgrade_tick
    _upgrade_tick = tick


@contextmanager
def _ticking(conn: sqlite3.Connection) -> Iterator[Callable[..., int] | None]:
    """The upgrade's tick (see ``watch_upgrades``), called by SQLite as it works on
    ``conn`` meanwhile, and given for the copy's progress; None when nobody watches."""
    watcher = _upgrade_tick
    if watcher is None:
        yield None
        return

    def tick(*_progress: object) -> int:
        try:
            watcher()
        except Exception:  # noqa: BLE001 - a notice that fails never stops the upgrade
            pass
        return 0  # anything else would interrupt SQLite

    conn.set_progress_handler(tick, TICK_STEPS)
    try:
        yield tick
    finally:
        conn.set_progress_handler(None, 0)


def _refuse_read_only(path: Path) -> None:
    """A file or folder that cannot be written is said to be read-only, never damaged."""
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabaseError(_read_only(path))


def _set_aside_stale_log(path: Path) -> None:
    """A log beside ``path`` that another copy left is kept aside, never replayed."""
    reason = wal_log.stale_reason(path)
    if reason is None:
        return
    log = wal_log.log_path(path)
    kept = kept_files.reserve(path.parent, f"{path.name}.{kept_files.stamp()}", "stale-wal")
    os.replace(log, kept)
    index = path.with_name(path.name + "-shm")
    if index.exists():
        os.replace(index, kept.with_name(kept.name + "-shm"))
    kept_files.sync_folder(path.parent)
    _notes.append(translate(
        "Storage", "A write-ahead log beside {path} did not belong to it ({reason}); it was "
                   "set aside as {kept} and your database opened without it.").format(
        path=path, reason=reason, kept=kept))


def _take_safety_copy(path: Path, version: int,
                      tick: Callable[..., int] | None = None) -> None:
    """The backup taken before a migration; a full disk is said as such."""
    try:
        backup_to(_pre_migration_backup_path(path, version), tick)
    except (OSError, sqlite3.Error) as exc:
        if kept_files.is_no_room(exc):
            raise NoRoomError(translate(
                "Storage", "There is no room on the disk to take the safety copy of {path} "
                           "before upgrading it: free some space and open it again. Your "
                           "database was not changed.").format(path=path)) from exc
        raise


def fold_log(path: Path) -> None:
    """Write the committed changes of ``path``'s log into the file itself, so the file
    alone holds everything (before it is kept aside). Raises ``LockedDatabaseError``
    when another program keeps that from finishing; a damaged file is left as it is."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None)
    except sqlite3.Error:
        return
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedDatabaseError(_locked(path)) from exc
        return
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    if busy:
        raise LockedDatabaseError(_locked(path))


@contextmanager
def pragma_set(name: str, value: int,
               conn: sqlite3.Connection | None = None) -> Iterator[None]:
    """``PRAGMA name = value`` on the connection (the calling thread's by default) for
    the block inside, then back to what it was."""
    conn = conn or connection()
    before = int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    conn.execute(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA {name} = {before}")


def log_folded_later() -> ContextManager[None]:
    """Commits inside leave their pages in the log (``NAME-wal``) for ``fold_open_log``.

    SQLite copies the log into the file inside any commit that leaves it over 1,000
    pages: importing 10,000 contacts into a million spent 0.2 s of its 1.5 s there,
    before the user heard it was done. Readers read the log meanwhile, and the next
    commit that finds it long folds it if nobody has."""
    return pragma_set("wal_autocheckpoint", 0)


def fold_open_log() -> None:
    """Copy the open database's log into its file now, waiting for nobody: pages a
    reader still needs are left to the next commit."""
    connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def create_empty(path: Path) -> None:
    """A new database with the latest schema at ``path`` (an empty file, or none), on a
    connection of its own: the open database stays as it is."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        _apply_migrations(conn, 0)
    finally:
        conn.close()


def _open_connection(path: Path) -> sqlite3.Connection:
    global _conn, _conn_thread
    # as peewee opens its own: autocommit (it issues BEGIN itself), not tied to a thread
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level=None, check_same_thread=False)
    try:
        for name, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
    except sqlite3.Error:
        conn.close()
        raise
    _conn, _conn_thread = conn, threading.get_ident()
    return conn


def _bind(orm: peewee.SqliteDatabase) -> None:
    orm.init(str(_path), pragmas=PRAGMAS, check_same_thread=False)


def orm() -> peewee.SqliteDatabase:
    """peewee's database object (``storage.orm``), made the first time the ORM is needed
    (``storage.models`` asks for it as it loads), bound now to the open file and again to
    each file opened later."""
    global _orm
    if _orm is None:
        from coopeten_gui.storage.orm import SharedDatabase

        _orm = SharedDatabase(None, adopt=adoptable_connection, keep=kept_for_next_worker)
        if _path is not None:
            _bind(_orm)
    return _orm


def adoptable_connection(path: str) -> sqlite3.Connection | None:
    """The open connection, for peewee to use in the thread that opened it; in another
    thread the one the last worker left, if it is to the same file (None otherwise:
    peewee then opens a connection of its own)."""
    global _spare
    if _conn is None or path != str(_path):
        return None
    if threading.get_ident() == _conn_thread:
        return _conn
    with _spare_lock:
        spare, _spare = _spare, None
    return spare


def kept_for_next_worker(conn: sqlite3.Connection) -> bool:
    """Whether a worker's connection, as the worker is done with it, stays open for the
    next worker instead of closing. One is kept, with the pages it read: the import's
    preview and then the import each run on a worker, and a fresh connection read the
    same pages again (a tenth of an import into a million contacts)."""
    global _spare
    if _conn is None or _path is None or conn is _conn or conn.in_transaction:
        return False
    try:  # a file opened meanwhile: this one is for the file before
        if not os.path.samefile(conn.execute("PRAGMA database_list").fetchone()[2], _path):
            return False
    except (sqlite3.Error, OSError, TypeError):
        return False
    with _spare_lock:
        if _spare is not None:
            return False
        _spare = conn
    return True


def _close_spare() -> None:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        spare.close()


def connection() -> sqlite3.Connection:
    """The open database's connection for the calling thread (the one peewee uses)."""
    if _conn is None:
        raise StorageError(translate("Storage", "No database is open."))
    if _orm is not None:
        return cast(sqlite3.Connection, _orm.connection())
    if threading.get_ident() != _conn_thread:
        # another thread: peewee manages one connection per thread
        return cast(sqlite3.Connection, orm().connection())
    return _conn


# the search index reads and writes over the same connection
search.use_connection(connection)


def close_database(optimize: bool = True) -> None:
    """Close the database; ``optimize=False`` writes nothing more to it (a damaged file)."""
    global _conn, _conn_thread
    # another thread (a background job) closes only the connection peewee gave it
    opened = _conn if threading.get_ident() == _conn_thread else None
    if opened is not None and optimize:
        try:
            # refreshes the planner's statistics when tables grew (cheap when nothing did)
            planner_statistics.refresh(opened)
        except sqlite3.Error:
            pass  # a read-only, busy or damaged file: closing matters more
    if _orm is not None and not _orm.is_closed():
        _orm.close()  # this thread's peewee connection (in the opener's, the same one)
    if opened is not None:
        _close_spare()
        opened.close()
        _conn = _conn_thread = None


def pages_not_kept(conn: sqlite3.Connection | None = None) -> ContextManager[None]:
    """Reads inside keep at most 1 MiB of pages in the connection's cache (then back to
    ``PRAGMA cache_size``): a count over a million rows reads 20 MiB of them, which
    would stay in the process's memory for nothing (the system caches the file anyway)."""
    return pragma_set("cache_size", -1024, conn)


def is_open() -> bool:
    return _conn is not None


def database_path() -> Path | None:
    return _path


def schema_version() -> int:
    return cast(int, connection().execute("PRAGMA user_version").fetchone()[0])


def change_count() -> int:
    """Rows changed through this connection since it opened (to know if a backup is due)."""
    return connection().total_changes if is_open() else 0


def quick_check(path: Path) -> str | None:
    """None when SQLite finds the file sound, else its first complaint.

    Runs on its own read-only connection, so it can run in a background thread while
    the window is already open (``IntegrityCheck`` for one that can be stopped).
    """
    return IntegrityCheck(path).run()


class IntegrityCheck:
    """``quick_check`` of a file that another thread can stop midway.

    ``run()`` (in a worker thread) returns what ``quick_check`` returns; once ``stop()``
    was called (from any thread) it returns None at once: no verdict, not "sound".
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> str | None:
        try:
            with self._lock:
                if self._stopped:
                    return None
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro",
                                             uri=True, timeout=2, check_same_thread=False)
            try:
                result = self._conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            finally:
                with self._lock:
                    conn, self._conn = self._conn, None
                conn.close()
        except sqlite3.Error as exc:
            return None if self.stopped else str(exc)
        return None if result == "ok" or self.stopped else result

    def stop(self) -> None:
        """Interrupt the check (it then reports nothing)."""
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    @property
    def stopped(self) -> bool:
        return self._stopped


def integrity_errors() -> list[str]:
    """Problems reported by SQLite's integrity and foreign-key checks; empty when healthy."""
    conn = connection()
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems


@contextmanager
def transaction() -> Iterator[None]:
    """One write: everything inside commits together (search index included) or not at all.

    Nested writes (an import creating thousands of contacts) leave the index to the
    outermost one, which rebuilds it once for every contact they touched.
    """
    db = orm()
    with db.atomic():
        yield
        if db.transaction_depth() == 1:
            search.flush_dirty()


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Plain-SQL writes that commit together, or nest in the transaction under way."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def backup_to(target: Path | str, tick: Callable[..., int] | None = None) -> Path:
    """A consistent copy of the open database through SQLite's backup API.

    Safe while other connections write: the backup API copies a snapshot. The copy is
    written beside the target and renamed into place, so a failure leaves no half file.
    ``tick``: called after every 16 MiB copied.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connection()
    try:
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            # a new file, put in place only once whole: no journal, and one sync at the
            # end rather than SQLite's page by page (a crash leaves only a .partial)
            dest.execute("PRAGMA journal_mode = OFF")
            dest.execute("PRAGMA synchronous = OFF")
            if tick is None:
                source.backup(dest)
            else:
                source.backup(dest, pages=4096, progress=tick)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        kept_files.sync_file(partial)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half copy left behind
        raise
    partial.replace(target)
    kept_files.sync_folder(target.parent)
    return target


def _apply_migrations(conn: sqlite3.Connection, current: int) -> None:
    for migration in migrations():
        if migration.version <= current:
            continue
        sql = migration.path.read_text(encoding="utf-8")
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {migration.version};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _pre_migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.v{version}-{stamp}.bak")


def _not_a_database(path: Path) -> str:
    return translate("Storage", "{path} is not a Coopeten database.").format(path=path)


def _newer(path: Path, found: int, latest: int) -> str:
    return translate(
        "Storage",
        "{path} was written by a newer version of Coopeten (data format {found}, "
        "this version reads up to {latest}). Please update Coopeten to open it.",
    ).format(path=path, found=found, latest=latest)


def _empty(path: Path) -> str:
    return translate("Storage", "{path} is empty (0 bytes): your data is not in it.").format(
        path=path)


def _read_only(path: Path) -> str:
    return translate(
        "Storage", "{path} is read-only: Coopeten needs to write to it and to its folder. "
                   "Make them writable, or copy the file to a folder of yours and open "
                   "that.").format(path=path)


def _no_room(path: Path) -> str:
    return translate(
        "Storage", "There is no room left on the disk of {path}: free some space and try "
                   "again. Your database was not changed.").format(path=path)


def locked_text(path: Path) -> str:
    """The sentence for a file another program holds."""
    return _locked(path)


def _locked(path: Path) -> str:
    return translate(
        "Storage",
        "{path} is in use by another program. Close that program and try again.",
    ).format(path=path)


def _corrupt(path: Path) -> str:
    return translate(
        "Storage", "{path} is damaged and cannot be read. Restore it from a backup."
    ).format(path=path)
