"""Event returns, the dashboard's figures and the alliance report, with exact figures on
a small book built for the purpose."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coopeten_gui.services import (
    alliance_report,
    contacts,
    dashboard,
    event_returns,
    events,
    offers_asks,
    promotions,
    proposals,
)
from coopeten_gui.services.alliance_report import Period, ReportError
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import summaries
from coopeten_gui.storage.models import Proposal, Referral

TODAY = date(2026, 6, 15)


def _referral(source, target, status, value=0, about=None, text="", days=-3):
    stamp = datetime(2026, 6, 1).isoformat(" ")
    Referral.create(from_contact=source, to_contact=target, about_contact=about,
                    about_text=text, given_on=(TODAY + timedelta(days=days)).isoformat(),
                    status=status, value_cents=value, created_at=stamp, updated_at=stamp)


@pytest.fixture
def book(db):
    """Breakfast (100 €): Ana (ally) and Bea attended, Ana also "met there", Carla met
    there without attending, Dora attended but is in the trash. Webinar (free): Eva."""
    breakfast = events.create(events.EventData(name="Breakfast", starts_at=datetime(2026, 5, 10, 8),
                                               cost="100"))
    webinar = events.create(events.EventData(name="Webinar", starts_at=datetime(2026, 3, 2, 18)))
    old = events.create(events.EventData(name="Old fair", starts_at=datetime(2024, 1, 5, 9),
                                         cost="50"))
    ana = contacts.create(ContactData(given_name="Ana", stage="ally", met_event_id=breakfast))
    bea = contacts.create(ContactData(given_name="Bea", stage="meeting"))
    carla = contacts.create(ContactData(given_name="Carla", met_event_id=breakfast))
    dora = contacts.create(ContactData(given_name="Dora", stage="ally"))
    eva = contacts.create(ContactData(given_name="Eva", stage="ally"))
    for person in (ana, bea, dora):
        events.add_attendee(breakfast, person)
    events.add_attendee(webinar, eva)
    contacts.trash([dora])

    def exchange(contact, kind, event, deleted=False):
        row = offers_asks.create(offers_asks.OfferAskData(
            contact_id=contact, kind=kind, party="them", description=f"{kind} at the event",
            event_id=event))
        if deleted:
            offers_asks.trash([row])

    exchange(ana, "offer", breakfast)
    exchange(bea, "offer", breakfast)
    exchange(bea, "ask", breakfast)
    exchange(bea, "offer", breakfast, deleted=True)
    exchange(dora, "ask", breakfast)  # her contact is in the trash
    exchange(eva, "ask", webinar)

    accepted = proposals.create(proposals.ProposalData(contact_id=ana, title="Swap", value=500))
    proposals.mark_sent(accepted)
    proposals.decide(accepted, "accepted")
    sent = proposals.create(proposals.ProposalData(contact_id=bea, title="Stand", value=300))
    proposals.mark_sent(sent)
    gone = proposals.create(proposals.ProposalData(contact_id=bea, title="Gone", value=999))
    proposals.trash([gone])

    for contact, direction, revenue in ((bea, "theirs", 20000), (ana, "mine", 99900),
                                        (eva, "theirs", 7000)):
        promotions.create(promotions.PromotionData(
            contact_id=contact, direction=direction, channel="Newsletter",
            promoted_on=date(2026, 5, 20), revenue_cents=revenue))

    _referral(ana, None, "closed", 15000, text="A bakery")  # Ana sent me a client
    _referral(None, bea, "met", about=ana)  # I sent Ana to Bea: both met there, counted once
    _referral(carla, None, "no_deal", 8000, text="A florist", days=-400)
    _referral(eva, None, "closed", 5000, text="A school")
    return {"breakfast": breakfast, "webinar": webinar, "old": old, "ana": ana, "bea": bea,
            "eva": eva, "accepted": accepted}


def test_an_event_returns_exact_figures(book):
    row = event_returns.for_event(book["breakfast"])
    assert (row.name, row.cost_cents, row.people, row.allies) == ("Breakfast", 10000, 3, 1)
    assert (row.offers, row.asks) == (2, 1)
    assert (row.proposals, row.accepted_proposals, row.accepted_cents) == (2, 1, 50000)
    assert (row.referrals, row.referrals_closed, row.referral_cents) == (3, 1, 15000)
    assert row.promotion_cents == 20000  # theirs only: what their audience bought from me
    assert row.value_cents == 85000
    assert row.cost_per_ally_cents == 10000
    assert row.value_per_cost == pytest.approx(8.5)
    assert (row.cost_per_person_cents, row.value_per_person_cents) == (3333, 28333)
    assert row.paid_off is True


def test_free_event_and_event_without_people(book):
    webinar = event_returns.for_event(book["webinar"])
    assert (webinar.people, webinar.allies, webinar.asks, webinar.value_cents) == (1, 1, 1,
                                                                                    12000)
    assert webinar.cost_per_ally_cents is None and webinar.value_per_cost is None
    assert webinar.paid_off is None
    old = event_returns.for_event(book["old"])
    assert (old.people, old.value_cents, old.value_per_cost, old.paid_off) == (0, 0, 0.0, False)
    assert old.cost_per_person_cents is None
    events.trash([book["old"]])
    assert event_returns.for_event(book["old"]) is None


def test_list_returns_by_period_newest_first(book):
    names = [row.name for row in event_returns.list_returns()]
    assert names == ["Breakfast", "Webinar", "Old fair"]
    assert [r.name for r in event_returns.list_returns(date(2026, 1, 1), date(2026, 5, 10))] \
        == ["Breakfast", "Webinar"]  # the last day is included
    assert [r.name for r in event_returns.list_returns(end=date(2026, 5, 9))] \
        == ["Webinar", "Old fair"]
    assert [r.name for r in event_returns.list_returns(limit=1)] == ["Breakfast"]
    totals = event_returns.totals(event_returns.list_returns(date(2026, 1, 1)))
    assert totals == (2, 10000, 4, 2, 97000)
    assert totals.value_per_cost == pytest.approx(9.7)


def test_dashboard_figures(book):
    figures = dashboard.figures(TODAY)
    # sending Bea the proposal moved her on to "proposal sent"
    assert dict(figures.stages) == {"new": 1, "contacted": 0, "meeting": 0,
                                    "proposal_sent": 1, "ally": 2, "dormant": 0}
    assert [e.name for e in figures.events] == ["Breakfast", "Webinar", "Old fair"]
    assert [(p.status, p.count, p.value_cents) for p in figures.proposals] == [
        ("draft", 0, 0), ("sent", 1, 30000), ("accepted", 1, 50000), ("declined", 0, 0)]
    assert len(figures.months) == 12 and figures.months[-1].month == date(2026, 6, 1)
    Proposal.update(created_at=datetime(2026, 2, 3, 10)).where(
        Proposal.id == book["accepted"]).execute()
    months = {m.month: m for m in dashboard.figures(TODAY).months}
    assert months[date(2026, 2, 1)].proposals == 1
    assert date(2025, 7, 1) in months and date(2025, 6, 1) not in months


def test_top_alliances_are_the_busiest(book):
    rows = dashboard.top_alliances(TODAY)
    names = [row.name for row in rows]
    # two gives each (Ana: one each way; Bea: one each way; Eva: two to me), the same
    # last day, so by name; then Carla's referral that came to nothing
    assert names == ["Ana", "Bea", "Eva", "Carla"]
    assert (rows[0].given.gives, rows[0].received.gives) == (1, 1)


def test_months_back_crosses_the_year():
    assert dashboard.months_back(date(2026, 2, 10), 3) == [date(2025, 12, 1), date(2026, 1, 1),
                                                           date(2026, 2, 1)]


def test_summaries_of_a_period(book):
    refs = summaries.referrals_in("2026-01-01", "2026-07-01")
    assert [(r.from_name, r.to_name, r.about, r.status) for r in refs] == [
        ("Eva", None, "A school", "closed"), (None, "Bea", "Ana", "met"),
        ("Ana", None, "A bakery", "closed")]  # the same day: the last written first
    assert summaries.referral_totals("2026-01-01", "2026-07-01") == (3, 2, 20000)
    listed = summaries.proposals_in("2026-01-01 00:00:00", "2100-01-01 00:00:00")
    assert [p.title for p in listed] == ["Swap", "Stand"]  # agreements first, trash left out


def test_the_report_says_the_figures(book, qapp):
    html = alliance_report.report_html(Period(date(2026, 1, 1), TODAY), "en")
    for text in ("Alliance report", "Alliances and their balance", "Breakfast", "Webinar",
                 "€850.00", "A bakery", "Events and their returns"):
        assert text in html, text
    assert "Old fair" not in html  # before the period
    assert "Swap" not in html  # written today, after the period
    html = alliance_report.report_html(Period(date(2026, 1, 1), date.today()), "en")
    assert "Swap" in html and "Stand" in html


def test_the_report_is_written_as_pdf(book, qapp, tmp_path):
    out = tmp_path / "report.pdf"
    steps = []
    pages = alliance_report.write_report(out, Period(date(2026, 1, 1), TODAY), "es",
                                         progress=lambda done, total: steps.append(done))
    assert pages >= 1 and out.read_bytes().startswith(b"%PDF")
    assert steps[-1] == len(alliance_report.SECTIONS)
    with pytest.raises(ReportError):
        alliance_report.write_report(tmp_path / "r.pdf", Period(TODAY, date(2026, 1, 1)))
    with pytest.raises(ReportError):
        alliance_report.write_report(tmp_path / "r.txt", Period(date(2026, 1, 1), TODAY))
    with pytest.raises(ReportError):
        alliance_report.write_report(tmp_path / "no" / "r.pdf", Period(date(2026, 1, 1), TODAY))
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite"
                  and "sqlite" not in p.name) == ["report.pdf"]


def test_last_year_period():
    assert Period.last_year(date(2026, 6, 15)) == Period(date(2025, 6, 16), date(2026, 6, 15))
    assert Period.last_year(date(2028, 2, 29)).start == date(2027, 3, 1)


def test_the_service_names_every_column_storage_reads():
    from coopeten_gui.storage import event_returns as queries

    assert event_returns.EventReturn._fields == queries.COLUMNS
