"""Whether the write-ahead log (``NAME-wal``) beside a database belongs to it.

SQLite replays any well-formed log it finds beside a file, whichever database wrote it:
a log left from another copy (a file copied or restored by hand) would overwrite pages
and shrink the file to that copy's size. A log left by a crash of this database holds
committed changes and must be replayed. ``stale_reason`` tells them apart without
writing anything: the log's header and frame checksums, the database header in the log
against the file's, and — when the log would change the file — a trial replay on a copy
in the temporary folder.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
from pathlib import Path
from typing import NamedTuple

from coopeten_gui.i18n import translate
from coopeten_gui.storage import file_locks

SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_VERSION = 3007000
_HEADER, _FRAME_HEADER = 32, 24


class Frame(NamedTuple):
    page: int
    db_pages: int  # the database's size in pages after a commit; 0 inside a transaction
    offset: int    # where the page's bytes start in the log


def log_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def page_size_of(header: bytes) -> int:
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_frames(log: bytes, page_size: int) -> list[Frame] | None:
    """The frames SQLite would replay (up to the last commit), or None when the log's
    header is not valid for a database of ``page_size``."""
    if len(log) < _HEADER:
        return None
    magic, version, size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", log[:_HEADER])
    if magic not in _WAL_MAGIC or version != _WAL_VERSION or size != page_size:
        return None
    big = magic & 1 == 1
    s0, s1 = _checksum(log[:24], big)
    if (s0, s1) != (c1, c2):
        return None
    frames: list[Frame] = []
    committed = 0
    offset = _HEADER
    while offset + _FRAME_HEADER + page_size <= len(log):
        page, db_pages, f_salt1, f_salt2, f1, f2 = struct.unpack(
            ">6I", log[offset: offset + _FRAME_HEADER])
        if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
            break
        data_at = offset + _FRAME_HEADER
        s0, s1 = _checksum(log[offset: offset + 8], big, s0, s1)
        s0, s1 = _checksum(log[data_at: data_at + page_size], big, s0, s1)
        if (s0, s1) != (f1, f2):
            break
        frames.append(Frame(page, db_pages, data_at))
        if db_pages:
            committed = len(frames)
        offset = data_at + page_size
    return frames[:committed]


def stale_reason(db_path: Path) -> str | None:
    """Why the log beside ``db_path`` does not belong to it, or None (no log, an empty
    one, one SQLite would ignore, or one that belongs). Writes nothing."""
    wal = log_path(db_path)
    try:
        if not wal.is_file() or wal.stat().st_size < _HEADER:
            return None
        with open(db_path, "rb") as f:
            header = f.read(100)
        log = wal.read_bytes()
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None  # the file itself is unreadable: damage, dealt with elsewhere
    frames = committed_frames(log, page_size_of(header))
    if frames is None:
        return translate("Storage", "its header is not valid for this database")
    if not frames:
        return None  # nothing in it would be replayed
    if file_locks.held_by_another_program(db_path):
        return None  # a running program is writing it: its log is live
    # Coopeten never makes a file smaller (no VACUUM, no auto-vacuum): a log that would
    # cut it short was written for a smaller copy
    if frames[-1].db_pages < db_path.stat().st_size // page_size_of(header):
        return translate("Storage", "it would cut the database short")
    first_pages = [f for f in frames if f.page == 1]
    if first_pages:
        logged = log[first_pages[-1].offset: first_pages[-1].offset + 100]
        # the change counter and the schema cookie only grow: a log's copy of the first
        # page older than the file's comes from another copy
        for at in (24, 40):
            if struct.unpack(">I", logged[at: at + 4]) < struct.unpack(">I", header[at: at + 4]):
                return translate("Storage", "it is older than the database")
    return _trial_replay(db_path)


def _trial_replay(db_path: Path) -> str | None:
    """Replay the log into a copy in the temporary folder: a log that leaves it unsound,
    or not a Coopeten database, does not belong."""
    try:
        with tempfile.TemporaryDirectory(prefix="coopeten-wal-") as folder:
            copy = Path(folder) / "trial.sqlite"
            shutil.copyfile(db_path, copy)
            shutil.copyfile(log_path(db_path), log_path(copy))
            conn = sqlite3.connect(str(copy))
            try:
                result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                tables = {r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                conn.close()
    except sqlite3.DatabaseError as exc:
        return translate("Storage", "replaying it damages the database ({reason})").format(
            reason=exc)
    except OSError:
        return None  # no room to try: let SQLite decide, as it always did
    if result != "ok":
        return translate("Storage", "replaying it damages the database ({reason})").format(
            reason=result)
    if "contact" not in tables:
        return translate("Storage", "it belongs to another database")
    return None
