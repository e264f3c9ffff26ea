"""Organizations: the businesses contacts belong to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import NamedTuple, cast

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


class OrganizationRow(NamedTuple):
    """A tuple: 100,000 of them held by a list cost the garbage collector nothing."""

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
                       limit: int = 1000,
                       stop: Callable[[], bool] | None = None) -> list[OrganizationRow]:
    """The organizations (in the trash or not) whose name holds ``text``, by name, with
    how many live contacts each has. ``stop`` (read on a worker) is asked every few
    thousand rows whether the rows are still wanted; if not, those read so far are
    returned."""
    people = (Contact.select(fn.COUNT(Contact.id))
              .where(Contact.organization == Organization.id, Contact.deleted_at.is_null()))
    query = (Organization
             .select(Organization.id, Organization.name, Organization.sector,
                     Organization.website, people.alias("people"))
             .where(Organization.deleted_at.is_null(not trash)))
    if text.strip():
        query = query.where(Organization.sort_key.contains(fold(text)))
    query = query.order_by(Organization.sort_key).offset(offset).limit(limit)
    rows = iter(cast(Rows, query.tuples()))
    found: list[OrganizationRow] = []
    while block := [OrganizationRow(*row) for row in islice(rows, _BLOCK)]:
        found.extend(block)
        if stop is not None and stop():
            break
    return found


def is_listed(org_id: int, text: str = "", limit: int = 1000) -> bool:
    """Whether ``list_organizations(text, limit=limit)`` holds that organization."""
    key = (Organization.select(Organization.sort_key)
           .where(Organization.id == org_id, Organization.deleted_at.is_null())
           .scalar())
    folded = fold(text)
    if key is None or (text.strip() and folded not in key):
        return False
    before = Organization.select().where(Organization.deleted_at.is_null(),
                                         Organization.sort_key < key)
    if text.strip():
        before = before.where(Organization.sort_key.contains(folded))
    return before.count() < limit


# rows read between two looks at whether they are still wanted
_BLOCK = 2000


def people(org_id: int) -> list[tuple[int, str]]:
    query = (Contact.select(Contact.id, Contact.display_name)
             .where(Contact.organization == org_id, Contact.deleted_at.is_null())
             .order_by(Contact.sort_key))
    return list(cast(Rows, query.tuples()))


def trash(ids: Iterable[int]) -> int:
    return records.trash(Organization, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Organization, ids)
