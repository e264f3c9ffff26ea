"""Telling formats apart: file kinds, CSV layouts, encodings, delimiters, header names."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from coopeten_gui.services.formats import detect_format
from coopeten_gui.services.formats.csv_mapping import guess_mapping, target_title
from coopeten_gui.services.formats.errors import FormatError
from coopeten_gui.services.formats.textio import decode_text, sniff_delimiter

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(("name", "expected"), [
    ("vcard/John_Doe_IPHONE.vcf", "vcard"), ("vcard/rfc6350-example.vcf", "vcard"),
    ("csv/google_old.csv", "google"), ("csv/google_new.csv", "google"),
    ("csv/outlook.csv", "outlook"), ("csv/outlook_utf16.txt", "outlook"),
    ("csv/linkedin_connections.csv", "linkedin"), ("csv/generico_es_cp1252.csv", "csv"),
])
def test_detect_format_of_the_samples(name, expected):
    path = DATA / name
    assert detect_format(path.name, path.read_bytes()) == expected
    # by content alone, whatever the file is called
    assert detect_format("contacts.txt", path.read_bytes()) == expected


def test_detect_format_edge_cases():
    assert detect_format("x.VCF", b"") == "vcard"          # the name decides; reading fails later
    assert detect_format("x.csv", b"\r\n  begin:vcard\r\nFN:a\r\nend:vcard") == "vcard"
    with pytest.raises(FormatError):
        detect_format("x.csv", b"")
    with pytest.raises(FormatError):
        detect_format("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom",
                                      "utf-16-le-nobom", "utf-32", "cp1252"])
def test_decode_text(encoding):
    text = "Nombre;Teléfono\nÍñigo Muñoz;+34 600\n"
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    elif encoding == "utf-16-le-nobom":
        data = text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    assert decode_text(data) == text


@pytest.mark.parametrize(("text", "delimiter"), [
    ("Name,Email\nAnn,a@example.com\n", ","),
    ("Nombre;Empresa\nAna;Flores, S.L.\nLuis;Pan, Vino y Más\n", ";"),
    ("First Name\tLast Name\nAnn\tLee\n", "\t"),
    ('"Name, full";Email\n"Lee, Ann";a@example.com\n', ";"),
    ("Name\n", ","),                                  # nothing to go by: a comma
    ("Name;Email\n", ";"),                            # only a header
])
def test_sniff_delimiter(text, delimiter):
    assert sniff_delimiter(text) == delimiter


def test_guess_mapping_english_and_spanish_headers():
    headers = ["Nombre", "APELLIDOS", "Empresa", "Correo electrónico", "E-mail 2", "Teléfono",
               "Móvil", "Celular", "Cargo", "Puesto", "Notas", "Etiquetas", "Dirección",
               "Ciudad", "Código Postal", "País", "Sitio web", "Web", "Fecha de nacimiento",
               "Provincia", "Misterio", "Full Name", "Job Title", "Mobile Phone", "Zip"]
    assert guess_mapping(headers) == {
        0: "given_name", 1: "family_name", 2: "organization_name", 3: "email", 4: "email",
        5: "phone", 6: "phone:cell", 7: "phone:cell", 8: "job_title", 9: "job_title",
        10: "notes", 11: "tags", 12: "street", 13: "city", 14: "postal_code", 15: "country",
        16: "url", 17: "url", 18: "birthday", 19: "region", 21: "display_name",
        22: "job_title", 23: "phone:cell", 24: "postal_code",
    }


def test_target_titles_are_readable():
    assert target_title("phone:cell") == "Phone (cell)"
    assert target_title("organization_name") == "Organization"
