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
