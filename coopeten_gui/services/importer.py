"""Importing contacts: a preview first, then one all-or-nothing transaction.

``preview`` counts new rows, finds likely duplicates of existing contacts and collects
the rows in error; ``run_import`` applies the user's decision for each duplicate (skip,
merge or create). The dialog previews a file moments before importing it, so the preview
keeps the rows it read and checked (files up to ``KEEP_AT_MOST`` bytes, as long as the
``Preview`` it returned is alive) and the import takes them instead of reading the file
a second time, if the file still holds the very same bytes: an edited file is read again.
The duplicates it found are taken too while nothing was written to the database since
(the import's own merges included); else they are looked up again, as the preview did.
Larger files are read twice, and memory stays bounded by their duplicates and errors.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple, TypeVar

from coopeten_gui.i18n import translate
from coopeten_gui.services import contacts, formats
from coopeten_gui.services.bulk import ContactWriter
from coopeten_gui.services.common import ServiceError, ValidationError, fold, phone_digits
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.formats import csv_formats, vcard
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import (
    contact_inserts,
    contact_list_reads,
    contact_reads,
    database,
    import_lookups,
)

FORMATS = ("auto", "vcard", "google", "outlook", "linkedin", "csv")
SKIP, MERGE, CREATE = "skip", "merge", "create"
MAX_FILE_BYTES = 200 * 1024 * 1024
PROGRESS_EVERY = 200
# rows matched against the stored contacts at once (a query per kind, not per row)
MATCH_BATCH = 500
# new contacts written at once (a statement per table, not per contact)
WRITE_BATCH = 500
# the preview keeps the rows of a file up to this size for the import (held in memory at
# about five times the file's size: 16 MiB is some 50,000 contacts)
KEEP_AT_MOST = 16 * 1024 * 1024

# progress(rows_done) -> False to cancel
Progress = Callable[[int], bool]

_Item = TypeVar("_Item")


class ImportRefused(ServiceError):
    """The file cannot be imported at all; nothing was written."""


class Cancelled(ServiceError):
    pass


@dataclass(frozen=True)
class Duplicate:
    row: int
    name: str
    existing_id: int
    existing_name: str
    reason: str


@dataclass
class Preview:
    format: str
    rows: int = 0
    new: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(translate("Import", "{path} is too large to import ({size} MB).")
                               .format(path=path.name, size=size // (1024 * 1024)))
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefused(translate("Import", "{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc


def detect_format(path: Path, data: bytes) -> str:
    """``vcard`` or the CSV layout (google, outlook, linkedin, coopeten, csv)."""
    try:
        return formats.detect_format(path.name, data)
    except FormatError as exc:
        raise ImportRefused(str(exc)) from exc


def records(data: bytes, fmt: str, mapping: dict[int, str] | None = None
            ) -> tuple[str, list[str], Iterator[tuple[ContactData | None, RowError | None]]]:
    """The parsed rows of a file: (format found, CSV headers, rows)."""
    try:
        if fmt == "vcard":
            return "vcard", [], vcard.parse_vcards(data)
        detected, headers, rows = csv_formats.parse_csv(data, fmt, mapping)
        return detected, list(headers), rows
    except FormatError as exc:
        raise ImportRefused(str(exc)) from exc


def _records_of(path: Path, data: bytes, fmt: str, mapping: dict[int, str] | None
                ) -> tuple[str, list[str], Iterator[tuple[ContactData | None, RowError | None]]]:
    """The bytes of ``path`` parsed as ``fmt`` (found from the file when "auto"):
    (format found, CSV headers, rows), as ``records`` gives them."""
    return records(data, detect_format(path, data) if fmt == "auto" else fmt, mapping)


def preview(path: Path, fmt: str = "auto", mapping: dict[int, str] | None = None,
            progress: Progress | None = None) -> Preview:
    data = read_file(path)
    found, headers, rows = _records_of(path, data, fmt, mapping)
    result = Preview(format=found, headers=headers)
    kept: list[_Checked] | None = [] if len(data) <= KEEP_AT_MOST else None
    matches: list[_Match] = []
    state = contact_list_reads.data_state()
    matcher = _Matcher()
    for number, contact, problem, match in _checked(_validated(rows, progress), matcher):
        result.rows = number
        if kept is not None:
            kept.append((number, contact, problem))
            if problem is None:
                matches.append(match)
        if problem is not None:
            result.errors.append(problem)
            continue
        assert contact is not None  # no problem: the reader gave a contact
        if match:
            existing_id, existing_name, reason = match
            result.duplicates.append(Duplicate(number, contacts.display_name_for(contact),
                                               existing_id, existing_name, reason))
        else:
            result.new += 1
    if result.rows == 0 and not result.errors:
        raise ImportRefused(translate("Import", "{path} holds no contacts.").format(
            path=path.name))
    if kept is not None:
        # the matches hold while the database holds what it held as they were looked up
        same = contact_list_reads.data_state() == state
        _keep(_KeptRows(weakref.ref(result, _forget), _key(path, data, fmt, mapping), kept,
                        state if same else None, matches))
    return result


def run_import(path: Path, fmt: str = "auto", mapping: dict[int, str] | None = None,
               decisions: dict[int, str] | None = None, default_duplicate: str = SKIP,
               progress: Progress | None = None, dry_run: bool = False) -> ImportResult:
    """Write the accepted rows in one transaction: all of them, or none (error, cancel,
    crash). ``decisions`` maps a duplicate's row number to skip, merge or create."""
    decisions = decisions or {}
    data = read_file(path)
    kept = _kept_rows(_key(path, data, fmt, mapping))
    matcher: _Matcher
    if kept is None:
        checked = _validated(_records_of(path, data, fmt, mapping)[2], progress)
        matcher = _Matcher()
    else:
        checked = _reported(kept.rows, progress)
        matcher = _KeptMatcher(kept.matches, kept.state)
    result = ImportResult()
    try:
        with contact_inserts.journals_in_memory(), database.log_folded_later(), \
                transaction():
            writer = ContactWriter(WRITE_BATCH)
            for number, contact, problem, match in _checked(checked, matcher):
                if problem is not None:
                    result.errors.append(problem)
                    continue
                assert contact is not None  # no problem: the reader gave a contact
                action = decisions.get(number, default_duplicate) if match else CREATE
                if action == SKIP:
                    result.skipped += 1
                elif action == MERGE and match and match[0] > 0:
                    writer.flush()  # the rows written in the file's order, as one by one
                    merge_into(match[0], contact)
                    matcher.stored_contact_changed()
                    result.merged += 1
                else:
                    writer.add(contact)
                    result.created += 1
            writer.flush()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def fold_log() -> None:
    """Copy what the last import wrote from the database's log into its file. The import
    leaves it there (``storage.database.log_folded_later``) so that its result shows
    sooner; a worker runs this afterwards. Should it fail (another program's lock),
    SQLite folds the log at a later commit."""
    database.fold_open_log()


