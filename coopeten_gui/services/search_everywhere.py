"""Search everywhere: the best few records of every kind for the words typed.

Contacts come from their full-text index and organizations from their folded sort key;
events, offers and asks, follow-ups and proposals from ``storage.text_match``. Every
kind is found whatever the case and the accents typed ("cafe" finds "café para…"). The
window asks for the ``QUICK_KINDS`` and the rest apart, each on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NamedTuple

from coopeten_gui.services import contact_list, labels, organizations
from coopeten_gui.storage import stopping, text_match

KINDS = ("contact", "organization", "event", "offer_ask", "followup", "proposal")
#: the kinds found through an index, in milliseconds; the others read their whole table
#: (seconds at a million contacts)
QUICK_KINDS = ("contact", "organization", "event")


class Found(NamedTuple):
    kind: str            # one of KINDS
    id: int
    title: str
    details: tuple[Any, ...]       # what to show under the title, in order (texts and datetimes)
    contact_id: int | None = None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def search(text: str, per_kind: int = 8, kinds: Iterable[str] = KINDS,
           stop: Callable[[], bool] | None = None) -> list[Found] | None:
    """The best ``per_kind`` of each of ``kinds``, in the order of ``KINDS`` (contacts
    first); None once ``stop`` said True (asked while the tables are read)."""
    text = text.strip()
    if not text:
        return []
    found: list[Found] = []
    try:
        with stopping.unless_stopped(stop):
            for kind in KINDS:
                if kind in kinds:
                    found += _READERS[kind](text, per_kind)
    except stopping.Stopped:
        return None
    return found


def _contacts(text: str, limit: int) -> list[Found]:
    return [Found("contact", r.id, r.display_name, (r.organization, r.email))
            for r in contact_list.search_contacts(text, limit=limit)]


def _organizations(text: str, limit: int) -> list[Found]:
    return [Found("organization", r.id, r.name, (r.sector, r.website))
            for r in organizations.list_organizations(text=text, limit=limit)]


def _events(text: str, limit: int) -> list[Found]:
    return [Found("event", i, name, (_moment(starts), place))
            for i, name, starts, place in text_match.events(text, limit)]


def _offers_asks(text: str, limit: int) -> list[Found]:
    return [Found("offer_ask", i, description, (labels.exchange_kind(kind, party), name),
                  contact_id)
            for i, description, kind, party, contact_id, name
            in text_match.offers_asks(text, limit)]


def _followups(text: str, limit: int) -> list[Found]:
    return [Found("followup", i, title, (_moment(due), name), contact_id)
            for i, title, due, _done, contact_id, name in text_match.followups(text, limit)]


def _proposals(text: str, limit: int) -> list[Found]:
    return [Found("proposal", i, title, (labels.proposal_status(status), name), contact_id)
            for i, title, status, contact_id, name in text_match.proposals(text, limit)]


_READERS: dict[str, Callable[[str, int], list[Found]]] = {
    "contact": _contacts, "organization": _organizations, "event": _events,
    "offer_ask": _offers_asks, "followup": _followups, "proposal": _proposals}
