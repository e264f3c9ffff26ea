"""The session service: the one door the window, start-up and the command line use to
open, create, switch, check and close the database."""

from __future__ import annotations

import threading

import pytest

from coopeten_gui.services import contacts, session, stats
from coopeten_gui.services.contact_data import ContactData


@pytest.fixture(autouse=True)
def _closed_after():
    yield
    session.close()


def people() -> int:
    return dict(stats.counts(("contacts",)))["contacts"]


def test_open_create_and_close(tmp_path):
    path = tmp_path / "new.sqlite"
    version = session.create_database(path)
    assert path.exists()
    assert session.is_open()
    assert session.current_path() == path
    assert version == session.latest_version() == session.schema_version()
    session.close()
    assert not session.is_open()
    assert session.current_path() == path  # the last one open, kept for the backups
    assert session.read_user_version(path) == version


def test_a_new_database_is_never_made_over_a_file(tmp_path):
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"my notes, not a database")
    with pytest.raises(FileExistsError):
        session.create_database(path)
    assert path.read_bytes() == b"my notes, not a database"
    assert not session.is_open()


def test_switching_opens_the_other_file(tmp_path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    session.open_database(first)
    contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    switched = session.switch_to(second)
    assert switched == session.Switched(True)
    assert session.current_path() == second
    assert people() == 0


def test_a_failed_switch_leaves_the_user_where_they_were(tmp_path):
    first, broken = tmp_path / "first.sqlite", tmp_path / "broken.sqlite"
    session.open_database(first)
    contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    broken.write_bytes(b"")  # an empty file is never taken for a new database
    switched = session.switch_to(broken)
    assert not switched.opened
    assert isinstance(switched.error, session.EmptyFileError)
    assert switched.reopen_error is None
    assert session.current_path() == first
    assert people() == 1


def test_the_errors_the_window_catches_come_from_the_service(tmp_path):
    path = tmp_path / "other.sqlite"
    path.write_bytes(b"x" * 4096)
    with pytest.raises(session.StorageError):
        session.open_database(path)
    assert issubclass(session.CorruptDatabaseError, session.StorageError)
    assert session.QUERY_ERRORS  # what a damaged file raises mid-query, for start-up


def test_checks_quick_and_full(tmp_path):
    path = tmp_path / "sound.sqlite"
    session.open_database(path)
    assert session.full_check() == []
    assert session.quick_check(path) is None
    found = session.check_file(path)
    assert found.version == session.latest_version() and found.problems == []


def test_a_background_job_closes_only_its_own_connection(tmp_path):
    session.open_database(tmp_path / "shared.sqlite")
    contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    seen: list[int] = []

    def job():
        seen.append(people())
        session.close_thread_connection()

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    assert seen == [1]
    assert session.is_open()
    assert people() == 1


def test_a_backup_is_a_sound_copy(tmp_path):
    session.open_database(tmp_path / "data.sqlite")
    copy = session.backup_to(tmp_path / "copy.sqlite")
    assert session.read_user_version(copy) == session.latest_version()
