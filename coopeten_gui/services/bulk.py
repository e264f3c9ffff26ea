"""Writing many contacts at once (imports), fast.

The contact service builds each insert through peewee, about 4 ms a contact once
organizations, details and tags are counted; an import of 10,000 would take most of a
minute. This writer sends the same rows as plain prepared statements
(``storage.contact_inserts``), ``batch`` contacts to a statement, and caches the
organizations and tags it has already resolved, inside the caller's transaction.
The data must already be validated (``contacts.validate``).
"""

from __future__ import annotations

from typing import Any

from coopeten_gui.services import contacts, phones
from coopeten_gui.services.common import fold, now, phone_digits
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import contact_reads
from coopeten_gui.storage.contact_inserts import ContactInserts


class ContactWriter:
    """Inserts validated contacts; use inside ``storage.database.transaction()``.

    With a ``batch`` over 1, contacts wait until that many are added or ``flush`` is
    called: call it before anything else writes contacts, and before the transaction ends.
    """

    def __init__(self, batch: int = 1) -> None:
        self._inserts = ContactInserts()
        self._batch = batch
        self._organizations: dict[str, int] = {}
        self._tags: dict[str, int] = {}
        self._stamp = str(now())
        self._next_id = 0  # the id of the next contact added; 0: ask the database
        self._contacts: list[tuple[Any, ...]] = []
        self._emails: list[tuple[int, int, str, str]] = []
        self._urls: list[tuple[int, int, str, str]] = []
        self._phones: list[tuple[Any, ...]] = []
        self._addresses: list[tuple[Any, ...]] = []
        self._tag_links: list[tuple[int, int]] = []

    def add(self, data: ContactData) -> int:
        """Add a contact (written now, or with its batch); its id."""
        if not self._next_id:  # the id SQLite would give it: one more than the highest
            self._next_id = contact_reads.highest_id() + 1
        contact_id = self._next_id
        self._next_id += 1
        name = contacts.display_name_for(data)
        stamp = self._stamp
        # in the order of contact_inserts.CONTACT_COLUMNS, after the id
        self._contacts.append((
            contact_id, data.uid, data.prefix, data.given_name, data.middle_name,
            data.family_name, data.suffix, data.nickname, name, fold(name),
            self._organization(data.organization_name), data.job_title, data.department,
            data.birthday.isoformat() if data.birthday else None, data.photo,
            data.photo_type, data.notes, data.stage or "new", data.audience_size or 0,
            data.met_event_id, data.met_where, data.introduced_by_id, data.language,
            data.extra_vcard, stamp, stamp,
            data.anniversary.isoformat() if data.anniversary else None,
            data.keep_in_touch_weeks or 0))
        self._emails.extend((contact_id, i, x.label, x.value) for i, x in enumerate(data.emails))
        self._urls.extend((contact_id, i, x.label, x.value) for i, x in enumerate(data.urls))
        self._phones.extend(
            (contact_id, i, p.label, p.value, phone_digits(p.value), *phones.parse(p.value))
            for i, p in enumerate(data.phones))
        self._addresses.extend(
            (contact_id, i, a.label, a.po_box, a.extended, a.street, a.city, a.region,
             a.postal_code, a.country) for i, a in enumerate(data.addresses))
        self._tag_links.extend((contact_id, self._tag(t)) for t in data.tags)
        if len(self._contacts) >= self._batch:
            self.flush()
        return contact_id

    def flush(self) -> None:
        """Write the contacts added so far; the next one asks the database for its id."""
        inserts = self._inserts
        if self._contacts:
            inserts.contacts(self._contacts)
        for table, rows in (("contact_email", self._emails), ("contact_url", self._urls)):
            if rows:
                inserts.labeled(table, rows)
        if self._phones:
            inserts.phones(self._phones)
        if self._addresses:
            inserts.addresses(self._addresses)
        if self._tag_links:
            inserts.tag_links(self._tag_links)
        self._next_id = 0
        for pending in (self._contacts, self._emails, self._urls, self._phones,
                        self._addresses, self._tag_links):
            pending.clear()

    def _organization(self, name: str) -> int | None:
        name = name.strip()
        if not name:
            return None
        key = fold(name)
        if key not in self._organizations:
            self._organizations[key] = self._inserts.organization_id(name, key, self._stamp)
        return self._organizations[key]

    def _tag(self, name: str) -> int:
        key = name.lower()
        if key not in self._tags:
            self._tags[key] = self._inserts.tag_id(name)
        return self._tags[key]
