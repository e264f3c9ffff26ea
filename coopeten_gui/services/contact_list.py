"""The contact list's planner: which contacts the list shows, in which order, and the
columns of the rows it paints; the search box's best matches.

Lists are served as id lists plus row lookups (``contact_ids`` then ``contact_rows``),
so a view over 100,000 contacts holds ids only and fetches the rows it shows.
"""

from __future__ import annotations

import re
import threading
import time
from array import array
from bisect import bisect_left
from typing import Any, Callable, Sequence

from coopeten_gui.i18n import translate
from coopeten_gui.services import name_order
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactRow
from coopeten_gui.storage import contact_list_reads, contact_reads, search
from coopeten_gui.storage.contact_list_reads import SORT_COLUMNS
from coopeten_gui.storage.contact_list_reads import (  # the callers' query, handed on
    ContactQuery as ContactQuery,
)

#: A search matching at most this many contacts reads their ids from the index and sorts
#: them; a broader one walks the sorted list keeping the matches (see ``contact_ids``).
FEW_MATCHES = 2000

#: When the name order is known (``name_order``), the first rows of a search matching
#: more than ``FEW_MATCHES`` and that walking the name order cannot serve (too rare for
#: the walk, or words too long for the index to check a contact at once) are picked in
#: memory among up to this many matches (about 15 ms for 40,000, against 30 to 300 ms
#: for looking each up or walking the name order: names cluster in it, and the first
#: Raquel comes after three quarters of a million contacts).
KNOWN_MATCHES = 40_000

#: SQLite reads every match of a broad search into a temporary index (about 0.14 µs a
#: match), then walks the name order until enough match (about 0.18 µs a contact walked);
#: reading them into memory to pick the first costs about 0.36 µs a match, so it serves
#: only searches whose first matches lie further into the name order than this many
#: contacts per match (measured at 100,000 and at a million contacts).
CLUSTERED = 1.2

#: The index keeps every prefix of up to this many letters as a word of its own (the
#: ``prefix`` option of ``contact_fts``): whether one contact has a word starting with
#: such a prefix is one look-up (microseconds), while a longer prefix makes the index
#: gather every word it starts, at each look-up.
INDEXED_PREFIX = 4

#: A search of such short words that matches a large share of the contacts finds its
#: first rows by walking the name order and asking the index about each contact, rather
#: than by having SQLite read every match first, when the walk is predicted to cost less
#: (``PlanCosts``): one look-up costs 5 to 40 µs, depending on how many pieces the index is
#: in, and reading a match about 0.15 µs, so a walk wins for the commonest prefixes only,
#: and for more of them as the book grows. The walk gives up (and SQLite reads every
#: match) once it has cost what reading them was predicted to, or after this many
#: contacts: the matches were rarer early in the name order than the index's first rowids
#: suggested.
DENSE_WALK = 1500

#: A walk is chosen only when it is predicted to cost at most this share of what reading
#: every match would: a walk that gives up has cost that much on top of the reading.
WALK_MARGIN = 0.6

#: Once the name order is known, the first rows of a broad search are asked of the index
#: a run of name starts at a time, from the start of the name order (``_first_by_name_start``):
#: each run's contacts are predicted, from the share of contacts that match, to hold this
#: many times the rows still wanted.
START_RUN_MARGIN = 2

#: A run's matches are read whole when they are at most this many (a third of a
#: millisecond at a million contacts); a run with more ("Ana" in the run of names starting
#: "an") is asked again a name start at a time, and the start that holds the first rows
#: is walked in name order or read whole, whichever its first matches say costs less.
START_RUN_MATCHES = 300

#: A run asks for at most this many name starts at once (each is a word the index looks up).
START_RUN_WORDS = 200


class PlanCosts:
    """What a look-up of one contact in the index and reading one match cost on this
    file, in seconds: measured as searches run (a running average), so the choice
    between walking the name order and reading every match follows the file's size,
    how many pieces its index is in, and the machine."""

    WEIGHT = 0.3  # how much each new measurement moves the average
    # fewer than this many say more about the call than about each one
    FEWEST = {"lookup": 50, "match": 20_000, "filed": 200}

    def __init__(self) -> None:
        self.lookup = 20e-6
        self.match = 0.15e-6
        self.filed = 1e-6  # a match read among those filed under a few name starts

    def learn(self, name: str, seconds: float, count: int) -> None:
        if count >= self.FEWEST[name]:
            old = getattr(self, name)
            setattr(self, name, old + self.WEIGHT * (seconds / count - old))


