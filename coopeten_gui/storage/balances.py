"""The give and take with each contact, in SQL: every give in one list, summed per contact.

A *give* is one thing one side did for the other (``side`` 'me': I gave; 'them': they
gave me):

- a fulfilled offer or ask: my offer or their ask fulfilled is my give, their offer or
  my ask fulfilled is theirs; its value, dated when it last changed (the day it was
  marked fulfilled, as nothing changes a fulfilled row afterwards);
- a cross-promotion: mine (I promoted them) is my give, theirs is theirs; the audience
  reached, the visits, leads and sales and the revenue it brought the promoted side;
- a referral between me and a contact: sent by me (``from_contact_id`` NULL) is my
  give, sent to me (``to_contact_id`` NULL) is theirs; the value of the business it
  closed (nothing until it closed);
- a kept commitment of an agreement: the side that owed it gave it, on the day it was
  done, with its value.

An accepted proposal is what both sides agreed, not a give by one of them: it is listed
apart (``side`` NULL, kind 'agreement') with its value. A contact who is an ally (or a
dormant one) is a relationship even before any give (kind 'ally', no side).

Everything is summed by SQL in one pass (``GROUP BY contact``), so the whole ledger of
100,000 contacts is one query; the verdict's rule lives here too (see ``_SCORED``) so
the ledger can sort and filter by it without reading every row into Python.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, cast

from coopeten_gui.storage import database

#: the gives, one row each: contact, side, kind, money, audience, visits, leads, sales, day.
#: ``{offer_ask}`` … are extra conditions (one contact's rows), empty for every contact.
_GIVES = """
SELECT contact_id,
       CASE WHEN (kind = 'offer') = (party = 'me') THEN 'me' ELSE 'them' END AS side,
       'exchange' AS kind, value_cents AS cents, 0 AS audience, 0 AS visits, 0 AS leads,
       0 AS sales, substr(updated_at, 1, 10) AS day
  FROM offer_ask WHERE status = 'fulfilled' AND deleted_at IS NULL {offer_ask}
UNION ALL
SELECT contact_id, CASE direction WHEN 'mine' THEN 'me' ELSE 'them' END, 'promotion',
       revenue_cents, audience_reached, visits, leads, sales, substr(promoted_on, 1, 10)
  FROM cross_promotion WHERE deleted_at IS NULL {promotion}
UNION ALL
SELECT to_contact_id, 'me', 'referral', CASE status WHEN 'closed' THEN value_cents ELSE 0 END,
       0, 0, 0, 0, substr(given_on, 1, 10)
  FROM referral WHERE from_contact_id IS NULL AND to_contact_id IS NOT NULL
   AND deleted_at IS NULL {referral_to}
UNION ALL
SELECT from_contact_id, 'them', 'referral', CASE status WHEN 'closed' THEN value_cents ELSE 0 END,
       0, 0, 0, 0, substr(given_on, 1, 10)
  FROM referral WHERE to_contact_id IS NULL AND from_contact_id IS NOT NULL
   AND deleted_at IS NULL {referral_from}
UNION ALL
SELECT p.contact_id, k.party, 'commitment', k.value_cents, 0, 0, 0, 0, substr(k.done_at, 1, 10)
  FROM commitment k JOIN proposal p ON p.id = k.proposal_id
 WHERE k.done_at IS NOT NULL AND k.deleted_at IS NULL AND p.deleted_at IS NULL {commitment}
UNION ALL
SELECT contact_id, NULL, 'agreement', value_cents, 0, 0, 0, 0, substr(decided_at, 1, 10)
  FROM proposal WHERE status = 'accepted' AND deleted_at IS NULL {proposal}
UNION ALL
SELECT id, NULL, 'ally', 0, 0, 0, 0, 0, NULL
  FROM contact WHERE {ally}
