"""CSV exports of known programs: Google Contacts (old and new), Outlook, LinkedIn.

Each reader takes a row as ``{lower-case header: cell}`` and returns a ContactData; columns
with no place in Coopeten (phonetic names, Outlook's priority or gender…) are ignored.
"""

from __future__ import annotations

import re
from itertools import zip_longest

from coopeten_gui.i18n import translate
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.csv_mapping import split_emails, split_tags, split_values
from coopeten_gui.services.formats.fields import birthday_without_year, parse_date, unique

Row = dict[str, str]

_GOOGLE_NUMBERED = re.compile(r"^(e-mail|phone|website|address) (\d+) - (.+)$")
_GOOGLE_SYSTEM_GROUPS = {"mycontacts"}
_OUTLOOK_MARKERS = {"e-mail address", "e-mail display name", "business phone", "home phone",
                    "mobile phone", "business street", "home street"}


def detect(headers: list[str]) -> str:
    """``google``, ``outlook``, ``linkedin`` or ``csv`` (any other layout)."""
    keys = {h.strip().lower() for h in headers}
    if {"first name", "last name", "connected on"} <= keys:
        return "linkedin"
    numbered = any(_GOOGLE_NUMBERED.match(k) for k in keys)
    if {"given name", "family name"} <= keys and (numbered or "group membership" in keys):
        return "google"
    if {"first name", "last name"} <= keys and (
            numbered or keys & {"labels", "file as", "organization name"}):
        return "google"
    if {"first name", "last name"} <= keys and keys & _OUTLOOK_MARKERS:
        return "outlook"
    return "csv"


def _get(row: Row, *names: str) -> str:
    for name in names:
        value = row.get(name, "").strip()
        if value:
            return value
    return ""


def _multi(value: str) -> list[str]:
    """Google puts several values of one kind in a cell, joined by `` ::: ``."""
    return [v.strip() for v in value.split(":::")]


def _google_label(value: str) -> str:
    # "* Work": the star marks the primary value
    return value.strip().lstrip("*").strip().lower()


def google_contact(row: Row) -> ContactData:
    c = ContactData(
        display_name=_get(row, "name"),
        given_name=_get(row, "given name", "first name"),
        middle_name=_get(row, "additional name", "middle name"),
        family_name=_get(row, "family name", "last name"),
        prefix=_get(row, "name prefix"),
        suffix=_get(row, "name suffix"),
        nickname=_get(row, "nickname"),
        organization_name=_get(row, "organization 1 - name", "organization name"),
        job_title=_get(row, "organization 1 - title", "organization title"),
        department=_get(row, "organization 1 - department", "organization department"),
        notes=_get(row, "notes"),
    )
    _set_birthday(c, _get(row, "birthday"), day_first=False)
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for key, value in row.items():
        match = _GOOGLE_NUMBERED.match(key)
        if match:
            kind, number, part = match.groups()
            groups.setdefault((kind, number), {})[part] = value
    for (kind, _number), parts in sorted(groups.items(), key=lambda g: (g[0][0], int(g[0][1]))):
        label = _google_label(parts.get("type", "") or parts.get("label", ""))
        if kind == "address":
            c.addresses += _google_addresses(parts, label)
            continue
        target = {"e-mail": c.emails, "phone": c.phones, "website": c.urls}[kind]
        target += [Labeled(v, label) for v in _multi(parts.get("value", "")) if v]
    tags = split_tags(_get(row, "group membership", "labels"))
    c.tags = unique(t for t in (t.lstrip("*").strip() for t in tags)
                    if t and t.lower() not in _GOOGLE_SYSTEM_GROUPS)
    photo = _get(row, "photo")
    if photo.startswith(("http://", "https://")):
        c.extra_vcard = "\n".join(filter(None, (c.extra_vcard, f"PHOTO;VALUE=uri:{photo}")))
    return c