COSTS = PlanCosts()

_WORD = re.compile(r"\w+", re.UNICODE)  # the words ``match_expression`` makes prefixes of


def contact_ids(query: ContactQuery = ContactQuery(), sort: str = "name",
                descending: bool = False, limit: int | None = None) -> list[int]:
    """Every id the list shows, in order (only the first ``limit`` when given).

    Ids only: cheap even for 100,000 contacts. For a search, SQLite cannot tell a rare
    word from a common one, so it is told: the index is asked first for up to
    ``FEW_MATCHES`` ids; when that is all of them, only those rows are looked up and
    sorted (a few milliseconds), instead of walking the whole sorted list checking each
    row (tens of milliseconds for 100,000 contacts), which stays the plan for common
    prefixes, where it finds the first rows at once. Shortcuts for a search alone in
    name order: the matches of a narrow one are put in order in memory
    (``_name_positions``); the first rows of a broad one are asked of the index a run of
    name starts at a time once the name order and its starts are known
    (``_first_by_name_start``), else found by walking the name order asking the index
    about each contact (``_first_dense_matches``) or picked in memory among up to
    ``KNOWN_MATCHES`` (``_first_known_matches``).
    """
    expression = search.match_expression(query.text) if query.text else None
    matches = None
    if expression is not None:
        found = _first_matches(expression)
        if len(found) <= FEW_MATCHES:
            if found and sort == "name" and not descending and _text_only(query):
                # the first rows of a search are never kept waiting for the name order
                # read here only on the UI thread's connection, whose state it is kept
                # for (a worker's connection is closed after its job)
                positions = _name_positions(read=limit is None and _on_main_thread())
                if positions is not None:
                    wanted = len(found) if limit is None else limit
                    return name_order.first_in_order(found, positions, wanted)
            matches = found
        elif (limit is not None and sort == "name" and not descending and _text_only(query)
              and (first := _first_by_name_start(expression, found, limit)) is not None):
            return first
        elif limit is not None and _walkable(query, sort):
            reading = _estimated_matches(found) * COSTS.match
            walk = int(min(DENSE_WALK, reading / COSTS.lookup))
            # a quarter more than predicted, as the walk's batches read
            if _walk_length(found, descending, limit) * 1.25 <= WALK_MARGIN * walk:
                first = _first_dense_matches(expression, descending, limit, _share(found),
                                             walk)
                if first is not None:
                    return first
        if matches is None and limit is not None and sort == "name" and not descending \
                and _text_only(query):
            first = _first_known_matches(expression, found, limit)
            if first is not None:
                return first
    if matches is not None and not matches:
        return []
    if expression is None or matches is not None or limit is None:
        return contact_list_reads.ids(query, matches, _checked(sort), descending, limit)
    # SQLite reads every match, then walks the list's order: learn what a match costs
    started = time.thread_time()
    first = contact_list_reads.ids(query, None, _checked(sort), descending, limit)
    COSTS.learn("match", time.thread_time() - started, int(_estimated_matches(found)))
    return first


def contact_id_block(query: ContactQuery = ContactQuery(), sort: str = "name",
                     descending: bool = False,
                     stop: Callable[[], bool] | None = None) -> array[int] | None:
    """Every id the list shows, in order, as ``contact_ids(query, sort, descending)``,
    packed in an array of 64-bit integers.

    Made for a worker thread reading a whole list of a million contacts without keeping
    the UI thread waiting for Python's lock (see ``contact_list_reads.packed_ids``).

    ``stop``: asked now and then while SQLite reads; once it says True the read is
    abandoned and None returned (the list changed again: nobody wants this answer).
    Given only by a worker thread, on the connection of its own it closes after the job.
    """
    expression = search.match_expression(query.text) if query.text else None
    if expression is not None and len(_first_matches(expression)) <= FEW_MATCHES:
        return array("q", contact_ids(query, sort, descending))
    return contact_list_reads.packed_ids(query, _checked(sort), descending, stop)


