"""Rows are matched against the stored contacts a batch at a time: every duplicate is
found whichever batch it falls in, with its row number, the contact it repeats and why,
rows in error keep their place, and only contacts stored before the import count."""

from __future__ import annotations

import csv

import pytest

from coopeten_gui.services import contacts, importer
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.services.formats.errors import RowError


@pytest.fixture
def stored(db):
    return {
        "ana": contacts.create(ContactData(given_name="Ana", family_name="Ruiz",
                                           emails=[Labeled("Ana.Ruiz@Example.org")])),
        "leo": contacts.create(ContactData(given_name="Leo", family_name="Sol",
                                           phones=[Labeled("+34 611 222 333")])),
        "eva": contacts.create(ContactData(given_name="Eva", family_name="Núñez")),
        "gone": contacts.create(ContactData(given_name="Iker", family_name="Gone",
                                            emails=[Labeled("iker@example.org")])),
    }


def _file(tmp_path, rows):
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "E-mail 1 - Value", "Phone 1 - Value",
                         "Birthday"])
        writer.writerows(rows)
    return path


def test_duplicates_in_every_batch_are_found(stored, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MATCH_BATCH", 4)
    contacts.trash([stored["gone"]])
    rows = [[f"New{n}", "Person", f"new{n}@example.org", "", ""] for n in range(12)]
    rows[1] = ["Ana", "R.", "ana.ruiz@EXAMPLE.org", "", ""]  # same email, another case
    rows[5] = ["Leonardo", "S.", "", "611 222 333", ""]  # same phone, without the code
    rows[6] = ["Ana", "Ruiz", "", "", ""]  # refused below: an error, not a duplicate
    rows[9] = ["eva", "nunez", "", "", ""]  # same name, without case or accents
    rows[10] = ["Iker", "G.", "iker@example.org", "", ""]  # only in the trash: new
    rows[11] = ["New1", "Person", "other@example.org", "", ""]  # like a row of the file: new
    checked = importer._row_problem
    monkeypatch.setattr(importer, "_row_problem", lambda contact, error, number: (
        RowError(number, "refused") if number == 7 else checked(contact, error, number)))
    plan = importer.preview(_file(tmp_path, rows))
    found = [(d.row, d.existing_id, d.reason) for d in plan.duplicates]
    assert found == [(2, stored["ana"], "same email ana.ruiz@example.org"),
                     (6, stored["leo"], "same phone"), (10, stored["eva"], "same name")]
    assert [d.existing_name for d in plan.duplicates] == ["Ana Ruiz", "Leo Sol", "Eva Núñez"]
    assert [e.line for e in plan.errors] == [7]
    assert (plan.rows, plan.new) == (12, 8)
    result = importer.run_import(_file(tmp_path, rows))
    assert (result.created, result.skipped, len(result.errors)) == (8, 3, 1)
    # rows written by this import never count as duplicates of the next rows
    again = importer.run_import(_file(tmp_path, rows), default_duplicate=importer.CREATE)
    assert again.created == 11
