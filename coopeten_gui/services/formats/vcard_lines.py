"""vCard text at the level of lines: cards, unfolding, quoted-printable, escapes, folding.

vobject parses parameters and quotes them on output. Its whole-file reader is not used: its
line pattern backtracks exponentially on a malformed line (``X;a;a;a…`` without a colon
hangs it), it raises ``UnicodeDecodeError`` on a bad quoted-printable byte even with
``ignoreUnreadable``, it cuts text values at an unescaped comma (Gmail's ``FN:Doe, John``)
and it keeps properties in a dict, losing their order. Splitting a line here is linear,
and each card is read on its own, so a broken card cannot stop the file.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vobject.base import dquoteEscape, parseParams

from coopeten_gui.i18n import translate
from coopeten_gui.services.formats.errors import RowError
from coopeten_gui.services.formats.textio import decode_legacy

# A card (all its lines) above this size is refused without being kept in memory.
MAX_CARD_CHARS = 24 * 1024 * 1024

_PHYSICAL_LINE = re.compile(r"([^\r\n]*)(\r*\n|\r|\Z)")
_NAME = re.compile(r"(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_NEWLINES = re.compile(r"\r\n|\r|\n")
# vCard 2.1 bare parameters that say how the value is encoded, not what it is
ENCODING_WORDS = frozenset({"BASE64", "B", "QUOTED-PRINTABLE", "8BIT", "7BIT"})


@dataclass
class Property:
    """One content line, split but not yet decoded."""

    group: str
    name: str                      # upper-case
    params: dict[str, list[str]]   # upper-case names, values as written
    singletons: list[str]          # vCard 2.1 bare parameters (``TEL;WORK;FAX``)
    value: str                     # still backslash-escaped; quoted-printable already undone
    text: str                      # the whole line, to keep it verbatim
    line: int

    def types(self) -> list[str]:
        """TYPE values and bare parameters, lower-case, each one once."""
        found = []
        for value in self.params.get("TYPE", []):
            found.extend(value.split(","))
        found.extend(s for s in self.singletons if s.upper() not in ENCODING_WORDS)
        return list(dict.fromkeys(t.strip().lower() for t in found if t.strip()))

    def param(self, name: str) -> str:
        values = self.params.get(name, [])
        return values[0] if values else ""


@dataclass
class Card:
    line: int
    # (line number, logical line, inside a nested vCard such as a 2.1 AGENT)
    lines: list[tuple[int, str, bool]] = field(default_factory=list)


def iter_cards(text: str) -> Iterator[Card | RowError]:
    """Each ``BEGIN:VCARD``…``END:VCARD`` block in order, or a RowError for a block that is
    cut short, too big, or for text found between cards."""
    card: Card | None = None
    depth = 0
    size = 0
    junk: tuple[int, int] | None = None   # first and last line outside any card
    previous = ""                         # the card's line before this one
    for number, line in logical_lines(text):
        key = line.strip().upper()
        if card is not None and key == "BEGIN:VCARD" and not _opens_nested_card(previous):
            # a card starts while the last one is still open: that one lost its
            # END:VCARD; it is skipped, and reading goes on with the new card
            yield RowError(card.line, translate(
                "Import", "The card that starts on line {line} has no END:VCARD before the "
                "next card on line {next}; it was skipped.").format(line=card.line,
                                                                    next=number))
            card = None
        previous = line
        if card is None:
            if key == "BEGIN:VCARD":
                if junk:
                    yield _junk_error(*junk)
                    junk = None
                card, depth, size = Card(number), 1, 0
            else:
                junk = (junk[0] if junk else number, number)
            continue
        if key == "BEGIN:VCARD":
            depth += 1
        elif key == "END:VCARD":
            depth -= 1
            if depth == 0:
                if size > MAX_CARD_CHARS:
                    yield RowError(card.line, translate(
                        "Import", "The card on line {line} is larger than {size} MB and was "
                        "skipped.").format(line=card.line, size=MAX_CARD_CHARS // 2**20))
                else:
                    yield card
                card = None
                continue
        size += len(line)
        if size <= MAX_CARD_CHARS:
            card.lines.append((number, line, depth > 1))
    if card is not None:
        yield RowError(card.line, translate(
            "Import", "The card that starts on line {line} is incomplete: the file ends "
            "before its END:VCARD.").format(line=card.line))
    if junk:
        yield _junk_error(*junk)


def _opens_nested_card(line: str) -> bool:
    """A vCard 2.1 ``AGENT:`` line with no value: the card that follows is its value."""
    name, _, value = line.partition(":")
    name = name.split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
    return name == "AGENT" and not value.strip()


def _junk_error(first: int, last: int) -> RowError:
    if first == last:
        message = translate("Import", "Line {line} is not part of any vCard and was skipped.")
        return RowError(first, message.format(line=first))
    message = translate("Import", "Lines {first} to {last} are not part of any vCard and "
                        "were skipped.")
    return RowError(first, message.format(first=first, last=last))


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on.

    A line starting with a space or tab continues the previous one (the space is removed);
    a vCard 2.1 quoted-printable value ending in ``=`` continues on the next line as it is;
    an empty line ends both (2.1 writers end base64 and some QP blocks with one).
    """
    parts: list[str] = []
    start = 0
    soft_break = False
    quoted_printable = False
    number = 0
    for match in _PHYSICAL_LINE.finditer(text):
        line = match.group(1)
        if not match.group(0):
            break
        number += 1
        if not line:
            if parts:
                yield start, "".join(parts)
            parts, soft_break = [], False
            continue
        if parts and soft_break:
            parts[-1] = parts[-1][:-1]
            parts.append(line)
        elif parts and line[0] in " \t":
            parts.append(line[1:])
        elif not line.strip():
            continue
        else:
            if parts:
                yield start, "".join(parts)
            parts, start = [line], number
            head = line.split(":", 1)[0].upper()
            quoted_printable = "QUOTED-PRINTABLE" in head
        soft_break = quoted_printable and line.endswith("=")
    if parts:
        yield start, "".join(parts)


