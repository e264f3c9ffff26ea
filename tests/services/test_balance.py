"""The balance of a relationship and the ledger of all of them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coopeten_gui.services import balance, contacts, offers_asks, promotions, proposals
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.offers_asks import OfferAskData
from coopeten_gui.services.promotions import PromotionData
from coopeten_gui.services.proposals import ProposalData
from coopeten_gui.storage.database import transaction
from coopeten_gui.storage.models import Interaction, OfferAsk, Referral

TODAY = date.today()


def person(name: str, stage: str = "new") -> int:
    cid = contacts.create(ContactData(given_name=name))
    if stage != "new":
        contacts.set_stage([cid], stage)
    return cid


def give(contact_id: int, kind: str, party: str, euros: int = 0, days_ago: int = 0) -> int:
    row_id = offers_asks.create(OfferAskData(contact_id=contact_id, kind=kind, party=party,
                                           description=f"{kind} by {party}", value=euros,
                                           status="fulfilled"))
    if days_ago:
        stamp = datetime.now() - timedelta(days=days_ago)
        with transaction():
            OfferAsk.update(updated_at=stamp).where(OfferAsk.id == row_id).execute()
    return row_id


def referral(contact_id: int, mine: bool, euros: int = 0, status: str = "closed",
             days_ago: int = 0) -> None:
    stamp = datetime.now()
    with transaction():
        Referral.create(from_contact=None if mine else contact_id,
                        to_contact=contact_id if mine else None, about_text="a prospect",
                        given_on=TODAY - timedelta(days=days_ago), status=status,
                        value_cents=euros * 100, created_at=stamp, updated_at=stamp)


def test_nothing_given_is_none(db):
    cid = person("Ana")
    result = balance.balance(cid)
    assert result.verdict == "none"
    assert result.given.gives == result.received.gives == 0
    assert result.sentence == "Nothing given yet, either way."
    assert balance.ledger() == []  # not a relationship yet: no give, not an ally


def test_each_kind_lands_on_the_right_side(db):
    cid = person("Ana")
    give(cid, "offer", "me", 100)      # my offer fulfilled: I gave
    give(cid, "ask", "them", 50)       # their ask fulfilled: I gave
    give(cid, "offer", "them", 30)     # their offer fulfilled: they gave
    give(cid, "ask", "me", 20)         # my ask fulfilled: they gave
    offers_asks.create(OfferAskData(contact_id=cid, kind="offer", party="me",
                                  description="still open", value=999))
    promotions.create(PromotionData(contact_id=cid, direction="mine", promoted_on=TODAY,
                                    audience_reached=1200, visits=40, leads=4, sales=2,
                                    revenue=80))
    promotions.create(PromotionData(contact_id=cid, direction="theirs", promoted_on=TODAY,
                                    audience_reached=300, revenue=10))
    referral(cid, mine=True, euros=500)
    referral(cid, mine=False, euros=70, status="met")  # not closed: no money yet
    result = balance.balance(cid)
    assert result.given.gives == 4 and result.received.gives == 4
    assert result.given.money_cents == (100 + 50 + 80 + 500) * 100
    assert result.received.money_cents == (30 + 20 + 10) * 100
    assert result.given.kind("exchange").count == 2
    assert result.given.kind("exchange").money_cents == 15000
    assert result.given.kind("promotion").money_cents == 8000
    assert result.given.kind("referral").money_cents == 50000
    assert result.received.kind("referral").count == 1
    assert result.received.kind("referral").money_cents == 0
    assert result.given.audience == 1200 and result.received.audience == 300
    assert (result.given.visits, result.given.leads, result.given.sales) == (40, 4, 2)
    assert result.given.last_give == TODAY == result.received.last_give
    # as many gives each way, far more money from me: I gave more
    assert result.verdict == "gave_more"
    assert result.sentence == "You have given more."


def test_verdict_weighs_counts_and_money_apart(db):
    only_me = person("Only me")
    give(only_me, "offer", "me")
    assert balance.balance(only_me).verdict == "gave_more"
    assert "only you" in balance.balance(only_me).sentence

    only_them = person("Only them")
    give(only_them, "offer", "them", 10)
    assert balance.balance(only_them).verdict == "received_more"
    assert balance.balance(only_them).sentence.endswith("Your turn.")

    # a give each way, money within a quarter: balanced
    even = person("Even")
    give(even, "offer", "me", 100)
    give(even, "offer", "them", 90)
    assert balance.balance(even).verdict == "balanced"

    # three gives of mine without money, one of theirs worth money: opposite leans
    mixed = person("Mixed")
    for _ in range(3):
        give(mixed, "offer", "me")
    give(mixed, "offer", "them", 500)
    result = balance.balance(mixed)
    assert result.verdict == "balanced"
    assert result.sentence == "Balanced: you gave more often, they gave more in money."

    # two against one with equal money: one give apart is close enough
    close = person("Close")
    give(close, "offer", "me", 10)
    give(close, "ask", "them", 10)
    give(close, "offer", "them", 20)
    assert balance.balance(close).verdict == "balanced"


def test_accepted_proposal_is_agreed_not_given(db):
    cid = person("Ana")
    pid = proposals.create(ProposalData(contact_id=cid, title="Alliance", value=1500))
    proposals.decide(pid, "accepted")
    result = balance.balance(cid)
    assert result.agreements == 1 and result.agreed_cents == 150000
    assert result.given.gives == result.received.gives == 0
    assert result.verdict == "none"
    rows = balance.ledger()
    assert [r.contact_id for r in rows] == [cid]  # an ally now, so a relationship


def test_trashed_gives_and_contacts_do_not_count(db):
    cid = person("Ana")
    row_id = give(cid, "offer", "me", 10)
    offers_asks.trash([row_id])
    assert balance.balance(cid).given.gives == 0
    give(cid, "offer", "me", 10)
    contacts.trash([cid])
    assert balance.ledger() == []


def test_ledger_sorts_by_imbalance_and_by_time_since_last_give(db):
    lopsided = person("Lopsided")
    for _ in range(4):
        give(lopsided, "offer", "me", days_ago=5)
    even = person("Even")
    give(even, "offer", "me", days_ago=1)
    give(even, "offer", "them", days_ago=1)
    old = person("Old")
    give(old, "offer", "them", days_ago=400)
    ally = person("Quiet ally", stage="ally")

    by_imbalance = [r.name for r in balance.ledger(order="imbalance")]
    assert by_imbalance[0] == "Lopsided"
    assert by_imbalance[-2:] == ["Even", "Quiet ally"]
    assert [r.name for r in balance.ledger(order="imbalance", reverse=True)][-1] == "Lopsided"
    by_quiet = [r.name for r in balance.ledger(order="since_last_give")]
    assert by_quiet == ["Quiet ally", "Old", "Lopsided", "Even"]
    row = balance.ledger(contact_id=old)[0]
    assert row.days_since_last_give() == 400
    assert row.imbalance == -1
    assert balance.ledger_count() == 4
    assert [r.name for r in balance.ledger(text="ally")] == ["Quiet ally"]
    assert balance.ledger(contact_id=ally)[0].verdict == "none"
    assert len(balance.ledger(limit=2)) == 2
    assert [r.name for r in balance.ledger(order="since_last_give", offset=3)] == ["Even"]


def test_one_sided_and_cold_flags(db):
    # I gave 200 days ago and again last week, they never did: one-sided for long
    lopsided = person("Lopsided")
    give(lopsided, "offer", "me", days_ago=200)
    give(lopsided, "offer", "me", days_ago=7)
    # one-sided too, but it began last month: not for more than 90 days yet
    young = person("Young")
    give(young, "offer", "me", days_ago=30)
    # they last gave 120 days ago, and I have given since: one-sided
    lagging = person("Lagging")
    for days in (300, 250, 200, 20):
        give(lagging, "offer", "me", days_ago=days)
    give(lagging, "offer", "them", days_ago=120)
    # nothing for 100 days, but a call yesterday: not cold
    called = person("Called")
    give(called, "offer", "them", days_ago=100)
    give(called, "offer", "me", days_ago=100)
    with transaction():
        Interaction.create(contact=called, kind="call", summary="call",
                           occurred_at=datetime.now() - timedelta(days=1),
                           created_at=datetime.now())
    rows = {r.name: r for r in balance.ledger()}
    assert rows["Lopsided"].one_sided and not rows["Young"].one_sided
    assert rows["Lagging"].one_sided and rows["Lagging"].verdict == "gave_more"
    assert not rows["Called"].one_sided and rows["Called"].verdict == "balanced"
    assert not rows["Called"].cold
    assert rows["Called"].days_without_contact() == 1
    assert not rows["Lopsided"].cold
    assert {r.name for r in balance.ledger(cold_days=5)} == {"Lopsided", "Young", "Lagging",
                                                             "Called"}
    assert {r.name for r in balance.ledger(flag="cold", cold_days=5)} == {"Lopsided", "Young",
                                                                        "Lagging"}
    assert {r.name for r in balance.ledger(flag="one_sided")} == {"Lopsided", "Lagging"}
    assert balance.ledger_count(flag="flagged", cold_days=25) == 3


def test_bad_arguments_are_refused(db):
    with pytest.raises(ValidationError):
        balance.ledger(order="size")
    with pytest.raises(ValidationError):
        balance.ledger(flag="odd")
    with pytest.raises(ValidationError):
        balance.ledger(cold_days=-1)


def test_ledger_ids_then_rows_a_screen_at_a_time(db):
    names = ["Ana", "Bea", "Carla"]
    ids = [person(n) for n in names]
    for count, cid in enumerate(ids, start=1):
        for _ in range(count):
            give(cid, "offer", "me")
    order = balance.ledger_ids()
    assert order == list(reversed(ids))
    assert balance.ledger_ids(reverse=True) == ids
    rows = balance.ledger(contact_ids=order[:2], limit=10)
    assert [r.name for r in rows] == ["Carla", "Bea"]
    assert balance.ledger(contact_ids=[]) == []


def test_next_give_is_my_open_offer_that_answers_their_open_ask(db):
    from coopeten_gui.services.next_give import suggest_next_give

    cid = person("Ana")
    other = person("Bruno")
    training = offers_asks.category_id("training")
    supply = offers_asks.category_id("supply")
    assert suggest_next_give(cid) is None  # they ask nothing
    offers_asks.create(OfferAskData(contact_id=cid, kind="ask", party="them",
                                  description="Someone to teach latte art to the team",
                                  category_id=training))
    assert suggest_next_give(cid) is None  # I offer nothing that answers it
    # the same category is not enough: sacks of coffee do not teach anybody
    offers_asks.create(OfferAskData(contact_id=other, kind="offer", party="me",
                                  description="Sacks of green coffee", category_id=supply))
    offers_asks.create(OfferAskData(contact_id=other, kind="offer", party="me",
                                  description="Accounting advice", category_id=training))
    assert suggest_next_give(cid) is None
    # an offer of mine to someone else that answers it by meaning, in Spanish
    latte = offers_asks.create(OfferAskData(contact_id=other, kind="offer", party="me",
                                          description="Clases de LATTE ÁRT para equipos",
                                          category_id=training))
    found = suggest_next_give(cid)
    assert found.offer_id == latte and found.category == "Training"
    assert "latte" in found.why.lower()
    assert found.ask == "Someone to teach latte art to the team"
    offers_asks.set_status(latte, "fulfilled")
    assert suggest_next_give(cid) is None


def test_next_give_skips_offers_of_contacts_in_the_trash(db):
    from coopeten_gui.services.next_give import suggest_next_give

    cid, other = person("Ana"), person("Bruno")
    offers_asks.create(OfferAskData(contact_id=cid, kind="ask", party="them",
                                  description="Coffee for the office"))
    offers_asks.create(OfferAskData(contact_id=other, kind="offer", party="me",
                                  description="Office coffee subscription"))
    assert suggest_next_give(cid).offer == "Office coffee subscription"
    contacts.trash([other])
    assert suggest_next_give(cid) is None


@pytest.mark.parametrize("order", balance.ORDERS)
@pytest.mark.parametrize("reverse", (False, True))
def test_the_quick_order_of_the_whole_list_is_the_ledgers(db, order, reverse):
    """``ledger_ids`` without a filter sums less than ``ledger``: the order must agree."""
    for i, name in enumerate(["Ana", "Bea", "Carla", "Dora", "Eva"]):
        cid = person(name, stage="ally" if i == 4 else "new")
        for _ in range(i % 3):
            give(cid, "offer", "me", 10 * i, days_ago=i * 40)
        if i % 2:
            give(cid, "offer", "them", 25, days_ago=i * 7)
    expected = [r.contact_id for r in balance.ledger(order=order, reverse=reverse)]
    assert balance.ledger_ids(order=order, reverse=reverse) == expected
    named = [r.contact_id for r in balance.ledger(order=order, reverse=reverse, text="a")]
    assert balance.ledger_ids(order=order, reverse=reverse, text="a") == named


def test_a_period_keeps_only_its_gives(db):
    ana, bea = person("Ana"), person("Bea", stage="ally")
    give(ana, "offer", "me", 100, days_ago=400)
    give(ana, "offer", "them", 30, days_ago=10)
    year_ago = TODAY - timedelta(days=365)
    recent = balance.balance(ana, since=year_ago)
    assert recent.given.gives == 0 and recent.received.money_cents == 3000
    assert recent.verdict == "received_more"
    old = balance.balance(ana, until=year_ago)
    assert old.given.gives == 1 and old.received.gives == 0
    assert balance.balance(ana).verdict == "gave_more"  # 100 against 30, all time
    assert [r.name for r in balance.ledger(since=year_ago)] == ["Ana", "Bea"]
    assert [r.name for r in balance.ledger(since=TODAY)] == ["Bea"]  # an ally still
    assert balance.ledger_ids(since=TODAY) == [bea]
    assert balance.ledger_count(until=year_ago) == 2
