"""Keeping the search index in few pieces.

Every write adds a piece to the index (FTS5 merges them only as they pile up, four of a
size at a time), and a search asks each piece about each contact it looks up: a million
contacts re-indexed in 30 writes since the index was made left it in 12 pieces, and the
first rows of a search took 24 ms at the 95th percentile instead of 6. ``tidy`` merges
the pieces back into one, a step at a time, each step a short write of its own so that
the window's writes go between them; the window runs it on a worker after an automatic
backup (``ui.auto_backup``), when more than ``MOST_PIECES`` have piled up.
"""

from __future__ import annotations

import time
from typing import Callable

from coopeten_gui.storage import database, search

#: Pieces the index may be in before a tidy is due (a file written to now and then)
MOST_PIECES = 4
#: Index pages written per step (about 256 KiB: a few milliseconds of work, the longest
#: the window's own writes wait for)
STEP_PAGES = 64
#: Seconds between two steps: the window reads and writes meanwhile
REST = 0.02


def due() -> bool:
    """Whether the index is in more pieces than ``MOST_PIECES``."""
    return search.pieces() > MOST_PIECES


def tidy(stop: Callable[[], bool] = lambda: False, rest: float = REST) -> int:
    """Merge the index into one piece, a step at a time, until done or ``stop`` says
    so (a step ends before it is asked again); the number of steps taken."""
    steps = 0
    while not stop():
        with database.transaction():
            more = search.merge_step(STEP_PAGES)
        steps += 1
        if not more:
            break
        time.sleep(rest)
    return steps
