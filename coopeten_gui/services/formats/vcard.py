# Over 400 lines: one format, read and written; both share its escaping and names.
"""vCard files (2.1, 3.0, 4.0) to ContactData, and ContactData to vCard 4.0 or 3.0.

Reading streams: one card at a time, a broken card gives a RowError and the next one is
read. What Coopeten has no field for is kept in ``ContactData.extra_vcard``, one unfolded
line each, and written back, so an import, an export and a new import give the same data.

Labels are the lower-case TYPE values joined with commas (``work,voice``); ``pref`` and
``internet`` say nothing a person would read and are dropped. An Apple ``itemN.X-ABLabel``
replaces them (``_$!<HomePage>!$_`` → ``homepage``). On export a label made of plain words
goes back to TYPE, any other one to an ``itemN.X-ABLabel`` line, which Apple and Google read.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from typing import cast

from vobject.base import dquoteEscape

from coopeten_gui import __version__
from coopeten_gui.i18n import translate
from coopeten_gui.services.contact_data import (
    MAX_PHOTO_BYTES,
    ContactData,
    Labeled,
    PostalAddress,
)
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.formats.fields import (
    formatted_name,
    has_identity,
    parse_date,
    photo_type_of,
    settle_display_name,
    unique,
    vcard_date,
)
from coopeten_gui.services.formats.textio import MAX_FIELD_CHARS, decode_text
from coopeten_gui.services.formats.vcard_lines import (
    ENCODING_WORDS,
    Card,
    Property,
    content_line,
    escape,
    folded,
    iter_cards,
    parse_property,
    split_escaped,
    unescape,
)

VERSIONS = ("4.0", "3.0")

# Rewritten on every export, so not worth keeping.
_REGENERATED = frozenset({"VERSION", "PRODID", "REV"})
# Coopeten keeps one of each; a second one goes to extra_vcard.
_SINGLE = frozenset({"N", "FN", "ORG", "TITLE", "BDAY", "UID", "PHOTO", "ANNIVERSARY",
                     "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY"})
# vCard 4 has ANNIVERSARY; 3.0 programs each wrote their own name for it
_ANNIVERSARY = frozenset({"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY",
                          "X-MS-ANNIVERSARY"})
_LABELLED = frozenset({"EMAIL", "TEL", "URL", "ADR"})
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_DROPPED_TYPES = frozenset({"pref", "internet"})
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_", re.DOTALL)
_TYPE_TOKEN = re.compile(r"[a-z0-9-]+")
_PHOTO_TYPE = re.compile(r"[A-Za-z0-9.+-]+")
_GROUP = re.compile(r"([A-Za-z0-9_-]+)\.")
_BEGIN = re.compile(r"BEGIN:VCARD", re.IGNORECASE)
_BROKEN_PROPERTY = re.compile(r"[A-Za-z0-9_.-]+[;:]")


def parse_vcards(data: bytes) -> Iterator[tuple[ContactData | None, RowError | None]]:
    """Each card of a vCard file as ``(contact, None)`` or ``(None, error)``.

    The file is checked at once (``FormatError`` if it is empty, binary or holds no vCard);
    the cards are then read one by one as the caller iterates.
    """
    text = decode_text(data)
    if not _BEGIN.search(text):
        raise FormatError(translate(
            "Import", "No vCard was found in the file: it has no BEGIN:VCARD line."))
    return _parse(text)


def _parse(text: str) -> Iterator[tuple[ContactData | None, RowError | None]]:
    for item in iter_cards(text):
        if isinstance(item, RowError):
            yield None, item
            continue
        result = _read_card(item)
        if isinstance(result, RowError):
            yield None, result
        else:
            yield result, None


def _read_card(card: Card) -> ContactData | RowError:
    props = _properties(card)
    too_big = _size_error(card, props)
    if too_big:
        return too_big
    apple_labels, label_lines = _apple_labels(props)
    contact = ContactData()
    notes: list[str] = []
    nicknames: list[str] = []
    extra: list[str] = []
    done: set[str] = set()
    for prop in props:
        if isinstance(prop, str):
            extra.append(prop)
            continue
        if prop.name in _REGENERATED or id(prop) in label_lines:
            continue
        if prop.name in _SINGLE and prop.name in done:
            extra.append(prop.text)
            continue
        label = apple_labels.get(prop.group.lower()) if prop.group else None
        if _apply(contact, prop, label, notes, nicknames):
            done.add(prop.name)
        else:
            extra.append(prop.text)
    contact.notes = "\n".join(notes)
    contact.nickname = ",".join(unique(nicknames))
    contact.tags = unique(contact.tags)
    contact.extra_vcard = "\n".join(extra)
    if not has_identity(contact):
        return RowError(card.line, translate(
            "Import", "The card on line {line} has no name, email or phone.").format(
                line=card.line))
    settle_display_name(contact)
    return contact


def _properties(card: Card) -> list[Property | str]:
    """The card's properties in order; lines inside a nested card stay plain text."""
    props: list[Property | str] = []
    last: int | None = None
    for number, text, nested in card.lines:
        if nested:
            props.append(text)
            continue
        prop = parse_property(number, text)
        if prop is None:
            # Free text is most often the rest of a value whose line break a sloppy writer
            # did not escape: joined to that value rather than lost. A broken property
            # (``NAME;…`` without a colon) is dropped.
            if last is not None and not _BROKEN_PROPERTY.match(text):
                previous = cast(Property, props[last])  # ``last`` is a property's place
                joint = "" if previous.name in _BINARY else "\\n"
                props[last] = parse_property(previous.line, previous.text + joint + text) \
                    or previous
            continue
        last = len(props)
        props.append(prop)
    return props


