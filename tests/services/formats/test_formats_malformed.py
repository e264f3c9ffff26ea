"""Broken input gives a FormatError (whole file) or RowErrors (some records), never a crash."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from coopeten_gui.services.formats import csv_formats, vcard, vcard_lines
from coopeten_gui.services.formats.csv_formats import parse_csv
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.formats.vcard import parse_vcards

VCARDS = Path(__file__).resolve().parents[2] / "data" / "vcard"
BIG = "x" * (200 * 1024)


def vcard_results(data: bytes):
    results = list(parse_vcards(data))
    for contact, error in results:
        assert (contact is None) != (error is None)
    return [c for c, _ in results if c], [e for _, e in results if e]


def csv_results(data: bytes, fmt: str = "auto"):
    _, _, rows = parse_csv(data, fmt)
    results = list(rows)
    return [c for c, _ in results if c], [e for _, e in results if e]


@pytest.mark.parametrize("parse", [parse_vcards, parse_csv], ids=["vcard", "csv"])
@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", "\ufeff".encode("utf-8"),
                                  b"\xff\xfe", b"\xef\xbb\xbf\r\n"],
                         ids=["empty", "blank", "bom-only", "utf16-bom-only", "bom-newline"])
def test_empty_files(parse, data):
    with pytest.raises(FormatError, match="The file is empty"):
        parse(data)


@pytest.mark.parametrize("parse", [parse_vcards, parse_csv], ids=["vcard", "csv"])
def test_binary_garbage(parse):
    garbage = random.Random(7).randbytes(4000)
    with pytest.raises(FormatError, match="binary data"):
        parse(garbage)
    png = (VCARDS.parent.parent / "data" / "vcard" / "John_Doe_IPHONE.vcf").read_bytes()
    with pytest.raises(FormatError, match="binary data"):
        # a JPEG's bytes, decoded from the iPhone fixture's photo
        parse(next(iter(parse_vcards(png)))[0].photo)


@pytest.mark.parametrize("parse", [parse_vcards, parse_csv], ids=["vcard", "csv"])
def test_nul_bytes_in_a_text_file(parse):
    data = b"BEGIN:VCARD\r\nFN:Ann\x00\x00\x00\r\nEND:VCARD\r\nName,Email\r\n"
    with pytest.raises(FormatError, match="binary data"):
        parse(data)


def test_damaged_utf16():
    with pytest.raises(FormatError, match="UTF-16 text but is damaged"):
        parse_csv("\ufeffName,Email\n".encode("utf-16-le") + b"\x00")
    with pytest.raises(FormatError, match="UTF-16 text but is damaged"):
        parse_vcards(b"\xff\xfe" + "BEGIN:VCARD".encode("utf-16-le") + b"\x00\xd8A\x00")


def test_not_a_vcard():
    with pytest.raises(FormatError, match="No vCard was found"):
        parse_vcards(b"Name,Email\nAnn,ann@example.com\n")


def test_truncated_vcard_gives_an_error_for_the_last_card():
    text = (VCARDS / "John_Doe_ANDROID.vcf").read_bytes()
    cut = text[: text.index(b"PHOTO;ENCODING=BASE64") + 300]
    contacts, errors = vcard_results(cut)
    assert len(contacts) == 4
    assert errors == [RowError(36, "The card that starts on line 36 is incomplete: the file "
                                   "ends before its END:VCARD.")]
    # cut inside a quoted-printable soft line break
    contacts, errors = vcard_results(text[: text.index(b"=C3=91=\r\n=20") + 8])
    assert len(contacts) == 3 and len(errors) == 1 and "line 18 is incomplete" in errors[0].message


def test_wrong_or_missing_encodings_do_not_crash():
    latin1 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Muñoz\r\nEND:VCARD\r\n".encode("cp1252")
    [contact], [] = vcard_results(latin1)
    assert contact.display_name == "José Muñoz"
    # Shift-JIS read as Windows-1252: wrong letters, but a contact and no exception
    sjis = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:山田太郎\r\nEND:VCARD\r\n".encode("shift_jis")
    [contact], [] = vcard_results(sjis)
    assert contact.display_name
    contacts, errors = csv_results("Nombre;Correo\nJosé;jose@example.com\n".encode("cp1252"))
    assert contacts[0].given_name == "José" and errors == []
    # two exports pasted together: the UTF-8 one keeps its accents
    mixed = ("BEGIN:VCARD\r\nFN:Iñaki\r\nEND:VCARD\r\n".encode()
             + "BEGIN:VCARD\r\nFN:Begoña\r\nEND:VCARD\r\n".encode("cp1252"))
    assert [c.display_name for c in vcard_results(mixed)[0]] == ["Iñaki", "Begoña"]
    # the same after a UTF-8 byte order mark
    contacts, _ = csv_results("\ufeffName,Email\nIñaki,i@example.com\n".encode()
                              + b"Bego\xf1a,b@example.com\n")
    assert [c.display_name for c in contacts] == ["Iñaki", "Begoña"]
    # old Mac line ends (CR only)
    contacts, _ = csv_results(b"Name,Email\rAnn,a@example.com\rBob,b@example.com\r")
    assert [c.display_name for c in contacts] == ["Ann", "Bob"]
    # bytes Windows-1252 leaves undefined still decode (as their Latin-1 code points)
    contacts, _ = csv_results(b"Name,Email\nA\x81B,a@example.com\n")
    assert contacts[0].display_name == "A\x81B"


def test_ragged_csv_rows():
    data = (b"First Name,Last Name,E-mail Address,Mobile Phone\n"
            b"Ann,Lee\n"                                   # short: tolerated
            b"Bob,Ray,bob@example.com,600,,,\n"            # extra empty cells: tolerated
            b"Cid,Sol,cid@example.com,700,surprise\n"      # extra values: misaligned, skipped
            b"\n"                                          # blank: ignored
            b"Dee\n")
    contacts, errors = csv_results(data)
    assert [c.given_name for c in contacts] == ["Ann", "Bob", "Dee"]
    assert errors == [RowError(4, "Row 4 has 5 cells but the header has 4; it was skipped.")]


@pytest.mark.parametrize("size", [110 * 1024, 200 * 1024], ids=["110KB", "200KB"])
def test_a_huge_csv_field_is_a_row_error(size):
    data = (f"Name,Email,Notes\nAnn,ann@example.com,{'x' * size}\n"
            "Bob,bob@example.com,short\n").encode()
    contacts, errors = csv_results(data)
    assert [c.display_name for c in contacts] == ["Bob"]
    assert errors == [RowError(2, "Row 2 has a value larger than 100 KB; it was skipped.")]


def test_a_huge_vcard_field_is_a_row_error():
    data = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nNOTE:{BIG}\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEND:VCARD\r\n").encode()
    contacts, errors = vcard_results(data)
    assert [c.display_name for c in contacts] == ["Bob"]
    assert errors == [RowError(1, "The card on line 1 has a NOTE field larger than 100 KB; it "
                                  "was skipped.")]


def test_a_200kb_photo_is_fine_but_a_photo_over_the_limit_is_not(monkeypatch):
    photo = "/9j/" + "A" * (200 * 1024)
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nPHOTO;ENCODING=b:{photo}\r\nEND:VCARD\r\n"
    [contact], [] = vcard_results(data.encode())
    assert contact.photo_type == "jpeg"
    monkeypatch.setattr(vcard, "MAX_PHOTO_BYTES", 64 * 1024)
    [], [error] = vcard_results(data.encode())
    assert error.message == ("The card on line 1 has a PHOTO field larger than 0 MB; it was "
                             "skipped.")


def test_a_card_without_end_that_would_fill_memory_is_refused(monkeypatch):
    monkeypatch.setattr(vcard_lines, "MAX_CARD_CHARS", 1000)
    data = ("BEGIN:VCARD\r\nFN:Ann\r\n" + "NOTE:xxxxxxxxxx\r\n" * 200 + "END:VCARD\r\n"
            "BEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n").encode()
    contacts, errors = vcard_results(data)
    assert [c.display_name for c in contacts] == ["Bob"]
    assert "larger than 0 MB" in errors[0].message


def test_csv_with_only_a_header_or_nothing_useful():
    assert csv_results(b"Name,Email\n") == ([], [])
    with pytest.raises(FormatError, match="no header line"):
        parse_csv(b"\n\n,,,\n")
    with pytest.raises(ValueError):
        parse_csv(b"Name\nAnn\n", "excel")


def test_an_unterminated_quote_costs_its_own_line_only():
    data = b'Name,Email\n"Ann,ann@example.com\nBob,bob@example.com\n'
    contacts, errors = csv_results(data)
    assert [c.display_name for c in contacts] == ["Bob"]
    assert [e.line for e in errors] == [2]


def test_sniffer_sample_is_bounded(monkeypatch):
    # csv.Sniffer's quote search is quadratic: only a small sample may reach it
    seen = []
    original = csv_formats.sniff_delimiter
    monkeypatch.setattr(csv_formats, "sniff_delimiter",
                        lambda sample: seen.append(len(sample)) or original(sample))
    parse_csv(("Name,Email\n" + ',"' * 200_000 + "\n").encode())
    assert seen and max(seen) <= 8 * 1024
