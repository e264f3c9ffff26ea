"""How vCard properties map to ContactData and back: encodings, labels, photos, extras."""

from __future__ import annotations

import base64
import time
import types
from datetime import date

import pytest

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.errors import RowError
from coopeten_gui.services.formats.vcard import parse_vcards, write_vcards

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/zQ5W3QAAAABJRU5ErkJggg==")


def card(*lines: str, version: str = "3.0") -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"
            ).encode("utf-8")


def one(data: bytes) -> ContactData:
    [(contact, error)] = list(parse_vcards(data))
    assert error is None, error
    return contact


def round_trip(contact: ContactData, version: str) -> ContactData:
    return one(write_vcards([contact], version).encode("utf-8"))


def test_vcard_21_quoted_printable_with_soft_breaks_and_charsets():
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Mu=F1oz;Jos=E9\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:L=C3=ADnea 1=0D=0AL=C3=ADnea=\r\n"
        " 2, con coma; y punto y coma=\r\n"
        "=3D fin\r\n"
        "TITLE;QUOTED-PRINTABLE:Jefa de I+D=0D=0A(C:\\proyectos)\r\n"
        "TEL;CELL:+34 600 000 000\r\n"
        "END:VCARD\r\n"
    ).encode("ascii")
    contact = one(data)
    assert (contact.family_name, contact.given_name) == ("Muñoz", "José")
    # the soft break keeps the next line's leading space: it is content, not folding
    assert contact.notes == "Línea 1\nLínea 2, con coma; y punto y coma= fin"
    assert contact.job_title == "Jefa de I+D\n(C:\\proyectos)"
    assert contact.phones == [Labeled("+34 600 000 000", "cell")]
    assert round_trip(contact, "4.0") == contact


def test_qp_with_an_unknown_charset_or_bad_bytes_does_not_fail():
    contact = one(card("FN;CHARSET=x-unknown;ENCODING=QUOTED-PRINTABLE:Ca=C3=B1a",
                       "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:ok=FF=FEend",
                       "ORG;CHARSET=base64;ENCODING=QUOTED-PRINTABLE:Caf=E9"))
    assert contact.display_name == "Caña"
    assert contact.notes == "okÿþend"          # not UTF-8: read as Windows-1252
    assert contact.organization_name == "Café"


def test_escapes_and_unescaped_commas():
    contact = one(card("FN:Doe, John",
                       "NOTE:a\\,b\\;c\\\\d\\ne\\Nf \\x stays",
                       "N:O\\;Brien;Ann;;;"))
    assert contact.display_name == "Doe, John"
    assert contact.notes == "a,b;c\\d\ne\nf \\x stays"
    assert contact.family_name == "O;Brien"
    again = round_trip(contact, "3.0")
    assert again == contact


def test_types_become_labels_pref_and_internet_dropped():
    contact = one(card(
        "FN:Ann",
        "EMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=pref:ann@work.example",
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
        "TEL;TYPE=CELL,VOICE:600",
        "TEL:700",
        "URL;type=HOME:https://ann.example",
        version="4.0"))
    assert contact.emails == [Labeled("ann@work.example", "work")]
    assert contact.phones == [Labeled("+1-418-656-9254 ext. 102", "work,voice"),
                              Labeled("600", "cell,voice"), Labeled("700", "")]
    assert contact.urls == [Labeled("https://ann.example", "home")]


def test_apple_groups_and_custom_labels():
    contact = one(card(
        "FN:Ann",
        "item1.EMAIL;type=INTERNET:ann@example.com",
        "item1.X-ABLabel:Oficina Madrid",
        "item2.URL:https://ann.example",
        "item2.X-ABLabel:_$!<HomePage>!$_",
        "item3.ADR;type=HOME:;;Gran Vía 1;Madrid;;28013;Spain",
        "item3.X-ABLabel:casa de verano",
        "item4.X-ABDATE:2001-02-03",
        "item4.X-ABLabel:_$!<Anniversary>!$_"))
    assert contact.emails == [Labeled("ann@example.com", "oficina madrid")]
    assert contact.urls == [Labeled("https://ann.example", "homepage")]
    assert contact.addresses == [PostalAddress("casa de verano", street="Gran Vía 1",
                                               city="Madrid", postal_code="28013",
                                               country="Spain")]
    # a label on a property Coopeten has no field for stays with it
    assert contact.extra_vcard == ("item4.X-ABDATE:2001-02-03\n"
                                   "item4.X-ABLabel:_$!<Anniversary>!$_")
    for version in ("4.0", "3.0"):
        assert round_trip(contact, version) == contact


