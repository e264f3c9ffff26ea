"""Files Coopeten keeps aside or half-writes: names that cannot collide, copies that are
checked, and the ``.partial`` leftovers of a crash.

A file is kept aside under ``NAME.STAMP.REASON`` (``-2``, ``-3``… added when that name is
taken): the name is reserved with an exclusive create, so two restores in the same second
never write over each other. Keeping is a hard link when the file system allows it (the
very same bytes, no room needed), else a copy compared byte for byte with the original.
"""

from __future__ import annotations

import errno
import filecmp
import os
import re
import shutil
import time
from datetime import datetime
from pathlib import Path

#: a ``.partial`` younger than this may still be being written by another process
PARTIAL_MAX_AGE_SECONDS = 15 * 60

NO_ROOM_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def is_no_room(exc: BaseException) -> bool:
    """True for the errors of a full disk (as the system or SQLite reports them)."""
    if isinstance(exc, OSError) and exc.errno in NO_ROOM_ERRNOS:
        return True
    return "disk is full" in str(exc) or "No space left" in str(exc)


def reserve(folder: Path, base: str, suffix: str) -> Path:
    """A new empty file ``folder/base.suffix`` (or ``base-N.suffix``), created exclusively
    so nobody else gets the same name."""
    for n in range(1, 10_000):
        candidate = folder / (f"{base}.{suffix}" if n == 1 else f"{base}-{n}.{suffix}")
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, "no free name", str(folder / base))


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def keep(path: Path, reason: str) -> Path:
    """Keep what is at ``path`` under a new ``NAME.STAMP.REASON`` beside it, leaving
    ``path`` where it is; return the kept file. Raises OSError (the kept name removed)
    when no copy could be made and checked."""
    target = reserve(path.parent, f"{path.name}.{stamp()}", reason)
    try:
        try:
            os.replace(_linked(path, target), target)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP,
                                 errno.EOPNOTSUPP, errno.EACCES):
                raise
            copy_checked(path, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _linked(path: Path, target: Path) -> Path:
    """A hard link to ``path`` under a temporary name beside ``target``."""
    link = target.with_name(target.name + ".link.partial")
    link.unlink(missing_ok=True)
    os.link(path, link)
    return link


def copy_checked(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` (written to disk), then compare them byte for byte."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())
    if not filecmp.cmp(source, target, shallow=False):
        raise OSError(errno.EIO, "the copy differs from the original", str(target))


def keep_with_logs(db_path: Path, reason: str) -> Path | None:
    """Keep the database and its ``-wal`` (``-shm``) under one new name; None when there
    is no file. The originals stay in place."""
    if not db_path.exists():
        return None
    kept = keep(db_path, reason)
    for extra in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            try:
                os.link(side, kept.with_name(kept.name + extra))
            except OSError:
                copy_checked(side, kept.with_name(kept.name + extra))
    return kept


def drop_logs(db_path: Path) -> None:
    """Remove the ``-wal`` and ``-shm`` at ``db_path`` (after they were kept aside): a log
    left there would be replayed into the file put in place."""
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)


def sync_file(path: Path) -> None:
    """Make what was written to ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def partial_patterns(db_path: Path) -> list[re.Pattern[str]]:
    """The names of Coopeten's own half-written files for ``db_path``."""
    name, stem = re.escape(db_path.name), re.escape(db_path.stem)
    return [
        re.compile(rf"^{name}\.v\d+-\d{{8}}-\d{{6}}\.bak\.partial$"),        # pre-migration
        re.compile(rf"^{name}\.\d{{8}}-\d{{6}}(-\d+)?\.[\w-]+(\.link)?\.partial$"),  # kept aside
        re.compile(rf"^{name}\.(restoring|salvage)-\d{{8}}-\d{{6}}(-\d+)?\.partial$"),
        re.compile(rf"^{stem}-\d{{8}}-\d{{6}}(-manual)?\.sqlite\.partial$"),  # backups
    ]


def clean_partials(db_path: Path, *folders: Path, now: float | None = None) -> list[Path]:
    """Delete Coopeten's own ``.partial`` files for ``db_path`` older than a quarter of an
    hour (a crash's leftovers) in its folder and ``folders``; return them."""
    now = time.time() if now is None else now
    patterns = partial_patterns(db_path)
    removed = []
    for folder in {db_path.parent, *folders}:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if not path.name.endswith(".partial") or not any(p.match(path.name)
                                                              for p in patterns):
                continue
            try:
                if now - path.stat().st_mtime >= PARTIAL_MAX_AGE_SECONDS and path.is_file():
                    path.unlink()
                    removed.append(path)
            except OSError:
                pass
    return removed
