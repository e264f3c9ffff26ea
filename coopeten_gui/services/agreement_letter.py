"""The printable agreement of an accepted proposal: both sides' commitments and a
signature line for each, in Spanish or English.

The text comes from the built-in ``agreement`` template (``resources/templates``), or
from the user's own copy of it when they changed it in the template editor (the newest
copy in the language wins). The letter is the proposal's contact's letter context with
``agreement`` filled in; it signs itself, so no signature block is added under it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coopeten_gui.services import (
    agreements,
    letter_context,
    letter_rendering,
    letter_templates,
    templates,
)
from coopeten_gui.services.agreements import Agreement, CommitmentRow
from coopeten_gui.services.letter_rendering import Letter
from coopeten_gui.services.letter_templates import LetterTemplate

TEMPLATE = "agreement"


def agreement_template(language: str) -> LetterTemplate:
    """The user's copy of the agreement in ``language`` if there is one, else the built-in."""
    copies = [row for row in templates.list_templates()
              if row.based_on == TEMPLATE and row.language == language]
    if copies:
        newest = max(copies, key=lambda row: (row.updated_at, row.id))
        return letter_templates.user_template(newest.id)
    return letter_templates.builtin_template(TEMPLATE, language)


def agreement_context(agreement: Agreement) -> dict[str, Any]:
    """``agreement`` as templates see it (``documents.context.Agreement``)."""
    decided = agreement.decided_at
    return {
        "title": agreement.title,
        "accepted_on": decided.date() if decided is not None else None,
        "value_cents": agreement.value_cents or 0,
        "mine": [_commitment(c) for c in agreement.of("me")],
        "theirs": [_commitment(c) for c in agreement.of("them")],
    }


def render_agreement(proposal_id: int, language: str | None = None,
                     today: date | None = None) -> Letter:
    """The agreement as a letter, ready for ``letter_rendering.write_letter`` or the printer.

    ``language`` defaults to the proposal's, then the contact's. Raises ``TemplateError``
    (a broken copy of the template) or ``NotFoundError``."""
    agreement = agreements.get(proposal_id)
    language = (language or agreement.language
                or letter_templates.letter_language(agreement.contact_id))
    if language not in letter_templates.LANGUAGES:
        language = letter_templates.default_language()
    template = agreement_template(language)
    values, logo = letter_context.profile_context()
    context = letter_context.build_context(agreement.contact_id, language, today,
                                    profile_values=values, introduce=False)
    context["agreement"] = agreement_context(agreement)
    body, subject = letter_rendering.render_context(template, context, language)
    return Letter(body_html=body, subject=subject, language=language, profile=values,
                  logo=logo, contact_id=agreement.contact_id,
                  contact_name=context["contact"]["display_name"],
                  contact_email=context["contact"]["email"], template_name=template.name,
                  signature=False)


def _commitment(row: CommitmentRow) -> dict[str, Any]:
    return {"description": row.description, "due_on": row.due_on, "measure": row.measure,
            "value_cents": row.value_cents or 0, "kept": row.kept}
