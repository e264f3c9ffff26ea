"""Plain data carried in and out of the contact service, importers and exporters.

Everything a vCard can hold has a place here, so an import followed by an export
loses nothing. Labels keep the source program's words (``work``, ``cell,voice``, an
Apple custom label…) lower-cased, comma-separated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Labeled:
    value: str
    label: str = ""


@dataclass
class PostalAddress:
    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.po_box, self.extended, self.street, self.city, self.region,
             self.postal_code, self.country)
        )

    def one_line(self) -> str:
        parts = [self.street, self.extended, self.po_box, self.postal_code, self.city,
                 self.region, self.country]
        return ", ".join(p for p in parts if p)


#: The largest photo a contact keeps, picked or read from a vCard.
MAX_PHOTO_BYTES = 10 * 1024 * 1024


@dataclass
class ContactData:
    given_name: str = ""
    family_name: str = ""
    middle_name: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    # the formatted name (vCard FN); computed from the parts when left empty
    display_name: str = ""
    organization_name: str = ""
    job_title: str = ""
    department: str = ""
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    urls: list[Labeled] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    birthday: date | None = None
    anniversary: date | None = None
    # 0: no rhythm; N: be in touch at least every N weeks (surfaces on Today when late)
    keep_in_touch_weeks: int = 0
    photo: bytes | None = None
    photo_type: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    stage: str = "new"
    audience_size: int = 0
    met_event_id: int | None = None
    met_where: str = ""
    introduced_by_id: int | None = None
    language: str = ""
    uid: str = ""
    # vCard lines Coopeten has no field for, kept verbatim for the round trip
    extra_vcard: str = ""


@dataclass
class ContactRecord(ContactData):
    """A stored contact: its data plus identity and bookkeeping."""

    id: int = 0
    organization_id: int | None = None
    met_event_name: str = ""
    introduced_by_name: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list: only what the columns show."""

    id: int
    display_name: str
    organization: str
    email: str
    phone: str
    stage: str
    audience_size: int
    updated_at: datetime | None
