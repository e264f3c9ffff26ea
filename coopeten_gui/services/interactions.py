"""The timeline: notes, calls, meetings, emails, events and proposals per contact."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import Rows, check_choice, now, parse_datetime, require_text
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import INTERACTION_KINDS, Contact, Interaction


@dataclass
class InteractionData:
    contact_id: int = 0
    summary: str = ""
    kind: str = "note"
    occurred_at: datetime | str | None = None
    body: str = ""
    event_id: int | None = None
    proposal_id: int | None = None


@dataclass(frozen=True)
class InteractionRow:
    id: int
    kind: str
    occurred_at: datetime
    summary: str
    body: str
    event_id: int | None
    proposal_id: int | None


def validate(data: InteractionData) -> dict[str, Any]:
    return {
        "contact": records.require(Contact, data.contact_id).id,
        "kind": check_choice(data.kind, INTERACTION_KINDS, "kind"),
        "occurred_at": parse_datetime(data.occurred_at, "occurred_at") or now(),
        "summary": require_text(data.summary, "summary",
                                translate("Validation", "Write what happened.")),
        "body": data.body,
        "event": data.event_id,
        "proposal": data.proposal_id,
    }


def create(data: InteractionData) -> int:
    values = validate(data)
    with transaction():
        return Interaction.create(created_at=now(), **values).id


def update(row_id: int, data: InteractionData) -> None:
    values = validate(data)
    with transaction():
        records.require(Interaction, row_id)
        Interaction.update(**values).where(Interaction.id == row_id).execute()


def timeline(contact_id: int, offset: int = 0, limit: int = 500) -> list[InteractionRow]:
    """Newest first."""
    query = (Interaction.select(Interaction.id, Interaction.kind, Interaction.occurred_at,
                                Interaction.summary, Interaction.body, Interaction.event,
                                Interaction.proposal)
             .where(Interaction.contact == contact_id, Interaction.deleted_at.is_null())
             .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
             .offset(offset).limit(limit))
    to_dt: Callable[[Any], Any] = Interaction.occurred_at.python_value
    return [InteractionRow(i, k, to_dt(o), s, b, e, p)
            for i, k, o, s, b, e, p in cast(Rows, query.tuples())]


def trash(ids: Iterable[int]) -> int:
    return records.trash(Interaction, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Interaction, ids)
