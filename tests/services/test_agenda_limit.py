"""The Today agenda read in bounded lists: the first follow-ups of each, counted in all."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from coopeten_gui.services import contacts, followups
from coopeten_gui.services.contact_data import ContactData


def at(days: int, hour: int = 10) -> datetime:
    return datetime.combine(date.today() + timedelta(days=days),
                            datetime.min.time()).replace(hour=hour)


def test_a_limited_agenda_reads_the_first_and_counts_them_all(db):
    ana = contacts.create(ContactData(given_name="Ana"))
    gone = contacts.create(ContactData(given_name="Gone"))
    late = [followups.create(followups.FollowupData(title=f"Late {i}", due_at=at(-30 + i),
                                                    contact_id=ana))
            for i in range(7)]
    followups.create(followups.FollowupData(title="Late, trashed contact", due_at=at(-40),
                                            contact_id=gone))
    followups.complete(followups.create(followups.FollowupData(title="Late, done", due_at=at(-50))))
    today = [followups.create(followups.FollowupData(title=f"Today {i}", due_at=at(0, 8 + i)))
             for i in range(2)]
    followups.create(followups.FollowupData(title="Soon, trashed contact", due_at=at(2),
                                            contact_id=gone))
    soon = [followups.create(followups.FollowupData(title=f"Soon {i}",
                                                    due_at=at(1 + i))) for i in range(4)]
    followups.create(followups.FollowupData(title="Too far", due_at=at(40)))
    contacts.trash([gone])

    full = followups.agenda()
    limited = followups.agenda(limit=3)
    assert [t.id for t in full.overdue] == late
    assert [t.id for t in limited.overdue] == late[:3]  # the oldest first
    assert [t.id for t in limited.today] == today
    assert [t.id for t in limited.upcoming] == soon[:3]
    # trashed contacts' and done follow-ups are not counted, nor beyond two weeks
    assert (limited.total("overdue"), limited.total("today"), limited.total("upcoming")) \
        == (7, 2, 4)
    assert (full.total("overdue"), full.total("today"), full.total("upcoming")) == (7, 2, 4)


def test_an_empty_agenda_counts_nothing(db):
    agenda = followups.agenda(limit=10)
    assert agenda.overdue == agenda.today == agenda.upcoming == []
    assert agenda.totals == {"overdue": 0, "today": 0, "upcoming": 0}
