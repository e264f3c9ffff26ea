"""The reads behind lists shown a screenful first: the counts they carry, whether an
organization or an event is listed further down, and a long read that stops early."""

from __future__ import annotations

from coopeten_gui.services import contacts, events, organizations
from coopeten_gui.services.contact_data import ContactData


def test_an_events_people_leave_out_contacts_in_the_trash(db):
    ana = contacts.create(ContactData(given_name="Ana"))
    bea = contacts.create(ContactData(given_name="Bea"))
    fair = events.create(events.EventData(name="Feria", starts_at="2026-10-02 10:00"))
    events.add_attendee(fair, ana)
    events.add_attendee(fair, bea)
    assert [r.attendees for r in events.list_events()] == [2]
    contacts.trash([bea])
    assert [r.attendees for r in events.list_events()] == [1]


def test_whether_an_event_is_listed_follows_the_list(db):
    ids = [events.create(events.EventData(name=f"Desayuno {n}", place="Ruzafa" if n % 2 else "",
                                          starts_at=f"2026-0{n}-01 08:00"))
           for n in range(1, 7)]
    newest_first = [r.id for r in events.list_events()]
    assert newest_first == ids[::-1]
    for limit in (1, 3, 6):
        listed = set(newest_first[:limit])
        assert {i for i in ids if events.is_listed(i, limit=limit)} == listed
    ruzafa = [r.id for r in events.list_events(text="ruzafa")]
    assert {i for i in ids if events.is_listed(i, "ruzafa", limit=2)} == set(ruzafa[:2])
    events.trash([ids[0]])
    assert not events.is_listed(ids[0], limit=10)


def test_whether_an_organization_is_listed_follows_the_list(db):
    names = ["Alfa", "Beta", "Bétula", "Gamma", "Delta"]
    ids = {name: organizations.create(organizations.OrganizationData(name=name))
           for name in names}
    by_name = [r.id for r in organizations.list_organizations()]
    for limit in (1, 2, 5):
        assert {i for i in ids.values() if organizations.is_listed(i, limit=limit)} == \
            set(by_name[:limit])
    assert {n for n, i in ids.items() if organizations.is_listed(i, "BET", limit=5)} == \
        {"Beta", "Bétula"}
    assert {n for n, i in ids.items() if organizations.is_listed(i, "bet", limit=1)} == \
        {"Beta"}
    organizations.trash([ids["Alfa"]])
    assert not organizations.is_listed(ids["Alfa"])


def test_a_long_read_stops_when_no_longer_wanted(db, monkeypatch):
    monkeypatch.setattr(organizations, "_BLOCK", 2)
    monkeypatch.setattr(events, "_BLOCK", 2)
    for n in range(7):
        organizations.create(organizations.OrganizationData(name=f"Org {n}"))
        events.create(events.EventData(name=f"Ev {n}", starts_at=f"2026-01-0{n + 1} 08:00"))
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) >= 2

    assert len(organizations.list_organizations(stop=stop)) == 4
    asked.clear()
    assert len(events.list_events(stop=stop)) == 4
    assert len(events.list_events(offset=2, limit=10)) == 5
