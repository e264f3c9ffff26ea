"""Organizations: the businesses contacts belong to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from peewee import fn

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import Checks, Rows, fold, is_email, now, require_text
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import Contact, Organization


@dataclass
class OrganizationData:
    name: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    sector: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    sector: str
    website: str
    people: int


@dataclass(frozen=True)
class OrganizationRecord:
    """One organization as stored."""

    id: int
    name: str
    sort_key: str
    website: str
    phone: str
    email: str
    address: str
    sector: str
    notes: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


def validate(data: OrganizationData) -> OrganizationData:
    checks = Checks()  # every field at fault is named at once
    data.name = checks(require_text, data.name, "name",
                       translate("Validation", "An organization needs a name."))
    data.email = data.email.strip()
    if data.email and not is_email(data.email):
        checks.refuse(
            translate("Validation", "“{value}” is not an email address.").format(
                value=data.email), "email")
    checks.done()
    return data


def create(data: OrganizationData) -> int:
    data = validate(data)
    with transaction():
        stamp = now()
        return Organization.create(created_at=stamp, updated_at=stamp,
                                   sort_key=fold(data.name), **vars(data)).id


def update(org_id: int, data: OrganizationData) -> None:
    data = validate(data)
    with transaction():
        records.require(Organization, org_id)
        (Organization.update(updated_at=now(), sort_key=fold(data.name), **vars(data))
         .where(Organization.id == org_id).execute())


def get(org_id: int) -> OrganizationRecord:
    return records.plain(OrganizationRecord, records.require(Organization, org_id))


def id_for_name(name: str) -> int:
    """The live organization of that name (ignoring case and accents), created if new."""
    name = name.strip()
    existing = (Organization.select(Organization.id)
                .where(Organization.sort_key == fold(name), Organization.deleted_at.is_null())
                .first())
    if existing:
        return cast(int, existing.id)
    return create(OrganizationData(name=name))


def list_organizations(text: str = "", trash: bool = False, offset: int = 0,
                       limit: int = 1000) -> list[OrganizationRow]:
    people = (Contact.select(fn.COUNT(Contact.id))
              .where(Contact.organization == Organization.id, Contact.deleted_at.is_null()))
    query = (Organization
             .select(Organization.id, Organization.name, Organization.sector,
                     Organization.website, people.alias("people"))
             .where(Organization.deleted_at.is_null(not trash)))
    if text.strip():
        query = query.where(Organization.sort_key.contains(fold(text)))
    query = query.order_by(Organization.sort_key).offset(offset).limit(limit)
    return [OrganizationRow(*row) for row in cast(Rows, query.tuples())]


def people(org_id: int) -> list[tuple[int, str]]:
    query = (Contact.select(Contact.id, Contact.display_name)
             .where(Contact.organization == org_id, Contact.deleted_at.is_null())
             .order_by(Contact.sort_key))
    return list(cast(Rows, query.tuples()))


def trash(ids: Iterable[int]) -> int:
    return records.trash(Organization, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Organization, ids)
