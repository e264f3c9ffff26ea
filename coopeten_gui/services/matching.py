# Over 400 lines: one index; its change log, top-k pruning and the why share it.
"""Matches by meaning: which open offers answer which open asks, best first, and why.

For every open ask the open offers of *other* contacts are ranked by how well their
texts answer it (``match_words`` reads Spanish and English alike): the words and
glossary terms both texts share, rarer ones weighing more (inverse document frequency
over every open offer and ask), as the cosine of the two texts' weighted terms; the
same category adds a bonus, it never gates. An offer of mine (``party='me'``) that
answers someone's ask is kept as "you could offer this yourself". Fulfilled, declined
and trashed rows, and rows of trashed contacts, never match; nobody matches themself.

The term index lives in memory, one per process, built on first use from the open
rows and then kept current from the ``match_change`` log that triggers fill on every
write, so a captured or edited row is matched without rebuilding everything. Rows with
the same kind, category and terms share one *group*: texts are scored group against
group, and a thousand people asking for "Instagram posts" cost one score.

Building it reads every open row (seconds at a million contacts): a window asks
``ready()`` first and, when it is not, runs ``builder()`` on a worker thread. One lock
keeps the index to one thread at a time, so a page that reads matches meanwhile waits
for that build instead of making a second one.

Scoring is top-k, not every pair: an ask meets the offers that share one of its rarer
terms through their postings, each scored in full; the terms that many groups share
(*head* terms, more than ``_HEAD_CAP`` groups or one in ``_HEAD_SHARE``) are not walked
group by group. Instead the groups of the other kind are filed by the head terms they
hold and their category (a *head key*), each key's groups sorted by norm: a group that
meets the ask only through head terms scores ``dot / (norm · its norm)`` with a dot
the key alone decides, so a key is read from its shortest text on and left as soon as
its next group cannot enter the top k. Same scores, same order as scoring every pair,
at a cost that grows with the rare words and the keys, not with asks × offers.
"""

from __future__ import annotations

import bisect
import functools
import gc
import heapq
import math
import re
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, NamedTuple, TypeVar, cast

from coopeten_gui.services import match_words
from coopeten_gui.storage import database, match_rows

#: below this score an offer is not "close enough" to an ask
MIN_SCORE = 0.15
#: added to the score when both rows are filed under the same category
CATEGORY_BONUS = 0.1
#: offers kept per ask in the list of all matches (asks kept per offer likewise)
PER_ROW = 3
#: offers kept per ask (asks per offer) on a contact's page
PER_ROW_CONTACT = 5
#: terms held by more groups than this (or one group in ``_HEAD_SHARE``) are head terms;
#: fewer head terms, fewer head keys: a word only a few hundred texts share, made a head
#: term, splits the keys of every phrase it meets
_HEAD_CAP = 64
_HEAD_SHARE = 100

#: pairs of groups scored in full since the process started (tests read it: scoring
#: must grow far slower than asks × offers)
scored_pairs = 0


class Match(NamedTuple):
    """An open ask and an open offer that answers it (ids of ``offer_ask`` rows)."""

    ask_id: int
    offer_id: int
    ask_contact_id: int
    offer_contact_id: int
    score: float            # higher is better; 0.15 (barely) to 1.1 (same words)
    why: str                # the words or terms that met, from the ask's side
    mine: bool              # the offer is mine: "you could offer this yourself"
    ask_mine: bool = False  # the ask is mine (noted with ask_contact_id)
    ask_description: str = ""
    offer_description: str = ""
    ask_contact_name: str = ""
    offer_contact_name: str = ""
    ask_category_id: int | None = None
    offer_category_id: int | None = None


class ContactMatches(NamedTuple):
    """A contact's page: who could help them (offers that answer their asks) and whom
    they could help (asks their offers answer), best first."""

    help_them: list[Match]
    they_help: list[Match]


#: an index of up to this many offers and asks is built where it is first read (a few
#: tens of milliseconds); a larger one is worth a worker thread (``ready``)
BUILT_AT_ONCE = 5000

