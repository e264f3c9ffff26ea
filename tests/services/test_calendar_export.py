"""The .ics export: what a calendar app reads back from it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from coopeten_gui.services import calendar_export, contacts, events, followups
from coopeten_gui.services.contact_data import ContactData


@pytest.fixture
def agenda(db):
    breakfast = events.create(events.EventData(
        name="Desayuno Ruzafa", kind="breakfast", starts_at="2030-03-04 08:00",
        ends_at="2030-03-04 10:00", place="Café Central", organiser="Asociación Ruzafa",
        cost="15", notes="Bring cards"))
    webinar = events.create(events.EventData(
        name="Webinar", kind="webinar", starts_at="2030-03-10 18:00",
        organiser="Red Coopetición <hola@red.example>"))
    ana = contacts.create(ContactData(given_name="Ana", family_name="Pérez"))
    call = followups.create(followups.FollowupData(title="Call Ana", due_at="2030-03-05 10:30",
                                       contact_id=ana, priority=2, notes="About flowers"))
    done = followups.create(followups.FollowupData(title="Already done", due_at="2030-03-01 09:00"))
    followups.complete(done)
    return {"breakfast": breakfast, "webinar": webinar, "call": call, "done": done}


def parse(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(c["uid"]): c for c in calendar.walk("VEVENT")}


def test_events_and_open_followups_round_trip(agenda, tmp_path):
    path = tmp_path / "out" / "coopeten.ics"
    assert calendar_export.export_ics(path) == 3
    found = parse(path)
    assert set(found) == {f"event-{agenda['breakfast']}@coopeten",
                          f"event-{agenda['webinar']}@coopeten",
                          f"followup-{agenda['call']}@coopeten"}

    breakfast = found[f"event-{agenda['breakfast']}@coopeten"]
    assert str(breakfast["summary"]) == "Desayuno Ruzafa"
    assert breakfast.decoded("dtstart") == datetime(2030, 3, 4, 8, 0)
    assert breakfast.decoded("dtend") == datetime(2030, 3, 4, 10, 0)
    assert str(breakfast["location"]) == "Café Central"
    assert "Asociación Ruzafa" in str(breakfast["description"])
    assert "Bring cards" in str(breakfast["description"])
    assert "organizer" not in breakfast  # a name without an address is no calendar address

    webinar = found[f"event-{agenda['webinar']}@coopeten"]
    assert webinar.decoded("dtend") - webinar.decoded("dtstart") == timedelta(hours=1)
    assert str(webinar["organizer"]) == "mailto:hola@red.example"
    assert webinar["organizer"].params["cn"] == "Red Coopetición"

    call = found[f"followup-{agenda['call']}@coopeten"]
    assert str(call["summary"]) == "Call Ana"
    assert call.decoded("dtstart") == datetime(2030, 3, 5, 10, 30)
    assert "Ana Pérez" in str(call["description"])
    assert int(call["priority"]) == 1
    alarms = list(call.walk("VALARM"))
    assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"


def test_only_what_was_asked_for(agenda, tmp_path):
    path = tmp_path / "events.ics"
    assert calendar_export.export_ics(path, include_followups=False) == 2
    assert all(uid.startswith("event-") for uid in parse(path))
    assert calendar_export.export_ics(path, include_events=False) == 1
    assert list(parse(path)) == [f"followup-{agenda['call']}@coopeten"]


def test_uids_are_stable_across_exports(agenda, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    calendar_export.export_ics(first)
    followups.update(agenda["call"], followups.FollowupData(title="Call Ana again",
                                                due_at="2030-03-06 10:30"))
    calendar_export.export_ics(second)
    assert set(parse(first)) == set(parse(second))
    assert str(parse(second)[f"followup-{agenda['call']}@coopeten"]["summary"]) == \
        "Call Ana again"


def test_cancel_leaves_the_old_file_untouched(agenda, tmp_path):
    path = tmp_path / "exports" / "cal.ics"
    path.parent.mkdir()
    path.write_text("previous")
    seen = []
    with pytest.raises(calendar_export.ExportCancelled):
        calendar_export.export_ics(path, progress=lambda done, total: seen.append(done),
                                   cancelled=lambda: len(seen) >= 1)
    assert path.read_text() == "previous"
    assert [p.name for p in path.parent.iterdir()] == ["cal.ics"]  # no temporary file left


def test_progress_reaches_the_total(agenda, tmp_path):
    seen = []
    calendar_export.export_ics(tmp_path / "x.ics", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)
