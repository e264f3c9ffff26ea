"""Follow-ups and proposals, and how one creates the other."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coopeten_gui.services import contacts, followups, interactions, proposals
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData


@pytest.fixture
def ana(db):
    return contacts.create(ContactData(given_name="Ana"))


def test_agenda_sorts_overdue_today_and_upcoming(ana):
    today = date.today()

    def at(d, h=10):
        return datetime.combine(today + timedelta(days=d), datetime.min.time()).replace(hour=h)

    late = followups.create(followups.FollowupData(title="Late", due_at=at(-2), contact_id=ana))
    now_ = followups.create(followups.FollowupData(title="Today", due_at=at(0, 18)))
    soon = followups.create(followups.FollowupData(title="Soon", due_at=at(3)))
    followups.create(followups.FollowupData(title="Far", due_at=at(60)))
    agenda = followups.agenda(today)
    assert [t.id for t in agenda.overdue] == [late]
    assert [t.id for t in agenda.today] == [now_]
    assert [t.id for t in agenda.upcoming] == [soon]
    assert agenda.overdue[0].contact_name == "Ana"


def test_complete_snooze_reschedule(ana):
    due = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    tid = followups.create(followups.FollowupData(title="Call", due_at=due, contact_id=ana))
    new_due = followups.snooze(tid, days=1)
    assert new_due.date() == (datetime.now() + timedelta(days=1)).date()
    assert followups.get(tid).due_at == new_due
    followups.reschedule(tid, "2030-01-15 09:30")
    assert followups.get(tid).due_at == datetime(2030, 1, 15, 9, 30)
    followups.complete(tid)
    assert followups.get(tid).is_done
    assert followups.list_tasks(contact_id=ana) == []
    assert [t.id for t in followups.list_tasks(contact_id=ana, include_done=True)] == [tid]
    followups.reopen(tid)
    assert not followups.get(tid).is_done


@pytest.mark.parametrize("data, field", [
    (followups.FollowupData(title="", due_at="2026-01-01"), "title"),
    (followups.FollowupData(title="x"), "due_at"),
    (followups.FollowupData(title="x", due_at="next tuesday"), "due_at"),
    (followups.FollowupData(title="x", due_at="2026-02-30"), "due_at"),
    (followups.FollowupData(title="x", due_at="2026-01-01", priority=7), "priority"),
])
def test_invalid_follow_ups_are_refused(db, data, field):
    with pytest.raises(ValidationError) as caught:
        followups.create(data)
    assert caught.value.field == field


def test_falling_due_finds_tasks_between_two_moments(db):
    start = datetime(2026, 5, 1, 9, 0)
    inside = followups.create(followups.FollowupData(title="In",
                                                     due_at=start + timedelta(minutes=5)))
    followups.create(followups.FollowupData(title="Out", due_at=start + timedelta(hours=2)))
    assert [t.id for t in followups.falling_due(start, start + timedelta(minutes=30))] == [inside]


def test_sending_a_proposal_schedules_a_follow_up_and_a_timeline_entry(ana):
    pid = proposals.create(proposals.ProposalData(contact_id=ana, title="Alianza",
                                                  body_html="<p>Hola</p>", value="500"))
    assert proposals.get(pid).status == "draft"
    task_id = proposals.mark_sent(pid)
    sent = proposals.get(pid)
    assert sent.status == "sent" and sent.sent_at is not None
    follow_up = followups.get(task_id)
    assert follow_up.proposal_id == pid and follow_up.contact_id == ana
    assert follow_up.due_at.date() == (sent.sent_at + timedelta(days=7)).date()
    assert interactions.timeline(ana)[0].kind == "proposal"
    assert contacts.get(ana).stage == "proposal_sent"
    proposals.decide(pid, "accepted")
    assert proposals.get(pid).decided_at is not None
    assert contacts.get(ana).stage == "ally"
    assert [p.id for p in proposals.list_proposals(status="accepted")] == [pid]
    assert proposals.list_proposals(contact_id=ana)[0].value_cents == 50000


def test_proposal_needs_a_title_and_a_real_contact(ana):
    with pytest.raises(ValidationError):
        proposals.create(proposals.ProposalData(contact_id=ana, title=""))
    with pytest.raises(Exception):
        proposals.create(proposals.ProposalData(contact_id=999, title="x"))
