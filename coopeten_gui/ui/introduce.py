"""Introducing the two sides of a match: the one place every "Introduce…" action goes.

For now it opens the proposal editor on the asker with the built-in introduction
letter, written for them; the pages call ``introduce`` through their own
``_introduce(ask_id, offer_id)``.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QWidget

from coopeten_gui.services.matching import Match


def can_introduce(match: Match | None) -> bool:
    """Two other people to introduce: neither side is me."""
    return match is not None and not match.mine and not match.ask_mine


def introduce(parent: QWidget, ask_id: int, offer_id: int, shown: Iterable[Match]):
    """Prepare the introduction of the match ``(ask_id, offer_id)`` among ``shown``;
    None when it is not there or there is nobody to introduce."""
    match = next((m for m in shown if (m.ask_id, m.offer_id) == (ask_id, offer_id)), None)
    if not can_introduce(match):
        return None
    from coopeten_gui.ui.proposal_editor import open_proposal_editor

    editor = open_proposal_editor(parent, contact_id=match.ask_contact_id)
    if editor.choose_template("introduction"):
        editor.write_from_template()
    return editor
