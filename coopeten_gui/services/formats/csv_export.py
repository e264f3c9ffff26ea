"""Coopeten's own CSV: one contact a row, written safe for spreadsheets and read back whole.

Several values of one kind share a cell, joined by `` ::: `` as Google does, with their labels
in a parallel column. A cell that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) gets a leading apostrophe. So that the apostrophe
can always be taken off again, a cell that already starts with one gets a second: reading our
own file (known by its exact header) removes exactly one from every cell starting with it,
and ``+34 600 123 456`` or a note that really starts with ``'=`` come back unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from itertools import zip_longest
from typing import TextIO

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.fields import formatted_name, parse_date, unique

SEPARATOR = " ::: "
_ADDRESS_COLUMNS = (("Address Labels", "label"), ("PO Boxes", "po_box"),
                    ("Extended Addresses", "extended"), ("Streets", "street"),
                    ("Cities", "city"), ("Regions", "region"),
                    ("Postal Codes", "postal_code"), ("Countries", "country"))
HEADER = ("Display Name", "Prefix", "Given Name", "Middle Name", "Family Name", "Suffix",
          "Nickname", "Organization", "Department", "Job Title", "Emails", "Email Labels",
          "Phones", "Phone Labels", "URLs", "URL Labels",
          *(column for column, _ in _ADDRESS_COLUMNS), "Birthday", "Notes", "Tags", "UID")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# what ``guard`` looks at, as one set: "" (an empty cell) is not in it
_GUARDED_FIRST = frozenset(_FORMULA_STARTS + ("'",))


def guard(cell: str) -> str:
    """The cell as written: a leading apostrophe if a spreadsheet could take it for a formula,
    or if it starts with an apostrophe already (so ``unguard`` is its exact inverse)."""
    if cell.startswith(_FORMULA_STARTS + ("'",)):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def write_csv(contacts: Iterable[ContactData], stream: TextIO) -> int:
    """Write the header and one row per contact; the number of contacts written.

    Open the file with ``newline=""`` (the csv module writes CRLF itself) and, for Excel,
    ``encoding="utf-8-sig"``.
    """
    writer = csv.writer(stream)
    writer.writerow(HEADER)
    count = 0
    guarded = _GUARDED_FIRST
    for contact in contacts:
        # guard() inline: an export guards tens of millions of cells
        writer.writerow([("'" + cell) if cell[:1] in guarded else cell
                         for cell in _cells(contact)])
        count += 1
    return count


def _cells(c: ContactData) -> list[str]:
    cells = [formatted_name(c), c.prefix, c.given_name, c.middle_name, c.family_name, c.suffix,
             c.nickname, c.organization_name, c.department, c.job_title]
    for items in (c.emails, c.phones, c.urls):
        if not items:
            cells += ("", "")
        elif len(items) == 1:
            cells += (items[0].value, items[0].label)
        else:
            cells.append(SEPARATOR.join([i.value for i in items]))
            cells.append(SEPARATOR.join([i.label for i in items]))
    if c.addresses:
        for _, part in _ADDRESS_COLUMNS:
            cells.append(SEPARATOR.join([getattr(a, part) for a in c.addresses]))
    else:
        cells += _NO_ADDRESS
    cells += (c.birthday.isoformat() if c.birthday else "", c.notes,
              SEPARATOR.join(c.tags), c.uid)
    return cells


_NO_ADDRESS = ("",) * len(_ADDRESS_COLUMNS)


def own_contact(row: dict[str, str]) -> ContactData:
    """A row of our own export (header names as keys, cells not yet unguarded)."""
    raw = {name: unguard(row.get(name.lower(), "")) for name in HEADER}
    cell = {name: value.strip() for name, value in raw.items()}

    def several(column: str) -> list[str]:
        # split before stripping: "work ::: " is two labels, the second empty
        return [v.strip() for v in raw[column].split(SEPARATOR)] if cell[column] else []

    c = ContactData(
        display_name=cell["Display Name"], prefix=cell["Prefix"],
        given_name=cell["Given Name"], middle_name=cell["Middle Name"],
        family_name=cell["Family Name"], suffix=cell["Suffix"], nickname=cell["Nickname"],
        organization_name=cell["Organization"], department=cell["Department"],
        job_title=cell["Job Title"], notes=cell["Notes"], uid=cell["UID"],
        birthday=parse_date(cell["Birthday"]),
        tags=unique(t for t in several("Tags") if t),
    )
    for values, labels, target in (("Emails", "Email Labels", c.emails),
                                   ("Phones", "Phone Labels", c.phones),
                                   ("URLs", "URL Labels", c.urls)):
        pairs = zip_longest(several(values), several(labels), fillvalue="")
        target += [Labeled(value, label) for value, label in pairs if value]
    columns = [several(column) for column, _ in _ADDRESS_COLUMNS]
    for parts in zip_longest(*columns, fillvalue=""):
        address = PostalAddress(*parts)
        if not address.is_empty():
            c.addresses.append(address)
    return c
