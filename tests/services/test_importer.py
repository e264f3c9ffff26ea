"""Importing contacts end to end: real exports in, preview, decisions, one transaction,
export and re-import losing nothing, and bad files leaving the database untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopeten_gui.services import contact_list, contacts, exporter, importer, json_export, stats
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.storage import database

DATA = Path(__file__).resolve().parents[1] / "data"
VCARDS = sorted((DATA / "vcard").glob("*.vcf"))
CSVS = sorted(p for p in (DATA / "csv").iterdir() if p.suffix in (".csv", ".txt"))


def stored() -> list[ContactData]:
    """Every live contact's data, as the exporter sees it, in a stable order."""
    rows = list(exporter.contact_data(contact_list.contact_ids()))
    for row in rows:
        row.tags = sorted(row.tags)
    return sorted(rows, key=lambda c: (c.display_name, [e.value for e in c.emails]))


def snapshot(tmp_path: Path) -> dict:
    out = tmp_path / "snapshot.json"
    json_export.export_json(out)
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    out.unlink()
    return tables


@pytest.mark.parametrize("path", VCARDS, ids=lambda p: p.name)
def test_every_real_vcard_imports_and_survives_export_and_reimport(path, tmp_path):
    first = tmp_path / "first.sqlite"
    database.open_database(first)
    plan = importer.preview(path)
    assert plan.errors == [] and plan.duplicates == [] and plan.new >= 1
    result = importer.run_import(path, decisions={})
    assert result.created == plan.new and result.errors == []
    imported = stored()
    for version in ("vcard", "vcard3"):
        out = tmp_path / f"again-{version}.vcf"
        assert exporter.export(version, out) == len(imported)
        second = tmp_path / f"second-{version}.sqlite"
        database.open_database(second)
        assert importer.run_import(out).created == len(imported)
        assert stored() == imported
        database.open_database(first)
    database.close_database()


def test_iphone_export_keeps_every_detail(db):
    importer.run_import(DATA / "vcard" / "John_Doe_IPHONE.vcf")
    (john,) = stored()
    assert john.given_name == "John" and john.family_name == "Doe"
    assert {e.value for e in john.emails} >= {"john.doe@ibm.com"}
    assert len(john.phones) >= 2 and john.organization_name
    assert john.photo  # the folded base64 photo came through


@pytest.mark.parametrize("path", CSVS, ids=lambda p: p.name)
def test_address_book_csv_exports_import(path, db):
    plan = importer.preview(path)
    assert plan.new >= 1
    result = importer.run_import(path)
    assert result.created == plan.new
    assert contact_list.count() == plan.new
    assert all(c.display_name for c in stored())


def test_preview_finds_duplicates_and_decisions_apply_per_row(demo_db, tmp_path):
    maria = contact_list.search_contacts("María Núñez")[0]
    card = tmp_path / "two.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:María N.\r\nN:N.;María;;;\r\n"
        "EMAIL;TYPE=work:MARIA@masamadre.es\r\nTEL;TYPE=cell:+34 699 999 999\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nuevo Contacto\r\nN:Contacto;Nuevo;;;\r\n"
        "EMAIL:nuevo@example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Baker\r\nN:Baker;Tom;;;\r\nEND:VCARD\r\n",
        encoding="utf-8")
    plan = importer.preview(card)
    assert plan.new == 1
    assert [(d.row, d.existing_id) for d in plan.duplicates][0] == (1, maria.id)
    assert "email" in plan.duplicates[0].reason
    assert plan.duplicates[1].reason == "same name"
    before = contact_list.count()
    result = importer.run_import(card, decisions={1: importer.MERGE, 3: importer.SKIP})
    assert (result.created, result.merged, result.skipped) == (1, 1, 1)
    assert contact_list.count() == before + 1
    merged = contacts.get(maria.id)
    assert "+34 699 999 999" in [p.value for p in merged.phones]
    assert merged.display_name == "María Núñez"  # what was there is kept


def test_dry_run_and_cancel_write_nothing(demo_db, tmp_path):
    before = snapshot(tmp_path)
    path = DATA / "vcard" / "gmail-list.vcf"
    result = importer.run_import(path, dry_run=True)
    assert result.created >= 1
    assert snapshot(tmp_path) == before
    big = tmp_path / "big.vcf"
    big.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nN:P{i};;;;\r\nEND:VCARD\r\n"
        for i in range(1000)), encoding="utf-8")
    with pytest.raises(importer.Cancelled):
        importer.run_import(big, progress=lambda done: done < 600)
    assert snapshot(tmp_path) == before


BAD_INPUTS = {
    "empty.vcf": b"",
    "garbage.vcf": bytes(range(256)) * 40,
    "nul.csv": b"First Name,Last Name\r\nAna\x00,Sol\x00\r\n" * 3,
    "truncated.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half",
    "ragged.csv": b"First Name,Last Name,E-mail Address\r\nAna\r\nBea,Sol,bea@x.es,extra,more\r\n",
    "huge-field.csv": b"First Name,Notes\r\nAna," + b"x" * 200_000 + b"\r\n",
    "latin1.vcf": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xe9 N\xfa\xf1ez\r\nEND:VCARD\r\n".encode(
        "latin-1"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_malformed_files_give_a_clear_message_and_leave_the_database_untouched(
        name, demo_db, tmp_path):
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    before = snapshot(tmp_path)
    counts = dict(stats.counts())
    try:
        plan = importer.preview(path)
    except importer.ImportRefused as exc:
        assert str(exc)  # one sentence for the user
        assert snapshot(tmp_path) == before
        return
    # readable enough to preview: problems are listed per row, never raised
    for error in plan.errors:
        assert error.message
    importer.run_import(path, dry_run=True)
    assert snapshot(tmp_path) == before and dict(stats.counts()) == counts


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash_the_import(db, tmp_path, data):
    for suffix in (".vcf", ".csv"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(data)
        try:
            importer.run_import(path)
        except importer.ImportRefused as exc:
            assert str(exc)
    assert database.integrity_errors() == []


def test_import_of_trusted_files_keeps_odd_emails(db, tmp_path):
    card = tmp_path / "odd.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Odd\r\nEMAIL:not-quite-an-email\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    importer.run_import(card)
    (odd,) = stored()
    assert odd.emails == [Labeled("not-quite-an-email", "")]
