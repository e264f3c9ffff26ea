"""What SQLite says of a copy of the database, read on a read-only connection of its own:
the checks a backup gets before it is kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: what writing or reading a copy raises when SQLite cannot do it (a full disk, damage…)
CopyFailed = sqlite3.Error


class Unreadable(Exception):
    """SQLite could not read the copy at all; the message is SQLite's."""


def verdict_and_version(path: Path, whole: bool = True) -> tuple[str, int]:
    """SQLite's verdict on ``path`` ("ok" or its first complaint) and the file's schema
    version. ``whole=False`` is the quick check (pages and structure, not each index row
    by row against its table)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if whole else "quick_check"
            verdict: str = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise Unreadable(str(exc)) from exc
    return verdict, version