def parse_property(number: int, text: str) -> Property | None:
    """The parts of a content line, or None when it is not one (no ``NAME:`` start)."""
    colon = _value_colon(text)
    if colon < 0:
        return None
    head, value = text[:colon], text[colon + 1:]
    name_part, semicolon, params_text = head.partition(";")
    match = _NAME.fullmatch(name_part)
    if not match:
        return None
    params: dict[str, list[str]] = {}
    singletons: list[str] = []
    entries = parseParams(semicolon + params_text)
    for entry in entries:
        if len(entry) == 1:
            singletons.append(entry[0])
        else:
            params.setdefault(entry[0].upper(), []).extend(entry[1:])
    prop = Property(match.group(1) or "", match.group(2).upper(), params, singletons, value,
                    text, number)
    if _is_quoted_printable(prop):
        _decode_quoted_printable(prop, entries)
    return prop


def _value_colon(text: str) -> int:
    """Index of the colon that starts the value: the first one outside a quoted parameter."""
    quoted = False
    in_params = False
    for index, char in enumerate(text):
        if char == ":" and not quoted:
            return index
        if char == ";":
            in_params = True
        elif char == '"' and in_params:
            quoted = not quoted
    return text.find(":")


def _is_quoted_printable(prop: Property) -> bool:
    encodings = [v.upper() for v in prop.params.get("ENCODING", [])]
    return "QUOTED-PRINTABLE" in encodings or any(
        s.upper() == "QUOTED-PRINTABLE" for s in prop.singletons)


def _decode_quoted_printable(prop: Property, entries: list[list[str]]) -> None:
    """Turn a 2.1 quoted-printable line into a plain one, as a 3.0 writer would have put it:
    bytes decoded with their CHARSET, line breaks escaped as ``\\n``."""
    raw = binascii.a2b_qp(prop.value.encode("utf-8"))
    text = _decode_charset(raw, prop.param("CHARSET"))
    # 2.1 escapes only ";" (inside N, ADR…); any other backslash is a plain character.
    text = re.sub(r"\\(?!;)", r"\\\\", text)
    prop.value = _NEWLINES.sub(r"\\n", text)
    kept = [e for e in entries if e[0].upper() not in ("ENCODING", "CHARSET", "QUOTED-PRINTABLE")]
    prop.params.pop("ENCODING", None)
    prop.params.pop("CHARSET", None)
    prop.singletons = [s for s in prop.singletons if s.upper() != "QUOTED-PRINTABLE"]
    params_text = "".join(";" + _param_text(e) for e in kept)
    group = prop.group + "." if prop.group else ""
    prop.text = f"{group}{prop.name}{params_text}:{prop.value}"


