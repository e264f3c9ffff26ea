"""Whether another program has an SQLite file open: SQLite's own locks on the file.

(The lock a Coopeten window holds on its database is ``services.database_lock``.)
"""

from __future__ import annotations

import os
from pathlib import Path

# SQLite's lock bytes (os_unix.c): every reader holds a read lock in this range
_PENDING_BYTE = 0x40000000
_SHARED_FIRST, _SHARED_SIZE = _PENDING_BYTE + 2, 510


def held_by_another_program(db_path: Path) -> bool:
    """True when another process has the SQLite file open for reading or writing (it
    holds SQLite's read lock). Call with this process's own connections closed: POSIX
    locks belong to the process, and checking drops them. False where it cannot tell
    (no POSIX locks, or no permission to write the file)."""
    if os.name != "posix" or not Path(db_path).exists():
        return False
    import fcntl

    try:
        fd = os.open(db_path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
    except OSError:
        return True
    finally:
        os.close(fd)  # drops the lock just taken
    return False
