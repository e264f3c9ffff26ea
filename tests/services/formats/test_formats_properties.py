"""Property tests: any input gives contacts, RowErrors or a FormatError, and any contact
survives an export followed by an import (vCard 4.0 and 3.0, and CSV)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.csv_export import write_csv
from coopeten_gui.services.formats.csv_formats import parse_csv
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.formats.fields import computed_name, has_identity
from coopeten_gui.services.formats.vcard import parse_vcards, write_vcards
from coopeten_gui.services.formats.vcard_lines import escape

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# --- any input --------------------------------------------------------------------------

VCARD_PIECES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "\r\n", "\n", "\r", " ", "\t",
    "FN:", "N:", "ORG:", "EMAIL;TYPE=work:", "TEL;CELL:", "ADR:", "PHOTO;ENCODING=b:",
    "PHOTO:data:image/png;base64,", "item1.", "X-ABLabel:", "_$!<HomePage>!$_", ";", ":", ",",
    "=", "=C3=91", "=\r\n", "ENCODING=QUOTED-PRINTABLE", "CHARSET=UTF-8", ";CHARSET=bogus",
    '"', "\\", "\\n", "\\,", "BDAY:", "--0203", "1980-03-22", "CATEGORIES:a,b", "AGENT:",
    "iVBORw0KGgo=", "ann@example.com", "Ñ", "\ufeff", "VALUE=uri", "tel:+1", "X-A;a;a;a",
])
CSV_PIECES = st.sampled_from([
    ",", ";", "\t", '"', "\r\n", "\n", "\r", " ::: ", "'", "=", "+34 600", "Name", "Email",
    "First Name", "Last Name", "E-mail 1 - Value", "E-mail 1 - Type", "Given Name",
    "Family Name", "Group Membership", "Connected On", "Notes:", "Nombre", "Correo", "Móvil",
    "Address 1 - Street", "Birthday", "0/0/00", "--03-22", "Display Name", "Business Phone",
    "ann@example.com", "Ñ", "\ufeff", "* myContacts",
])


def check_rows(rows) -> None:
    for contact, error in rows:
        assert (contact is None) != (error is None)
        if contact is not None:
            assert isinstance(contact, ContactData) and has_identity(contact)
        else:
            assert isinstance(error, RowError) and error.message and error.line >= 1


def run_vcard(data: bytes) -> None:
    try:
        rows = parse_vcards(data)
    except FormatError as error:
        assert str(error)
        return
    check_rows(rows)


def run_csv(data: bytes) -> None:
    try:
        _, headers, rows = parse_csv(data)
    except FormatError as error:
        assert str(error)
        return
    assert isinstance(headers, list)
    check_rows(rows)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    run_vcard(data)
    run_csv(data)


@SETTINGS
@given(st.text(max_size=1500))
def test_random_text(text):
    run_vcard(text.encode("utf-8"))
    run_csv(text.encode("utf-8"))
    run_csv(text.encode("utf-16"))


@SETTINGS
@given(st.lists(VCARD_PIECES | st.text(max_size=5), max_size=120))
def test_vcard_like_text(pieces):
    run_vcard("".join(pieces).encode("utf-8"))


@SETTINGS
@given(st.lists(CSV_PIECES | st.text(max_size=5), max_size=120))
def test_csv_like_text(pieces):
    run_csv("".join(pieces).encode("utf-8"))
    run_csv("".join(pieces).encode("cp1252", errors="replace"))


# --- round trips ----------------------------------------------------------------------

# Printable text; values are stored stripped, and never hold Google's " ::: " separator.
_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffd")
_FORMULA_STARTS = st.sampled_from(["", "", "", "=", "+", "-", "@", "'", "'=", "''",
                                   '=HYPERLINK("http://x.example","y")'])


def _text(multiline: bool = False, min_size: int = 0):
    chars = _CHARS | st.just("\n") if multiline else _CHARS
    body = st.text(chars, min_size=min_size, max_size=25)
    return st.tuples(_FORMULA_STARTS, body).map(lambda t: (t[0] + t[1]).strip()).filter(
        lambda s: ":::" not in s and len(s) >= min_size)


_TOKEN = st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True).filter(
    lambda t: t not in ("pref", "internet"))
LABELS = st.one_of(
    st.just(""),
    st.lists(_TOKEN, min_size=1, max_size=3, unique=True).map(",".join),
    _text(min_size=1).map(str.lower).filter(lambda s: s == s.lower().strip() and s),
)
LABELLED = st.builds(Labeled, _text(min_size=1), LABELS)
ADDRESSES = st.builds(PostalAddress, LABELS, *([_text(multiline=True)] * 7)).filter(
    lambda a: not a.is_empty())
# ORG's department: its units are joined by ";", and an empty last unit is dropped
DEPARTMENTS = _text().filter(lambda s: not s.endswith(";"))


def contacts(with_vcard_only_fields: bool):
    photo = st.none()
    extra = st.just("")
    if with_vcard_only_fields:
        photo = st.binary(min_size=1, max_size=300)
        extra = st.lists(
            st.tuples(st.sampled_from(["", "item1.", "item2.", "x."]),
                      st.from_regex(r"X-[A-Z0-9-]{1,10}", fullmatch=True),
                      st.sampled_from(["", ";TYPE=home", ";X-PARAM=\"a,b\""]),
                      _text(multiline=True)),
            max_size=3,
        ).map(lambda lines: "\n".join(f"{g}{n}{p}:{escape(v)}" for g, n, p, v in lines))
    return st.builds(
        ContactData,
        given_name=_text(), family_name=_text(), middle_name=_text(), prefix=_text(),
        suffix=_text(), nickname=_text(), display_name=_text(),
        organization_name=_text(), job_title=_text(), department=DEPARTMENTS,
        emails=st.lists(LABELLED, max_size=3), phones=st.lists(LABELLED, max_size=3),
        urls=st.lists(LABELLED, max_size=2), addresses=st.lists(ADDRESSES, max_size=2),
        birthday=st.none() | st.dates(min_value=date(1, 1, 1)),
        photo=photo, photo_type=st.sampled_from(["jpeg", "png", "gif"]),
        notes=_text(multiline=True),
        tags=st.lists(_text(min_size=1), max_size=4, unique=True),
        uid=_text(), extra_vcard=extra,
    ).filter(has_identity)


def expected_after_import(contact: ContactData, keeps_vcard_only_fields: bool) -> ContactData:
    """What an import gives back: a formatted name that repeats the parts is not kept."""
    expected = dataclasses.replace(contact)
    if expected.display_name == computed_name(expected):
        expected.display_name = ""
    if not keeps_vcard_only_fields or expected.photo is None:
        expected.photo, expected.photo_type = None, ""
    if not keeps_vcard_only_fields:
        expected.extra_vcard = ""
    return expected


@SETTINGS
@given(st.lists(contacts(with_vcard_only_fields=True), min_size=1, max_size=3),
       st.sampled_from(["4.0", "3.0"]))
def test_vcard_round_trip(people, version):
    text = write_vcards(people, version)
    results = list(parse_vcards(text.encode("utf-8")))
    assert [e for _, e in results if e] == []
    assert [c for c, _ in results] == [expected_after_import(p, True) for p in people]


@SETTINGS
@given(st.lists(contacts(with_vcard_only_fields=False), min_size=1, max_size=3),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_csv_round_trip(people, encoding):
    out = io.StringIO(newline="")
    write_csv(people, out)
    layout, _, rows = parse_csv(out.getvalue().encode(encoding))
    results = list(rows)
    assert layout == "coopeten"
    assert [e for _, e in results if e] == []
    assert [c for c, _ in results] == [expected_after_import(p, False) for p in people]