def test_export_writes_plain_labels_as_type_and_others_as_apple_groups():
    contact = ContactData(
        given_name="Ann",
        emails=[Labeled("a@example.com", "work"), Labeled("b@example.com", "oficina madrid")],
        phones=[Labeled("600", "cell,voice"), Labeled("700", "pref,work"),
                Labeled("800", "_$!<weird>!$_")],
        extra_vcard="item1.X-ABDATE:2001-02-03\nitem1.X-ABLabel:_$!<Anniversary>!$_")
    text = write_vcards([contact])
    assert "EMAIL;TYPE=work:a@example.com\r\n" in text
    assert "TEL;TYPE=cell,voice:600\r\n" in text
    # item1 is taken by a kept line, so new groups start at item2
    assert "item2.EMAIL:b@example.com\r\nitem2.X-ABLABEL:oficina madrid\r\n" in text
    assert "item3.TEL:700\r\nitem3.X-ABLABEL:pref\\,work\r\n" in text
    assert round_trip(contact, "4.0") == contact


def test_photos_base64_and_data_uri():
    b64 = base64.b64encode(PNG).decode()
    v3 = one(card("FN:Ann", f"PHOTO;ENCODING=b;TYPE=PNG:{b64[:30]}", f" {b64[30:]}"))
    v4 = one(card("FN:Ann", f"PHOTO:data:image/png;base64,{b64}", version="4.0"))
    v21 = one(card("FN:Ann", f"PHOTO;ENCODING=BASE64;PNG:{b64}", "", version="2.1"))
    untyped = one(card("FN:Ann", f"PHOTO;ENCODING=b:{b64}"))
    for contact in (v3, v4, v21, untyped):
        assert contact.photo == PNG and contact.photo_type == "png"
    text4 = write_vcards([v3], "4.0")
    assert "PHOTO:data:image/png;base64,iVBORw0KGgo" in text4
    text3 = write_vcards([v3], "3.0")
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo" in text3
    assert one(text4.encode()) == v3 == one(text3.encode())


def test_a_linked_photo_is_kept_as_it_is():
    contact = one(card("FN:Ann", "PHOTO;VALUE=uri:https://example.com/ann.jpg"))
    assert contact.photo is None
    assert contact.extra_vcard == "PHOTO;VALUE=uri:https://example.com/ann.jpg"
    assert round_trip(contact, "4.0") == contact


def test_birthdays():
    assert one(card("FN:A", "BDAY:19850415")).birthday == date(1985, 4, 15)
    assert one(card("FN:A", "BDAY;VALUE=date:1985-04-15T00:00:00Z")).birthday == date(1985, 4,
                                                                                        15)
    partial = one(card("FN:A", "BDAY:--0415"))
    assert partial.birthday is None and partial.extra_vcard == "BDAY:--0415"
    bad = one(card("FN:A", "BDAY:1985-13-45"))
    assert bad.birthday is None and bad.extra_vcard == "BDAY:1985-13-45"
    assert "BDAY:19850415\r\n" in write_vcards([ContactData("A", birthday=date(1985, 4, 15))])
    assert "BDAY:1985-04-15\r\n" in write_vcards([ContactData("A", birthday=date(1985, 4, 15))],
                                                 "3.0")


