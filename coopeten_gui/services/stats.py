"""Counts of each kind of live object, for the ``stats`` command and the status bar.

Each count is read from an index (``storage.counts``): the status bar asks on every
start and after every write, at a million contacts too.
"""

from __future__ import annotations

from coopeten_gui.storage import counts as stored_counts


def counts(names: tuple[str, ...] | None = None) -> list[tuple[str, int]]:
    """``(plural name, count)`` of every kind, or of the kinds ``names`` only (the status
    bar needs two of them, and asks after every write)."""
    return stored_counts.live_counts(names)
