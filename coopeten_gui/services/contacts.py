"""Contacts, one at a time or a selection of them: create, edit, read one, tag, change
the stage, trash and restore people, and the names the forms offer to choose from.

Which contacts the list shows, and in which order, is ``contact_list``'s.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any, Iterable, Sequence, cast

from peewee import fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import organizations, phones
from coopeten_gui.services.common import (
    Checks,
    NotFoundError,
    Rows,
    ValidationError,
    check_choice,
    check_count,
    check_email,
    check_phone,
    fold,
    now,
    parse_date,
    phone_digits,
)
from coopeten_gui.services.contact_data import (
    ContactData,
    ContactRecord,
    Labeled,
    PostalAddress,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import contact_reads
from coopeten_gui.storage.models import STAGES as STAGES  # the window lists them
from coopeten_gui.storage.models import (
    BaseModel,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ContactUrl,
    Event,
    Tag,
)


def display_name_for(data: ContactData) -> str:
    if data.display_name.strip():
        return data.display_name.strip()
    parts = [data.prefix, data.given_name, data.middle_name, data.family_name, data.suffix]
    name = " ".join(p.strip() for p in parts if p.strip())
    if name:
        return name
    for candidate in (data.nickname, data.organization_name):
        if candidate.strip():
            return candidate.strip()
    if data.emails:
        return data.emails[0].value.strip()
    if data.phones:
        return data.phones[0].value.strip()
    return ""


def validate(data: ContactData, imported: bool = False) -> ContactData:
    """Check and tidy what the user typed; raise ``ValidationError`` naming the field.

    ``imported``: the data comes from another program's file. Its emails and phones are
    kept as they are even when they would not pass as typed input — dropping a strange
    address would lose data the user may still need.
    """
    checks = Checks()  # every field at fault is named at once
    email_check = str.strip if imported else check_email
    phone_check = str.strip if imported else check_phone
    data.emails = [Labeled(checks(email_check, e.value) or e.value, e.label.strip())
                   for e in data.emails if e.value.strip()]
    data.phones = [Labeled(checks(phone_check, p.value) or p.value, p.label.strip())
                   for p in data.phones if p.value.strip()]
    data.urls = [Labeled(u.value.strip(), u.label.strip()) for u in data.urls if u.value.strip()]
    data.addresses = [a for a in data.addresses if not a.is_empty()]
    data.birthday = checks(parse_date, data.birthday, "birthday")
    data.anniversary = checks(parse_date, data.anniversary, "anniversary")
    data.keep_in_touch_weeks = checks(check_count, data.keep_in_touch_weeks,
                                      "keep_in_touch_weeks")
    data.stage = checks(check_choice, data.stage or "new", STAGES, "stage")
    data.audience_size = checks(check_count, data.audience_size, "audience_size")
    data.tags = sorted({t.strip() for t in data.tags if t.strip()}, key=fold)
    if not display_name_for(data):
        checks.refuse(
            translate("Validation", "A contact needs at least a name, an email or a phone."),
            "given_name",
        )
    checks.done()
    return data


def create(data: ContactData, imported: bool = False) -> int:
    data = validate(data, imported)
    with transaction():
        stamp = now()
        contact = Contact.create(
            created_at=stamp, updated_at=stamp, display_name=display_name_for(data),
            **_scalar_fields(data),
        )
        _write_children(contact.id, data)
    return contact.id


def update(contact_id: int, data: ContactData, imported: bool = False) -> None:
    data = validate(data, imported)
    with transaction():
        _require(contact_id)
        Contact.update(
            updated_at=now(), display_name=display_name_for(data), **_scalar_fields(data)
        ).where(Contact.id == contact_id).execute()
        for model in (ContactEmail, ContactPhone, ContactUrl, ContactAddress, ContactTag):
            model.delete().where(model.contact == contact_id).execute()
        _write_children(contact_id, data)


def get(contact_id: int) -> ContactRecord:
    contact = _require(contact_id)
    record = ContactRecord(
        id=contact.id,
        organization_id=contact.organization_id,
        organization_name=contact.organization.name if contact.organization else "",
        met_event_name=contact.met_event.name if contact.met_event else "",
        introduced_by_name=contact.introduced_by.display_name if contact.introduced_by_id else "",
        emails=[Labeled(e.value, e.label) for e in
                contact.emails.order_by(ContactEmail.position)],
        phones=[Labeled(p.value, p.label) for p in
                contact.phones.order_by(ContactPhone.position)],
        urls=[Labeled(u.value, u.label) for u in contact.urls.order_by(ContactUrl.position)],
        addresses=[
            PostalAddress(a.label, a.po_box, a.extended, a.street, a.city, a.region,
                          a.postal_code, a.country)
            for a in contact.addresses.order_by(ContactAddress.position)
        ],
        tags=tags_of(contact_id),
    )
    for name in _SCALARS + ("display_name", "created_at", "updated_at", "deleted_at",
                            "met_event_id", "introduced_by_id"):
        setattr(record, name, getattr(contact, name))
    return record


def data_of(record: ContactRecord) -> ContactData:
    """The editable part of a stored contact (to change and pass to ``update``)."""
    return ContactData(**{f.name: getattr(record, f.name) for f in fields(ContactData)})


def tags_of(contact_id: int) -> list[str]:
    query = (Tag.select(Tag.name).join(ContactTag)
             .where(ContactTag.contact == contact_id).order_by(Tag.name))
    return [t.name for t in query]


def find_by_email(email: str) -> int | None:
    return contact_reads.live_contact_with_email(email.strip())


def set_stage(ids: Iterable[int], stage: str) -> int:
    stage = check_choice(stage, STAGES, "stage")
    ids = list(ids)
    with transaction():
        return cast(int, Contact.update(stage=stage, updated_at=now())
                .where(Contact.id.in_(ids)).execute())


def add_tag(ids: Iterable[int], name: str) -> None:
    name = name.strip()
    if not name:
        raise ValidationError(translate("Validation", "A tag needs a name."), "tag")
    with transaction():
        tag = _tag(name)
        rows = [{"contact": cid, "tag": tag.id} for cid in ids]
        if rows:
            ContactTag.insert_many(rows).on_conflict_ignore().execute()
            Contact.update(updated_at=now()).where(
                Contact.id.in_([r["contact"] for r in rows])).execute()


def remove_tag(ids: Iterable[int], name: str) -> None:
    ids = list(ids)
    with transaction():
        tag = Tag.get_or_none(fn.lower(Tag.name) == name.strip().lower())
        if tag:
            ContactTag.delete().where(ContactTag.contact.in_(ids),
                                      ContactTag.tag == tag.id).execute()


def stages_of(ids: Iterable[int]) -> dict[int, str]:
    """The stage of each contact (to undo a bulk change of stage)."""
    ids = list(ids)
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        query = Contact.select(Contact.id, Contact.stage).where(
            Contact.id.in_(ids[start:start + 500]))
        found.update(dict(cast(Rows, query.tuples())))
    return found


def set_stages(stages: dict[int, str]) -> None:
    """Give each contact its own stage, in one transaction (undoing a bulk change)."""
    by_stage: dict[str, list[int]] = {}
    for contact_id, stage in stages.items():
        by_stage.setdefault(check_choice(stage, STAGES, "stage"), []).append(contact_id)
    with transaction():
        for stage, ids in by_stage.items():
            Contact.update(stage=stage, updated_at=now()).where(Contact.id.in_(ids)).execute()


def ids_with_tag(ids: Iterable[int], name: str) -> set[int]:
    """Which of these contacts carry the tag (to undo adding or removing it)."""
    ids = list(ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        query = (ContactTag.select(ContactTag.contact).join(Tag)
                 .where(fn.lower(Tag.name) == name.strip().lower(),
                        ContactTag.contact.in_(ids[start:start + 500])))
        found.update(row[0] for row in cast(Rows, query.tuples()))
    return found


def deleted_dates(ids: Sequence[int]) -> dict[int, datetime]:
    """When each of these contacts went to the trash (for the Trash list)."""
    found: dict[int, datetime] = {}
    for start in range(0, len(ids), 500):
        query = Contact.select(Contact.id, Contact.deleted_at).where(
            Contact.id.in_(list(ids[start:start + 500])), Contact.deleted_at.is_null(False))
        found.update((i, Contact.deleted_at.python_value(d)) for i, d in cast(Rows, query.tuples()))
    return found


def organization_choices() -> list[tuple[str, int]]:
    """(name, id) of every live organization, sorted: for the list's filter and the form.

    Names only, without the people counts of ``organizations.list_organizations``,
    so it stays quick with 20,000 organizations.
    """
    return contact_reads.organization_names()


def event_choices() -> list[tuple[str, int]]:
    """(name, id) of every live event, the latest first: for filters and forms."""
    return contact_reads.event_names()


def all_tags() -> list[str]:
    return [t.name for t in Tag.select(Tag.name).order_by(fn.lower(Tag.name))]


def trash(ids: Iterable[int]) -> int:
    """Move to the trash; nothing is lost until the trash is emptied."""
    ids = list(ids)
    with transaction():
        return cast(int, Contact.update(deleted_at=now())
                .where(Contact.id.in_(ids), Contact.deleted_at.is_null()).execute())


def restore(ids: Iterable[int]) -> int:
    ids = list(ids)
    with transaction():
        return cast(int, Contact.update(deleted_at=None, updated_at=now())
                .where(Contact.id.in_(ids)).execute())


def purge(ids: Iterable[int]) -> int:
    """Delete for good contacts already in the trash (and everything that is theirs)."""
    ids = list(ids)
    with transaction():
        return cast(int, Contact.delete()
                .where(Contact.id.in_(ids), Contact.deleted_at.is_null(False)).execute())


# -- internals ---------------------------------------------------------------------------

_SCALARS = (
    "uid", "prefix", "given_name", "middle_name", "family_name", "suffix", "nickname",
    "job_title", "department", "birthday", "photo", "photo_type", "notes", "stage",
    "audience_size", "met_where", "language", "extra_vcard", "anniversary",
    "keep_in_touch_weeks",
)


def _scalar_fields(data: ContactData) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _SCALARS}
    values["sort_key"] = fold(display_name_for(data))
    values["organization"] = (organizations.id_for_name(data.organization_name)
                              if data.organization_name.strip() else None)
    values["met_event"] = _existing(Event, data.met_event_id, "met_event_id")
    values["introduced_by"] = _existing(Contact, data.introduced_by_id, "introduced_by_id")
    return values


def _existing(model: type[BaseModel], row_id: int | None, field: str) -> int | None:
    if row_id is None:
        return None
    if not model.select().where(model.id == row_id).exists():
        raise ValidationError(translate("Validation", "The linked record no longer exists."),
                              field)
    return row_id


def _write_children(contact_id: int, data: ContactData) -> None:
    if data.emails:
        ContactEmail.insert_many([
            {"contact": contact_id, "position": i, "label": e.label, "value": e.value}
            for i, e in enumerate(data.emails)]).execute()
    if data.phones:
        ContactPhone.insert_many([
            {"contact": contact_id, "position": i, "label": p.label, "value": p.value,
             "digits": phone_digits(p.value), **phones.parse(p.value)._asdict()}
            for i, p in enumerate(data.phones)]).execute()
    if data.urls:
        ContactUrl.insert_many([
            {"contact": contact_id, "position": i, "label": u.label, "value": u.value}
            for i, u in enumerate(data.urls)]).execute()
    if data.addresses:
        ContactAddress.insert_many([
            {"contact": contact_id, "position": i, "label": a.label, "po_box": a.po_box,
             "extended": a.extended, "street": a.street, "city": a.city, "region": a.region,
             "postal_code": a.postal_code, "country": a.country}
            for i, a in enumerate(data.addresses)]).execute()
    if data.tags:
        ContactTag.insert_many(
            [{"contact": contact_id, "tag": _tag(name).id} for name in data.tags]
        ).on_conflict_ignore().execute()


def _tag(name: str) -> Tag:
    tag = Tag.get_or_none(fn.lower(Tag.name) == name.lower())
    return tag or Tag.create(name=name)


def _require(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFoundError(
            translate("Validation", "There is no contact number {id}.").format(id=contact_id))
    return contact