def merge_into(contact_id: int, incoming: ContactData) -> None:
    """Add what an imported row knows to a stored contact, losing nothing of either:
    new emails, phones, links, addresses and tags are added, empty fields filled."""
    data = contacts.data_of(contacts.get(contact_id))
    for name in ("emails", "phones", "urls"):
        have = {fold(x.value) for x in getattr(data, name)}
        getattr(data, name).extend(x for x in getattr(incoming, name) if fold(x.value) not in have)
    have_addresses = {a.one_line() for a in data.addresses}
    data.addresses.extend(a for a in incoming.addresses if a.one_line() not in have_addresses)
    data.tags = sorted(set(data.tags) | set(incoming.tags))
    for name in ("given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
                 "organization_name", "job_title", "department", "birthday", "photo",
                 "photo_type", "uid", "language", "extra_vcard"):
        if not getattr(data, name) and getattr(incoming, name):
            setattr(data, name, getattr(incoming, name))
    if incoming.notes and incoming.notes not in data.notes:
        data.notes = "\n\n".join(n for n in (data.notes, incoming.notes) if n)
    contacts.update(contact_id, data, imported=True)


class _DryRun(Exception):
    """Raised inside the transaction to roll everything back after a full rehearsal."""


def _numbered(rows: Iterable[_Item], progress: Progress | None) -> Iterator[tuple[int, _Item]]:
    for number, item in enumerate(rows, start=1):
        _report(number, progress)
        yield number, item


def _report(number: int, progress: Progress | None) -> None:
    """Tell ``progress`` every ``PROGRESS_EVERY`` rows; stop there if it says to cancel."""
    if progress is not None and number % PROGRESS_EVERY == 0 and progress(number) is False:
        raise Cancelled(translate("Import", "Import cancelled; nothing was written."))


# a row, numbered from 1: what the reader gave, and why it cannot be written (or None)
_Checked = tuple[int, ContactData | None, RowError | None]


def _validated(rows: Iterator[tuple[ContactData | None, RowError | None]],
               progress: Progress | None) -> Iterator[_Checked]:
    for number, (contact, error) in _numbered(rows, progress):
        yield number, contact, _row_problem(contact, error, number)


def _reported(rows: list[_Checked], progress: Progress | None) -> Iterator[_Checked]:
    """Rows the preview kept, reported to ``progress`` as if read again."""
    for row in rows:
        _report(row[0], progress)
        yield row


def _checked(rows: Iterator[_Checked], matcher: _Matcher
             ) -> Iterator[tuple[int, ContactData | None, RowError | None, _Match]]:
    """(number, row, why it cannot be written or None, the contact it likely duplicates
    or None) for each row, matched a batch at a time."""
    batch: list[_Checked] = []
    for row in rows:
        batch.append(row)
        if len(batch) == MATCH_BATCH:
            yield from _matched(batch, matcher)
            batch = []
    yield from _matched(batch, matcher)


