"""Field rules every reader and writer shares: names, dates, labels, photo types."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from coopeten_gui.services.contact_data import ContactData

_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")

_T = TypeVar("_T")


def computed_name(contact: ContactData) -> str:
    """The name Coopeten shows when no formatted name is given.

    Mirrors ``services.contacts.display_name_for`` (not imported: this package stays free of
    the database layer).
    """
    parts = (contact.prefix, contact.given_name, contact.middle_name, contact.family_name,
             contact.suffix)
    name = " ".join(p.strip() for p in parts if p.strip())
    if name:
        return name
    for candidate in (contact.nickname, contact.organization_name):
        if candidate.strip():
            return candidate.strip()
    for items in (contact.emails, contact.phones):
        if items and items[0].value.strip():
            return items[0].value.strip()
    return ""


def formatted_name(contact: ContactData) -> str:
    """What an export writes as the formatted name (vCard FN, CSV "Display Name")."""
    return contact.display_name.strip() or computed_name(contact)


def settle_display_name(contact: ContactData) -> None:
    """Drop a formatted name that only repeats the name parts.

    Kept, it would freeze: correcting the given name later would leave the old full name
    on show. It also makes an export followed by an import give back the same data.
    """
    if contact.display_name == computed_name(contact):
        contact.display_name = ""


def has_identity(contact: ContactData) -> bool:
    """At least a name, an organisation, an email or a phone: what a contact needs."""
    return bool(formatted_name(contact))


def parse_date(text: str, day_first: bool = True) -> date | None:
    """``1980-03-22``, ``19800322``, ``1980-03-22T00:00Z`` or ``22/03/1980``; None otherwise.

    A slashed date is read day-first unless ``day_first`` is false (US exports), and either
    way when the other reading is impossible.
    """
    text = text.strip()
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups()[:3])
    else:
        match = _SLASH_DATE.match(text)
        if not match:
            return None
        first, second, year = (int(g) for g in match.groups())
        if first > 12 or (day_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
    try:
        return date(year, month, day)
    except ValueError:
        return None


def birthday_without_year(text: str) -> str:
    """``--0322`` for ``--03-22`` or ``--0322`` (a birthday whose year is unknown), else ""."""
    match = _NO_YEAR.match(text.strip())
    if not match:
        return ""
    month, day = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"--{month:02d}{day:02d}"


def vcard_date(value: date, version: str) -> str:
    # vCard 4.0 allows only the basic ISO format; 3.0 readers expect the extended one.
    if version == "4.0":
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def photo_type_of(declared: str, data: bytes) -> str:
    """``jpeg``, ``png``… from a declared type (``JPEG``, ``image/jpeg``, ``jpg``) or, when
    there is none, from the first bytes of the image."""
    kind = declared.strip().lower()
    if kind.startswith("image/"):
        kind = kind[len("image/"):]
    if kind == "jpg":
        kind = "jpeg"
    if kind in ("", "application/octet-stream") or not re.fullmatch(r"[a-z0-9.+-]+", kind):
        kind = _sniff_image(data)
    return kind


def _sniff_image(data: bytes) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"GIF8"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return ""


def unique(items: Iterable[_T]) -> list[_T]:
    """The items in their first order, without repeats."""
    return list(dict.fromkeys(items))
