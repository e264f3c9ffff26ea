"""Proposals: letters frozen from a template for one contact, and their life cycle.

draft → sent → accepted | declined. Marking one sent schedules a follow-up and adds
a timeline entry, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from peewee import JOIN

from coopeten_gui.i18n import translate
from coopeten_gui.services import agreements, followups, records
from coopeten_gui.services.common import (
    Rows,
    ValidationError,
    check_choice,
    now,
    parse_money,
    require_text,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import (
    PROPOSAL_STATUSES,
    STAGES,
    Contact,
    Followup,
    Interaction,
    Proposal,
)

DEFAULT_SENT_FOLLOW_UP_DAYS = 7


@dataclass
class ProposalData:
    contact_id: int = 0
    title: str = ""
    body_html: str = ""
    template_name: str = ""
    language: str = ""
    value: str | int | None = None
    value_cents: int | None = None


@dataclass(frozen=True)
class ProposalRow:
    id: int
    contact_id: int
    contact_name: str
    title: str
    status: str
    value_cents: int
    created_at: datetime
    sent_at: datetime | None
    decided_at: datetime | None


@dataclass(frozen=True)
class ProposalRecord:
    """One proposal as stored: the letter frozen for its contact, and where it stands."""

    id: int
    contact_id: int
    template_name: str
    title: str
    body_html: str
    language: str
    status: str
    value_cents: int
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    decided_at: datetime | None
    deleted_at: datetime | None


def validate(data: ProposalData) -> dict[str, Any]:
    return {
        "contact": records.require(Contact, data.contact_id).id,
        "title": require_text(data.title, "title",
                              translate("Validation", "A proposal needs a title.")),
        "body_html": data.body_html,
        "template_name": data.template_name,
        "language": data.language,
        "value_cents": (data.value_cents if data.value_cents is not None
                        else parse_money(data.value, "value")),
    }


def create(data: ProposalData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return Proposal.create(created_at=stamp, updated_at=stamp, **values).id


def update(proposal_id: int, data: ProposalData) -> None:
    values = validate(data)
    with transaction():
        records.require(Proposal, proposal_id)
        Proposal.update(updated_at=now(), **values).where(Proposal.id == proposal_id).execute()


def get(proposal_id: int) -> ProposalRecord:
    return records.plain(ProposalRecord, records.require(Proposal, proposal_id))


def mark_sent(proposal_id: int, follow_up_days: int = DEFAULT_SENT_FOLLOW_UP_DAYS) -> int:
    """Record the sending; returns the id of the follow-up task it schedules."""
    with transaction():
        proposal = records.require(Proposal, proposal_id)
        stamp = now()
        Proposal.update(status="sent", sent_at=stamp, updated_at=stamp).where(
            Proposal.id == proposal_id).execute()
        Interaction.create(contact=proposal.contact_id, kind="proposal", occurred_at=stamp,
                           summary=translate("Timeline", "Proposal sent: {title}").format(
                               title=proposal.title),
                           proposal=proposal_id, created_at=stamp)
        contact = proposal.contact
        if STAGES.index(contact.stage) < STAGES.index("proposal_sent"):
            Contact.update(stage="proposal_sent", updated_at=stamp).where(
                Contact.id == contact.id).execute()
        task = Followup.create(
            title=translate("Timeline", "Follow up on the proposal “{title}”").format(
                title=proposal.title),
            due_at=followups.default_due(follow_up_days, stamp), priority=1,
            contact=proposal.contact_id, proposal=proposal_id, created_at=stamp,
            updated_at=stamp)
    return task.id


def decide(proposal_id: int, status: str) -> list[int]:
    """Accepted or declined; an accepted proposal makes the contact an ally.

    A decided proposal needs no more following up: its open "follow up on the proposal"
    is marked done (the follow-ups of its commitments stay). Returns the ids of the
    follow-ups closed so.
    """
    closed: list[int] = []
    status = check_choice(status, ("accepted", "declined", "draft", "sent"), "status")
    with transaction():
        proposal = records.require(Proposal, proposal_id)
        stamp = now()
        decided = stamp if status in ("accepted", "declined") else None
        Proposal.update(status=status, decided_at=decided, updated_at=stamp).where(
            Proposal.id == proposal_id).execute()
        if status == "accepted":
            Contact.update(stage="ally", updated_at=stamp).where(
                Contact.id == proposal.contact_id).execute()
        if decided:
            summary = (translate("Timeline", "Proposal accepted: {title}") if status == "accepted"
                       else translate("Timeline", "Proposal declined: {title}"))
            Interaction.create(contact=proposal.contact_id, kind="proposal", occurred_at=stamp,
                               summary=summary.format(title=proposal.title),
                               proposal=proposal_id, created_at=stamp)
            closed = agreements.close_proposal_follow_ups(proposal_id)
    return closed


def list_proposals(contact_id: int | None = None, status: str = "", trash: bool = False,
                   offset: int = 0, limit: int = 1000) -> list[ProposalRow]:
    if status and status not in PROPOSAL_STATUSES:
        raise ValidationError(translate("Validation", "Unknown proposal status."), "status")
    query = (Proposal.select(Proposal.id, Proposal.contact, Contact.display_name, Proposal.title,
                             Proposal.status, Proposal.value_cents, Proposal.created_at,
                             Proposal.sent_at, Proposal.decided_at)
             # CROSS JOIN: the proposals first. SQLite's statistics take the live
             # contacts for a few, and it would walk every one of them (a third of a
             # second at a million contacts) to reach a few thousand proposals
             .join(Contact, JOIN.CROSS)  # (peewee takes no ON for it: the WHERE says it)
             .where(Contact.id == Proposal.contact, Proposal.deleted_at.is_null(not trash),
                    Contact.deleted_at.is_null()))
    if contact_id is not None:
        query = query.where(Proposal.contact == contact_id)
    if status:
        query = query.where(Proposal.status == status)
    to_dt: Callable[[Any], Any] = Proposal.created_at.python_value
    query = (query.order_by(Proposal.created_at.desc(), Proposal.id.desc())
             .offset(offset).limit(limit))
    return [ProposalRow(i, c, n, t, s, v, to_dt(cr), to_dt(se), to_dt(de))
            for i, c, n, t, s, v, cr, se, de in cast(Rows, query.tuples())]


def trash(ids: Iterable[int]) -> int:
    """To the trash, with the open follow-ups of their commitments."""
    ids = list(ids)
    with transaction():
        count = records.trash(Proposal, ids)
        agreements.follow_proposals_to_trash(ids)
    return count


def restore(ids: Iterable[int]) -> int:
    ids = list(ids)
    with transaction():
        agreements.follow_proposals_from_trash(ids)
        return records.restore(Proposal, ids)