def _matched(batch: list[_Checked], matcher: _Matcher
             ) -> Iterator[tuple[int, ContactData | None, RowError | None, _Match]]:
    matches = iter(matcher.match_all([contact for _, contact, problem in batch
                                      if problem is None and contact is not None]))
    for number, contact, problem in batch:
        yield number, contact, problem, None if problem is not None else next(matches)


def _row_problem(contact: ContactData | None, error: RowError | None,
                 number: int) -> RowError | None:
    """Why a row cannot be written: the reader's error, or what the service refuses."""
    if error is not None:
        return error
    assert contact is not None  # a reader gives each row a contact or an error
    try:
        contacts.validate(contact, imported=True)
    except ValidationError as exc:
        return RowError(number, exc.message)
    return None


# a likely duplicate: the stored contact's id and name, and why
_Match = tuple[int, str, str] | None


# what rows were read from: the file (its name chooses the format), its bytes' digest,
# the format asked for and the columns chosen
_Key = tuple[str, bytes, str, tuple[tuple[int, str], ...] | None]


class _KeptRows(NamedTuple):
    """The rows a preview read and checked, and what they were read from; the likely
    duplicates of the rows without problem, and the database's state they were found in
    (None: it changed while they were looked up)."""

    preview: weakref.ref[Preview]
    key: _Key
    rows: list[_Checked]
    state: tuple[Any, ...] | None
    matches: list[_Match]


# the rows of the last preview, while the Preview returned with them is alive
_kept: _KeptRows | None = None


def _key(path: Path, data: bytes, fmt: str, mapping: dict[int, str] | None) -> _Key:
    return (str(path), hashlib.blake2b(data, digest_size=20).digest(), fmt,
            tuple(sorted(mapping.items())) if mapping is not None else None)


def _keep(rows: _KeptRows) -> None:
    """Keep ``rows`` for the import, in place of any kept before; they go when their
    preview goes (``_forget``)."""
    global _kept
    _kept = rows


def _forget(gone: weakref.ref[Preview]) -> None:
    global _kept
    if _kept is not None and _kept.preview is gone:
        _kept = None


def _kept_rows(key: _Key) -> _KeptRows | None:
    """What the last preview read from the same bytes, or None: read the file."""
    kept = _kept
    return kept if kept is not None and kept.key == key else None


class _Matcher:
    """Finds the stored contact a row likely duplicates: same email, same phone (last
    nine digits) or same name ignoring case and accents.

    Only contacts stored before the import count: two rows of one file that look alike
    are both the user's data, and are both kept. Rows are matched a batch at a time, in
    one indexed query per kind (``storage.import_lookups``).
    """

    def __init__(self) -> None:
        self._before = contact_reads.highest_id()

    def stored_contact_changed(self) -> None:
        """The import merged a row into a stored contact (the next batch sees it)."""

    def match_all(self, rows: list[ContactData]) -> list[_Match]:
        """For each row, the contact it likely duplicates and why, or None."""
        emails = [[e.value.strip() for e in row.emails] for row in rows]
        tails = [[t for t in (phone_digits(p.value)[-9:] for p in row.phones) if len(t) >= 6]
                 for row in rows]
        names = [fold(contacts.display_name_for(row))
                 if row.given_name or row.family_name else "" for row in rows]
        by_email = import_lookups.by_email(
            [e for row in emails for e in row if e], self._before)
        by_phone = import_lookups.by_phone_tail([t for row in tails for t in row],
                                                self._before)
        by_name = import_lookups.by_sort_key([n for n in names if n], self._before)
        found: list[_Match] = []
        for row_emails, row_tails, name in zip(emails, tails, names):
            found.append(self._first(row_emails, row_tails, name, by_email, by_phone, by_name))
        return found

    @staticmethod
    def _first(emails: list[str], tails: list[str], name: str, by_email: dict[str, int],
               by_phone: dict[str, int], by_name: dict[str, int]) -> _Match:
        for email in emails:
            hit = by_email.get(import_lookups.email_key(email)) if email else None
            if hit:
                return hit, import_lookups.display_name(hit), translate(
                    "Import", "same email {email}").format(email=email.lower())
        for tail in tails:
            hit = by_phone.get(tail)
            if hit:
                return hit, import_lookups.display_name(hit), translate("Import", "same phone")
        hit = by_name.get(name) if name else None
        if hit:
            return hit, import_lookups.display_name(hit), translate("Import", "same name")
        return None


class _KeptMatcher(_Matcher):
    """The likely duplicates the preview found, a batch at a time, while the database
    holds what it held then: nothing written since, no stored contact merged into yet.
    Then the rest are looked up again, at the same batches, as the preview's matcher
    would have found them."""

    def __init__(self, matches: list[_Match], state: tuple[Any, ...] | None) -> None:
        super().__init__()
        self._matches = iter(matches)
        self._same = state is not None and contact_list_reads.data_state() == state

    def match_all(self, rows: list[ContactData]) -> list[_Match]:
        kept = list(islice(self._matches, len(rows)))
        return kept if self._same else super().match_all(rows)

    def stored_contact_changed(self) -> None:
        self._same = False
