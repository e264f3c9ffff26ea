"""CSV exports of Google (old and new), Outlook, LinkedIn, a Spanish Windows-1252 file with
semicolons and a UTF-16 tab-separated file, read value by value."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.csv_formats import inspect_csv, parse_csv
from coopeten_gui.services.formats.errors import FormatError, RowError
from coopeten_gui.services.formats.fields import formatted_name

CSV_DIR = Path(__file__).resolve().parents[2] / "data" / "csv"


def parse(name: str, fmt: str = "auto", mapping=None):
    layout, headers, rows = parse_csv((CSV_DIR / name).read_bytes(), fmt, mapping)
    rows = list(rows)
    contacts = [c for c, _ in rows if c]
    errors = [e for _, e in rows if e]
    assert all((c is None) != (e is None) for c, e in rows)
    return layout, headers, contacts, errors


def test_google_old_export():
    layout, headers, contacts, errors = parse("google_old.csv")
    assert layout == "google" and len(headers) == 56
    maria, john = contacts
    assert (maria.given_name, maria.family_name) == ("María José", "García López")
    assert maria.display_name == ""                 # "Name" only repeats the parts
    assert formatted_name(maria) == "María José García López"
    assert maria.birthday == date(1985, 7, 14)
    assert maria.notes == ("Conocida en el Foro de Emprendedores.\n"
                           "Interesada en una alianza de temporada.")
    assert maria.emails == [Labeled("mj.garcia@floristeriaflora.es", "work"),
                            Labeled("info@floristeriaflora.es", "work"),
                            Labeled("mariajo85@gmail.com", "home")]
    assert maria.phones == [Labeled("+34 612 345 678", "mobile"),
                            Labeled("+34 915 551 234", "work")]
    assert maria.addresses == [PostalAddress(
        "work", extended="2º B", street="Calle Mayor 12", city="Madrid", region="Madrid",
        postal_code="28013", country="España")]
    assert (maria.organization_name, maria.job_title, maria.department) == (
        "Floristería Flora", "Gerente", "Ventas")
    assert maria.urls == [Labeled("https://floristeriaflora.es", "work")]
    assert maria.tags == ["Clientes", "starred"]    # Google's "* myContacts" is dropped

    assert (john.given_name, john.family_name, john.organization_name, john.job_title) == (
        "John", "Smith", "Smith Bikes", "Founder")
    assert john.emails == [Labeled("john.smith@example.com", "other")]
    assert john.birthday is None and john.extra_vcard == "BDAY:--0322"
    assert john.tags == []
    assert errors == [RowError(4, "Row 4 has no name, email or phone.")]


def test_google_new_export():
    layout, headers, contacts, errors = parse("google_new.csv")
    assert layout == "google" and len(headers) == 36 and errors == []
    carlos, ana = contacts
    assert (carlos.given_name, carlos.family_name, carlos.nickname) == ("Carlos", "Ruiz",
                                                                        "Charly")
    assert (carlos.organization_name, carlos.job_title) == ("Panadería Ruiz",
                                                            "Maestro panadero")
    assert carlos.birthday == date(1979, 11, 2)
    assert carlos.notes == "Proveedor de pan para los eventos."
    assert carlos.tags == ["Proveedores"]
    assert carlos.emails == [Labeled("carlos@panaderiaruiz.es", "work")]
    assert carlos.phones == [Labeled("+34 600 111 222", "mobile"),
                             Labeled("+34 600 333 444", "mobile"),
                             Labeled("+34 910 000 001", "work fax")]
    assert carlos.addresses == [PostalAddress(
        "home", street="Av. de la Constitución 5", city="Sevilla", region="Andalucía",
        postal_code="41001", country="España")]
    assert carlos.urls == [Labeled("https://panaderiaruiz.es/blog", "blog")]
    assert carlos.extra_vcard == "PHOTO;VALUE=uri:https://lh3.googleusercontent.com/contacts/AbC123xyz"

    assert (ana.prefix, ana.given_name, ana.middle_name, ana.family_name) == (
        "Dra.", "Ana", "Lucía", "Torres")
    assert ana.emails == [Labeled("ana.torres@clinica.example", "")]
    # only the one-line address was filled in
    assert ana.addresses == [PostalAddress("work", street="Plaza Nueva 3, Bilbao")]
    assert ana.tags == []


def test_outlook_export():
    layout, headers, contacts, errors = parse("outlook.csv")
    assert layout == "outlook" and len(headers) == 92 and errors == []
    bob, sarah = contacts
    assert (bob.prefix, bob.given_name, bob.family_name, bob.suffix) == ("Mr.", "Robert",
                                                                         "Johnson", "Jr.")
    assert (bob.organization_name, bob.department, bob.job_title) == (
        "Johnson & Sons Plumbing", "Field Services", "Owner")
    assert bob.addresses == [PostalAddress(
        "work", street="450 Elm Street\nSuite 200", city="Springfield", region="IL",
        postal_code="62701", country="United States of America")]
    assert bob.phones == [Labeled("(217) 555-0142", "work"), Labeled("(217) 555-0199", "cell"),
                          Labeled("(217) 555-0143", "work,fax")]
    assert bob.birthday == date(1970, 4, 23)        # month first, as Outlook writes it
    assert bob.tags == ["Partners", "Plumbing"]
    assert bob.emails == [Labeled("bob@johnsonplumbing.example"), Labeled("bobj@home.example")]
    assert bob.notes == ("Met at the Chamber of Commerce mixer.\n"
                         'Wants to co-host a "fix it yourself" workshop.')
    assert bob.urls == [Labeled("www.johnsonplumbing.example", "work")]

    assert (sarah.given_name, sarah.family_name) == ("Sarah", "O'Neil")
    assert sarah.birthday is None                   # Outlook's "0/0/00"
    assert sarah.addresses == [PostalAddress(
        "home", street="12 Oak Lane", city="Portland", region="OR", postal_code="97201",
        country="United States of America")]
    assert sarah.phones == [Labeled("503-555-0110", "home")]
    assert sarah.emails == [Labeled("sarah.oneil@example.org")]


def test_linkedin_connections_with_notes_preamble():
    layout, headers, contacts, errors = parse("linkedin_connections.csv")
    assert layout == "linkedin" and errors == []
    assert headers == ["First Name", "Last Name", "URL", "Email Address", "Company",
                       "Position", "Connected On"]
    lucia, peter = contacts
    assert (lucia.given_name, lucia.family_name, lucia.organization_name, lucia.job_title) == (
        "Lucía", "Fernández", "Coworking Nexo", "Community Manager")
    assert lucia.emails == []
    assert lucia.urls == [Labeled("https://www.linkedin.com/in/luciafernandez", "linkedin")]
    assert lucia.notes == "LinkedIn connection since 12 Mar 2024."
    assert peter.emails == [Labeled("peter.muller@example.de")]
    assert peter.organization_name == "Müller, Schmidt & Partner"


def test_spanish_generic_csv_in_windows_1252_with_semicolons():
    layout, headers, contacts, errors = parse("generico_es_cp1252.csv")
    assert layout == "csv"
    assert headers[4] == "Correo electrónico" and headers[9] == "Código postal"
    begona, inigo, tomas = contacts
    assert (begona.given_name, begona.family_name) == ("Begoña", "Ibáñez Muñoz")
    assert (begona.organization_name, begona.job_title) == ("Cafetería La Esquina, S.L.",
                                                            "Propietaria")
    assert begona.emails == [Labeled("begona@laesquina.es")]
    assert begona.phones == [Labeled("91 555 12 34"), Labeled("+34 655 123 456", "cell")]
    assert begona.addresses == [PostalAddress(street="C/ Alcalá, 120", city="Madrid",
                                              postal_code="28009", country="España")]
    assert begona.urls == [Labeled("www.laesquina.es")]
    assert begona.notes == "Quiere colaborar en la feria; tiene terraza."
    assert begona.tags == ["clientes", "hostelería"]
    assert begona.birthday == date(1975, 2, 7)       # day first
    assert (inigo.given_name, inigo.family_name, inigo.tags) == ("Íñigo", "Zubizarreta",
                                                                 ["proveedores"])
    assert inigo.addresses == [PostalAddress(city="Donostia")]
    # a short row: the missing cells are empty
    assert (tomas.given_name, tomas.family_name, tomas.organization_name) == (
        "Tomás", "Peña", "Peña Consultores")
    assert errors == [
        RowError(4, "Row 4 has no name, email or phone."),
        RowError(5, "Row 5 has 17 cells but the header has 15; it was skipped."),
    ]


def test_utf16_tab_separated_outlook_export():
    layout, headers, contacts, errors = parse("outlook_utf16.txt")
    assert layout == "outlook" and errors == []
    assert headers[0] == "First Name" and len(headers) == 7
    assert [(c.given_name, c.family_name, c.organization_name) for c in contacts] == [
        ("Jürgen", "Klinsmann", "Fußball GmbH"),
        ("Zoë", "Łukasiewicz", "Kraków Café"),
        ("Ōtani", "翔平", "大谷商事"),
    ]
    assert contacts[0].phones == [Labeled("+49 151 2345678", "cell")]
    assert contacts[0].tags == ["VIP"]
    assert contacts[1].phones == [Labeled("+48 12 345 67 89", "work"),
                                  Labeled("+48 601 234 567", "cell")]


def test_a_mapping_chosen_by_hand():
    data = b"Persona;Mail;Notas internas\nAna Ruiz;ana@example.com;vip\n"
    layout, headers = inspect_csv(data)
    assert (layout, headers) == ("csv", ["Persona", "Mail", "Notas internas"])
    _, _, rows = parse_csv(data, "csv", {0: "display_name", 1: "email:work", 2: "tags"})
    [(contact, error)] = list(rows)
    assert error is None
    assert contact == ContactData(display_name="Ana Ruiz",
                                  emails=[Labeled("ana@example.com", "work")], tags=["vip"])


def test_no_recognised_column_asks_for_a_mapping():
    data = b"Foo,Bar\n1,2\n"
    with pytest.raises(FormatError, match="No column of this file was recognised"):
        parse_csv(data)
    assert inspect_csv(data) == ("csv", ["Foo", "Bar"])


def test_a_forced_format_must_match_the_columns():
    with pytest.raises(FormatError, match="does not have the columns of an export from Outlook"):
        parse_csv((CSV_DIR / "google_new.csv").read_bytes(), "outlook")
    # forcing the generic reader on a known export maps what it can
    layout, _, contacts, _ = parse("linkedin_connections.csv", "csv")
    assert layout == "csv"
    assert contacts[1].emails == [Labeled("peter.muller@example.de")]
    assert contacts[1].urls == [Labeled("https://www.linkedin.com/in/petermuller")]
