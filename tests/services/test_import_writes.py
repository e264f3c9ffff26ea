"""New contacts are written many to a statement, and the database ends up holding what
writing them one by one gave: the same ids in the file's order, the same details, tags,
organizations and search index, with merges into stored contacts in between."""

from __future__ import annotations

import sqlite3

import pytest

from coopeten_gui.services import contact_list, contacts, importer
from coopeten_gui.services.bulk import ContactWriter
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats import vcard
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage import database

TABLES = ("contact", "contact_email", "contact_phone", "contact_url", "contact_address",
          "contact_tag", "tag", "organization")


def _people() -> list[ContactData]:
    people = [ContactData(
        given_name=f"Persona{n}", family_name="Núñez", organization_name=f"Empresa {n % 3}",
        emails=[Labeled(f"p{n}@example.org", "work")] if n % 4 else [],
        phones=[Labeled(f"+34 71{n:07d}", "cell"), Labeled(f"91{n:07d}", "work")],
        urls=[Labeled(f"https://p{n}.example.org")] if n % 5 == 0 else [],
        addresses=[PostalAddress("home", street=f"Calle {n}", city="Madrid")]
        if n % 3 == 0 else [],
        tags=[f"grupo {n % 4}", "Feria"]) for n in range(11)]
    # duplicates of the stored contact, to merge (row 4) and to skip (row 8)
    people[3] = ContactData(given_name="Ana", emails=[Labeled("ANA@example.org")],
                            tags=["nueva"], phones=[Labeled("+34 722 000 111")])
    people[7] = ContactData(given_name="Ana", family_name="Sol")
    return people


def _imported(db_file, tmp_path, batch: int, monkeypatch) -> dict[str, list[tuple]]:
    monkeypatch.setattr(importer, "WRITE_BATCH", batch)
    database.open_database(db_file)
    contacts.create(ContactData(given_name="Ana", family_name="Sol",
                                emails=[Labeled("ana@example.org")]))
    path = tmp_path / f"people-{batch}.vcf"
    path.write_text(vcard.write_vcards(_people(), "3.0"), encoding="utf-8")
    plan = importer.preview(path)
    assert [d.row for d in plan.duplicates] == [4, 8]
    result = importer.run_import(path, decisions={4: importer.MERGE})
    assert (result.created, result.merged, result.skipped) == (9, 1, 1)
    assert len(contact_list.search_contacts("nunez", limit=50)) == 9  # the index knows them
    database.close_database()
    conn = sqlite3.connect(db_file)
    try:
        return {table: [_without_times(row, cursor) for row in cursor]
                for table in TABLES
                for cursor in [conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]}
    finally:
        conn.close()


def _without_times(row: tuple, cursor: sqlite3.Cursor) -> tuple:
    """The row without when it was written (the clock moves between two imports)."""
    names = [column[0] for column in cursor.description]
    return tuple(value for name, value in zip(names, row)
                 if name not in ("created_at", "updated_at"))


def test_batches_store_what_one_by_one_stored(tmp_path, monkeypatch):
    one_by_one = _imported(tmp_path / "one.sqlite", tmp_path, 1, monkeypatch)
    for batch in (2, 500):
        assert _imported(tmp_path / f"b{batch}.sqlite", tmp_path, batch,
                         monkeypatch) == one_by_one
    ids = [row[0] for row in one_by_one["contact"]]
    assert ids == list(range(1, 11))


def test_a_writer_holds_its_batch_until_full_or_flushed(db):
    with transaction():
        writer = ContactWriter(batch=3)
        first = [writer.add(ContactData(given_name=f"P{n}", tags=["t"])) for n in range(2)]
        assert contact_list.count() == 0
        third = writer.add(ContactData(given_name="P2", emails=[Labeled("p2@example.org")]))
        assert contact_list.count() == 3
        fourth = writer.add(ContactData(given_name="P3"))
        writer.flush()
        assert contact_list.count() == 4
    assert first + [third, fourth] == [1, 2, 3, 4]
    assert contacts.get(third).emails[0].value == "p2@example.org"
    assert contacts.get(first[0]).tags == ["t"]


@pytest.mark.parametrize("batch", [1, 4])
def test_a_failed_batch_writes_nothing(db, batch):
    contacts.create(ContactData(given_name="Stored"))
    with pytest.raises(RuntimeError), transaction():
        writer = ContactWriter(batch=batch)
        for n in range(6):
            writer.add(ContactData(given_name=f"P{n}"))
        writer.flush()
        raise RuntimeError("the disk filled up")
    assert contact_list.count() == 1


def _temp_store() -> int:
    return database.connection().execute("PRAGMA temp_store").fetchone()[0]


