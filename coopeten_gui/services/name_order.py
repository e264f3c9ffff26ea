"""Where each live contact stands in the list in name order, as an array indexed by id,
and the first rows of a search picked with it.

A search matching a few thousand contacts finds them in the index at once, but in id
order; putting them in name order through the database costs a look-up per match (80
to 120 ms for a given name shared by 7,000 of a million contacts), and walking the name
order until enough match can pass most of the list first, as names cluster in it. With
the positions in memory, the first rows are picked among the matches in a few
milliseconds. The positions are read on a worker thread (``positions_of`` the list in
name order, with its name starts: ``contact_list.read_name_order``) and kept by
``contact_list.keep_name_order`` for as long as nothing is written.
"""

from __future__ import annotations

import heapq
import time
from array import array
from typing import Iterable, Sequence

#: Positions written between two pauses of ``PAUSE`` seconds (about a millisecond's work):
#: a million take 70 ms of Python, and a keystroke meanwhile waited for each 5 ms of it
CHUNK, PAUSE = 20_000, 0.0002

#: The position of an id that is not in the name order (trashed, purged or never used):
#: after every position, so that the first in order are the live ones
NOT_LIVE = (1 << 31) - 1


def positions_of(ordered: Iterable[int]) -> array[int]:
    """Each id's position in ``ordered`` (the live contacts in name order), ``NOT_LIVE``
    for ids not in it."""
    ordered = ordered if isinstance(ordered, (array, list)) else list(ordered)
    positions = array("i", [NOT_LIVE]) * (max(ordered, default=0) + 1)
    for start in range(0, len(ordered), CHUNK):
        for position in range(start, min(start + CHUNK, len(ordered))):
            positions[ordered[position]] = position
        # a worker thread reads the order while the user types: the UI thread may be
        # waiting for Python's lock, which a busy thread gives up only every 5 ms
        time.sleep(PAUSE)
    return positions


def first_in_order(found: Sequence[int], positions: Sequence[int], limit: int) -> list[int]:
    """The first ``limit`` of ``found`` in name order, leaving out those not live."""
    size = len(positions)
    if found and max(found) >= size:  # newer than the order: not in it
        found = [cid for cid in found if cid < size]
    # the positions looked up in C: half the time of a Python step per match
    first = heapq.nsmallest(limit, found, key=positions.__getitem__)
    return [cid for cid in first if positions[cid] != NOT_LIVE]