_PHANTOM_ROWS = 10
_KINDS = {k: k for k in ("offer", "ask", "me", "them")}
_DIGITS = re.compile(r"\d+")

# why a list of matches is empty
NO_ASKS, NO_OFFERS, NOTHING_CLOSE = "no_asks", "no_offers", "nothing_close"


class _Row(NamedTuple):
    contact_id: int
    kind: str
    party: str
    gid: int


class _Group:
    """Rows of one kind and category whose texts read as the same terms."""

    __slots__ = ("kind", "category_id", "slots", "terms", "words", "rows", "norm", "norm_at")

    def __init__(self, kind: str, category_id: int | None,
                 slots: tuple[match_words.Slot, ...]) -> None:
        self.kind = kind
        self.category_id = category_id
        self.slots = slots
        self.terms = {t for s in slots for t in s.terms}
        self.words = {t: s.word for s in slots for t in s.terms}
        self.rows: list[int] = []  # oldest first
        self.norm = 0.0
        self.norm_at = -1


class _Index:
    def __init__(self, source: tuple[Any, ...]) -> None:
        self.source = source
        self.seq = 0
        # the word weights (idf) in force: they move when the rows they were counted on
        # changed enough (see ``_settle``), and every score and norm with them
        self.version = 0
        self.weighed_rows = 0
        # groups made or emptied since the last refresh: (kind, terms)
        self.touched: list[tuple[str, set[str]]] = []
        self.rows: dict[int, _Row] = {}
        self.groups: dict[int, _Group] = {}
        self.group_ids: dict[tuple[Any, ...], int] = {}
        self.next_gid = 0
        self.postings: dict[str, dict[str, set[int]]] = {"offer": {}, "ask": {}}
        # each term's weight, from the rows holding it, counted once per version: every
        # score and norm of a version reads the same weights (see ``idf``)
        self.df: dict[str, float] = {}
        self.df_at = -1
        # texts read during one build or refresh (the same text comes back often), and
        # the group each (kind, category, text as typed, language) went to (None: no terms)
        self._read: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._placed: dict[tuple[Any, ...], int | None] = {}
        # gid → (best first, (score, gid) of the other kind; all of them, or only the top)
        self.ranked: dict[int, tuple[list[tuple[float, int]], bool]] = {}
        self.ranked_at = 0
        # head terms and keys (see the module's docstring), built for one version
        self.heads_at = -1
        self.head_terms: set[str] = set()
        self.head_keys: dict[str, dict[tuple[Any, ...], list[tuple[float, int]]]] = {}
        self.head_index: dict[str, dict[str, set[tuple[Any, ...]]]] = {}
        self.head_of: dict[int, tuple[Any, ...]] = {}

    # -- writing --------------------------------------------------------------------------

    def add(self, row: tuple[Any, ...]) -> None:
        row_id, contact_id, kind, party, category_id, description, language = row
        # one string object for every row's kind and party, not one each (20 MiB at
        # 200,000 rows)
        kind, party = _KINDS.get(kind, kind), _KINDS.get(party, party)
        # a million rows repeat a few thousand texts: each is read and filed once
        place = (kind, category_id, description, language)
        if place in self._placed:
            gid = self._placed[place]
        else:
            gid = self._placed[place] = self._group_for(kind, category_id, description,
                                                        language)
        if gid is None:
            return
        self.groups[gid].rows.append(row_id)
        self.rows[row_id] = _Row(contact_id, kind, party, gid)

    def _group_for(self, kind: str, category_id: int | None, description: str,
                   language: str) -> int | None:
        """The group of rows a text goes to, made if new (None: no terms to match)."""
        # numbers say nothing to the matcher: texts that differ only in them read alike
        text = _DIGITS.sub("", description)
        read = self._read.get((text, language))
        if read is None:
            slots = match_words.slots(text, match_words.language_of(text, language))
            read = self._read[(text, language)] = (slots, tuple(s.terms for s in slots))
        slots, terms = read
        if not slots:
            return None
        key = (kind, category_id, terms)
        gid = self.group_ids.get(key)
        if gid is None:
            gid = self.group_ids[key] = self.next_gid
            self.next_gid += 1
            group = self.groups[gid] = _Group(kind, category_id, slots)
            self.touched.append((kind, group.terms))
            postings = self.postings[kind]
            for term in group.terms:
                postings.setdefault(term, set()).add(gid)
            if self.heads_at == self.version:
                self._file_head(gid, group)
        return gid

    def forget_reads(self) -> None:
        """Drop what one build or refresh kept of the texts it read (a group it filed
        may go with the next refresh)."""
        self._read.clear()
        self._placed.clear()

    def remove(self, row_id: int) -> None:
        row = self.rows.pop(row_id, None)
        if row is None:
            return
        group = self.groups[row.gid]
        group.rows.remove(row_id)
        if not group.rows:
            self.touched.append((group.kind, group.terms))
            del self.groups[row.gid]
            del self.group_ids[(group.kind, group.category_id,
                                tuple(s.terms for s in group.slots))]
            postings = self.postings[group.kind]
            for term in group.terms:
                postings[term].discard(row.gid)
                if not postings[term]:
                    del postings[term]
            if self.heads_at == self.version:
                self._unfile_head(row.gid, group)

    def _file_head(self, gid: int, group: _Group) -> None:
        key = (frozenset(group.terms & self.head_terms), group.category_id)
        self.head_of[gid] = key
        members = self.head_keys[group.kind].get(key)
        if members is None:
            members = self.head_keys[group.kind][key] = []
            index = self.head_index[group.kind]
            for term in key[0]:
                index.setdefault(term, set()).add(key)
        bisect.insort(members, (self.norm(group), gid))

    def _unfile_head(self, gid: int, group: _Group) -> None:
        key = self.head_of.pop(gid, None)
        if key is None:
            return
        members = self.head_keys[group.kind][key]
        members.remove((self.norm(group), gid))
        if not members:
            del self.head_keys[group.kind][key]
            index = self.head_index[group.kind]
            for term in key[0]:
                index[term].discard(key)
                if not index[term]:
                    del index[term]

    def _heads(self) -> None:
        """Head terms and keys for the weights in force (built again when they move)."""
        if self.heads_at == self.version:
            return
        cap = max(_HEAD_CAP, len(self.groups) // _HEAD_SHARE)
        offers, asks = self.postings["offer"], self.postings["ask"]
        self.head_terms = {t for t in offers.keys() | asks.keys()
                           if len(offers.get(t, ())) + len(asks.get(t, ())) > cap}
        self.head_keys = {"offer": {}, "ask": {}}
        self.head_index = {"offer": {}, "ask": {}}
        self.head_of = {}
        self.heads_at = self.version
        for gid, group in self.groups.items():
            self._file_head(gid, group)

    # -- reading --------------------------------------------------------------------------

    def idf(self, term: str) -> float:
        if self.df_at != self.version:
            self.df.clear()
            self.df_at = self.version
        weight = self.df.get(term)
        if weight is None:
            df = sum(len(self.groups[g].rows) for postings in self.postings.values()
                     for g in postings.get(term, ()))
            # a few rows more than there are: in a young database, where every word is
            # rare, the words two texts share still weigh about as much as the others
            weight = self.df[term] = math.log(1 + (len(self.rows) + _PHANTOM_ROWS) / max(df, 1))
        return weight

    def norm(self, group: _Group) -> float:
        if group.norm_at != self.version:
            group.norm = math.sqrt(sum(max(self.idf(t) for t in s.terms) ** 2
                                       for s in group.slots)) or 1.0
            group.norm_at = self.version
        return group.norm

    def rank(self, gid: int, want: int) -> tuple[list[tuple[float, int]], bool]:
        """The best ``want`` (at least) groups of the other kind that meet group ``gid``:
        ((score, gid) best first, whether that is all of them)."""
        found = self.ranked.get(gid)
        if found is not None and (found[1] or len(found[0]) >= want):
            return found
        if found is not None:
            want = max(want, 4 * len(found[0]))
        found = self.ranked[gid] = self._top(gid, want)
        return found

    def _score(self, group: _Group, norm: float, other: int) -> float:
        global scored_pairs
        scored_pairs += 1
        them = self.groups[other]
        dot = 0.0
        for slot in group.slots:
            best = 0.0
            for term in slot.terms:
                if term in them.terms:
                    weight = self.idf(term)
                    if best < weight:
                        best = weight
            if best:
                dot += best * best
        score = dot / (norm * self.norm(them))
        if group.category_id is not None and group.category_id == them.category_id:
            score += CATEGORY_BONUS
        return score

    def _top(self, gid: int, want: int) -> tuple[list[tuple[float, int]], bool]:
        global scored_pairs
        self._heads()
        group = self.groups[gid]
        other_kind = "offer" if group.kind == "ask" else "ask"
        postings = self.postings[other_kind]
        norm = self.norm(group)
        top: list[tuple[float, int]] = []  # the best ``want`` (score, gid), worst first
        complete = True

        def keep(score: float, other: int) -> None:
            nonlocal complete
            pair = (round(score, 4), other)
            if len(top) < want:
                heapq.heappush(top, pair)
            else:
                complete = False
                if pair > top[0]:
                    heapq.heapreplace(top, pair)

        # the rarer terms: every group holding one is scored in full
        seen: set[int] = set()
        heads: set[str] = set()
        for slot in group.slots:
            for term in slot.terms:
                if term in self.head_terms:
                    heads.add(term)
                    continue
                for other in postings.get(term, ()):
                    if other not in seen:
                        seen.add(other)
                        score = self._score(group, norm, other)
                        if score >= MIN_SCORE:
                            keep(score, other)
        # the head terms: the rest meet the ask through them alone, key by key
        keys: list[tuple[float, float, float, list[Any]]] = []
        if heads:
            index = self.head_index[other_kind]
            found = set()
            for term in heads:
                found |= index.get(term, set())
            members_of = self.head_keys[other_kind]
            for key in found:
                terms, category_id = key
                dot = 0.0
                for slot in group.slots:
                    best = 0.0
                    for term in slot.terms:
                        if term in terms:
                            weight = self.idf(term)
                            if best < weight:
                                best = weight
                    if best:
                        dot += best * best
                bonus = CATEGORY_BONUS if (group.category_id is not None
                                           and group.category_id == category_id) else 0.0
                members = members_of[key]
                keys.append((dot / (norm * members[0][0]) + bonus, dot, bonus, members))
            keys.sort(key=lambda k: -k[0])
        for bound, dot, bonus, members in keys:
            if bound < MIN_SCORE:
                break
            if len(top) >= want and round(bound, 4) < top[0][0]:
                complete = False
                break
            for their_norm, other in members:
                if other in seen:
                    continue
                scored_pairs += 1
                score = dot / (norm * their_norm) + bonus
                if score < MIN_SCORE:
                    break
                if len(top) >= want and round(score, 4) < top[0][0]:
                    complete = False
                    break
                keep(score, other)
        return sorted(top, key=lambda pair: (-pair[0], -pair[1])), complete


_index: _Index | None = None
# held while the index is built, refreshed or read: by one thread at a time
_lock = threading.RLock()


def _source() -> tuple[Any, ...]:
    """The open database, as the calling thread's connection names it."""
    return (str(database.database_path()), id(database.connection()))


def _stale(index: _Index | None, source: tuple[Any, ...], last: int) -> bool:
    """Whether the index must be built anew: another file (or the same path holding a
    restored copy: its log is behind ours), or a log pruned past what the index saw."""
    return index is None or index.source != source or last < index.seq or bool(
        index.seq and match_rows.oldest_change() > index.seq + 1)


@contextmanager
def _kept_from_the_collector(large: bool) -> Iterator[None]:
    """A large build makes millions of small objects that live as long as the index:
    the cyclic collector, left on, walks them all again and again as they are made
    (pauses of half a second at a million contacts, every thread's, the window's too).
    Off meanwhile, and what was made frozen out of its sight, as start-up's is
    (``app``): the index holds no cycles, so what it drops is still freed at once."""
    if not large:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def ready() -> bool:
    """Whether matches are read now without the long part: the index was built for the
    open database and few rows changed since, or it holds few rows to build."""
    index = _index
    last = match_rows.last_change()
    if not _stale(index, _source(), last):
        assert index is not None
        return last - index.seq <= BUILT_AT_ONCE
    return match_rows.open_rows_at_most() <= BUILT_AT_ONCE


def builder() -> Callable[[], None]:
    """The work that builds (or brings up to date) the index of the open database, for
    a worker thread; the database is named here, on the thread that reads the matches
    (a worker reads the same file through a connection of its own)."""
    source = _source()

    def build() -> None:
        _fresh(source)
    return build


def _fresh(source: tuple[Any, ...] | None = None) -> _Index:
    """The index of the open database, brought up to date with the change log."""
    with _lock:
        return _freshened(source or _source())


def _freshened(source: tuple[Any, ...]) -> _Index:
    global _index
    index = _index
    last = match_rows.last_change()
    if _stale(index, source, last):
        _index = None  # the old one is freed before the new one takes its room
        with _kept_from_the_collector(match_rows.open_rows_at_most() > BUILT_AT_ONCE):
            index = _Index(source)
            index.seq = last
            for row in match_rows.all_open_rows():
                index.add(row)
            index.forget_reads()
            index.weighed_rows = len(index.rows)
            index.touched.clear()
            index._heads()  # part of the build: the first list read should not wait for it
        _index = index
        return index
    assert index is not None
    if last == index.seq:
        return index
    newest, row_ids, contact_ids = match_rows.changes_since(index.seq)
    if contact_ids:
        row_ids |= set(match_rows.row_ids_of_contacts(contact_ids))
    for row_id in row_ids:
        index.remove(row_id)
    for row in match_rows.open_rows_by_id(row_ids):
        index.add(row)
    index.forget_reads()
    index.seq = newest
    _settle(index)
    return index


def _settle(index: _Index) -> None:
    """After a refresh: forget the scores the changes made stale.

    A group made or emptied changes the ranking of the groups that share a term with
    it, and only theirs; rows joining or leaving a group change no score (rows are
    expanded from groups when a list is read). The word weights are counted again when
    the rows changed by more than 1 % since they were (always, below 1,000 rows), and
    then every score goes: a capture at 100,000 rows re-scores a few groups, not all.
    """
    rows = len(index.rows)
    if rows != index.weighed_rows and (
            index.weighed_rows < 1000 or abs(rows - index.weighed_rows) > index.weighed_rows / 100):
        index.version += 1
        index.weighed_rows = rows
        index.ranked.clear()
    else:
        for kind, terms in index.touched:
            postings = index.postings["offer" if kind == "ask" else "ask"]
            for term in terms:
                for other in postings.get(term, ()):
                    index.ranked.pop(other, None)
        # the group itself, when it is still there
        for gid in [g for g in index.ranked if g not in index.groups]:
            del index.ranked[gid]
    index.touched.clear()


def refresh() -> None:
    """Bring the index up to date now, on the calling thread (reads do it themselves;
    ``builder`` is the same work for a worker thread)."""
    _fresh()


# -- what the pages and the command line ask -------------------------------------------------

_Read = TypeVar("_Read", bound=Callable[..., Any])


def _holding_the_index(read: _Read) -> _Read:
    """``read`` with the index to itself: reading ranks fills the index's caches."""
    @functools.wraps(read)
    def holding(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return read(*args, **kwargs)
    return cast(_Read, holding)


@_holding_the_index
def matches(contact_id: int | None = None, limit: int | None = None) -> list[Match]:
    """Matches best first: each open ask with its best offers (at most ``PER_ROW``), or,
    for one contact, every match one of their rows is part of (either side)."""
    index = _fresh()
    if contact_id is not None:
        found = _of_rows(index, _rows_of(index, contact_id), PER_ROW_CONTACT)
        found.sort(key=_best_first)
        return _complete(index, found[:limit] if limit is not None else found)
    return _complete(index, _all(index, limit)[:limit])


@_holding_the_index
def matches_for_contact(contact_id: int) -> ContactMatches:
    """Who could help this contact and whom they could help (their own rows only, not
    what I noted offering or asking them)."""
    index = _fresh()
    theirs = [r for r in _rows_of(index, contact_id) if index.rows[r].party == "them"]
    asks = _of_rows(index, [r for r in theirs if index.rows[r].kind == "ask"], PER_ROW_CONTACT)
    offers = _of_rows(index, [r for r in theirs if index.rows[r].kind == "offer"],
                      PER_ROW_CONTACT)
    asks.sort(key=_best_first)
    offers.sort(key=_best_first)
    return ContactMatches(_complete(index, asks), _complete(index, offers))


@_holding_the_index
def why_empty(contact_id: int | None = None, side: str = "ask") -> str:
    """Why there is no match: ``NO_ASKS`` (nothing open to answer — for a contact,
    ``side`` says which of their lists), ``NO_OFFERS`` (nobody else offers, or asks,
    anything open) or ``NOTHING_CLOSE``."""
    index = _fresh()
    other = "offer" if side == "ask" else "ask"
    if contact_id is None:
        if not any(r.kind == "ask" for r in index.rows.values()):
            return NO_ASKS
        if not any(r.kind == "offer" for r in index.rows.values()):
            return NO_OFFERS
        return NOTHING_CLOSE
    own = [index.rows[r] for r in _rows_of(index, contact_id)]
    if not any(r.kind == side and r.party == "them" for r in own):
        return NO_ASKS
    if not any(r.kind == other and r.contact_id != contact_id for r in index.rows.values()):
        return NO_OFFERS
    return NOTHING_CLOSE


def suggest_category(text: str) -> str | None:
    """The key of the category the text most likely belongs to, or None."""
    from coopeten_gui.services.match_categories import suggest

    return suggest(text)


# -- internals --------------------------------------------------------------------------------

def _rows_of(index: _Index, contact_id: int) -> list[int]:
    """The contact's open rows the index holds (their ids read through the index on
    ``offer_ask.contact_id``: cheaper than a map of every contact kept in memory)."""
    return [r for r in match_rows.row_ids_of_contacts([contact_id]) if r in index.rows]


class _Lite(NamedTuple):
    score: float
    ask_id: int
    offer_id: int


def _best_first(found: _Lite) -> tuple[Any, ...]:
    return (-found.score, -found.ask_id, -found.offer_id)


def _nth(index: _Index, gid: int, n: int) -> tuple[float, int] | None:
    """The ``n``-th best (score, gid) that meets group ``gid`` (from 0), or None."""
    ranked, _complete = index.rank(gid, n + 1)
    return ranked[n] if n < len(ranked) else None


def _ranked(index: _Index, gid: int, first: int) -> Iterator[tuple[float, int]]:
    """Every (score, gid) that meets group ``gid``, best first, scoring ``first`` of
    them at the start and more only when the caller reads on (the rules skip some)."""
    n = 0
    want = first
    while True:
        ranked, complete = index.rank(gid, want)
        while n < len(ranked):
            yield ranked[n]
            n += 1
        if complete:
            return
        want = 4 * len(ranked)


def _pair_ok(index: _Index, ask: _Row, offer: _Row) -> bool:
    return ask.contact_id != offer.contact_id and not (ask.party == offer.party == "me")


def _of_rows(index: _Index, row_ids: Iterable[int], per_row: int) -> list[_Lite]:
    """For each open row, its best counterparts (offers for an ask, asks for an offer)."""
    found: list[_Lite] = []
    for row_id in row_ids:
        row = index.rows[row_id]
        taken = 0
        mine_taken = False
        for score, gid in _ranked(index, row.gid, per_row):
            for other_id in reversed(index.groups[gid].rows):
                other = index.rows[other_id]
                ask, offer = (row, other) if row.kind == "ask" else (other, row)
                if not _pair_ok(index, ask, offer):
                    continue
                if row.kind == "ask" and other.party == "me":
                    # my offers are one: the best of them stands for all
                    if mine_taken:
                        continue
                    mine_taken = True
                found.append(_Lite(score, *((row_id, other_id) if row.kind == "ask"
                                            else (other_id, row_id))))
                taken += 1
                if taken >= per_row:
                    break
            if taken >= per_row:
                break
    return found


def _all(index: _Index, limit: int | None) -> list[_Lite]:
    """Every open ask's best offers, best first, walking group pairs in score order so
    the first screen costs only the pairs it shows."""
    heap: list[tuple[float, int, int]] = []
    for gid, group in index.groups.items():
        if group.kind == "ask":
            ranked, _complete = index.rank(gid, PER_ROW)
            if ranked:
                heap.append((-ranked[0][0], gid, 0))
    heapq.heapify(heap)
    taken: dict[int, int] = {}
    mine_taken: set[int] = set()
    found: list[_Lite] = []
    while heap and (limit is None or len(found) < limit):
        _neg, gid, rank = heapq.heappop(heap)
        group = index.groups[gid]
        nth = _nth(index, gid, rank)
        assert nth is not None  # a group is in the heap only at a rank it has
        score, offer_gid = nth
        offers = index.groups[offer_gid].rows
        waiting = False
        for ask_id in reversed(group.rows):
            if taken.get(ask_id, 0) >= PER_ROW:
                continue
            ask = index.rows[ask_id]
            for offer_id in reversed(offers):
                offer = index.rows[offer_id]
                if not _pair_ok(index, ask, offer):
                    continue
                if offer.party == "me":
                    if ask_id in mine_taken:
                        continue
                    mine_taken.add(ask_id)
                found.append(_Lite(score, ask_id, offer_id))
                taken[ask_id] = taken.get(ask_id, 0) + 1
                if taken[ask_id] >= PER_ROW:
                    break
            waiting = waiting or taken.get(ask_id, 0) < PER_ROW
            if limit is not None and len(found) >= limit:
                break
        following = _nth(index, gid, rank + 1) if waiting else None
        if following is not None:
            heapq.heappush(heap, (-following[0], gid, rank + 1))
    return found


def _why(index: _Index, ask_gid: int, offer_gid: int) -> str:
    ask, offer = index.groups[ask_gid], index.groups[offer_gid]
    parts = []
    for slot in ask.slots:
        met = next((t for t in slot.terms if t in offer.terms), None)
        if met is None:
            continue
        theirs = offer.words[met]
        parts.append(slot.word if theirs == slot.word else f"{slot.word} = {theirs}")
    return ", ".join(parts)


def _complete(index: _Index, found: list[_Lite]) -> list[Match]:
    """Matches with the texts and names a list shows, read in one query."""
    shown = match_rows.shown({i for f in found for i in (f.ask_id, f.offer_id)})
    whys: dict[tuple[int, int], str] = {}
    out = []
    for f in found:
        ask, offer = index.rows[f.ask_id], index.rows[f.offer_id]
        key = (ask.gid, offer.gid)
        if key not in whys:
            whys[key] = _why(index, *key)
        ask_text, ask_name, ask_cat = shown.get(f.ask_id, ("", "", None))
        offer_text, offer_name, offer_cat = shown.get(f.offer_id, ("", "", None))
        out.append(Match(f.ask_id, f.offer_id, ask.contact_id, offer.contact_id, f.score,
                         whys[key], offer.party == "me", ask.party == "me", ask_text,
                         offer_text, ask_name, offer_name, ask_cat, offer_cat))
    return out