def _size_error(card: Card, props: list[Property | str]) -> RowError | None:
    for prop in props:
        # a line of a nested card may be its photo: judged by the larger limit
        binary = isinstance(prop, str) or prop.name in _BINARY
        text = prop if isinstance(prop, str) else prop.text
        limit = MAX_PHOTO_BYTES * 4 // 3 + 4096 if binary else MAX_FIELD_CHARS
        if len(text) > limit:
            field = re.split("[;:]", text, maxsplit=1)[0] if isinstance(prop, str) else prop.name
            size = f"{MAX_PHOTO_BYTES // 2**20} MB" if binary else f"{MAX_FIELD_CHARS // 1024} KB"
            return RowError(card.line, translate(
                "Import", "The card on line {line} has a {field} field larger than {size}; "
                "it was skipped.").format(line=card.line, field=field, size=size))
    return None


def _apple_labels(props: list[Property | str]) -> tuple[dict[str, str], set[int]]:
    """Labels given by ``itemN.X-ABLabel`` to the emails, phones, URLs and addresses of
    group itemN, and the ids of the label lines so used (others stay in extra_vcard)."""
    labelled = {p.group.lower() for p in props
                if isinstance(p, Property) and p.group and p.name in _LABELLED}
    by_group: dict[str, str] = {}
    consumed: set[int] = set()
    for prop in props:
        if (isinstance(prop, Property) and prop.name == "X-ABLABEL" and prop.group
                and prop.group.lower() in labelled and prop.group.lower() not in by_group):
            by_group[prop.group.lower()] = _apple_label(prop.value)
            consumed.add(id(prop))
    return by_group, consumed


def _apple_label(value: str) -> str:
    text = unescape(value).strip()
    match = _APPLE_LABEL.fullmatch(text)
    if match:
        text = match.group(1).strip()
    return text.lower()


def _apply(contact: ContactData, prop: Property, apple_label: str | None,
           notes: list[str], nicknames: list[str]) -> bool:
    """Put one property into ``contact``; False when it has no place there."""
    name = prop.name
    if name in _LABELLED:
        label = apple_label if apple_label is not None else ",".join(
            t for t in prop.types() if t not in _DROPPED_TYPES)
        _apply_labelled(contact, prop, label)
        return True
    text = unescape(prop.value).strip()
    if name == "N":
        parts = _components(prop.value, 5)
        (contact.family_name, contact.given_name, contact.middle_name, contact.prefix,
         contact.suffix) = parts
    elif name == "FN":
        contact.display_name = text
    elif name == "NICKNAME":
        if text:
            nicknames.append(text)
    elif name == "ORG":
        parts = [unescape(p) for p in split_escaped(prop.value, ";")]
        departments = parts[1:]
        while departments and not departments[-1].strip():
            departments.pop()
        contact.organization_name = parts[0].strip()
        contact.department = ";".join(departments).strip()
    elif name == "TITLE":
        contact.job_title = text
    elif name == "NOTE":
        if text:
            notes.append(text)
    elif name == "CATEGORIES":
        contact.tags.extend(t for t in (unescape(p).strip()
                                        for p in split_escaped(prop.value, ",")) if t)
    elif name == "UID":
        contact.uid = text
    elif name == "BDAY":
        contact.birthday = parse_date(text)
        return contact.birthday is not None
    elif name in _ANNIVERSARY:
        # a date with a time of day is kept as written rather than cut to its date
        if contact.anniversary is not None or "T" in text.upper():
            return False
        contact.anniversary = parse_date(text)
        return contact.anniversary is not None
    elif name == "PHOTO":
        return _apply_photo(contact, prop)
    else:
        return False
    return True


