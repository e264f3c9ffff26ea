"""Agreements: the commitments each side made in an accepted proposal.

A commitment is one side's promise — who gives what, by when, how it is measured, and
what it is worth if the user says. Each one has a dated follow-up for the side that
owes it: mine read "Deliver: …", theirs "Check that NAME delivered: …". Marking the
follow-up done (on Today, anywhere) keeps the commitment (``tasks.complete`` records
it on the commitment too), and a kept commitment is a give in the balance
(``storage.balances``). Removing a commitment moves it and its open follow-up to the
trash together, and restoring brings both back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from peewee import ModelSelect

from coopeten_gui.i18n import translate
from coopeten_gui.services import followups, records
from coopeten_gui.services.common import (
    ValidationError,
    check_choice,
    now,
    parse_date,
    parse_money,
    require_text,
)
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import COMMITMENT_PARTIES, Commitment, Contact, Followup, Proposal

#: a commitment without a date is followed up this many days after it was written down
UNDATED_FOLLOW_UP_DAYS = 14
MAX_COMMITMENTS = 200


@dataclass
class CommitmentData:
    party: str = "me"  # who owes it: me | them
    description: str = ""
    due_on: date | str | None = None
    measure: str = ""
    value: str | int | None = None  # as typed; see value_cents
    value_cents: int | None = None
    id: int | None = None  # the commitment being edited; None for a new one
    kept: bool | None = None  # True / False: mark it kept or not; None: leave it as it is


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    proposal_id: int
    party: str
    description: str
    due_on: date | None
    measure: str
    value_cents: int
    task_id: int | None
    done_at: datetime | None
    position: int

    @property
    def kept(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Agreement:
    """An accepted proposal and its commitments, for the dialog and the printed page."""

    proposal_id: int
    contact_id: int
    contact_name: str
    title: str
    status: str
    value_cents: int
    decided_at: datetime | None
    language: str
    commitments: list[CommitmentRow]

    def of(self, party: str) -> list[CommitmentRow]:
        return [c for c in self.commitments if c.party == party]


def get(proposal_id: int) -> Agreement:
    proposal = records.require(Proposal, proposal_id)
    contact = records.require(Contact, proposal.contact_id)
    return Agreement(proposal.id, contact.id, contact.display_name, proposal.title,
                     proposal.status, proposal.value_cents, proposal.decided_at,
                     proposal.language, list_commitments(proposal_id))


def list_commitments(proposal_id: int, trash: bool = False) -> list[CommitmentRow]:
    query = (Commitment.select().where(Commitment.proposal == proposal_id,
                                       Commitment.deleted_at.is_null(not trash))
             .order_by(Commitment.position, Commitment.id).limit(MAX_COMMITMENTS))
    return [_row(c) for c in query]


def validate(data: CommitmentData) -> dict[str, Any]:
    return {
        "party": check_choice(data.party, COMMITMENT_PARTIES, "party"),
        "description": require_text(data.description, "description", translate(
            "Validation", "Say what is promised.")),
        "due_on": parse_date(data.due_on, "due_on"),
        "measure": (data.measure or "").strip(),
        "value_cents": (data.value_cents if data.value_cents is not None
                        else parse_money(data.value, "value")),
    }


def save_commitments(proposal_id: int, items: list[CommitmentData]) -> list[int]:
    """Make the proposal's commitments exactly ``items``, in their order, in one write.

    New ones get a follow-up; edited ones move their open follow-up to the new title and
    date; those left out go to the trash with their open follow-up. Only an accepted
    proposal has commitments. Returns the ids in order.
    """
    values = [validate(item) for item in items]  # every problem before any write
    if len(values) > MAX_COMMITMENTS:
        raise ValidationError(translate("Validation", "An agreement holds at most {count} "
                                                      "commitments.").format(
            count=MAX_COMMITMENTS))
    with transaction():
        proposal = records.require(Proposal, proposal_id)
        if proposal.status != "accepted":
            raise ValidationError(translate(
                "Validation", "Commitments belong to an accepted proposal: mark it accepted "
                              "first."), "status")
        name = proposal.contact.display_name
        live = {c.id: c for c in Commitment.select().where(
            Commitment.proposal == proposal_id, Commitment.deleted_at.is_null())}
        stamp = now()
        ids = []
        for position, (item, value) in enumerate(zip(items, values)):
            title = follow_up_title(value["party"], value["description"], name)
            due = _due(value["due_on"], stamp)
            existing = live.pop(item.id, None) if item.id is not None else None
            done = stamp if item.kept else None
            if existing is None:
                task = Followup.create(title=title, due_at=due, priority=1, done_at=done,
                                   contact=proposal.contact_id, proposal=proposal_id,
                                   created_at=stamp, updated_at=stamp)
                ids.append(Commitment.create(proposal=proposal_id, task=task.id,
                                             position=position, done_at=done,
                                             created_at=stamp, updated_at=stamp, **value).id)
                continue
            if item.kept is not None and item.kept != (existing.done_at is not None):
                value["done_at"] = done
                if existing.task_id is not None:
                    Followup.update(done_at=done, updated_at=stamp).where(
                        Followup.id == existing.task_id).execute()
            Commitment.update(position=position, updated_at=stamp, **value).where(
                Commitment.id == existing.id).execute()
            if existing.task_id is not None:
                changes = {"title": title, "updated_at": stamp}
                if value["due_on"] != existing.due_on:
                    changes["due_at"] = due
                Followup.update(**changes).where(Followup.id == existing.task_id,
                                             Followup.done_at.is_null()).execute()
            ids.append(existing.id)
        _trash(list(live), stamp)
    return ids


def follow_up_title(party: str, description: str, contact_name: str) -> str:
    """What the follow-up of a commitment says, by who owes it."""
    what = " ".join(description.split())
    if party == "me":
        return translate("Agreements", "Deliver: {what}").format(what=what)
    return translate("Agreements", "Check that {name} delivered: {what}").format(
        name=contact_name, what=what)


def set_kept(commitment_id: int, kept: bool = True) -> None:
    """Kept (a give in the balance) or not kept after all; its follow-up follows."""
    with transaction():
        commitment = records.require(Commitment, commitment_id)
        stamp = now() if kept else None
        Commitment.update(done_at=stamp, updated_at=now()).where(
            Commitment.id == commitment_id).execute()
        if commitment.task_id is not None:
            Followup.update(done_at=stamp, updated_at=now()).where(
                Followup.id == commitment.task_id).execute()


def trash(ids: Iterable[int]) -> int:
    """Commitments to the trash, with their open follow-ups."""
    with transaction():
        return _trash(list(ids), now())


def restore(ids: Iterable[int]) -> int:
    """Commitments back from the trash, with the follow-ups trashed with them."""
    ids = list(ids)
    with transaction():
        for commitment in Commitment.select().where(Commitment.id.in_(ids),
                                                    Commitment.deleted_at.is_null(False)):
            if commitment.task_id is not None:
                Followup.update(deleted_at=None).where(
                    Followup.id == commitment.task_id,
                    Followup.deleted_at == commitment.deleted_at).execute()
        return cast(int, Commitment.update(deleted_at=None).where(
            Commitment.id.in_(ids)).execute())


def close_proposal_follow_ups(proposal_id: int) -> list[int]:
    """Mark done the open follow-ups of a proposal that no commitment owns (the "follow
    up on the proposal" planned when it was sent). Returns their ids (to reopen)."""
    owned = Commitment.select(Commitment.task).where(Commitment.task.is_null(False))
    query = Followup.select(Followup.id).where(
        Followup.proposal == proposal_id, Followup.done_at.is_null(),
        Followup.deleted_at.is_null(), Followup.id.not_in(owned))
    ids = [task.id for task in query]
    if ids:
        stamp = now()
        Followup.update(done_at=stamp, updated_at=stamp).where(Followup.id.in_(ids)).execute()
    return ids


def follow_proposals_to_trash(proposal_ids: list[int]) -> None:
    """The proposals went to the trash: the open follow-ups of their commitments go with
    them, stamped as they were, so restoring brings back only these."""
    for proposal in Proposal.select(Proposal.id, Proposal.deleted_at).where(
            Proposal.id.in_(proposal_ids), Proposal.deleted_at.is_null(False)):
        Followup.update(deleted_at=proposal.deleted_at).where(
            Followup.id.in_(_commitment_tasks(proposal.id)), Followup.done_at.is_null(),
            Followup.deleted_at.is_null()).execute()


def follow_proposals_from_trash(proposal_ids: list[int]) -> None:
    """Before the proposals come back: the follow-ups that went to the trash with them."""
    for proposal in Proposal.select(Proposal.id, Proposal.deleted_at).where(
            Proposal.id.in_(proposal_ids), Proposal.deleted_at.is_null(False)):
        Followup.update(deleted_at=None).where(
            Followup.id.in_(_commitment_tasks(proposal.id)),
            Followup.deleted_at == proposal.deleted_at).execute()


# -- internals ------------------------------------------------------------------------------

def _trash(ids: list[int], stamp: datetime) -> int:
    if not ids:
        return 0
    task_ids = [c.task_id for c in Commitment.select(Commitment.task).where(
        Commitment.id.in_(ids), Commitment.deleted_at.is_null(), Commitment.task.is_null(False))]
    if task_ids:
        # the same moment as the commitments, so restoring brings back only these
        Followup.update(deleted_at=stamp).where(
            Followup.id.in_(task_ids), Followup.done_at.is_null(),
            Followup.deleted_at.is_null()).execute()
    return cast(int, Commitment.update(deleted_at=stamp).where(
        Commitment.id.in_(ids), Commitment.deleted_at.is_null()).execute())


def _commitment_tasks(proposal_id: int) -> ModelSelect[Commitment]:
    return Commitment.select(Commitment.task).where(Commitment.proposal == proposal_id,
                                                    Commitment.deleted_at.is_null(),
                                                    Commitment.task.is_null(False))


def _due(day: date | None, stamp: datetime) -> datetime:
    if day is None:
        return followups.default_due(UNDATED_FOLLOW_UP_DAYS, stamp)
    return datetime.combine(day, time(9, 0))


def _row(c: Commitment) -> CommitmentRow:
    return CommitmentRow(c.id, c.proposal_id, c.party, c.description, c.due_on, c.measure,
                         c.value_cents, c.task_id, c.done_at, c.position)
