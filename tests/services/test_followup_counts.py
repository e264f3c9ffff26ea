"""Today's counts come from the open follow-ups kept counted by day: whatever happens to
a follow-up or its contact, the counts stay what a full reading of the tables gives."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from coopeten_gui.services import contacts, followup_reads, followups
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database, search


def _kept() -> dict[str, int]:
    return dict(database.connection().execute(
        "SELECT day, open FROM open_followup_day WHERE open <> 0"))


def _read_in_full(conn: sqlite3.Connection | None = None) -> dict[str, int]:
    """What Today lists, counted by day from the tables themselves."""
    return dict((conn or database.connection()).execute(
        "SELECT substr(x.due_at, 1, 10), count(*) FROM task x "
        "LEFT JOIN contact c ON c.id = x.contact_id "
        "WHERE x.deleted_at IS NULL AND x.done_at IS NULL "
        "AND (c.id IS NULL OR c.deleted_at IS NULL) GROUP BY 1"))


def _task(title: str, day: int, contact_id: int | None = None) -> int:
    return followups.create(followups.FollowupData(title=title, due_at=datetime(2026, 3, day, 9,
                                                                                30),
                                       contact_id=contact_id))


def test_counts_follow_every_change_of_a_follow_up_and_its_contact(db):
    ana = contacts.create(ContactData(given_name="Ana"))
    luis = contacts.create(ContactData(given_name="Luis"))
    eva = contacts.create(ContactData(given_name="Eva"))
    ana_tasks = [_task(f"Ana {d}", d, ana) for d in (1, 2, 2)]
    luis_tasks = [_task(f"Luis {d}", d, luis) for d in (2, 5)]
    _task("Eva", 7, eva)
    alone = _task("Sin contacto", 1)
    assert _kept() == _read_in_full() == {"2026-03-01": 2, "2026-03-02": 3,
                                          "2026-03-05": 1, "2026-03-07": 1}
    steps = [
        lambda: followups.complete(ana_tasks[0]),
        lambda: followups.reopen(ana_tasks[0]),
        lambda: followups.reschedule(ana_tasks[1], date(2026, 3, 9)),
        lambda: followups.snooze(alone, 3),
        lambda: followups.trash([luis_tasks[0]]),
        lambda: followups.update(ana_tasks[2], followups.FollowupData(
            title="Ana, con Luis", due_at=datetime(2026, 3, 4, 8), contact_id=luis)),
        lambda: contacts.trash([ana]),
        lambda: followups.create(followups.FollowupData(title="Ana en la papelera",
                                            due_at=datetime(2026, 3, 3), contact_id=ana)),
        lambda: contacts.restore([ana]),
        lambda: followups.restore([luis_tasks[0]]),
        lambda: contacts.trash([luis]),
        lambda: contacts.purge([luis]),  # from the trash: its follow-ups go too
        lambda: database.connection().execute("DELETE FROM contact WHERE id = ?", (eva,)),
        lambda: followups.complete(alone),
    ]
    for number, step in enumerate(steps):
        step()
        assert _kept() == _read_in_full(), f"after step {number}"
    assert sum(_kept().values()) == 3  # Ana's three


def test_a_contact_that_arrives_in_the_trash_after_its_follow_ups(db):
    conn = database.connection()
    with database.savepoint(conn, "restoring"):
        conn.execute("PRAGMA defer_foreign_keys = 1")  # as a full restore writes
        conn.execute("INSERT INTO task (title, due_at, contact_id, created_at, updated_at) "
                     "VALUES ('Antes', '2026-03-01 09:00:00', 77, '2026', '2026')")
        conn.execute("INSERT INTO contact (id, display_name, created_at, updated_at, "
                     "deleted_at) VALUES (77, 'En la papelera', '2026', '2026', '2026')")
    assert _kept() == _read_in_full() == {}


def test_todays_counts_read_the_counted_days(db):
    ana = contacts.create(ContactData(given_name="Ana"))
    for day in (1, 1, 2, 5, 5, 5, 19, 20):
        _task(f"Día {day}", day, ana if day % 2 else None)
    agenda = followup_reads.agenda(today=date(2026, 3, 5), upcoming_days=14, limit=1)
    assert (agenda.total("overdue"), agenda.total("today"), agenda.total("upcoming")) == \
        (3, 3, 1)  # the 1st and 2nd; the 5th; the 19th (the 20th is beyond two weeks)


def test_an_older_database_gets_its_counts_when_upgraded(db_file, monkeypatch):
    every = database.migrations()
    monkeypatch.setattr(database, "migrations", lambda: every[:6])
    # that version's search index had other columns: the upgrade makes it anew anyway
    monkeypatch.setattr(search, "flush_dirty", lambda: None)
    database.open_database(db_file)
    ana = contacts.create(ContactData(given_name="Ana"))
    luis = contacts.create(ContactData(given_name="Luis"))
    for day, who in ((1, ana), (1, luis), (2, None), (3, luis)):
        _task(f"Día {day}", day, who)
    contacts.trash([luis])
    database.close_database()
    monkeypatch.undo()

    database.open_database(db_file)
    assert database.schema_version() >= 7
    assert _kept() == _read_in_full() == {"2026-03-01": 1, "2026-03-02": 1}


def test_a_salvaged_database_counts_what_it_kept(db):
    from coopeten_gui.services import recovery

    ana = contacts.create(ContactData(given_name="Ana"))
    luis = contacts.create(ContactData(given_name="Luis"))
    for day, who in ((1, ana), (1, luis), (2, None), (3, luis), (3, ana)):
        _task(f"Día {day}", day, who)
    contacts.trash([luis])
    database.close_database()
    _aside, saved = recovery.salvage(db)  # a sound file: everything is copied
    assert saved.rows_lost == 0  # the counts are made again, not copied over
    assert _kept() == _read_in_full() == {"2026-03-01": 1, "2026-03-02": 1,
                                          "2026-03-03": 1}
