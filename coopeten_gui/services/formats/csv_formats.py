"""CSV contact files: recognising the layout, then reading rows one at a time.

Known layouts are Google Contacts (old and new export), Outlook, LinkedIn's
``Connections.csv`` and Coopeten's own export; anything else is read through a column
mapping, guessed from the headers or chosen by the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from coopeten_gui.i18n import translate
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.formats import csv_known, csv_records
from coopeten_gui.services.formats.csv_export import HEADER, own_contact, write_csv
from coopeten_gui.services.formats.csv_mapping import (
    contact_from_mapping,
    guess_mapping,
    is_target,
    target_title,
)
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.formats.fields import has_identity, settle_display_name
from coopeten_gui.services.formats.textio import (
    MAX_FIELD_CHARS,
    decode_text,
    sniff_delimiter,
    too_long,
)

__all__ = ["FORMATS", "guess_mapping", "inspect_csv", "parse_csv", "target_title",
           "write_csv"]

FORMATS = ("google", "outlook", "linkedin", "coopeten", "csv")
Rows = Iterator[tuple[ContactData | None, RowError | None]]

_READERS = {"google": csv_known.google_contact, "outlook": csv_known.outlook_contact,
            "linkedin": csv_known.linkedin_contact, "coopeten": own_contact}
_LINKEDIN_HEADER = re.compile(r'^\s*"?first name"?\s*[,;\t]', re.IGNORECASE)
# The sample csv.Sniffer sees: its quote search is quadratic in the sample's length.
_SNIFF_CHARS = 8 * 1024
_SNIFF_LINES = 20


class _Table:
    """The text after any preamble, its delimiter and header."""

    def __init__(self, text: str) -> None:
        self.text, self.skipped = _skip_preamble(text)
        self.delimiter = sniff_delimiter(_sample(self.text))
        self.reader = csv_records.records(self.text, self.delimiter)
        self.headers: list[str] = []
        self.rows_read = 0
        for record in self.reader:
            self.rows_read += 1
            if record.cells and any(cell.strip() for cell in record.cells):
                self.headers = [cell.strip() for cell in record.cells]
                break
        if not self.headers:
            raise FormatError(translate("Import", "The CSV file has no header line."))
        if any(too_long(h) for h in self.headers):
            raise FormatError(translate(
                "Import", "The first line of the file is not a header: it holds a value larger "
                "than {size} KB.").format(size=MAX_FIELD_CHARS // 1024))

    def detect(self) -> str:
        if tuple(self.headers) == HEADER:
            return "coopeten"
        return csv_known.detect(self.headers)


def inspect_csv(data: bytes) -> tuple[str, list[str]]:
    """The detected layout and the headers, for choosing a column mapping by hand."""
    table = _Table(decode_text(data))
    return table.detect(), table.headers


def detect_csv_text(text: str) -> str:
    return _Table(text).detect()


def parse_csv(data: bytes, fmt: str = "auto",
              mapping: dict[int, str] | None = None) -> tuple[str, list[str], Rows]:
    """``(layout, headers, rows)``; rows yield ``(contact, None)`` or ``(None, error)`` as the
    caller iterates.

    ``fmt`` is ``auto`` or one of ``FORMATS``; ``mapping`` (``{column: target}``, see
    ``csv_mapping``) applies to the ``csv`` layout and defaults to ``guess_mapping``.
    Raises ``FormatError`` for a file that is not a readable CSV, a forced layout whose
    columns are missing, or a generic file where no column is recognised.
    """
    if fmt != "auto" and fmt not in FORMATS:
        raise ValueError(f"unknown CSV format {fmt!r}")
    table = _Table(decode_text(data))
    detected = table.detect()
    layout = detected if fmt == "auto" else fmt
    if layout != "csv" and detected != layout:
        raise FormatError(translate(
            "Import", "This file does not have the columns of an export from {layout}.").format(
                layout=_layout_name(layout)))
    if layout == "csv":
        mapping = guess_mapping(table.headers) if mapping is None else dict(mapping)
        mapping = {i: t for i, t in mapping.items() if is_target(t)}
        if not mapping:
            raise FormatError(translate(
                "Import", "No column of this file was recognised: choose which column holds "
                "names, emails or phones."))
        return layout, table.headers, _rows(table, lambda cells, _row: contact_from_mapping(
            cells, mapping))
    reader = _READERS[layout]
    keys = [h.lower() for h in table.headers]
    return layout, table.headers, _rows(table, lambda _cells, row: reader(row or {}), keys)


def _layout_name(layout: str) -> str:
    return {"google": "Google Contacts", "outlook": "Outlook", "linkedin": "LinkedIn",
            "coopeten": "Coopeten"}.get(layout, layout)


def _rows(table: _Table, build: Callable[[list[str], dict[str, str] | None], ContactData],
          keys: list[str] | None = None) -> Rows:
    width = len(table.headers)
    # rows as a spreadsheet numbers them: header and blank lines included
    row_number = table.rows_read + table.skipped
    for record in table.reader:
        row_number += 1
        if record.cells is None:
            line = record.line + table.skipped
            yield None, RowError(row_number, translate(
                "Import", "Row {row} (line {line} of the file) opens a quote that is never "
                "closed; that line was skipped and the next one read as a new row.").format(
                    row=row_number, line=line))
            continue
        if record.too_big:
            yield None, RowError(row_number, _too_big(row_number))
            continue
        cells = record.cells
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            yield None, RowError(row_number, translate(
                "Import", "Row {row} has {cells} cells but the header has {columns}; it was "
                "skipped.").format(row=row_number, cells=len(cells), columns=width))
            continue
        if any(too_long(cell) for cell in cells):
            yield None, RowError(row_number, _too_big(row_number))
            continue
        # a short row: Excel drops trailing empty cells, so missing cells are empty
        cells = cells[:width] + [""] * (width - len(cells))
        row: dict[str, str] | None = None
        if keys is not None:
            row = {}
            for key, cell in zip(keys, cells, strict=True):
                if not row.get(key):
                    row[key] = cell
        contact = build(cells, row)
        if not has_identity(contact):
            yield None, RowError(row_number, translate(
                "Import", "Row {row} has no name, email or phone.").format(row=row_number))
            continue
        settle_display_name(contact)
        yield contact, None


def _too_big(row: int) -> str:
    return translate("Import", "Row {row} has a value larger than {size} KB; it was "
                     "skipped.").format(row=row, size=MAX_FIELD_CHARS // 1024)


def _skip_preamble(text: str) -> tuple[str, int]:
    """LinkedIn's ``Connections.csv`` starts with a few lines of notes before its header."""
    if not text.lstrip().lower().startswith("notes:"):
        return text, 0
    position = 0
    for number, line in enumerate(text[:_SNIFF_CHARS * 8].splitlines(keepends=True)[:50]):
        if _LINKEDIN_HEADER.match(line):
            return text[position:], number
        position += len(line)
    return text, 0


def _sample(text: str) -> str:
    lines = text[:_SNIFF_CHARS].splitlines(keepends=True)
    return "".join(lines[:_SNIFF_LINES])
