"""Automatic backups while the window is open are made off the UI thread."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from coopeten_gui.services import backups, contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.auto_backup import AutoBackupTimer


def test_a_due_backup_is_made_on_a_worker_thread_and_counted_once(qtbot, db, tmp_path,
                                                                     monkeypatch):
    folder = tmp_path / "backups"
    timer = AutoBackupTimer(folder)
    threads = []
    make_backup = backups.make_backup

    def noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return make_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", noting_the_thread)
    timer.check()
    assert threads == []  # nothing changed yet
    contacts.create(ContactData(given_name="Ana"))
    with qtbot.waitSignal(timer.backup_made, timeout=10_000) as made:
        timer.check()
        timer.check()  # asked again while it runs: still one backup
    assert threads and threads[0] is not threading.main_thread() and len(threads) == 1
    assert [b.path for b in backups.list_backups(folder)] == [Path(made.args[0])]
    timer.check()  # the data as it was backed up, and too soon anyway
    qtbot.wait(50)
    assert len(threads) == 1
    timer.timer.stop()


def test_a_failed_backup_is_said_and_tried_again_later(qtbot, db, tmp_path, monkeypatch):
    timer = AutoBackupTimer(tmp_path / "backups")
    contacts.create(ContactData(given_name="Ana"))

    def refused(*args, **kwargs):
        raise backups.BackupError("The disk is full.")

    monkeypatch.setattr(backups, "make_backup", refused)
    with qtbot.waitSignal(timer.backup_failed, timeout=10_000) as failed:
        timer.check()
    assert failed.args == ["The disk is full."]
    assert timer.policy.due(datetime.now())  # still to be made
    timer.timer.stop()


def test_after_a_backup_a_search_index_in_many_pieces_is_merged_into_one(qtbot, db,
                                                                          tmp_path,
                                                                          monkeypatch):
    from coopeten_gui.services import contact_list, index_upkeep
    from coopeten_gui.storage import search

    timer = AutoBackupTimer(tmp_path / "backups")
    for n in range(12):  # each a write of its own: a piece of the index each
        contacts.create(ContactData(given_name="Rosa", family_name=f"Ferrer {n:02d}"))
    pieces = search.pieces()
    assert pieces > 1
    monkeypatch.setattr(index_upkeep, "MOST_PIECES", pieces - 1)
    monkeypatch.setattr(index_upkeep, "STEP_PAGES", 1)  # as many steps as a large file's
    steps = []
    tidy = index_upkeep.tidy
    monkeypatch.setattr(index_upkeep, "tidy", lambda **kw: steps.append(tidy(**kw)) or 0)
    with qtbot.waitSignal(timer.backup_made, timeout=10_000):
        timer.check()
    qtbot.waitUntil(lambda: bool(steps), timeout=10_000)
    assert steps[0] > 1 and search.pieces() == 1
    found = contact_list.contact_ids(contact_list.ContactQuery(text="ferr"))
    assert len(found) == 12
    timer.timer.stop()