"""

_ONE_OF = "IN (SELECT value FROM json_each(:contacts))"
_FILTERS = {
    "offer_ask": f"AND contact_id {_ONE_OF}",
    "promotion": f"AND contact_id {_ONE_OF}",
    "referral_to": f"AND to_contact_id {_ONE_OF}",
    "referral_from": f"AND from_contact_id {_ONE_OF}",
    "commitment": f"AND p.contact_id {_ONE_OF}",
    "proposal": f"AND contact_id {_ONE_OF}",
}
# The allies' own rows: every ally through the index on (deleted_at, stage); the few asked
# for by id first, as that index would read every ally of a million ("+" keeps SQLite off it)
_ALLIES = {False: "deleted_at IS NULL AND stage IN ('ally', 'dormant')",
           True: f"id {_ONE_OF} AND +deleted_at IS NULL AND +stage IN ('ally', 'dormant')"}


def _gives(some_contacts: bool) -> str:
    """Every give, or (``some_contacts``) those of the contacts in ``:contacts``, read
    through each table's index on the contact."""
    filters = {key: value if some_contacts else "" for key, value in _FILTERS.items()}
    return _GIVES.format(**filters, ally=_ALLIES[some_contacts])


def _side(side: str, prefix: str) -> str:
    """The sums of one side's gives, as columns named ``prefix_…``."""
    when = f"CASE WHEN side = '{side}' THEN"
    return f""",
       COALESCE(SUM(side = '{side}'), 0) AS {prefix}_n,
       COALESCE(SUM({when} cents END), 0) AS {prefix}_cents,
       COALESCE(SUM({when} audience END), 0) AS {prefix}_audience,
       COALESCE(SUM({when} visits END), 0) AS {prefix}_visits,
       COALESCE(SUM({when} leads END), 0) AS {prefix}_leads,
       COALESCE(SUM({when} sales END), 0) AS {prefix}_sales,
       MIN({when} day END) AS {prefix}_first,
       MAX({when} day END) AS {prefix}_last"""


# the gives of a period (either end open); an ally with no give yet has no day and stays
_PERIOD = ("(day IS NULL OR ((:since IS NULL OR day >= :since) "
           "AND (:until IS NULL OR day <= :until)))")


def _renamed(prefix: str, name: str) -> str:
    return ", ".join(f"s.{prefix}_{column} AS {name}_{column}" for column in (
        "n", "cents", "audience", "visits", "leads", "sales", "first", "last"))


# How the verdict weighs units without an exchange rate: the number of gives each way
# and the money each way are compared apart. Each leans to one side (1: I gave more,
# -1: they did) unless the two are close: both sides gave something and they differ by
# at most one give (or a quarter of the larger amount of money). The verdict follows
# the way they lean; when they lean opposite ways (I gave more often, they gave more
# money) no rate can say who gave more, so it is balanced. Audience, visits, leads and
# sales are shown, never weighed: they are people, not gives.
def _lean(mine: str, theirs: str, slack: str) -> str:
    return (f"CASE WHEN {mine} = {theirs} THEN 0 "
            f"WHEN min({mine}, {theirs}) > 0 AND ({slack}) THEN 0 "
            f"WHEN {mine} > {theirs} THEN 1 ELSE -1 END")


_COUNT_LEAN = _lean("g_n", "r_n", "abs(g_n - r_n) <= 1 OR 4 * min(g_n, r_n) >= 3 * max(g_n, r_n)")
_MONEY_LEAN = _lean("g_cents", "r_cents", "4 * min(g_cents, r_cents) >= 3 * max(g_cents, r_cents)")