def _google_addresses(parts: dict[str, str], label: str) -> list[PostalAddress]:
    columns = ("po box", "extended address", "street", "city", "region", "postal code",
               "country")
    lists = [_multi(parts.get(name, "")) for name in columns]
    formatted = _multi(parts.get("formatted", ""))
    found = []
    for index, values in enumerate(zip_longest(*lists, fillvalue="")):
        address = PostalAddress(label, *values)
        if address.is_empty() and index < len(formatted) and formatted[index]:
            # only the one-line form was filled in
            address.street = formatted[index]
        if not address.is_empty():
            found.append(address)
    return found


_OUTLOOK_PHONES = (
    ("business phone", "work"), ("business phone 2", "work"), ("mobile phone", "cell"),
    ("home phone", "home"), ("home phone 2", "home"), ("primary phone", "main"),
    ("company main phone", "main"), ("other phone", "other"), ("business fax", "work,fax"),
    ("home fax", "home,fax"), ("other fax", "fax"), ("pager", "pager"),
    ("car phone", "car"), ("assistant's phone", "assistant"), ("callback", "callback"),
    ("isdn", "isdn"), ("radio phone", "radio"), ("tty/tdd phone", "textphone"),
    ("telex", "telex"),
)


def outlook_contact(row: Row) -> ContactData:
    c = ContactData(
        prefix=_get(row, "title"),
        given_name=_get(row, "first name"),
        middle_name=_get(row, "middle name"),
        family_name=_get(row, "last name"),
        suffix=_get(row, "suffix"),
        nickname=_get(row, "nickname"),
        organization_name=_get(row, "company"),
        department=_get(row, "department"),
        job_title=_get(row, "job title"),
        notes=_get(row, "notes"),
    )
    _set_birthday(c, _get(row, "birthday"), day_first=False)
    for column in ("e-mail address", "e-mail 2 address", "e-mail 3 address"):
        c.emails += [Labeled(v) for v in split_emails(_get(row, column))]
    for column, label in _OUTLOOK_PHONES:
        c.phones += [Labeled(v, label) for v in split_values(_get(row, column))]
    for prefix, label in (("business", "work"), ("home", "home"), ("other", "other")):
        street = "\n".join(v for v in (_get(row, f"{prefix} street"),
                                       _get(row, f"{prefix} street 2"),
                                       _get(row, f"{prefix} street 3")) if v)
        address = PostalAddress(
            label, po_box=_get(row, f"{prefix} address po box", f"{prefix} po box"),
            street=street, city=_get(row, f"{prefix} city"),
            region=_get(row, f"{prefix} state"),
            postal_code=_get(row, f"{prefix} postal code"),
            country=_get(row, f"{prefix} country/region", f"{prefix} country"))
        if not address.is_empty():
            c.addresses.append(address)
    for column, label in (("web page", "work"), ("personal web page", "home")):
        c.urls += [Labeled(v, label) for v in split_values(_get(row, column))]
    c.tags = unique(split_tags(_get(row, "categories")))
    return c


def linkedin_contact(row: Row) -> ContactData:
    c = ContactData(
        given_name=_get(row, "first name"),
        family_name=_get(row, "last name"),
        organization_name=_get(row, "company"),
        job_title=_get(row, "position"),
    )
    c.emails = [Labeled(v) for v in split_emails(_get(row, "email address"))]
    url = _get(row, "url")
    if url:
        c.urls = [Labeled(url, "linkedin")]
    connected = _get(row, "connected on")
    if connected:
        c.notes = translate("Import", "LinkedIn connection since {date}.").format(date=connected)
    return c


def _set_birthday(contact: ContactData, text: str, day_first: bool) -> None:
    if not text:
        return
    contact.birthday = parse_date(text, day_first=day_first)
    no_year = birthday_without_year(text)
    if not contact.birthday and no_year:
        # Google writes "--03-22" when the year is unknown; vCard keeps it the same way
        contact.extra_vcard = "\n".join(filter(None, (contact.extra_vcard, f"BDAY:{no_year}")))
