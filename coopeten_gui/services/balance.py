"""The balance of each relationship: what I gave, what I received, and who gave more.

``balance(contact_id)`` is one contact's give and take, by kind and unit, for the
contact page; ``ledger(...)`` is every relationship at once, sorted and flagged by SQL
(``storage.balances``), a screen at a time, for the Alliances page, the command line
and the reports.

Units are kept apart: money is money (cents), an audience is people, a give is one
thing done for the other side. No exchange rate is invented between them. The verdict
compares the number of gives each way and the money each way separately (close
amounts count as even); when they agree, or only one of them leans, the verdict
follows; when they lean opposite ways it is "balanced" and the sentence says how
(the rule is written once, in ``storage.balances``).

An accepted proposal is what both sides agreed, not a give by either: its value is
shown apart (``Balance.agreed_cents``); the commitments it holds, once kept, are the
gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError
from coopeten_gui.storage import balances as store

VERDICTS = ("gave_more", "received_more", "balanced", "none")
KINDS = ("exchange", "promotion", "referral", "commitment")
ORDERS = tuple(store.ORDERS)
FLAGS = tuple(store.FLAGS)
#: a relationship is one-sided when one side has not given for this long
ONE_SIDED_DAYS = 90
#: "no contact for" starts at this many days unless the caller chooses
COLD_DAYS = 60
#: up to this many contacts, ``ledger_ids`` takes a few milliseconds (``ledger_quick``)
QUICK_CONTACTS = 10_000


@dataclass(frozen=True)
class KindTotals:
    """One kind of give, one way: how many, and the money they carried."""

    count: int = 0
    money_cents: int = 0
    last_give: date | None = None


@dataclass(frozen=True)
class Side:
    """Everything one side gave the other (``Balance.given``: me; ``received``: them)."""

    gives: int = 0
    money_cents: int = 0
    audience: int = 0
    visits: int = 0
    leads: int = 0
    sales: int = 0
    first_give: date | None = None
    last_give: date | None = None
    by_kind: dict[str, KindTotals] = field(default_factory=dict)

    def kind(self, kind: str) -> KindTotals:
        """The totals of one kind (``KINDS``), zero when there were none."""
        return self.by_kind.get(kind, KindTotals())


@dataclass(frozen=True)
class Balance:
    contact_id: int
    given: Side
    received: Side
    verdict: str  # one of VERDICTS
    sentence: str  # the verdict said plainly, in the interface language
    agreements: int = 0  # accepted proposals
    agreed_cents: int = 0
    last_contact: date | None = None
    one_sided: bool = False


@dataclass(frozen=True)
class LedgerRow:
    """One relationship in the ledger; ``given``/``received`` hold no ``by_kind``."""

    contact_id: int
    name: str
    organization: str
    stage: str
    given: Side
    received: Side
    verdict: str
    sentence: str
    agreements: int
    agreed_cents: int
    last_give: date | None  # either way
    last_contact: date | None  # a give either way or a timeline entry
    one_sided: bool  # one side has not given for ONE_SIDED_DAYS while the other has
    cold: bool  # no contact for the chosen number of days
    imbalance: int  # gives I made minus gives they made

    def days_since_last_give(self, today: date | None = None) -> int | None:
        return _days(self.last_give, today)

    def days_without_contact(self, today: date | None = None) -> int | None:
        return _days(self.last_contact, today)


def balance(contact_id: int, today: date | None = None, since: date | None = None,
            until: date | None = None) -> Balance:
    """One contact's give and take (zeros and verdict 'none' when nothing was given);
    ``since``/``until`` keep the gives of a period (days included, either end open)."""
    by_kind: dict[str, dict[str, KindTotals]] = {"me": {}, "them": {}}
    for side, kind, count, cents, _a, _v, _l, _s, day in store.gives_by_kind(
            contact_id, since, until):
        if side in by_kind:
            by_kind[side][kind] = KindTotals(count, cents, _date(day))
    rows = store.ledger_rows(contact_ids=[contact_id], today=today,
                             one_sided_days=ONE_SIDED_DAYS, since=since, until=until)
    if not rows:
        return Balance(contact_id, Side(), Side(), "none", verdict_sentence("none"))
    row = _row(rows[0])
    return Balance(contact_id,
                   _with_kinds(row.given, by_kind["me"]),
                   _with_kinds(row.received, by_kind["them"]),
                   row.verdict, row.sentence, row.agreements, row.agreed_cents,
                   row.last_contact, row.one_sided)


def ledger(contact_id: int | None = None, order: str = "imbalance", reverse: bool = False,
           flag: str = "all", text: str = "", cold_days: int = COLD_DAYS,
           today: date | None = None, offset: int = 0, limit: int = 200,
           contact_ids: list[int] | None = None, since: date | None = None,
           until: date | None = None) -> list[LedgerRow]:
    """Every relationship (a contact with a give either way, an accepted proposal, or the
    ally or dormant stage), or just ``contact_id``'s (or those of ``contact_ids``).

    ``order``: 'imbalance' (most one-sided first) or 'since_last_give' (longest without a
    give first); ``reverse`` turns it round. ``flag`` keeps 'all', the 'one_sided', the
    'cold' (no contact for ``cold_days``) or the 'flagged' (either). ``text`` filters by
    name. ``since``/``until`` keep the gives of a period (a report's). At most ``limit``
    rows from ``offset``: one SQL query, whatever the number of contacts.
    """
    _check(order, flag, cold_days)
    if contact_id is not None:
        contact_ids = [contact_id]
    rows = store.ledger_rows(contact_ids=contact_ids, order=order, reverse=reverse, flag=flag,
                             text=text, today=today, one_sided_days=ONE_SIDED_DAYS,
                             cold_days=cold_days, offset=offset, limit=limit, since=since,
                             until=until)
    return [_row(row) for row in rows]


def ledger_ids(order: str = "imbalance", reverse: bool = False, flag: str = "all",
               text: str = "", cold_days: int = COLD_DAYS, today: date | None = None,
               since: date | None = None, until: date | None = None) -> list[int]:
    """The contact of every relationship, in ``ledger`` order (same arguments): a long
    list keeps these and reads ``ledger(contact_ids=…)`` a screen at a time."""
    _check(order, flag, cold_days)
    return store.ledger_ids(order=order, reverse=reverse, flag=flag, text=text, today=today,
                            one_sided_days=ONE_SIDED_DAYS, cold_days=cold_days, since=since,
                            until=until)


def ledger_quick() -> bool:
    """Whether ``ledger_ids`` answers in a few milliseconds (few contacts), or is worth a
    worker thread (seconds at a million contacts: it reads every give)."""
    return store.contacts_at_most() <= QUICK_CONTACTS


def ledger_count(flag: str = "all", text: str = "", cold_days: int = COLD_DAYS,
                 today: date | None = None, since: date | None = None,
                 until: date | None = None) -> int:
    """How many rows ``ledger`` has in all with these filters."""
    _check("imbalance", flag, cold_days)
    return store.ledger_count(flag=flag, text=text, today=today, one_sided_days=ONE_SIDED_DAYS,
                              cold_days=cold_days, since=since, until=until)


def verdict_sentence(verdict: str, count_lean: int = 0, money_lean: int = 0,
                     given: int = 0, received: int = 0) -> str:
    """The verdict in plain words. ``count_lean``/``money_lean`` (1: I gave more, -1: they
    did, 0: even) say why a 'balanced' is balanced; ``given``/``received`` the gives."""
    if verdict == "none":
        return translate("Balance", "Nothing given yet, either way.")
    if verdict == "gave_more":
        if not received:
            return translate("Balance", "You have given more: only you have given so far.")
        return translate("Balance", "You have given more.")
    if verdict == "received_more":
        if not given:
            return translate("Balance",
                             "They have given more: only they have given so far. Your turn.")
        return translate("Balance", "They have given more. Your turn.")
    if count_lean == 1 and money_lean == -1:
        return translate("Balance", "Balanced: you gave more often, they gave more in money.")
    if count_lean == -1 and money_lean == 1:
        return translate("Balance", "Balanced: they gave more often, you gave more in money.")
    return translate("Balance", "Balanced: you each give about as much as you get.")


# -- internals ------------------------------------------------------------------------------

def _check(order: str, flag: str, cold_days: int) -> None:
    if order not in store.ORDERS:
        raise ValidationError(translate("Validation", "Unknown order: “{value}”.").format(
            value=order), "order")
    if flag not in store.FLAGS:
        raise ValidationError(translate("Validation", "Unknown filter: “{value}”.").format(
            value=flag), "flag")
    if not isinstance(cold_days, int) or cold_days < 0:
        raise ValidationError(translate("Validation", "This number cannot be negative."),
                              "cold_days")


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None  # a hand-edited date: shown as unknown rather than failing the page


def _days(day: date | None, today: date | None) -> int | None:
    return None if day is None else ((today or date.today()) - day).days


def _side(values: dict[str, Any], prefix: str) -> Side:
    return Side(gives=values[f"{prefix}_n"], money_cents=values[f"{prefix}_cents"],
                audience=values[f"{prefix}_audience"], visits=values[f"{prefix}_visits"],
                leads=values[f"{prefix}_leads"], sales=values[f"{prefix}_sales"],
                first_give=_date(values[f"{prefix}_first"]),
                last_give=_date(values[f"{prefix}_last"]))


def _with_kinds(side: Side, kinds: dict[str, KindTotals]) -> Side:
    return Side(side.gives, side.money_cents, side.audience, side.visits, side.leads,
                side.sales, side.first_give, side.last_give, kinds)


_VERDICT_OF_LEAN = {1: "gave_more", -1: "received_more", 0: "balanced", None: "none"}


def _row(raw: tuple[Any, ...]) -> LedgerRow:
    values = dict(zip(store.COLUMNS, raw))
    verdict = _VERDICT_OF_LEAN[values["lean"]]
    given, received = _side(values, "given"), _side(values, "received")
    return LedgerRow(
        contact_id=values["contact_id"], name=values["display_name"],
        organization=values["organization"], stage=values["stage"],
        given=given, received=received, verdict=verdict,
        sentence=verdict_sentence(verdict, values["count_lean"], values["money_lean"],
                                  given.gives, received.gives),
        agreements=values["agreements"], agreed_cents=values["agreed_cents"],
        last_give=_date(values["last_give"]), last_contact=_date(values["last_contact"]),
        one_sided=bool(values["one_sided"]), cold=bool(values["cold"]),
        imbalance=given.gives - received.gives)