@pytest.mark.parametrize("fails", [False, True])
def test_statement_journals_are_in_memory_during_the_import_only(db, tmp_path, monkeypatch,
                                                                  fails):
    database.connection().execute("PRAGMA temp_store = FILE")
    seen: list[int] = []
    real = ContactWriter.flush

    def flush(self):
        seen.append(_temp_store())
        real(self)
        if fails:
            raise OSError("the disk is gone")

    monkeypatch.setattr(ContactWriter, "flush", flush)
    path = tmp_path / "people.vcf"
    path.write_text(vcard.write_vcards(_people(), "3.0"), encoding="utf-8")
    if fails:
        with pytest.raises(OSError):
            importer.run_import(path)
    else:
        assert importer.run_import(path).created == 11
    assert seen and set(seen) == {2}  # MEMORY
    assert _temp_store() == 1  # FILE, as before
    assert contact_list.count() == (0 if fails else 11)


def test_every_field_is_written_where_the_contact_service_writes_it(db):
    from datetime import date, datetime

    from coopeten_gui.services import events

    introducer = contacts.create(ContactData(given_name="Inés"))
    event = events.create(events.EventData(name="Feria", starts_at=datetime(2025, 5, 1, 10)))
    data = ContactData(
        given_name="Ana", family_name="Sol", middle_name="María", prefix="Dra.",
        suffix="PhD", nickname="Anita", display_name="Ana M. Sol",
        organization_name="Masa Madre", job_title="Panadera", department="Obrador",
        emails=[Labeled("ana@example.org", "work"), Labeled("ana@casa.es", "home")],
        phones=[Labeled("+34 611 222 333", "cell")], urls=[Labeled("https://ana.es", "web")],
        addresses=[PostalAddress("work", "1", "bajo", "Calle Mayor 1", "Madrid", "Madrid",
                                 "28001", "España")],
        birthday=date(1980, 2, 29), anniversary=date(2010, 6, 1), keep_in_touch_weeks=6,
        photo=b"\x89PNG", photo_type="image/png", notes="Pan de centeno",
        tags=["cliente", "feria"], stage="meeting", audience_size=1200,
        met_event_id=event, met_where="En la feria", introduced_by_id=introducer,
        language="es", uid="urn:uuid:1234", extra_vcard="X-FOO:bar")
    by_service = contacts.data_of(contacts.get(contacts.create(data)))
    with transaction():
        writer = ContactWriter(batch=2)
        written = writer.add(data)
        writer.flush()
    by_writer = contacts.data_of(contacts.get(written))
    assert by_writer == by_service
    assert by_writer.met_event_id == event and by_writer.introduced_by_id == introducer


def test_organizations_are_the_first_live_one_of_the_name_or_new_ones_in_file_order(db):
    from coopeten_gui.services import organizations
    from coopeten_gui.services.organizations import OrganizationData

    gone = organizations.create(OrganizationData(name="Horno Viejo"))
    organizations.trash([gone])
    first = organizations.create(OrganizationData(name="Masa Madre"))
    organizations.create(OrganizationData(name="MASA MADRE"))  # the same name, later
    with transaction():
        writer = ContactWriter(batch=10)
        ids = [writer.add(ContactData(given_name=f"P{n}", organization_name=name))
               for n, name in enumerate(["  Café Sol ", "masa madre", "Horno viejo", "",
                                         "Café sol", "Ñu Azul"])]
        writer.flush()
    named = [contacts.get(i).organization_id for i in ids]
    assert named[1] == first
    assert named[0] == named[4] and named[3] is None
    # new ones, numbered in the order the contacts first name them
    assert named[0] < named[2] < named[5] and gone not in named
    assert [organizations.get(named[n]).name for n in (0, 2, 5)] == [
        "Café Sol", "Horno viejo", "Ñu Azul"]


def test_the_import_leaves_its_log_to_be_folded_afterwards(db, tmp_path):
    database.connection().execute("PRAGMA wal_autocheckpoint = 1")  # else folded at once
    importer.fold_log()  # the new file's tables in the file
    path = tmp_path / "people.vcf"
    path.write_text(vcard.write_vcards(_people(), "3.0"), encoding="utf-8")
    assert importer.run_import(path).created == 11

    def in_the_file_alone() -> int:
        alone = tmp_path / "alone.sqlite"
        alone.write_bytes(db.read_bytes())
        conn = sqlite3.connect(alone)
        try:
            return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
        finally:
            conn.close()

    assert in_the_file_alone() == 0
    assert contact_list.count() == 11  # read from the log meanwhile
    importer.fold_log()
    assert in_the_file_alone() == 11
