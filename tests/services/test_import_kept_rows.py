"""The import takes the rows its preview read, never stale ones: a file edited after the
preview is read again, as is one read with another format or other columns, and the rows
are let go with the preview."""

from __future__ import annotations

import gc
import os
import weakref

import pytest

from coopeten_gui.services import contact_list, contacts, importer
from coopeten_gui.services.contact_data import ContactData, Labeled


def _card(name: str, email: str) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name};;;;\r\n"
            f"EMAIL:{email}\r\nEND:VCARD\r\n")


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The formats the importer parsed a file as, one entry per reading."""
    seen: list[str] = []
    real = importer.records

    def counted(data, fmt, mapping=None):
        seen.append(fmt)
        return real(data, fmt, mapping)

    monkeypatch.setattr(importer, "records", counted)
    return seen


def names() -> list[str]:
    return sorted(contacts.get(i).display_name for i in contact_list.contact_ids())


def test_the_import_takes_the_rows_its_preview_read(db, tmp_path, reads):
    path = tmp_path / "people.vcf"
    path.write_text(_card("Ana", "ana@example.org") + _card("Bea", "bea@example.org"),
                    encoding="utf-8")
    plan = importer.preview(path)
    result = importer.run_import(path)
    assert reads == ["vcard"]
    assert (plan.new, result.created) == (2, 2)
    assert names() == ["Ana", "Bea"]
    assert [e.value for e in contacts.get(contact_list.contact_ids()[0]).emails] == [
        "ana@example.org"]


def test_a_file_edited_after_the_preview_is_read_again(db, tmp_path, reads):
    path = tmp_path / "people.vcf"
    path.write_text(_card("Ana", "ana@example.org"), encoding="utf-8")
    plan = importer.preview(path)
    stamp = path.stat()
    # the same size and the same time stamp: only the bytes tell the edit apart
    path.write_text(_card("Eva", "eva@example.org"), encoding="utf-8")
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert path.stat().st_size == stamp.st_size
    result = importer.run_import(path)
    assert plan.new == 1 and result.created == 1
    assert reads == ["vcard", "vcard"]
    assert names() == ["Eva"]


def test_rows_in_error_and_duplicates_are_decided_as_when_read_again(db, tmp_path, reads):
    contacts.create(ContactData(given_name="Leo", emails=[Labeled("leo@example.org")]))
    path = tmp_path / "people.vcf"
    path.write_text(_card("Leonardo", "LEO@example.org") + "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                    "END:VCARD\r\n" + _card("Ana", "ana@example.org"), encoding="utf-8")
    plan = importer.preview(path)
    assert [d.row for d in plan.duplicates] == [1] and [e.line for e in plan.errors] == [7]
    result = importer.run_import(path, decisions={1: importer.MERGE})
    assert reads == ["vcard"]
    assert (result.created, result.merged, result.skipped) == (1, 1, 0)
    assert [e.line for e in result.errors] == [7]
    assert names() == ["Ana", "Leo"]


def test_another_format_or_other_columns_read_the_file_again(db, tmp_path, reads):
    path = tmp_path / "people.csv"
    path.write_text("Nombre,Correo\r\nAna,ana@example.org\r\n", encoding="utf-8")
    plan = importer.preview(path, "csv", {0: "given_name"})
    assert plan.new == 1
    importer.run_import(path, "csv", {0: "given_name", 1: "email"})
    assert len(reads) == 2
    (ana,) = [contacts.get(i) for i in contact_list.contact_ids()]
    assert [e.value for e in ana.emails] == ["ana@example.org"]


def test_the_rows_go_with_the_preview(db, tmp_path, reads):
    path = tmp_path / "people.vcf"
    path.write_text(_card("Ana", "ana@example.org"), encoding="utf-8")
    plan = importer.preview(path)
    del plan
    gc.collect()
    assert importer.run_import(path).created == 1
    assert reads == ["vcard", "vcard"]


def test_a_newer_preview_lets_go_of_the_rows_an_older_one_kept(db, tmp_path, reads):
    first, second = tmp_path / "first.vcf", tmp_path / "second.vcf"
    first.write_text(_card("Ana", "ana@example.org"), encoding="utf-8")
    second.write_text(_card("Bea", "bea@example.org"), encoding="utf-8")
    older = importer.preview(first)
    assert importer._kept is not None
    ana = weakref.ref(importer._kept.rows[0][1])
    newer = importer.preview(second)
    gc.collect()
    assert ana() is None  # gone, though its preview is still here
    assert importer.run_import(first).created == older.new == 1
    assert importer.run_import(second).created == newer.new == 1
    assert reads == ["vcard", "vcard", "vcard"]  # only the first file read again


def test_a_large_file_is_read_again(db, tmp_path, reads, monkeypatch):
    monkeypatch.setattr(importer, "KEEP_AT_MOST", 10)
    path = tmp_path / "people.vcf"
    path.write_text(_card("Ana", "ana@example.org"), encoding="utf-8")
    plan = importer.preview(path)
    assert importer.run_import(path).created == plan.new == 1
    assert reads == ["vcard", "vcard"]


def test_a_cancelled_preview_keeps_nothing_and_cancel_works_on_kept_rows(db, tmp_path, reads,
                                                                         monkeypatch):
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 1)
    path = tmp_path / "people.vcf"
    path.write_text("".join(_card(f"P{i}", f"p{i}@example.org") for i in range(5)),
                    encoding="utf-8")
    with pytest.raises(importer.Cancelled):
        importer.preview(path, progress=lambda done: done < 3)
    plan = importer.preview(path)
    assert reads == ["vcard", "vcard"]  # the cancelled preview left no rows behind
    with pytest.raises(importer.Cancelled):
        importer.run_import(path, progress=lambda done: done < 4)
    assert contact_list.contact_ids() == []
    assert importer.run_import(path).created == plan.new == 5
    assert reads == ["vcard", "vcard"]


@pytest.fixture
def lookups(monkeypatch) -> list[int]:
    """How many rows were looked up among the stored contacts, one entry per batch."""
    seen: list[int] = []
    real = importer._Matcher.match_all

    def counted(self, rows):
        if rows:  # the last batch may be empty
            seen.append(len(rows))
        return real(self, rows)

    monkeypatch.setattr(importer._Matcher, "match_all", counted)
    return seen


def test_the_duplicates_found_by_the_preview_are_taken_while_nothing_changed(
        db, tmp_path, lookups):
    leo = contacts.create(ContactData(given_name="Leo", emails=[Labeled("leo@example.org")]))
    path = tmp_path / "people.vcf"
    path.write_text(_card("Leonardo", "leo@example.org") + _card("Ana", "ana@example.org"),
                    encoding="utf-8")
    plan = importer.preview(path)
    assert [(d.row, d.existing_id) for d in plan.duplicates] == [(1, leo)]
    assert lookups == [2]
    result = importer.run_import(path)
    assert lookups == [2]  # none looked up again
    assert (result.created, result.skipped) == (1, 1)


def test_a_contact_stored_after_the_preview_is_found_as_a_duplicate(db, tmp_path, lookups):
    path = tmp_path / "people.vcf"
    path.write_text(_card("Leonardo", "leo@example.org") + _card("Ana", "ana@example.org"),
                    encoding="utf-8")
    plan = importer.preview(path)
    assert plan.new == 2
    contacts.create(ContactData(given_name="Leo", emails=[Labeled("leo@example.org")]))
    result = importer.run_import(path)
    assert lookups == [2, 2]
    assert (result.created, result.skipped) == (1, 1)
    assert names() == ["Ana", "Leo"]


@pytest.mark.parametrize("keep_at_most", [0, importer.KEEP_AT_MOST])
def test_after_a_merge_the_next_batches_see_the_merged_contact(db, tmp_path, lookups,
                                                               monkeypatch, keep_at_most):
    monkeypatch.setattr(importer, "MATCH_BATCH", 2)
    monkeypatch.setattr(importer, "KEEP_AT_MOST", keep_at_most)
    leo = contacts.create(ContactData(given_name="Leo", emails=[Labeled("leo@example.org")]))
    path = tmp_path / "people.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Leonardo\r\nEMAIL:leo@example.org\r\n"
        "TEL:+34 611 222 333\r\nEND:VCARD\r\n" + _card("Ana", "ana@example.org")
        + _card("Bea", "bea@example.org")
        # the phone the first row brings to Leo: a duplicate once that row is merged
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Otro\r\nTEL:611 222 333\r\nEND:VCARD\r\n",
        encoding="utf-8")
    plan = importer.preview(path)
    assert [d.row for d in plan.duplicates] == [1] and plan.new == 3
    result = importer.run_import(path, decisions={1: importer.MERGE})
    # the second batch is looked up again after the merge, the first one is not
    assert lookups == [2, 2] + ([2, 2] if keep_at_most == 0 else [2])
    assert (result.created, result.merged, result.skipped) == (2, 1, 1)
    assert [p.value for p in contacts.get(leo).phones] == ["+34 611 222 333"]
    assert names() == ["Ana", "Bea", "Leo"]