def test_org_categories_nickname_and_repeated_properties():
    contact = one(card("FN:Ann", "FN:Ann Again", "ORG:ACME\\, Inc.;R&D;Lab 2",
                       "ORG:Second Org", "CATEGORIES:vip,cliente\\, fiel", "CATEGORIES:vip,nuevo",
                       "NICKNAME:Annie", "NICKNAME:Nan", "NOTE:one", "NOTE:two"))
    assert contact.display_name == "Ann"
    assert (contact.organization_name, contact.department) == ("ACME, Inc.", "R&D;Lab 2")
    assert contact.tags == ["vip", "cliente, fiel", "nuevo"]
    assert contact.nickname == "Annie,Nan"
    assert contact.notes == "one\ntwo"
    assert contact.extra_vcard == "FN:Ann Again\nORG:Second Org"
    assert round_trip(contact, "3.0") == contact
    assert "ORG:ACME\\, Inc.;R&D;Lab 2\r\n" in write_vcards([contact])


def test_fn_is_computed_when_missing_and_kept_only_when_it_says_more():
    plain = one(card("N:Pérez;Juan;;;", "FN:Juan Pérez"))
    assert plain.display_name == ""                 # the parts say the same
    styled = one(card("N:Pérez;Juan;;;", "FN:Juanito Pérez"))
    assert styled.display_name == "Juanito Pérez"
    only_mail = one(card("EMAIL:x@example.com"))
    text = write_vcards([only_mail])
    assert "FN:x@example.com\r\nN:;;;;\r\n" in text
    assert one(text.encode()) == only_mail


def test_unfolding_crlf_lf_cr_and_cr_cr_lf():
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "NOTE:abc", " def", "\tghi", "END:VCARD"]
    for ending in ("\r\n", "\n", "\r", "\r\r\n"):
        contact = one(ending.join(lines).encode())
        assert contact.notes == "abcdefghi", repr(ending)


def test_a_value_with_an_unescaped_line_break_is_joined_not_lost():
    contact = one(card("FN:Ann", "NOTE:first line", "second line without colon",
                       "EMAIL:ann@example.com"))
    assert contact.notes == "first line\nsecond line without colon"
    assert contact.emails == [Labeled("ann@example.com")]


def test_nested_agent_card_is_kept_verbatim():
    contact = one(card("FN:Boss", "AGENT:", "BEGIN:VCARD", "VERSION:2.1", "FN:Assistant",
                       "END:VCARD", "TEL:600", version="2.1"))
    assert contact.display_name == "Boss"
    assert contact.phones == [Labeled("600")]
    assert contact.extra_vcard == "AGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD"
    assert round_trip(contact, "4.0") == contact


def test_lower_case_keywords_and_groups_are_read():
    contact = one(b"begin:vcard\nversion:3.0\nfn:Ann\nItem1.email;type=work:a@example.com\n"
                  b"end:vcard\n")
    assert contact.emails == [Labeled("a@example.com", "work")]


def test_a_broken_card_does_not_stop_the_file():
    data = card("FN:First") + card("NOTE:nobody") + b"garbage between\r\n" + card("FN:Last")
    results = list(parse_vcards(data))
    assert [c.display_name if c else None for c, _ in results] == ["First", None, None, "Last"]
    errors = [e for _, e in results if e]
    assert errors == [RowError(5, "The card on line 5 has no name, email or phone."),
                      RowError(9, "Line 9 is not part of any vCard and was skipped.")]


def test_parse_vcards_is_lazy():
    data = b"".join(card(f"FN:Person {n}") for n in range(3000))
    rows = parse_vcards(data)
    assert isinstance(rows, types.GeneratorType)
    first, error = next(rows)
    assert first.display_name == "Person 0" and error is None
    assert sum(1 for _ in rows) == 2999


def test_malformed_parameters_do_not_hang():
    # vobject's line pattern takes minutes on this line; the splitter here is linear
    start = time.perf_counter()
    contact = one(card("FN:Ann", "X-JUNK" + ";a" * 60, "X-QUOTE;A=\"" + ",b" * 60 + ":value",
                       "EMAIL;TYPE=" + "w," * 60 + "\":a@example.com"))
    assert time.perf_counter() - start < 2
    assert contact.display_name == "Ann"


@pytest.mark.parametrize("version", ["2.1", "5.0", ""])
def test_only_versions_4_and_3_are_written(version):
    with pytest.raises(ValueError):
        write_vcards([ContactData("A")], version)
