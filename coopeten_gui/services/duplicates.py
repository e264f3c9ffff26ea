"""Finding contacts that are probably the same person, and merging two into one.

Finding is built to stay quick at 100,000 contacts: shared emails and phones are SQL
``GROUP BY`` over indexed columns; the same folded name is a dictionary look-up; and
near spellings are never compared pair by pair: within each block of names that start
with the same letter, every name is filed under itself and each of its "one letter
deleted" variants, and only names filed together (one edit apart) are compared with
``difflib`` (ratio ≥ 0.9). A spelling two edits away, or differing in its first
letter, is not proposed.

``merge`` keeps every detail of both contacts on the one kept, in one transaction,
then moves the other to the trash. It returns a ``MergeResult`` that records exactly
what moved, so ``unmerge`` can put everything back (the window's Undo uses it).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, cast

from coopeten_gui.i18n import translate
from coopeten_gui.services import contacts, phones
from coopeten_gui.services.common import Rows, ValidationError, fold, now, phone_digits
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import duplicate_pairs
from coopeten_gui.storage.models import (
    Attendance,
    Contact,
    CrossPromotion,
    Followup,
    Interaction,
    OfferAsk,
    Proposal,
)

# Phones match on their last digits, so "+34 600 123 456" equals "600123456".
PHONE_DIGITS = 9
# Shorter numbers (extensions, short codes) say too little to call two people the same.
MIN_PHONE_DIGITS = 7
NAME_RATIO = 0.9
# Shorter names ("Ana Gil") differ by one letter too easily to call them the same person.
MIN_SIMILAR_LENGTH = 8
# A shared address like info@… can join many contacts; beyond this, pair neighbours only.
STAR_LIMIT = 50

REASONS = ("email", "phone", "name", "similar_name")

# Rows that belong to a contact and follow it into the merge.
_OWNED = (
    ("offer_ask", OfferAsk),
    ("task", Followup),
    ("interaction", Interaction),
    ("proposal", Proposal),
    ("cross_promotion", CrossPromotion),
)

_STAGE_RANK = {"new": 0, "dormant": 1, "contacted": 2, "meeting": 3, "proposal_sent": 4,
               "ally": 5}


@dataclass(frozen=True)
class Reason:
    code: str          # one of REASONS
    detail: str = ""   # the shared email, the shared digits, the two spellings…


@dataclass(frozen=True)
class DuplicatePair:
    """Two live contacts that look like the same person. ``first_id`` is the older one."""

    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: tuple[Reason, ...]

    @property
    def strength(self) -> int:
        weights = {"email": 8, "phone": 4, "name": 2, "similar_name": 1}
        return sum(weights[r.code] for r in self.reasons)


@dataclass(frozen=True)
class MergeResult:
    """What ``merge`` changed, so that ``unmerge`` can undo it exactly."""

    keep_id: int
    other_id: int
    keep_before: ContactData
    moved: dict[str, tuple[int, ...]] = field(default_factory=dict)
    moved_attendance: tuple[int, ...] = ()
    # (attendance id of the kept contact, what its "talked about" said before)
    joined_attendance: tuple[tuple[int, str], ...] = ()
    # contacts who had been introduced by the merged-away contact
    introduced: tuple[int, ...] = ()


# -- finding --------------------------------------------------------------------------------


def find_duplicates(limit: int | None = None,
                    progress: Callable[[int, int], None] | None = None) -> list[DuplicatePair]:
    """Likely duplicates among live contacts, the surest first.

    ``progress(done, total)`` is called between the steps (a few seconds in all for
    100,000 contacts, so the window runs this in the background).
    """
    step = progress or (lambda done, total: None)
    found: dict[tuple[int, int], list[Reason]] = {}

    def add(a: int, b: int, reason: Reason) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        reasons = found.setdefault(key, [])
        if all(r.code != reason.code for r in reasons):
            reasons.append(reason)

    phones.fill_in_missing()
    step(0, 4)
    for value, ids in _shared_emails():
        for a, b in _pairs(ids):
            add(a, b, Reason("email", value))
    step(1, 4)
    for digits, ids in _shared_phones():
        for a, b in _pairs(ids):
            add(a, b, Reason("phone", digits))
    step(2, 4)
    # every live contact's name, read once: for comparing names and for the result
    people = {contact_id: (name, folded)
              for contact_id, name, folded in duplicate_pairs.live_names()}
    for a, b, reason in _similar_names(people):
        add(a, b, reason)
    step(3, 4)

    different = different_people()
    pairs = [DuplicatePair(a, b, people[a][0], people[b][0],
                           tuple(sorted(reasons, key=lambda r: REASONS.index(r.code))))
             for (a, b), reasons in found.items()
             if a in people and b in people and (a, b) not in different]
    pairs.sort(key=lambda p: (-p.strength, people[p.first_id][1], p.first_id, p.second_id))
    return pairs[:limit] if limit is not None else pairs


def name_key(name: str) -> str:
    """A name folded for comparison: no accents, case or punctuation; words sorted.

    Sorting the words makes "Núñez, María" and "María Núñez" the same key.
    """
    words = re.findall(r"\w+", fold(name))
    return " ".join(sorted(words))


def _shared_emails() -> list[tuple[str, list[int]]]:
    return [(value, _ids(joined)) for value, joined in duplicate_pairs.shared_emails()]


def _shared_phones() -> list[tuple[str, list[int]]]:
    # the same number in international form (+506 8888 1234 and 8888-1234 in Costa
    # Rica, whose numbers are shorter than the nine digits compared below) …
    by_number = duplicate_pairs.shared_numbers()
    # … and, for numbers that could not be read as one, the same last digits
    by_tail = duplicate_pairs.shared_tails(PHONE_DIGITS, MIN_PHONE_DIGITS)
    return [(value, _ids(joined)) for value, joined in by_number + by_tail]


# -- "not a duplicate" ----------------------------------------------------------------------


def different_people() -> set[tuple[int, int]]:
    """Every pair the user said are different people, lower id first."""
    return duplicate_pairs.told_apart()


def mark_different(first_id: int, second_id: int) -> None:
    """Remember that these two are not the same person: never proposed again."""
    a, b = sorted((first_id, second_id))
    if a == b:
        raise ValidationError(translate("Duplicates", "A contact cannot be told apart from "
                                                      "itself."), "contact_id")
    with transaction():
        duplicate_pairs.tell_apart(a, b, str(now()))


def unmark_different(first_id: int, second_id: int) -> None:
    """Undo ``mark_different``: the pair may be proposed again."""
    a, b = sorted((first_id, second_id))
    with transaction():
        duplicate_pairs.forget_apart(a, b)


def _similar_names(people: dict[int, tuple[str, str]]) -> Iterable[tuple[int, int, Reason]]:
    """Same or near names among ``people``: id → (display name, its folded sort key)."""
    by_key: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    words = re.compile(r"\w+")
    for contact_id, (name, folded) in people.items():
        # an email or a phone standing in for a name is matched by the other rules
        if "@" in name or not any(c.isalpha() for c in name):
            continue
        key = " ".join(sorted(words.findall(folded or fold(name))))
        if key:
            by_key.setdefault(key, []).append(contact_id)
            shown.setdefault(key, name)

    for key, ids in by_key.items():
        if len(ids) > 1:
            for a, b in _pairs(ids):
                yield a, b, Reason("name", key)

    # near spellings: compared only within a block of names starting with the same letter,
    # and only when one edit (a letter added, dropped, changed or two swapped) can turn one
    # into the other: such keys share a "one letter deleted" variant. Each variant keeps
    # the first key filed under it; a later key meeting it becomes a candidate pair.
    blocks: dict[str, list[str]] = {}
    for key in by_key:
        if len(key) >= MIN_SIMILAR_LENGTH:
            blocks.setdefault(key[0], []).append(key)
    for keys in blocks.values():
        first_with: dict[str, str] = {}
        candidates: set[tuple[str, str]] = set()
        for key in keys:
            # the key itself too: it meets a longer key with one letter more
            for variant in {key[:i] + key[i + 1:] for i in range(len(key))} | {key}:
                other = first_with.setdefault(variant, key)
                if other != key:
                    candidates.add((other, key))
        for first, second in sorted(candidates):
            if _similar(first, second):
                a, b = min(by_key[first]), min(by_key[second])
                yield a, b, Reason("similar_name", f"{shown[first]} ≈ {shown[second]}")


def _similar(first: str, second: str) -> bool:
    if re.sub(r"\D", "", first) != re.sub(r"\D", "", second):
        return False  # "Shop 1" and "Shop 2" are two shops
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= NAME_RATIO


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    """Each id paired with the first (a star): merging them one by one joins them all."""
    ids = sorted(set(ids))
    if len(ids) > STAR_LIMIT:
        return list(zip(ids, ids[1:]))
    return [(ids[0], other) for other in ids[1:]]


def _ids(joined: str) -> list[int]:
    return [int(x) for x in str(joined).split(",") if x]


# -- merging --------------------------------------------------------------------------------


def merged_data(keep: ContactData, other: ContactData, keep_id: int = 0,
                other_id: int = 0) -> ContactData:
    """``keep`` with the gaps filled and the lists completed from ``other``."""
    data = replace(keep)
    derived = contacts.display_name_for(replace(keep, display_name="")) == keep.display_name
    for name in ("prefix", "given_name", "middle_name", "family_name", "suffix", "nickname",
                 "organization_name", "job_title", "department", "birthday", "met_event_id",
                 "met_where", "language", "uid"):
        if not getattr(data, name) and getattr(other, name):
            setattr(data, name, getattr(other, name))
    if not data.photo and other.photo:
        data.photo, data.photo_type = other.photo, other.photo_type
    if derived:
        data.display_name = ""  # computed again from the completed parts
    data.emails = _union(keep.emails, other.emails, lambda v: v.strip().lower())
    data.phones = _union(keep.phones, other.phones, _phone_key)
    data.urls = _union(keep.urls, other.urls, lambda v: v.strip().rstrip("/").lower())
    data.addresses = _union_addresses(keep.addresses, other.addresses)
    data.tags = sorted({*keep.tags, *other.tags}, key=fold)
    notes = [n.strip() for n in (keep.notes, other.notes) if n.strip()]
    data.notes = "\n\n".join(dict.fromkeys(notes))
    extra = [line for text in (keep.extra_vcard, other.extra_vcard)
             for line in text.splitlines() if line.strip()]
    data.extra_vcard = "\n".join(dict.fromkeys(extra))
    if _STAGE_RANK.get(other.stage, 0) > _STAGE_RANK.get(keep.stage, 0):
        data.stage = other.stage
    data.audience_size = max(keep.audience_size or 0, other.audience_size or 0)
    introduced = keep.introduced_by_id
    if introduced in (None, other_id):
        introduced = other.introduced_by_id
    data.introduced_by_id = None if introduced in (keep_id, other_id) else introduced
    return data


def merge(keep_id: int, other_id: int) -> MergeResult:
    """Fold ``other_id`` into ``keep_id`` (one transaction); the other goes to the trash."""
    if keep_id == other_id:
        raise ValidationError(translate("Validation", "Choose two different contacts to merge."),
                              "other_id")
    with transaction():
        keep = contacts.get(keep_id)
        other = contacts.get(other_id)
        if keep.deleted_at is not None or other.deleted_at is not None:
            raise ValidationError(
                translate("Validation", "A contact in the trash cannot be merged."), "other_id")
        keep_before = contacts.data_of(keep)
        # stored values go back as they are (an imported odd email is kept, not refused)
        contacts.update(keep_id, merged_data(keep_before, contacts.data_of(other), keep_id,
                                             other_id), imported=True)
        moved: dict[str, tuple[int, ...]] = {}
        for name, model in _OWNED:
            ids = tuple(r[0] for r in cast(Rows, model.select(model.id)
                        .where(model.contact == other_id).tuples()))
            if ids:
                model.update(contact=keep_id).where(model.id.in_(ids)).execute()
            moved[name] = ids
        moved_attendance, joined = _merge_attendance(keep_id, other_id)
        introduced = tuple(r[0] for r in cast(Rows, Contact.select(Contact.id).where(
            Contact.introduced_by == other_id, Contact.id != keep_id).tuples()))
        if introduced:
            Contact.update(introduced_by=keep_id).where(Contact.id.in_(introduced)).execute()
        contacts.trash([other_id])
    return MergeResult(keep_id, other_id, keep_before, moved, moved_attendance, joined,
                       introduced)


def unmerge(result: MergeResult) -> None:
    """Undo a merge: the kept contact as it was, the other back from the trash with its rows."""
    with transaction():
        contacts.update(result.keep_id, result.keep_before, imported=True)
        for name, model in _OWNED:
            ids = result.moved.get(name, ())
            if ids:
                model.update(contact=result.other_id).where(model.id.in_(ids)).execute()
        if result.moved_attendance:
            Attendance.update(contact=result.other_id).where(
                Attendance.id.in_(result.moved_attendance)).execute()
        for attendance_id, talked_about in result.joined_attendance:
            Attendance.update(talked_about=talked_about).where(
                Attendance.id == attendance_id).execute()
        if result.introduced:
            Contact.update(introduced_by=result.other_id).where(
                Contact.id.in_(result.introduced)).execute()
        contacts.restore([result.other_id])


def _merge_attendance(keep_id: int, other_id: int) -> tuple[tuple[int, ...],
                                                              tuple[tuple[int, str], ...]]:
    """Move the other's attendances; where both went to an event, join what was said.

    The other's row for an event both attended stays with it (in the trash), which keeps
    UNIQUE(event_id, contact_id) and lets ``unmerge`` leave it untouched.
    """
    kept = {event: (aid, talked) for aid, event, talked in cast(Rows, Attendance.select(
        Attendance.id, Attendance.event, Attendance.talked_about)
        .where(Attendance.contact == keep_id).tuples())}
    moved: list[int] = []
    joined: list[tuple[int, str]] = []
    for aid, event, talked in cast(Rows, Attendance.select(
            Attendance.id, Attendance.event, Attendance.talked_about).where(
            Attendance.contact == other_id).tuples()):
        if event not in kept:
            moved.append(aid)
            continue
        keep_aid, keep_talked = kept[event]
        if talked.strip() and talked.strip() not in keep_talked:
            joined.append((keep_aid, keep_talked))
            text = f"{keep_talked.strip()}\n{talked.strip()}" if keep_talked.strip() else talked
            Attendance.update(talked_about=text).where(Attendance.id == keep_aid).execute()
    if moved:
        Attendance.update(contact=keep_id).where(Attendance.id.in_(moved)).execute()
    return tuple(moved), tuple(joined)


def _phone_key(value: str) -> str:
    digits = phone_digits(value)
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE_DIGITS else value.strip()


def _union(first: list[Labeled], second: list[Labeled],
           key: Callable[[str], str]) -> list[Labeled]:
    out: list[Labeled] = []
    seen: set[str] = set()
    for item in [*first, *second]:
        k = key(item.value)
        if k and k not in seen:
            seen.add(k)
            out.append(Labeled(item.value, item.label))
    return out


def _union_addresses(first: list[PostalAddress],
                     second: list[PostalAddress]) -> list[PostalAddress]:
    out: list[PostalAddress] = []
    seen: set[str] = set()
    for address in [*first, *second]:
        key = fold(address.one_line())
        if key not in seen:
            seen.add(key)
            out.append(address)
    return out