def _checked(sort: str) -> str:
    if sort not in SORT_COLUMNS:
        raise ValidationError(translate("Validation", "Unknown sort column."), "sort")
    return sort


def _on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _first_matches(expression: str) -> list[int]:
    """Up to ``FEW_MATCHES + 1`` ids matching ``expression``, in id order."""
    return contact_list_reads.first_matches(expression, FEW_MATCHES + 1)


def _share(found: list[int]) -> float:
    """About which share of the contacts match, from the first matches ``found``: the
    index lists matches by id, so the id of the last one read tells."""
    return len(found) / max(found[-1], 1)


def _estimated_matches(found: list[int]) -> float:
    """About how many contacts match, from the first matches ``found``."""
    return _share(found) * contact_reads.highest_id()


def _walk_length(found: list[int], descending: bool, limit: int) -> float:
    """About how many contacts a walk of the name order from its start passes before
    ``limit`` match: as the share of matches among the ids says, or further when the
    name order is known and says the first matches lie further (the matches of a given
    name cluster in it, and "Án" is a tenth of the way in)."""
    length = limit / _share(found)
    known = None if descending else _name_positions(read=False)
    reach = None if known is None else _walk_reach(found, known, limit)
    return length if reach is None else max(length, reach)


def _walk_reach(found: list[int], known: array[int], wanted: float) -> int | None:
    """About how far into the name order the first ``wanted`` matches lie, from the
    positions of the matches ``found`` (every match up to the id of the last, so about
    the share of all matches that the ids up to it are of all ids); None: not known."""
    size = len(known)
    # in C, without a Python step per match: a millisecond less for 2,000 of them
    sample = sorted(map(known.__getitem__, found[:bisect_left(found, size)]))
    del sample[bisect_left(sample, name_order.NOT_LIVE):]  # trashed ones
    needed = wanted * min(1.0, found[-1] / size)
    if needed < 1:
        # fewer than the first found stands for: as far as the density of matches before
        # the third says (the first alone is mostly chance)
        return int(sample[2] * needed / 3) if len(sample) >= 3 else None
    return sample[int(needed)] if len(sample) > int(needed) else None


def _first_known_matches(expression: str, found: list[int], limit: int) -> list[int] | None:
    """The first ``limit`` matches in name order, picked in memory among every match
    (``found`` are the first of them) when the name order is known, they are at most
    ``KNOWN_MATCHES``, and they lie far into the name order (else SQLite's walk of it
    costs less); else None."""
    known = _name_positions(read=False)
    if known is None:
        return None
    matches = len(found) / min(1.0, found[-1] / len(known))
    if matches > KNOWN_MATCHES:
        return None  # reading them only to find there are too many costs milliseconds
    reach = _walk_reach(found, known, limit)
    if reach is not None and reach < CLUSTERED * matches:
        return None
    found = found + contact_list_reads.matches_after(
        expression, found[-1], KNOWN_MATCHES + 1 - len(found))
    if len(found) > KNOWN_MATCHES:
        return None
    return name_order.first_in_order(found, known, limit)


def _text_only(query: ContactQuery) -> bool:
    """A search of the live contacts with no other filter."""
    return (not (query.tag or query.stage or query.trash)
            and query.organization_id is None and query.event_id is None)


def _walkable(query: ContactQuery, sort: str) -> bool:
    """Whether ``_first_dense_matches`` can serve this search: a search alone (other
    filters change the share and the walk), in name order (walked on an index), of
    words the index can check a contact against at once."""
    return (sort == "name" and _text_only(query)
            and all(len(word) <= INDEXED_PREFIX for word in _WORD.findall(query.text)))


#: Each name start (``contact_list_reads.name_starts``) with its count of live contacts.
NameStarts = list[tuple[str, int]]

# Each live contact's position in the name order, indexed by id (``NOT_LIVE``), the name
# starts when read with it, and the state of the database it was read in (see
# ``contact_list_reads.data_state``).
_name_order: tuple[tuple[Any, ...], array[int], NameStarts | None] | None = None


def name_order_state() -> tuple[object, ...]:
    """The state of the database the name order is read for (the UI thread's), taken
    before a worker reads it: see ``keep_name_order``."""
    return contact_list_reads.data_state()


