"""event-returns and report from the command line: lines, exit statuses, one sentence
for each mistake."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from test_commands import run  # the real program, as a user types it

from coopeten_gui.services import contacts, events, proposals
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("returns") / "book.sqlite"
    database.open_database(path)
    try:
        breakfast = events.create(events.EventData(
            name="Breakfast\tRuzafa", starts_at=datetime(2026, 5, 10, 8), cost="40"))
        events.create(events.EventData(name="Webinar", starts_at=datetime(2026, 3, 2, 18)))
        ana = contacts.create(ContactData(given_name="Ana", stage="ally",
                                          met_event_id=breakfast))
        bea = contacts.create(ContactData(given_name="Bea"))
        events.add_attendee(breakfast, bea)
        accepted = proposals.create(proposals.ProposalData(contact_id=ana, title="Swap",
                                                           value=250))
        proposals.mark_sent(accepted)
        proposals.decide(accepted, "accepted")
    finally:
        database.close_database()
    return path


def test_event_returns_a_line_per_event(book):
    result = run("--db", str(book), "event-returns")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2026-05-10\tBreakfast Ruzafa\t40.00\t2\t0/0\t1\t250.00\t0.00\t0.00\t40.00",
        "2026-03-02\tWebinar\t0.00\t0\t0/0\t0\t0.00\t0.00\t0.00\t-",
    ]
    only = run("--db", str(book), "event-returns", "--from", "2026-04-01", "--to", "2026-05-10")
    assert [line.split("\t")[1] for line in only.stdout.splitlines()] == ["Breakfast Ruzafa"]


@pytest.mark.parametrize("args, words", [
    (("event-returns", "--from", "2026-02-30"), "“2026-02-30” is not a date"),
    (("report", "--out", "x.pdf", "--to", "yesterday"), "“yesterday” is not a date"),
    (("report", "--out", "x.pdf", "--from", "2026-05-01", "--to", "2026-01-01"),
     "ends (2026-01-01) before it starts (2026-05-01)"),
    (("report", "--out", "x.odt"), "does not end in .pdf"),
])
def test_mistakes_are_one_sentence(book, args, words):
    result = run("--db", str(book), *args)
    assert result.returncode == 1
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_report_writes_a_pdf(book, tmp_path):
    out = tmp_path / "report.pdf"
    result = run("--db", str(book), "report", "--out", str(out), "--from", "2026-01-01",
                 "--to", "2026-12-31")
    assert result.returncode == 0, result.stderr
    assert "2026-01-01" in result.stdout and str(out) in result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_report_into_a_missing_folder_fails(book, tmp_path):
    result = run("--db", str(book), "report", "--out", str(tmp_path / "no" / "r.pdf"))
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_no_database(tmp_path):
    result = run("--db", str(tmp_path / "none.sqlite"), "event-returns")
    assert result.returncode == 1 and "There is no database" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()