_SCORED = f"""
WITH gives AS ({{gives}}),
per AS (
SELECT contact_id{_side('me', 'g')}{_side('them', 'r')},
       COALESCE(SUM(kind = 'agreement'), 0) AS agreements,
       COALESCE(SUM(CASE WHEN kind = 'agreement' THEN cents END), 0) AS agreed_cents
  FROM gives WHERE {_PERIOD} GROUP BY contact_id),
leaned AS (
SELECT per.*, {_COUNT_LEAN} AS count_lean, {_MONEY_LEAN} AS money_lean FROM per),
scored AS (
SELECT leaned.*,
       CASE WHEN g_n + r_n = 0 THEN NULL
            WHEN count_lean = money_lean OR money_lean = 0 THEN count_lean
            WHEN count_lean = 0 THEN money_lean
            ELSE 0 END AS lean,
       max(COALESCE(g_last, ''), COALESCE(r_last, '')) AS last_give
  FROM leaned)
SELECT s.contact_id, c.display_name, c.stage, COALESCE(o.name, '') AS organization,
       {_renamed('g', 'given')},
       {_renamed('r', 'received')},
       s.agreements, s.agreed_cents, s.count_lean, s.money_lean, s.lean,
       NULLIF(s.last_give, '') AS last_give,
       NULLIF(max(s.last_give, COALESCE(
           (SELECT substr(max(i.occurred_at), 1, 10) FROM interaction i
             WHERE i.contact_id = s.contact_id AND i.deleted_at IS NULL), '')), '')
           AS last_contact,
       -- one-sided: one side leads, and the other has not given for the whole window
       -- while the leading side's first give is older than the window
       (s.lean IN (1, -1)
        AND COALESCE(CASE s.lean WHEN 1 THEN s.r_last ELSE s.g_last END, '') < :one_sided_since
        AND COALESCE(CASE s.lean WHEN 1 THEN s.g_first ELSE s.r_first END, '9999')
            < :one_sided_since) AS one_sided
  FROM scored s JOIN contact c ON c.id = s.contact_id
  LEFT OUTER JOIN organization o ON o.id = c.organization_id
 WHERE c.deleted_at IS NULL
"""

#: the columns of a ledger row, in order (``_SCORED`` then ``cold``)
COLUMNS = (
    "contact_id", "display_name", "stage", "organization",
    "given_n", "given_cents", "given_audience", "given_visits", "given_leads", "given_sales",
    "given_first", "given_last",
    "received_n", "received_cents", "received_audience", "received_visits", "received_leads",
    "received_sales", "received_first", "received_last",
    "agreements", "agreed_cents", "count_lean", "money_lean", "lean", "last_give",
    "last_contact", "one_sided", "cold",
)

#: sort keys, each with its natural direction ({d}: the first rows are the most telling)
ORDERS = {
    # most one-sided first: the difference in gives, then in money
    "imbalance": ("abs(given_n - received_n) {d}, abs(given_cents - received_cents) {d}"),
    # the longest without a give either way first (never before anything)
    "since_last_give": "COALESCE(last_give, '') {a}",
}
FLAGS = {
    "all": "",
    "one_sided": "AND one_sided",
    "cold": "AND cold",
    "flagged": "AND (one_sided OR cold)",
}


def _query(some_contacts: bool, flag: str, text: str) -> str:
    sql = (f"SELECT *, COALESCE(last_contact, '') < :cold_since AS cold FROM ("
           f"{_SCORED.format(gives=_gives(some_contacts))}) WHERE 1 {FLAGS[flag]}")
    if text:
        sql += " AND display_name LIKE :text ESCAPE '\\'"
    return sql


