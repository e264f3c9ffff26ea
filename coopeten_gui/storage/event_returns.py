"""What came of each event, added up in SQL: one statement over every event chosen.

The people met at an event are those who attended it and those whose contact says
they were met there (``contact.met_event_id``), once each, contacts in the trash left
out. From them: their proposals, the referrals they gave, received or were the
subject of, and the revenue their promotions of me brought; from the event itself:
the offers and asks raised there. Each part is grouped by event once (the people met
are read once, ``MATERIALIZED``), so 2,000 events over 100,000 contacts are one pass
over each table rather than one query per event. The joins are written CROSS JOIN to
keep SQLite going from the few (events, people met) to the many through their indexes:
left to itself it once walked every contact for each event.

Each person met is looked up by id in a subquery rather than joined: joined, SQLite
first reads every contact into a Bloom filter (a fifth of a second at a million
contacts, even for one event). The offers of contacts in the trash are counted from
those contacts for many events, and from the event's own offers for one (``_TRASHED``).
"""

from __future__ import annotations

from typing import Any

from coopeten_gui.storage import database

#: the columns of a row, in order (``services.event_returns.EventReturn`` names them)
COLUMNS = ("event_id", "name", "starts_at", "cost_cents", "people", "allies", "offers", "asks",
           "proposals", "accepted_proposals", "accepted_cents", "referrals",
           "referrals_closed", "referral_cents", "promotion_cents")


_SQL = """
WITH ev AS MATERIALIZED (
    SELECT id, name, starts_at, cost_cents FROM event
     WHERE deleted_at IS NULL {where}
     ORDER BY starts_at DESC, id DESC LIMIT ?
),
met AS (
    SELECT a.event_id, a.contact_id FROM ev CROSS JOIN attendance a ON a.event_id = ev.id
    UNION
    SELECT c.met_event_id, c.id FROM ev CROSS JOIN contact c ON c.met_event_id = ev.id
),
people AS MATERIALIZED (
    SELECT event_id, contact_id, stage
      FROM (SELECT m.event_id, m.contact_id,
                   (SELECT c.stage FROM contact c
                     WHERE c.id = m.contact_id AND c.deleted_at IS NULL) AS stage
              FROM met m)
     WHERE stage IS NOT NULL
),
pc AS (
    SELECT event_id, count(*) AS n, sum(stage = 'ally') AS allies
      FROM people GROUP BY event_id
),
-- offers and asks raised there, less those of contacts in the trash (counted from the
-- few trashed contacts: joining every offer to its contact costs four times as much;
-- both written with IN: as joins, the planner first scans every offer for a Bloom filter)
oa AS (
    SELECT o.event_id, sum(o.kind = 'offer') AS offers, sum(o.kind = 'ask') AS asks
      FROM offer_ask o INDEXED BY offer_ask_event
     WHERE o.event_id IN (SELECT id FROM ev) AND o.deleted_at IS NULL
     GROUP BY o.event_id
),
ot AS (
    SELECT o.event_id, sum(o.kind = 'offer') AS offers, sum(o.kind = 'ask') AS asks
      FROM offer_ask o {trashed}
       AND o.deleted_at IS NULL AND o.event_id IN (SELECT id FROM ev)
     GROUP BY o.event_id
),
pr AS (
    SELECT p.event_id, count(*) AS n, sum(x.status = 'accepted') AS accepted,
           sum(CASE WHEN x.status = 'accepted' THEN x.value_cents ELSE 0 END) AS value
      FROM people p CROSS JOIN proposal x ON x.contact_id = p.contact_id
     WHERE x.deleted_at IS NULL
     GROUP BY p.event_id
),
cp AS (
    SELECT p.event_id, sum(x.revenue_cents) AS revenue
      FROM people p CROSS JOIN cross_promotion x ON x.contact_id = p.contact_id
     WHERE x.deleted_at IS NULL AND x.direction = 'theirs'
     GROUP BY p.event_id
),
-- a referral counts once per event, whichever of its people were met there
rf AS (
    SELECT event_id, count(*) AS n, sum(status = 'closed') AS closed,
           sum(CASE WHEN status = 'closed' THEN value_cents ELSE 0 END) AS value
      FROM (SELECT p.event_id, r.id, r.status, r.value_cents
              FROM people p CROSS JOIN referral r ON r.from_contact_id = p.contact_id
             WHERE r.deleted_at IS NULL
            UNION
            SELECT p.event_id, r.id, r.status, r.value_cents
              FROM people p CROSS JOIN referral r ON r.to_contact_id = p.contact_id
             WHERE r.deleted_at IS NULL
            UNION
            SELECT p.event_id, r.id, r.status, r.value_cents
              FROM people p CROSS JOIN referral r ON r.about_contact_id = p.contact_id
             WHERE r.deleted_at IS NULL)
     GROUP BY event_id
)
SELECT ev.id, ev.name, ev.starts_at, ev.cost_cents,
       coalesce(pc.n, 0), coalesce(pc.allies, 0),
       coalesce(oa.offers, 0) - coalesce(ot.offers, 0),
       coalesce(oa.asks, 0) - coalesce(ot.asks, 0),
       coalesce(pr.n, 0), coalesce(pr.accepted, 0), coalesce(pr.value, 0),
       coalesce(rf.n, 0), coalesce(rf.closed, 0), coalesce(rf.value, 0),
       coalesce(cp.revenue, 0)
  FROM ev
  LEFT JOIN pc ON pc.event_id = ev.id
  LEFT JOIN oa ON oa.event_id = ev.id
  LEFT JOIN ot ON ot.event_id = ev.id
  LEFT JOIN pr ON pr.event_id = ev.id
  LEFT JOIN cp ON cp.event_id = ev.id
  LEFT JOIN rf ON rf.event_id = ev.id
 ORDER BY ev.starts_at DESC, ev.id DESC
"""


# the offers of contacts in the trash: for many events, those of the few trashed
# contacts; for one event, its few offers whose contact is in the trash
_TRASHED = {
    False: "WHERE o.contact_id IN (SELECT id FROM contact WHERE deleted_at IS NOT NULL)",
    True: "INDEXED BY offer_ask_event WHERE (SELECT c.deleted_at FROM contact c "
          "WHERE c.id = o.contact_id) IS NOT NULL",
}


def event_returns(event_id: int | None = None, start: str | None = None,
                  end: str | None = None, limit: int = -1) -> list[tuple[Any, ...]]:
    """Rows of ``COLUMNS``: the returns of one event, or of the live events starting in
    [start, end) (stored timestamps as text, either bound open), newest first; the
    latest ``limit`` only when it is not negative."""
    where: list[str] = []
    params: list[int | str] = []
    if event_id is not None:
        where.append("AND id = ?")
        params.append(event_id)
    if start is not None:
        where.append("AND starts_at >= ?")
        params.append(start)
    if end is not None:
        where.append("AND starts_at < ?")
        params.append(end)
    sql = _SQL.format(where=" ".join(where), trashed=_TRASHED[event_id is not None])
    params.append(limit)
    return database.connection().execute(sql, params).fetchall()
