"""Translated names for the codes stored in the database (stages, kinds, statuses…).

Shared by the window, the command line and the letters, so a code reads the same everywhere.
"""

from __future__ import annotations

from coopeten_gui.i18n import translate


def stage(code: str) -> str:
    return {
        "new": translate("Stage", "New"),
        "contacted": translate("Stage", "Contacted"),
        "meeting": translate("Stage", "Meeting"),
        "proposal_sent": translate("Stage", "Proposal sent"),
        "ally": translate("Stage", "Ally"),
        "dormant": translate("Stage", "Dormant"),
    }.get(code, code)


def contact_column(key: str) -> str:
    return {
        "name": translate("ContactColumn", "Name"),
        "organization": translate("ContactColumn", "Organization"),
        "email": translate("ContactColumn", "Email"),
        "phone": translate("ContactColumn", "Phone"),
        "stage": translate("ContactColumn", "Stage"),
        "audience": translate("ContactColumn", "Audience"),
        "updated": translate("ContactColumn", "Updated"),
    }.get(key, key)


def event_kind(code: str) -> str:
    return {
        "breakfast": translate("EventKind", "Networking breakfast"),
        "meetup": translate("EventKind", "Meetup"),
        "fair": translate("EventKind", "Trade fair"),
        "conference": translate("EventKind", "Conference"),
        "webinar": translate("EventKind", "Webinar"),
        "other": translate("EventKind", "Other"),
    }.get(code, code)


def exchange_kind(kind: str, party: str) -> str:
    return {
        ("offer", "me"): translate("Exchange", "I offer"),
        ("offer", "them"): translate("Exchange", "They offer"),
        ("ask", "me"): translate("Exchange", "I ask"),
        ("ask", "them"): translate("Exchange", "They ask"),
    }.get((kind, party), kind)


def exchange_status(code: str) -> str:
    return {
        "open": translate("ExchangeStatus", "Open"),
        "in_progress": translate("ExchangeStatus", "In progress"),
        "fulfilled": translate("ExchangeStatus", "Fulfilled"),
        "declined": translate("ExchangeStatus", "Declined"),
    }.get(code, code)


def category(key: str | None, name: str) -> str:
    """Seeded categories are translated by key; the user's own show as typed."""
    if not key:
        return name
    return {
        "cross_promotion": translate("Category", "Cross-promotion to an audience"),
        "referral": translate("Category", "Recommendation or referral"),
        "representation": translate("Category", "Representation"),
        "supply": translate("Category", "Supply"),
        "labour": translate("Category", "Labour"),
        "shared_space": translate("Category", "Shared space"),
        "care": translate("Category", "Care"),
        "security": translate("Category", "Security"),
        "endorsement": translate("Category", "Backing or endorsement"),
        "training": translate("Category", "Training"),
        "learning": translate("Category", "Learning"),
        "group": translate("Category", "Joining a group"),
        "money": translate("Category", "Money"),
    }.get(key, name)


def proposal_status(code: str) -> str:
    return {
        "draft": translate("ProposalStatus", "Draft"),
        "sent": translate("ProposalStatus", "Sent"),
        "accepted": translate("ProposalStatus", "Accepted"),
        "declined": translate("ProposalStatus", "Declined"),
    }.get(code, code)


def interaction_kind(code: str) -> str:
    return {
        "note": translate("InteractionKind", "Note"),
        "call": translate("InteractionKind", "Call"),
        "meeting": translate("InteractionKind", "Meeting"),
        "email": translate("InteractionKind", "Email"),
        "event": translate("InteractionKind", "Event"),
        "proposal": translate("InteractionKind", "Proposal"),
        "introduction": translate("InteractionKind", "Introduction"),
        "referral": translate("InteractionKind", "Referral"),
    }.get(code, code)


def priority(level: int) -> str:
    return {
        0: translate("Priority", "Low"),
        1: translate("Priority", "Normal"),
        2: translate("Priority", "High"),
    }.get(level, str(level))


def promotion_direction(code: str) -> str:
    return {
        "mine": translate("Promotion", "I promoted them"),
        "theirs": translate("Promotion", "They promoted me"),
    }.get(code, code)


def detail_label(label: str) -> str:
    """The kind of an email, phone, link or address (vCard TYPE words, comma-separated),
    translated word by word; words Coopeten does not know are shown as they are."""
    words = {
        "work": translate("DetailLabel", "work"),
        "home": translate("DetailLabel", "home"),
        "cell": translate("DetailLabel", "mobile"),
        "mobile": translate("DetailLabel", "mobile"),
        "voice": translate("DetailLabel", "voice"),
        "fax": translate("DetailLabel", "fax"),
        "pager": translate("DetailLabel", "pager"),
        "main": translate("DetailLabel", "main"),
        "other": translate("DetailLabel", "other"),
        "homepage": translate("DetailLabel", "home page"),
        "blog": translate("DetailLabel", "blog"),
        "iphone": "iPhone",
    }
    parts = [p.strip() for p in label.split(",") if p.strip()]
    return ", ".join(words.get(p.lower(), p) for p in parts)


def referral_status(code: str) -> str:
    return {
        "given": translate("ReferralStatus", "Given"),
        "contacted": translate("ReferralStatus", "Contacted"),
        "met": translate("ReferralStatus", "Met"),
        "closed": translate("ReferralStatus", "Business closed"),
        "no_deal": translate("ReferralStatus", "No deal"),
    }.get(code, code)