def _params(contact_ids: list[int] | None, today: date | None, one_sided_days: int,
            cold_days: int, text: str, since: date | None = None,
            until: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {"contacts": json.dumps([int(i) for i in contact_ids or ()]),
            "one_sided_since": (today - timedelta(days=one_sided_days)).isoformat(),
            "cold_since": (today - timedelta(days=cold_days)).isoformat(),
            "text": f"%{escaped}%",
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None}


def _order(order: str, reverse: bool) -> str:
    key = ORDERS[order].format(d="ASC" if reverse else "DESC", a="DESC" if reverse else "ASC")
    return f" ORDER BY {key}, display_name COLLATE NOCASE, contact_id"


def ledger_rows(contact_ids: list[int] | None = None, order: str = "imbalance",
                reverse: bool = False, flag: str = "all", text: str = "",
                today: date | None = None, one_sided_days: int = 90, cold_days: int = 60,
                offset: int = 0, limit: int = 200, since: date | None = None,
                until: date | None = None) -> list[tuple[Any, ...]]:
    """Rows of ``COLUMNS``: every live relationship (or those of ``contact_ids``, read
    through the indexes), sorted and filtered by SQL, ``limit`` at a time."""
    text = text.strip()
    sql = (_query(contact_ids is not None, flag, text) + _order(order, reverse)
           + " LIMIT :limit OFFSET :offset")
    params = _params(contact_ids, today, one_sided_days, cold_days, text, since, until)
    params.update(limit=limit, offset=offset)
    return database.connection().execute(sql, params).fetchall()


# Only what the order needs, for the unfiltered list (the one the page opens on): a
# third of the sums of ``_SCORED``, and no verdict, flags or last contact to work out.
_ORDER_ONLY = """
WITH gives AS ({gives}),
per AS (
SELECT contact_id, total(side = 'me') AS given_n, total(side = 'them') AS received_n,
       total(CASE WHEN side = 'me' THEN cents END) AS given_cents,
       total(CASE WHEN side = 'them' THEN cents END) AS received_cents,
       max(day) AS last_give
  FROM gives WHERE {period} GROUP BY contact_id)
SELECT per.*, c.display_name FROM per JOIN contact c ON c.id = per.contact_id
 WHERE c.deleted_at IS NULL
"""


def ledger_ids(order: str = "imbalance", reverse: bool = False, flag: str = "all",
               text: str = "", today: date | None = None, one_sided_days: int = 90,
               cold_days: int = 60, since: date | None = None,
               until: date | None = None) -> list[int]:
    """The contacts of every relationship in ledger order: one pass over the gives, for
    a list that then reads its rows a screen at a time (``ledger_rows(contact_ids)``)."""
    text = text.strip()
    if flag == "all":
        inner = _ORDER_ONLY.format(gives=_gives(False), period=_PERIOD)
        if text:
            inner += " AND c.display_name LIKE :text ESCAPE '\\'"
    else:
        inner = _query(False, flag, text)
    sql = f"SELECT contact_id FROM ({inner}{_order(order, reverse)})"
    params = _params(None, today, one_sided_days, cold_days, text, since, until)
    return [row[0] for row in database.connection().execute(sql, params)]


def contacts_at_most() -> int:
    """At least as many as there are contacts, read at once (the highest id)."""
    return cast(int, database.connection().execute(
        "SELECT COALESCE(MAX(id), 0) FROM contact").fetchone()[0])


def ledger_count(flag: str = "all", text: str = "", today: date | None = None,
                 one_sided_days: int = 90, cold_days: int = 60, since: date | None = None,
                 until: date | None = None) -> int:
    sql = f"SELECT count(*) FROM ({_query(False, flag, text.strip())})"
    params = _params(None, today, one_sided_days, cold_days, text.strip(), since, until)
    return cast(int, database.connection().execute(sql, params).fetchone()[0])


def gives_by_kind(contact_id: int, since: date | None = None,
                  until: date | None = None) -> list[tuple[Any, ...]]:
    """(side, kind, count, money, audience, visits, leads, sales, last day) of one contact."""
    sql = (f"SELECT side, kind, count(*), COALESCE(SUM(cents), 0), SUM(audience), "
           f"SUM(visits), SUM(leads), SUM(sales), max(day) "
           f"FROM ({_gives(True)}) WHERE kind != 'ally' AND {_PERIOD} GROUP BY side, kind")
    params = {"contacts": json.dumps([contact_id]),
              "since": since.isoformat() if since else None,
              "until": until.isoformat() if until else None}
    return database.connection().execute(sql, params).fetchall()