def _apply_labelled(contact: ContactData, prop: Property, label: str) -> None:
    if prop.name == "ADR":
        address = PostalAddress(label, *_components(prop.value, 7))
        if not address.is_empty():
            contact.addresses.append(address)
        return
    value = unescape(prop.value).strip()
    if prop.name == "TEL" and prop.param("VALUE").lower() == "uri":
        value = _phone_from_uri(value)
    if not value:
        return
    target = {"EMAIL": contact.emails, "TEL": contact.phones, "URL": contact.urls}[prop.name]
    target.append(Labeled(value, label))


def _components(value: str, count: int) -> list[str]:
    parts = [unescape(p).strip() for p in split_escaped(value, ";")]
    return (parts + [""] * count)[:count]


def _phone_from_uri(value: str) -> str:
    # tel:+1-418-656-9254;ext=102 → +1-418-656-9254 ext. 102 (what a person would type)
    if value.lower().startswith("tel:"):
        value = value[4:]
    return re.sub(r";ext=", " ext. ", value, flags=re.IGNORECASE).strip()


def _apply_photo(contact: ContactData, prop: Property) -> bool:
    """An inline photo (base64 or a data: URI); a link to a picture stays in extra_vcard."""
    value = prop.value.strip()
    encodings = {v.upper() for v in prop.params.get("ENCODING", [])}
    encodings.update(s.upper() for s in prop.singletons)
    if value.lower().startswith("data:"):
        header, comma, payload = value[5:].replace("\\,", ",").partition(",")
        if not comma:
            return False
        mime, *flags = header.split(";")
        if "base64" in (f.strip().lower() for f in flags):
            raw = _base64(payload)
        else:
            raw = urllib.parse.unquote_to_bytes(payload)
        declared = mime
    elif encodings & {"B", "BASE64"}:
        raw = _base64(value)
        candidates = prop.params.get("TYPE", []) + prop.params.get("MEDIATYPE", []) + [
            s for s in prop.singletons if s.upper() not in ENCODING_WORDS]
        declared = candidates[0] if candidates else ""
    else:
        return False
    if not raw:
        return False
    contact.photo = raw
    contact.photo_type = photo_type_of(declared, raw)
    return True


def _base64(text: str) -> bytes | None:
    cleaned = re.sub(r"[^A-Za-z0-9+/]", "", text.replace("-", "+").replace("_", "/"))
    if len(cleaned) % 4 == 1:
        # a damaged photo (one character too many or too few): the image's start is kept,
        # which still shows, rather than nothing
        cleaned = cleaned[:-1]
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


# --- writing ---------------------------------------------------------------------------

def write_vcards(contacts: Iterable[ContactData], version: str = "4.0") -> str:
    """The contacts as one vCard file (CRLF line ends, UTF-8 when saved)."""
    return "".join(iter_vcard_texts(contacts, version))


def iter_vcard_texts(contacts: Iterable[ContactData], version: str = "4.0") -> Iterator[str]:
    """One card's text at a time, for writing a large export without holding it all."""
    for contact in contacts:
        yield write_vcard(contact, version)


