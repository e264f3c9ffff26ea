"""An export leaves the rest of the program alone: Python's full garbage collections wait
for its end (they walk the whole window holding Python's lock), and the settings it
changes on its connection are put back, whether it ends, fails or is cancelled."""

from __future__ import annotations

import gc
import threading

import pytest

from coopeten_gui.services import contacts, exporter
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


@pytest.fixture
def people(db):
    with database.transaction():  # one commit: the test is about exporting them
        for n in range(1100):
            contacts.create(ContactData(given_name=f"Persona {n:04d}"))
    return db


def mmap_size() -> int:
    return database.connection().execute("PRAGMA mmap_size").fetchone()[0]


@pytest.mark.parametrize("fmt", ["vcard", "csv", "json"])
def test_full_collections_wait_while_an_export_runs_and_come_back_after(people, tmp_path, fmt):
    before = gc.get_threshold()
    seen = []

    def progress(done: int) -> bool:
        seen.append((gc.get_threshold(), mmap_size()))
        return True

    assert exporter.export(fmt, tmp_path / "out", progress=progress) >= 1100
    assert seen, "progress was never reported"
    for (young, middle, full), mapped in seen:
        assert (young, middle) == before[:2] and full > 1_000_000
        assert mapped > 0
    assert gc.get_threshold() == before
    assert mmap_size() == 0


def test_a_cancelled_or_failed_export_puts_everything_back(people, tmp_path):
    before = gc.get_threshold()
    assert exporter.export("vcard", tmp_path / "out.vcf", progress=lambda done: False) == 0
    assert gc.get_threshold() == before and mmap_size() == 0
    with pytest.raises(exporter.ExportError):
        exporter.export("csv", tmp_path / "no such folder" / "out.csv")
    assert gc.get_threshold() == before and mmap_size() == 0
    assert not list(tmp_path.glob("*.partial"))


def test_two_exports_at_once_restore_the_collector_when_the_last_one_ends(people, tmp_path):
    before = gc.get_threshold()
    first_running, second_done = threading.Event(), threading.Event()
    during_second = []

    def wait_for_the_second(done: int) -> bool:
        first_running.set()
        second_done.wait(10)
        return True

    def second() -> None:
        first_running.wait(10)
        try:
            # a job's own connection, as a background job has (closed after its work)
            exporter.export("vcard", tmp_path / "second.vcf")
            during_second.append(gc.get_threshold())
        finally:
            database.close_database()
            second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    exporter.export("csv", tmp_path / "first.csv", progress=wait_for_the_second)
    worker.join(10)
    # the second ended while the first still ran: full collections stayed postponed
    assert during_second and during_second[0][2] > 1_000_000
    assert gc.get_threshold() == before