def name_order_known() -> bool:
    """Whether the name order and its starts are known for the database as it is now
    (the UI thread reads the order alone for a whole list: not enough)."""
    known = _known_order()
    return known is not None and known[1] is not None


def read_name_order(stop: Callable[[], bool] | None = None
                    ) -> tuple[array[int], NameStarts] | None:
    """The name order and its name starts, for ``keep_name_order``: read on a worker
    thread (``stop`` as for ``contact_id_block``; None once it said True)."""
    ordered = contact_id_block(stop=stop)
    if ordered is None:
        return None
    return name_order.positions_of(ordered), contact_list_reads.name_starts()


def keep_name_order(state: tuple[object, ...], positions: array[int],
                    starts: NameStarts | None = None) -> None:
    """Keep the name order a worker read (``read_name_order``) for the database as it
    was in ``state``; any write since makes it unknown again."""
    global _name_order
    _name_order = (state, positions, starts)


def _known_order() -> tuple[array[int], NameStarts | None] | None:
    """The name order and its starts, if known for the database as it is now."""
    if _name_order is not None and _name_order[0] == contact_list_reads.data_state():
        return _name_order[1], _name_order[2]
    return None


def _name_positions(read: bool) -> array[int] | None:
    """Where each live contact stands in the list in name order, if known for the
    database as it is now; else read now when ``read``, else None.

    With it, a search matching few contacts is put in order in memory instead of looking
    up each of its rows (a millisecond or more per thousand). Reading it takes tens of
    milliseconds at 100,000 contacts, so only the complete lists ask for it: they come
    after the first rows are on screen, and the next keystroke's first rows can use it.
    """
    global _name_order
    known = _known_order()
    if known is not None:
        return known[0]
    if not read:
        return None
    state = contact_list_reads.data_state()
    positions = name_order.positions_of(contact_list_reads.live_ids_by_name())
    _name_order = (state, positions, None)
    return positions


def _first_dense_matches(expression: str, descending: bool, limit: int,
                         share: float, walk: int = DENSE_WALK) -> list[int] | None:
    """The first ``limit`` live contacts in name order matching ``expression``, found
    by walking the name order a batch at a time and asking the index which of the batch
    match; None when they prove too rare to find within ``walk`` contacts."""
    first: list[int] = []
    walked = 0
    while walked < walk:
        # a quarter more than the share predicts, so one batch is nearly always enough
        size = min(walk - walked, int((limit - len(first)) / share * 1.25) + 16)
        batch = contact_list_reads.live_ids_by_name_from(walked, size, descending)
        if batch:
            first += _matching_in_order(expression, batch)
        if len(first) >= limit:
            return first[:limit]
        if len(batch) < size:
            return first  # the whole list was walked
        walked += size
        share = max(len(first) / walked, share / 4)
    return None


def _first_by_name_start(expression: str, found: list[int], limit: int) -> list[int] | None:
    """The first ``limit`` live contacts in name order matching ``expression`` (``found``
    are its first matches by id), asked of the index one run of name starts at a time;
    None when the name order or its starts are not known.

    Every contact filed under a name start comes after every contact filed under the one
    before it, so once the runs asked hold ``limit`` live matches, the first ``limit`` of
    them in name order are the first of the whole search: a broad search reads a few
    hundred matches instead of tens of thousands."""
    known = _known_order()
    if known is None:
        return None
    positions, starts = known
    if starts is None:
        return None
    share = _share(found)
    matches: list[int] = []
    first: list[int] = []
    start = passed = 0  # the next name start to ask, and the live contacts before it
    one_at_a_time = False
    while start < len(starts):
        wanted = limit - len(first)
        end, size = start, 0
        while end < len(starts) and end - start < START_RUN_WORDS and (
                end == start or size * share < wanted * START_RUN_MARGIN
                and not one_at_a_time):
            size += starts[end][1]
            end += 1
        run = [word for word, _ in starts[start:end]]
        hits = _filed_matches(expression, run, START_RUN_MATCHES + 1)
        if len(hits) > START_RUN_MATCHES:
            if len(run) > 1:
                one_at_a_time = True  # the run holds what is wanted: find which start
                continue
            walked = _walk_crowded_start(expression, run[0], passed, size, hits, wanted,
                                         positions)
            if walked is not None:
                return first + walked
            hits = _filed_matches(expression, run, None)
        matches += hits
        first = name_order.first_in_order(matches, positions, limit)
        if len(first) >= limit:
            return first
        share = max(len(hits) / max(size, 1), share / 4)
        start, passed = end, passed + size
    return first  # every name start was asked


