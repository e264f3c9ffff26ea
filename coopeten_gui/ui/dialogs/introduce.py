"""Introducing the two sides of a match: the one place every "Introduce…" action goes.

It opens the introduction dialog (``ui.dialogs.introduction_dialog``: a double opt-in pair of
letters or one joint letter); the pages call ``introduce`` through their own
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
    from coopeten_gui.ui.dialogs.introduction_dialog import open_introduction

    return open_introduction(parent, ask_id, offer_id)
