"""Contact file formats (vCard, CSV): bytes in, ContactData out, and back; no database."""

from __future__ import annotations

import re
from pathlib import PurePath

from coopeten_gui.services.formats.csv_formats import detect_csv_text
from coopeten_gui.services.formats.textio import decode_text

_VCARD_START = re.compile(r"\s*BEGIN:VCARD", re.IGNORECASE)


def detect_format(filename: str, data: bytes) -> str:
    """``vcard`` for a .vcf/.vcard name or text starting with BEGIN:VCARD, otherwise the CSV
    layout: ``google``, ``outlook``, ``linkedin``, ``coopeten`` or ``csv``.

    Raises ``FormatError`` when the content is empty or not text.
    """
    if PurePath(filename).suffix.lower() in (".vcf", ".vcard"):
        return "vcard"
    text = decode_text(data)
    if _VCARD_START.match(text):
        return "vcard"
    return detect_csv_text(text)
