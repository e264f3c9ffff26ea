"""The first steps of a new user, ticked from the data: what Today's checklist shows."""

from __future__ import annotations

from typing import NamedTuple

from coopeten_gui.storage import first_steps

STEPS = ("business", "event", "people", "proposal")


class Step(NamedTuple):
    key: str     # one of STEPS
    done: bool


def progress() -> list[Step]:
    """Every step in order, each with whether the data shows it done."""
    return [Step(key, done) for key, done in zip(STEPS, first_steps.done(), strict=True)]
