"""Exporting contacts (vCard 4.0 / 3.0, CSV), everything (JSON) and the calendar (.ics).

Contacts are loaded in batches with one query per kind of detail (plain SQL:
``storage.export_reads``), so exporting 100,000 contacts neither holds them all in
memory nor asks 600,000 questions.
Every file is written beside its target and renamed into place when complete.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, cast

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
        if fmt == "json":
            return sum(json_export.export_json(path, progress).values())
        if fmt == "ics":
            from coopeten_gui.services import calendar_export

            return calendar_export.export_ics(path)
        ids = list(contact_ids) if contact_ids is not None else contact_list.contact_ids()
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


def _write_contacts(fmt: str, path: Path, ids: list[int], progress: Progress | None) -> int:
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
    emails: defaultdict[int, list[Labeled]] = defaultdict(list)
    phones: defaultdict[int, list[Labeled]] = defaultdict(list)
    urls: defaultdict[int, list[Labeled]] = defaultdict(list)
    for table, target in (("contact_email", emails), ("contact_phone", phones),
                          ("contact_url", urls)):
        for contact_id, value, label in export_reads.labelled(table, ids):
            target[contact_id].append(Labeled(value, label))
    addresses = defaultdict(list)
    for contact_id, *parts in export_reads.addresses(ids):
        addresses[contact_id].append(PostalAddress(*parts))
    tags = defaultdict(list)
    for contact_id, name in export_reads.tags(ids):
        tags[contact_id].append(name)
    loaded = {}
    for (cid, given, family, middle, prefix, suffix, nickname, display, job, department,
         birthday, photo, photo_type, notes, stage, audience, met_where, language, uid,
         extra, org_name) in export_reads.contacts(ids):
        loaded[cid] = ContactData(
            given_name=given, family_name=family, middle_name=middle, prefix=prefix,
            suffix=suffix, nickname=nickname, display_name=display,
            organization_name=org_name, job_title=job, department=department,
            emails=emails[cid], phones=phones[cid], urls=urls[cid], addresses=addresses[cid],
            birthday=_stored_date(birthday), photo=photo, photo_type=photo_type,
            notes=notes, tags=tags[cid], stage=stage, audience_size=audience,
            met_where=met_where, language=language, uid=uid, extra_vcard=extra)
    return loaded


def _stored_date(value: str | None) -> date | None:
    """A stored date as the ORM reads it (its parser tries format after format)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        from coopeten_gui.storage.models import Contact

        return cast("date | None", Contact.birthday.python_value(value))

