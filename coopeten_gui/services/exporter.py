"""Exporting contacts (vCard 4.0 / 3.0, CSV), everything (JSON) and the calendar (.ics).

Contacts are loaded in batches with one query per kind of detail (plain SQL:
``storage.export_reads``), so exporting 100,000 contacts neither holds them all in
memory nor asks 600,000 questions; the ids of everyone come packed by SQLite in an
array, never as a million Python objects.
Every file is written beside its target and renamed into place when complete.

While an export runs, Python's full garbage collections wait for its end: each one walks
every object of the window while holding Python's lock (100 ms and more with Contacts
open at a million contacts), and the objects an export makes and drops set one off every
few thousand contacts. The young generations are still collected as usual.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from datetime import date
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, cast

from coopeten_gui.i18n import translate
from coopeten_gui.services import contact_list, json_export
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.storage import export_reads

FORMATS = ("vcard", "vcard3", "csv", "json", "ics")
BATCH = 500

Progress = Callable[[int], bool]


class ExportError(ServiceError):
    pass


def export(fmt: str, path: Path, contact_ids: Sequence[int] | None = None,
           progress: Progress | None = None) -> int:
    """Write ``path`` in ``fmt``; returns how many records were written."""
    if fmt not in FORMATS:
        raise ExportError(translate("Export", "Unknown export format “{fmt}”.").format(fmt=fmt))
    try:
        with _full_collections_postponed(), export_reads.mapped():
            if fmt == "json":
                return sum(json_export.export_json(path, progress).values())
            if fmt == "ics":
                from coopeten_gui.services import calendar_export

                return calendar_export.export_ics(path)
            # (None only for a read told to stop, which this one is not)
            ids = contact_ids if contact_ids is not None else \
                contact_list.contact_id_block() or ()
            return _write_contacts(fmt, path, ids, progress)
    except OSError as exc:
        raise ExportError(translate("Export", "{path} cannot be written: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc


def contact_data(ids: Sequence[int]) -> Iterator[ContactData]:
    """The full data of these contacts, in order, loaded a batch at a time."""
    for start in range(0, len(ids), BATCH):
        batch = list(ids[start:start + BATCH])
        loaded = _load_batch(batch)
        for contact_id in batch:
            if contact_id in loaded:
                yield loaded[contact_id]


def _write_contacts(fmt: str, path: Path, ids: Sequence[int], progress: Progress | None) -> int:
    from coopeten_gui.services.formats import csv_formats, vcard

    partial = path.with_name(path.name + ".partial")
    count = 0

    def counted() -> Iterable[ContactData]:
        nonlocal count
        for data in contact_data(ids):
            count += 1
            if progress and count % BATCH == 0 and progress(count) is False:
                raise _Cancelled
            yield data

    try:
        if fmt in ("vcard", "vcard3"):
            version = "4.0" if fmt == "vcard" else "3.0"
            with open(partial, "w", encoding="utf-8", newline="") as out:
                # a batch at a time, so memory stays flat
                batch: list[ContactData] = []
                for data in counted():
                    batch.append(data)
                    if len(batch) == BATCH:
                        out.write(vcard.write_vcards(batch, version))
                        batch = []
                if batch:
                    out.write(vcard.write_vcards(batch, version))
        else:
            # UTF-8 with BOM: spreadsheet programs then read the accents right
            with open(partial, "w", encoding="utf-8-sig", newline="") as out:
                csv_formats.write_csv(counted(), out)
        partial.replace(path)
    except _Cancelled:
        partial.unlink(missing_ok=True)
        return 0
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


class _Cancelled(Exception):
    pass


def _load_batch(ids: list[int]) -> dict[int, ContactData]:
    # the details come ordered by contact: grouped as they come, no dict of lists to grow
    emails, phones, urls = (
        {cid: [Labeled(value, label) for _, value, label in rows]
         for cid, rows in groupby(export_reads.labelled(table, ids), _FIRST)}
        for table in ("contact_email", "contact_phone", "contact_url"))
    addresses = {cid: [PostalAddress(*row[1:]) for row in rows]
                 for cid, rows in groupby(export_reads.addresses(ids), _FIRST)}
    tags = _tags_by_contact(export_reads.tags(ids))
    none: list[Any] = []  # copied for each contact without such details
    loaded = {}
    for (cid, given, family, middle, prefix, suffix, nickname, display, job, department,
         birthday, photo, photo_type, notes, stage, audience, met_where, language, uid,
         extra, anniversary, org_name) in export_reads.contacts(ids):
        # every field in ContactData's order (``_FIELDS``): matching 27 keyword arguments
        # to their names took four times as long, a twentieth of a whole export
        loaded[cid] = ContactData(
            given, family, middle, prefix, suffix, nickname, display, org_name, job,
            department, emails.get(cid) or none[:], phones.get(cid) or none[:],
            urls.get(cid) or none[:], addresses.get(cid) or none[:], _stored_date(birthday),
            _stored_date(anniversary), 0, photo, photo_type, notes, tags.get(cid) or none[:],
            stage, audience, None, met_where, None, language, uid, extra)
    return loaded


#: ContactData's fields in the order ``_load_batch`` gives them (a test holds them to it)
_FIELDS = (
    "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
    "display_name", "organization_name", "job_title", "department", "emails", "phones",
    "urls", "addresses", "birthday", "anniversary", "keep_in_touch_weeks", "photo",
    "photo_type", "notes", "tags", "stage", "audience_size", "met_event_id", "met_where",
    "introduced_by_id", "language", "uid", "extra_vcard")


_FIRST = itemgetter(0)


def _tags_by_contact(rows: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    # in the order of the names, all contacts mixed: not grouped as they come
    tags: dict[int, list[str]] = {}
    for contact_id, name in rows:
        found = tags.get(contact_id)
        if found is None:
            tags[contact_id] = [name]
        else:
            found.append(name)
    return tags


@contextmanager
def _full_collections_postponed() -> Iterator[None]:
    """No full garbage collection until the last export under way ends (see the module's
    docstring); the thresholds are put back as they were."""
    global _exports_running, _thresholds
    with _postponing:
        if not _exports_running:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], _NEVER)
        _exports_running += 1
    try:
        yield
    finally:
        with _postponing:
            _exports_running -= 1
            if not _exports_running:
                gc.set_threshold(*_thresholds)


_postponing = threading.Lock()
_exports_running = 0
_thresholds = gc.get_threshold()
# a full collection runs after this many collections of the middle generation
_NEVER = 1 << 30


def _stored_date(value: str | None) -> date | None:
    """A stored date as the ORM reads it (its parser tries format after format)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        from coopeten_gui.storage.models import Contact

        return cast("date | None", Contact.birthday.python_value(value))

