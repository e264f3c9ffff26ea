"""Bytes of an imported file into text: encodings, binary junk, CSV delimiters, field sizes."""

from __future__ import annotations

import codecs
import csv
import unicodedata

from coopeten_gui.i18n import translate
from coopeten_gui.services.formats.errors import FormatError

# Longest text field accepted (characters); a photo has its own, larger limit.
MAX_FIELD_CHARS = 100 * 1024
DELIMITERS = ",;\t"

# Longest checks look at the start only: enough to judge, cheap on a 100 MB file.
_SAMPLE = 64 * 1024
_UTF16_PROBE = 4096


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error  # registered for decoding only
    # The five bytes Windows-1252 leaves undefined become the Latin-1 characters of the same
    # number, so a legacy file always decodes and no byte is lost.
    bad = error.object[error.start:error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("coopeten-latin1", _latin1_fallback)


def decode_text(data: bytes) -> str:
    """The text of ``data``: UTF-8 (BOM or not), UTF-16/32 with a BOM, BOM-less UTF-16 or
    Windows-1252 (line by line where UTF-8 fails). Raises ``FormatError`` for an empty file
    or one that is not text."""
    if not data:
        raise FormatError(translate("Import", "The file is empty."))
    text = _decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise FormatError(translate("Import", "The file is empty."))
    if "\x00" in text or not _looks_like_text(text[:_SAMPLE]):
        raise FormatError(translate(
            "Import", "The file holds binary data, not text: it is not a contact list."))
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif b"\x00" in data:
        utf16 = _bomless_utf16(data[:_UTF16_PROBE])
        if utf16 is None:
            raise FormatError(translate(
                "Import", "The file holds binary data, not text: it is not a contact list."))
        return _strict(data, utf16)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Line by line: a UTF-8 file with one stray Windows-1252 line (two exports pasted
        # together) keeps its other accents right.
        return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_legacy(line)


def decode_legacy(data: bytes) -> str:
    """Windows-1252, the usual encoding of files that are not UTF-8; never fails."""
    return data.decode("cp1252", errors="coopeten-latin1")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise FormatError(translate(
            "Import", "The file says it is {encoding} text but is damaged.").format(
                encoding=encoding.upper().replace("-SIG", ""))) from None


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the zero bytes sit on one side, as in ASCII-heavy UTF-16."""
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _looks_like_text(sample: str) -> bool:
    if not sample:
        return True
    controls = sum(1 for c in sample
                   if c not in "\t\n\r\f" and unicodedata.category(c) in ("Cc", "Cs"))
    replaced = sample.count("\ufffd")
    # a few odd characters in a short file are a typo, not a sign of binary data
    return (controls + replaced) <= max(4, len(sample) * 0.02)


def too_long(value: str) -> bool:
    return len(value) > MAX_FIELD_CHARS


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: ``csv.Sniffer`` on the first lines, checked against the
    header line (which rarely holds a delimiter inside a value)."""
    sample = text[:_SAMPLE]
    header = _first_line(sample)
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and (counts[sniffed] or not any(counts.values())):
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def _count_outside_quotes(line: str, char: str) -> int:
    count = 0
    quoted = False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            count += 1
    return count
