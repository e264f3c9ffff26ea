"""Introducing the two sides of a match: the one place every "Introduce…" action goes.

For now it opens the proposal editor on the asker with the built-in introduction
letter, written for them; the pages call ``introduce`` through their own
``_introduce(ask_id, offer_id)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopeten_gui.services.matching import Match


def can_introduce(match: Match | None) -> bool:
    """Two other people to introduce: neither side is me."""
    return match is not None and not match.mine and not match.ask_mine


def introduce(parent: QWidget, match: Match):
    from coopeten_gui.ui.proposal_editor import open_proposal_editor

    editor = open_proposal_editor(parent, contact_id=match.ask_contact_id)
    if editor.choose_template("introduction"):
        editor.write_from_template()
    return editor