def _walk_crowded_start(expression: str, word: str, before: int, size: int,
                        sample: list[int], wanted: int,
                        positions: array[int]) -> list[int] | None:
    """The first ``wanted`` live contacts in name order matching ``expression`` from the
    first of the ``size`` filed under the name start ``word`` on (the ``before`` live
    contacts filed before it match none), whose first matches by id (``sample``) are
    too many to read at once: found by walking the name order from the start's first
    contact, when the sample says they lie near it (all of a run of "Ana"s match "an").
    None when reading every match filed there costs less, or the walk gave up."""
    matches = max(_estimated_matches(sample), len(sample))  # filed under ``word``
    sampled = len(sample) / matches  # the share of them the sample holds
    # where the first wanted lie, from the sampled matches' places after the start's (the
    # trashed ones after every place, and those newer than the order left out)
    places = sorted(map(positions.__getitem__, sample[:bisect_left(sample, len(positions))]))
    needed = int(wanted * sampled * 1.25) + 1
    walk = places[needed] - before if needed < len(places) else size
    if walk * COSTS.lookup > matches * COSTS.filed:
        return None
    return _first_walking_from(expression, word, wanted, min(1.0, wanted / max(walk, 1)))


def _filed_matches(expression: str, words: list[str], limit: int | None) -> list[int]:
    """``contact_list_reads.matches_in_name_starts``, learning what a match costs."""
    started = time.thread_time()
    hits = contact_list_reads.matches_in_name_starts(expression, words, limit)
    COSTS.learn("filed", time.thread_time() - started, len(hits))
    return hits


def _first_walking_from(expression: str, start_word: str, wanted: int,
                        density: float) -> list[int] | None:
    """The first ``wanted`` live contacts matching ``expression`` in name order from the
    first filed under the name start ``start_word``, walking the name order a batch at a
    time and asking the index which of the batch match; None when they prove too rare to
    find within ``DENSE_WALK`` contacts."""
    key, after = bytes.fromhex(start_word[1:]).decode("utf-8"), -1
    first: list[int] = []
    walked = 0
    while walked < DENSE_WALK:
        size = min(DENSE_WALK - walked, int((wanted - len(first)) / density * 1.25) + 16)
        batch = contact_list_reads.live_names_from(key, after, size)
        if not batch:
            return first
        first += _matching_in_order(expression, [cid for cid, _ in batch])
        if len(first) >= wanted:
            return first[:wanted]
        walked += len(batch)
        after, key = batch[-1]
        density = max(len(first) / walked, density / 4)
    return None


def _matching_in_order(expression: str, ids: list[int]) -> list[int]:
    """Those of ``ids`` that match ``expression``, in their order: the index is asked
    about them all at once, and what a look-up costs learnt."""
    started = time.thread_time()
    hits = contact_list_reads.matching_among(expression, ids)
    COSTS.learn("lookup", time.thread_time() - started, len(ids))
    return [cid for cid in ids if cid in hits]


def count(query: ContactQuery = ContactQuery()) -> int:
    return contact_list_reads.count(query)


def contact_rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list columns for these contacts, in one query (never one per cell)."""
    if not ids:
        return {}
    return {row[0]: ContactRow(*row) for row in contact_list_reads.list_rows(ids)}


def list_contacts(query: ContactQuery = ContactQuery(), offset: int = 0, limit: int = 100,
                  sort: str = "name", descending: bool = False) -> list[ContactRow]:
    """One page of the list, in order."""
    ids = contact_ids(query, sort, descending)[offset:offset + limit]
    rows = contact_rows(ids)
    return [rows[i] for i in ids if i in rows]


def search_contacts(text: str, limit: int = 50) -> list[ContactRow]:
    """Best matches first, for the search command and the quick-find box."""
    expression = search.match_expression(text)
    if expression is None:
        return []
    ids = contact_list_reads.best_matches(expression, limit)
    rows = contact_rows(ids)
    return [rows[i] for i in ids if i in rows]
