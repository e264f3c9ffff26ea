"""The import takes the rows its preview read, never stale ones: a file edited after the
preview is read again, as is one read with another format or other columns, and the rows
are let go with the preview."""

from __future__ import annotations

import gc
import os

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
