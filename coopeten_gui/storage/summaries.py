"""Counts and sums across the whole book, for the dashboard and the alliance report:
contacts by relationship stage, proposals by status, activity per month, and the
proposals, agreements and referrals of a period.

Timestamps are compared as stored text ("YYYY-MM-DD HH:MM:SS", dates "YYYY-MM-DD"),
so a period is a half-open range of such strings and every bound can use an index.
Rows of contacts in the trash are left out.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from coopeten_gui.storage import database


class ProposalRow(NamedTuple):
    id: int
    contact_name: str
    title: str
    status: str
    value_cents: int
    created_at: str
    decided_at: str | None
    commitments: int
    commitments_kept: int


class ReferralRow(NamedTuple):
    id: int
    given_on: str
    from_name: str | None  # None: me
    to_name: str | None  # None: me
    about: str
    status: str
    value_cents: int


def stage_counts() -> dict[str, int]:
    """Live contacts per relationship stage (read from the stage index)."""
    rows = database.connection().execute(
        "SELECT stage, count(*) FROM contact WHERE deleted_at IS NULL GROUP BY stage")
    return dict(rows.fetchall())


def proposals_by_status(start: str | None = None, end: str | None = None
                        ) -> dict[str, tuple[int, int]]:
    """status → (how many, their value in cents), for proposals written in the period."""
    sql = ("SELECT p.status, count(*), coalesce(sum(p.value_cents), 0) "
           "FROM proposal p JOIN contact c ON c.id = p.contact_id "
           "WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL")
    sql, params = _period(sql, "p.created_at", start, end)
    rows = database.connection().execute(sql + " GROUP BY p.status", params)
    return {status: (n, value) for status, n, value in rows}


def activity_per_month(start: str, end: str) -> dict[str, tuple[int, int, int]]:
    """"YYYY-MM" → (timeline entries, follow-ups done, proposals written) in [start, end)."""
    conn = database.connection()
    found: dict[str, list[int]] = {}
    queries = (
        "SELECT substr(occurred_at, 1, 7), count(*) FROM interaction "
        "WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
        "SELECT substr(done_at, 1, 7), count(*) FROM task "
        "WHERE deleted_at IS NULL AND done_at >= ? AND done_at < ? GROUP BY 1",
        "SELECT substr(created_at, 1, 7), count(*) FROM proposal "
        "WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ? GROUP BY 1",
    )
    for position, sql in enumerate(queries):
        for month, n in conn.execute(sql, (start, end)):
            found.setdefault(month, [0, 0, 0])[position] = n
    return {month: (a, b, c) for month, (a, b, c) in found.items()}


_PROPOSALS = """
SELECT p.id, c.display_name, p.title, p.status, p.value_cents, p.created_at, p.decided_at,
       (SELECT count(*) FROM commitment m WHERE m.proposal_id = p.id AND m.deleted_at IS NULL),
       (SELECT count(*) FROM commitment m WHERE m.proposal_id = p.id AND m.deleted_at IS NULL
                                            AND m.done_at IS NOT NULL)
  FROM proposal p JOIN contact c ON c.id = p.contact_id
 WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL
   AND ((p.created_at >= ?1 AND p.created_at < ?2)
        OR (p.decided_at >= ?1 AND p.decided_at < ?2))
 ORDER BY p.status = 'accepted' DESC, coalesce(p.decided_at, p.created_at) DESC, p.id DESC
 LIMIT ?3
"""


def proposals_in(start: str, end: str, limit: int = 500) -> list[ProposalRow]:
    """Proposals written or decided in the period, agreements (accepted) first, with how
    many commitments each has and how many were kept."""
    return [ProposalRow(*row) for row in
            database.connection().execute(_PROPOSALS, (start, end, limit))]


_REFERRALS = """
SELECT r.id, r.given_on, f.display_name, t.display_name,
       coalesce(a.display_name, r.about_text), r.status, r.value_cents
  FROM referral r
  LEFT JOIN contact f ON f.id = r.from_contact_id
  LEFT JOIN contact t ON t.id = r.to_contact_id
  LEFT JOIN contact a ON a.id = r.about_contact_id
 WHERE r.deleted_at IS NULL AND r.given_on >= ? AND r.given_on < ?
   AND (r.from_contact_id IS NULL OR f.deleted_at IS NULL)
   AND (r.to_contact_id IS NULL OR t.deleted_at IS NULL)
 ORDER BY r.given_on DESC, r.id DESC
 LIMIT ?
"""


def referrals_in(start: str, end: str, limit: int = 500) -> list[ReferralRow]:
    """Referrals given in the period (dates as "YYYY-MM-DD"), newest first."""
    return [ReferralRow(*row) for row in
            database.connection().execute(_REFERRALS, (start, end, limit))]


def referral_totals(start: str, end: str) -> tuple[int, int, int]:
    """(referrals, closed, closed value in cents) given in the period — all of them,
    whatever ``referrals_in`` lists."""
    row = database.connection().execute(
        "SELECT count(*), coalesce(sum(status = 'closed'), 0), "
        "coalesce(sum(CASE WHEN status = 'closed' THEN value_cents ELSE 0 END), 0) "
        "FROM referral WHERE deleted_at IS NULL AND given_on >= ? AND given_on < ?",
        (start, end)).fetchone()
    return row[0], row[1], row[2]


def _period(sql: str, column: str, start: str | None, end: str | None) -> tuple[str, list[Any]]:
    params = []
    if start is not None:
        sql += f" AND {column} >= ?"
        params.append(start)
    if end is not None:
        sql += f" AND {column} < ?"
        params.append(end)
    return sql, params