def write_vcard(contact: ContactData, version: str = "4.0") -> str:
    # Written for speed (an export writes a million of these): the head of the card made
    # once per version, simple lines folded directly (content_line without parameters
    # is exactly that), empty parts not escaped, the common labelled lines inline.
    head = _HEADS.get(version)
    if head is None:
        if version not in VERSIONS:
            raise ValueError(f"vCard version must be one of {VERSIONS}, not {version!r}")
        head = _HEADS[version] = "BEGIN:VCARD\r\n" + content_line("VERSION", version) \
            + content_line("PRODID", f"-//Coopeten//Coopeten {__version__}//EN")
    c = contact
    extra = [line.rstrip("\r") for line in c.extra_vcard.split("\n") if line.strip()] \
        if c.extra_vcard else []
    groups = _GroupNames(extra)
    out = [head]
    if c.uid:
        out.append(folded("UID:" + escape(c.uid)))
    out.append(folded("FN:" + escape(formatted_name(c))))
    out.append(folded("N:" + ";".join([escape(p) if p else "" for p in (
        c.family_name, c.given_name, c.middle_name, c.prefix, c.suffix)])))
    if c.nickname:
        out.append(folded("NICKNAME:" + escape(c.nickname)))
    if c.organization_name or c.department:
        departments = "".join([";" + escape(d) for d in c.department.split(";")]) \
            if c.department else ""
        out.append(folded("ORG:" + escape(c.organization_name) + departments))
    if c.job_title:
        out.append(folded("TITLE:" + escape(c.job_title)))
    for name, items in (("EMAIL", c.emails), ("TEL", c.phones)):
        for item in items:
            label = item.label
            typed = _TYPED_HEADS.get((name, label)) if label else name + ":"
            if typed:
                out.append(folded(typed + escape(item.value)))
            else:
                out.extend(_labelled(name, escape(item.value), label, groups))
    for address in c.addresses:
        value = ";".join([escape(p) if p else "" for p in (
            address.po_box, address.extended, address.street, address.city, address.region,
            address.postal_code, address.country)])
        out.extend(_labelled("ADR", value, address.label, groups))
    for url in c.urls:
        out.extend(_labelled("URL", escape(url.value), url.label, groups))
    if c.birthday:
        out.append(folded("BDAY:" + vcard_date(c.birthday, version)))
    if c.anniversary:
        out.append(content_line("ANNIVERSARY" if version == "4.0" else "X-ANNIVERSARY",
                                vcard_date(c.anniversary, version)))
    if c.notes:
        out.append(folded("NOTE:" + escape(c.notes)))
    if c.tags:
        tags = [escape(t) for t in c.tags if t]
        if tags:
            out.append(folded("CATEGORIES:" + ",".join(tags)))
    if c.photo:
        out.append(_photo_line(c.photo, c.photo_type, version))
    if extra:
        out.extend(folded(line) for line in extra)
    out.append("END:VCARD\r\n")
    return "".join(out)


# "BEGIN:VCARD", VERSION and PRODID, by version
_HEADS: dict[str, str] = {}


def _labelled(name: str, value: str, label: str, groups: _GroupNames) -> list[str]:
    if not label:
        return [content_line(name, value)]
    typed = _TYPED_HEADS.get((name, label))
    if typed is None:
        if len(_TYPED_HEADS) > 1000:
            _TYPED_HEADS.clear()  # labels are the user's text: keep only the common ones
        typed = _TYPED_HEADS[(name, label)] = _typed_head(name, label)
    if typed:
        return [folded(typed + value)]
    # Any other label: Apple's grouped form, read back as it was.
    group = groups.take()
    if _APPLE_LABEL.fullmatch(label):
        label = f"_$!<{label}>!$_"
    return [content_line(name, value, group=group),
            content_line("X-ABLabel", escape(label), group=group)]


# "EMAIL;TYPE=work:" for each name and label seen ("": the label is not a list of
# types): an export has millions of labelled lines and a handful of distinct labels
_TYPED_HEADS: dict[tuple[str, str], str] = {}


def _typed_head(name: str, label: str) -> str:
    tokens = label.split(",")
    if (all(_TYPE_TOKEN.fullmatch(t) for t in tokens) and len(set(tokens)) == len(tokens)
            and not _DROPPED_TYPES.intersection(tokens)):
        # as content_line(name, value, {"TYPE": tokens}) writes it, up to the value
        return f"{name.upper()};TYPE=" + ",".join(dquoteEscape(t) for t in tokens) + ":"
    return ""


def _photo_line(photo: bytes, photo_type: str, version: str) -> str:
    data = base64.b64encode(photo).decode("ascii")
    kind = photo_type if _PHOTO_TYPE.fullmatch(photo_type or "") else ""
    if version == "4.0":
        mime = f"image/{kind.lower()}" if kind else "application/octet-stream"
        return content_line("PHOTO", f"data:{mime};base64,{data}")
    params = {"ENCODING": ["b"]}
    if kind:
        params["TYPE"] = [kind.upper()]
    return content_line("PHOTO", data, params)


class _GroupNames:
    """``item1``, ``item2``… skipping the groups the kept lines already use."""

    def __init__(self, extra: list[str]) -> None:
        self._used = {m.group(1).lower() for m in map(_GROUP.match, extra) if m}
        self._next = 1

    def take(self) -> str:
        while f"item{self._next}" in self._used:
            self._next += 1
        self._used.add(f"item{self._next}")
        return f"item{self._next}"