def _param_text(entry: list[str]) -> str:
    if len(entry) == 1:
        return entry[0]
    return entry[0] + "=" + ",".join(dquoteEscape(v) for v in entry[1:])


def _decode_charset(raw: bytes, charset: str) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return raw.decode(encoding)
            except (UnicodeDecodeError, LookupError, ValueError):
                # LookupError: an unknown charset, or no text encoding at all ("base64")
                pass
    try:
        attempt = raw.decode(charset or "utf-8", errors="replace")
    except (LookupError, ValueError):
        attempt = ""
    if any(ord(c) > 127 and c != "\ufffd" for c in attempt):
        # mostly right: a stray byte (Android cuts some values mid-character) becomes U+FFFD
        return attempt
    # nothing decoded as declared: a legacy 8-bit value under a wrong label
    return decode_legacy(raw)


def unescape(value: str) -> str:
    """``\\n`` → line break; ``\\,`` ``\\;`` ``\\\\`` (and Gmail's ``\\:`` ``\\"``) → the
    character; any other backslash stays as it is."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(_unescape_one, value)


def _unescape_one(match: re.Match[str]) -> str:
    char = match.group(1)
    if char in "nN":
        return "\n"
    if char in "\\,;:\"":
        return char
    return match.group(0)


def split_escaped(value: str, separator: str) -> list[str]:
    """``value`` cut at each ``separator`` that is not backslash-escaped (parts still escaped)."""
    if separator not in value:
        return [value]
    parts = []
    current = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current.append(char)
            current.append(next(chars, ""))
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def escape(value: str) -> str:
    # str.replace only: a re.sub template costs twice as much once PySide6 is loaded
    # (its import hook runs at every template expansion), and an export escapes millions
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    value = value.replace(",", "\\,").replace(";", "\\;")
    if "\r" in value:
        # \r\n, then a lone \r, each one newline, as _NEWLINES reads them
        value = value.replace("\r\n", "\\n").replace("\r", "\\n")
    if "\n" in value:
        value = value.replace("\n", "\\n")
    return value


def content_line(name: str, value: str, params: dict[str, list[str]] | None = None,
                 group: str | None = None) -> str:
    """One folded, CRLF-terminated line with an already escaped value; parameter values are
    quoted by vobject's rule. (Built here: vobject's ContentLine and serialiser cost five
    times as much, and an export of 50,000 contacts would take 18 s instead of 4 s.)"""
    if not params and not group:
        return folded(f"{name.upper()}:{value}")  # most lines of an export
    head = f"{group}.{name.upper()}" if group else name.upper()
    params = params or {}
    for key in sorted(params):
        head += f";{key}=" + ",".join(dquoteEscape(v) for v in params[key])
    return folded(f"{head}:{value}")


def folded(text: str) -> str:
    """A line folded at 75 octets (never inside a UTF-8 character) and CRLF-terminated.

    Not vobject's ``foldOneLine``: it measures short lines in characters, so a line of 40
    accented letters (80 octets) would stay unfolded.
    """
    if len(text) <= 75 and text.isascii():
        return text + "\r\n"  # most lines: nothing to fold
    if text.isascii():
        # base64 photos: slicing is ~50 times faster than a character loop
        chunks = [text[:75]] + [text[i:i + 74] for i in range(75, len(text), 74)]
        return "\r\n ".join(chunks) + "\r\n"
    if len(text.encode("utf-8")) <= 75:
        return text + "\r\n"
    out = []
    size = 0
    for char in text:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append("\r\n ")
            size = 1
        out.append(char)
        size += width
    out.append("\r\n")
    return "".join(out)
