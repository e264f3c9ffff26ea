"""Search everywhere: the best few records of every kind for the words typed.

Contacts come from their full-text index and organizations from their folded sort key;
events, offers and asks, follow-ups and proposals from ``storage.text_match``. Every
kind is found whatever the case and the accents typed ("cafe" finds "café para…").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from coopeten_gui.services import contact_list, labels, organizations
from coopeten_gui.storage import text_match

KINDS = ("contact", "organization", "event", "offer_ask", "followup", "proposal")


class Found(NamedTuple):
    kind: str            # one of KINDS
    id: int
    title: str
    details: tuple[Any, ...]       # what to show under the title, in order (texts and datetimes)
    contact_id: int | None = None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def search(text: str, per_kind: int = 8) -> list[Found]:
    """The best ``per_kind`` of each kind, contacts first."""
    text = text.strip()
    if not text:
        return []
    found = [Found("contact", r.id, r.display_name, (r.organization, r.email))
             for r in contact_list.search_contacts(text, limit=per_kind)]
    found += [Found("organization", r.id, r.name, (r.sector, r.website))
              for r in organizations.list_organizations(text=text, limit=per_kind)]
    found += [Found("event", i, name, (_moment(starts), place))
              for i, name, starts, place in text_match.events(text, per_kind)]
    found += [Found("offer_ask", i, description, (labels.exchange_kind(kind, party), name),
                    contact_id)
              for i, description, kind, party, contact_id, name
              in text_match.offers_asks(text, per_kind)]
    found += [Found("followup", i, title, (_moment(due), name), contact_id)
              for i, title, due, _done, contact_id, name in text_match.followups(text, per_kind)]
    found += [Found("proposal", i, title, (labels.proposal_status(status), name), contact_id)
              for i, title, status, contact_id, name in text_match.proposals(text, per_kind)]
    return found
