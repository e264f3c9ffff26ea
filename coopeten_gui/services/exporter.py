"""Exporting contacts (vCard 4.0 / 3.0, CSV), everything (JSON) and the calendar (.ics).

Contacts are loaded in batches with one query per kind of detail, so exporting
100,000 contacts neither holds them all in memory nor asks 600,000 questions.
Every file is written beside its target and renamed into place when complete.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from peewee import JOIN, fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import contacts, json_export
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.storage.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUrl,
    Organization,
    Tag,
)

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
        ids = list(contact_ids) if contact_ids is not None else contacts.contact_ids()
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
    emails, phones, urls = defaultdict(list), defaultdict(list), defaultdict(list)
    for model, target in ((ContactEmail, emails), (ContactPhone, phones), (ContactUrl, urls)):
        query = (model.select(model.contact, model.value, model.label)
                 .where(model.contact.in_(ids)).order_by(model.contact, model.position))
        for contact_id, value, label in query.tuples():
            target[contact_id].append(Labeled(value, label))
    addresses = defaultdict(list)
    query = (ContactAddress.select().where(ContactAddress.contact.in_(ids))
             .order_by(ContactAddress.contact, ContactAddress.position))
    for a in query:
        addresses[a.contact_id].append(PostalAddress(
            a.label, a.po_box, a.extended, a.street, a.city, a.region, a.postal_code, a.country))
    tags = defaultdict(list)
    query = (ContactTag.select(ContactTag.contact, Tag.name).join(Tag)
             .where(ContactTag.contact.in_(ids)).order_by(fn.lower(Tag.name)))
    for contact_id, name in query.tuples():
        tags[contact_id].append(name)
    loaded = {}
    query = (Contact.select(Contact, fn.COALESCE(Organization.name, "").alias("org_name"))
             .join(Organization, JOIN.LEFT_OUTER, on=(Contact.organization == Organization.id))
             .where(Contact.id.in_(ids)))
    for c in query.objects():
        loaded[c.id] = ContactData(
            given_name=c.given_name, family_name=c.family_name, middle_name=c.middle_name,
            prefix=c.prefix, suffix=c.suffix, nickname=c.nickname, display_name=c.display_name,
            organization_name=c.org_name, job_title=c.job_title, department=c.department,
            emails=emails[c.id], phones=phones[c.id], urls=urls[c.id],
            addresses=addresses[c.id], birthday=c.birthday, photo=c.photo,
            photo_type=c.photo_type, notes=c.notes, tags=tags[c.id], stage=c.stage,
            audience_size=c.audience_size, met_where=c.met_where, language=c.language,
            uid=c.uid, extra_vcard=c.extra_vcard)
    return loaded

