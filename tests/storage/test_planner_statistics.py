"""The planner's statistics kept as the database closes: an empty partial index no
longer makes every close analyse its whole table again."""

from __future__ import annotations

from datetime import date

from coopeten_gui.services import followup_reads, keep_in_touch
from coopeten_gui.storage import database, planner_statistics


def _add_people(count: int, birthdays: bool = True) -> None:
    conn = database.connection()
    with database.savepoint(conn, "people"):
        conn.executemany(
            "INSERT INTO contact (display_name, sort_key, birthday, created_at, updated_at) "
            "VALUES (?, ?, ?, '2026-01-01 09:00:00', '2026-01-01 09:00:00')",
            [(f"Persona {i}", f"persona {i:05d}",
              f"1980-{i % 12 + 1:02d}-{i % 28 + 1:02d}" if birthdays else None)
             for i in range(count)])


def _read_today() -> None:
    """What the Today page reads (the queries that make ``optimize`` look at tables)."""
    followup_reads.agenda(limit=50)
    keep_in_touch.people_to_think_of(date(2026, 3, 1))


def _contacts_analysed_at_close() -> bool:
    """Whether ``PRAGMA optimize`` would analyse the contact table now (empty tables
    are analysed at every close, for nothing)."""
    # mask 0x02 (analyse what might benefit) with 0x01: only say so, do nothing
    return 'ANALYZE "main"."contact"' in [
        row[0] for row in database.connection().execute("PRAGMA optimize(3)")]


def _stat(index: str) -> str | None:
    row = database.connection().execute(
        "SELECT stat FROM sqlite_stat1 WHERE idx = ?", (index,)).fetchone()
    return row[0] if row else None


def test_contacts_are_analysed_once_not_at_every_close(db_file):
    database.open_database(db_file)
    _add_people(300)
    _read_today()
    assert _contacts_analysed_at_close()
    database.close_database()  # analyses the contacts, then settles the empty indexes

    for _ in range(2):
        database.open_database(db_file)
        _read_today()
        assert not _contacts_analysed_at_close()
        assert _stat("contact_keep_in_touch") == "1 1"  # empty: as if of one row
        assert _stat("contact_birthday_day").startswith("300 ")  # measured
        database.close_database()


def test_an_index_that_gains_rows_is_measured_at_the_next_close(db_file):
    database.open_database(db_file)
    _add_people(300)
    _read_today()
    database.close_database()
    database.open_database(db_file)
    database.connection().execute(
        "UPDATE contact SET keep_in_touch_weeks = 4 WHERE id % 3 = 0")
    database.close_database()

    database.open_database(db_file)
    assert _stat("contact_keep_in_touch") == "100 100"  # 100 rows, all of 4 weeks
    _read_today()
    assert not _contacts_analysed_at_close()
    database.close_database()


def test_nothing_is_written_while_every_index_has_its_statistics(db_file):
    database.open_database(db_file)
    _add_people(50)
    _read_today()
    database.close_database()
    database.open_database(db_file)
    conn = database.connection()
    before = conn.total_changes
    planner_statistics.settle_partial_indexes(conn)
    assert conn.total_changes == before
    database.close_database()


def test_a_database_never_analysed_is_left_so(db):
    conn = database.connection()
    planner_statistics.settle_partial_indexes(conn)
    assert conn.execute(
        "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").fetchone()[0] in (
        0, 1)
    assert _stat("contact_keep_in_touch") is None


def test_birthdays_coming_up_are_read_through_the_index_of_days(db):
    _add_people(2000)
    conn = database.connection()
    # a trash of contacts deleted one by one: ANALYZE then takes "not deleted" for a
    # rare value, and the planner would read every live contact rather than the days
    conn.execute("UPDATE contact SET deleted_at = '2026-02-01 10:00:' || printf('%02d', "
                 "id % 60) || '.' || id WHERE id % 10 = 0")
    conn.execute("ANALYZE")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        rows = keep_in_touch.upcoming_dates(date(2026, 3, 1), days=3)
    finally:
        conn.set_trace_callback(None)
    assert rows and {r.on for r in rows} <= {date(2026, 3, 1), date(2026, 3, 2),
                                             date(2026, 3, 3)}
    assert [r.on for r in rows] == sorted(r.on for r in rows)
    reads = [s for s in statements if s.startswith("SELECT") and "FROM contact" in s]
    assert reads
    for sql in reads:
        plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "_day (<expr>=?)" in plan, plan


def _as_before_the_newest_offers_index(db_file) -> None:
    """The file as version 9 left it: no index of the newest offers and asks."""
    conn = database.connection()
    conn.execute("DROP INDEX offer_ask_newest")
    conn.execute("DELETE FROM sqlite_stat1 WHERE idx = 'offer_ask_newest'")
    conn.execute("PRAGMA user_version = 9")
    database.close_database(optimize=False)


def test_an_index_an_upgrade_makes_is_measured_as_it_is_made(db_file):
    """Unmeasured, the newest offers' index looked good to SQLite: every contact's page
    read through every open offer, for the whole first session after the upgrade."""
    database.open_database(db_file)
    _add_people(30)
    conn = database.connection()
    conn.executemany(
        "INSERT INTO offer_ask (contact_id, kind, party, description, status, created_at,"
        " updated_at) VALUES (?, 'offer', 'them', 'Pan', 'open', '2026-01-01 09:00:00',"
        " '2026-01-01 09:00:00')", [(i % 30 + 1,) for i in range(90)])
    conn.execute("ANALYZE")
    _as_before_the_newest_offers_index(db_file)

    database.open_database(db_file)  # the upgrade
    try:
        assert database.read_user_version(db_file) == database.latest_version()
        assert (_stat("offer_ask_newest") or "").startswith("90 ")  # its 90 rows, measured
    finally:
        database.close_database()

