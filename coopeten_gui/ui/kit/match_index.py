"""The matcher's index, built on a worker when building it takes long.

Matches and next gives are read from an index of every open offer and ask, kept in
memory once built (``services.matching``). At a million contacts the first build takes
seconds: a tab that shows matches asks ``when_ready`` instead of reading them at once,
shows that it is looking meanwhile, and is called back once the index is built. Every
tab that asks during one build waits for that build.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from shiboken6 import isValid

from coopeten_gui.services import matching
from coopeten_gui.ui.kit import background

# who waits for the build under way (None: no build under way)
_waiting: list[tuple[QObject, Callable[[], None]]] | None = None


def when_ready(owner: QObject, then: Callable[[], None]) -> bool:
    """True when matches can be read now; else False, and ``then`` is called once the
    index is built (unless ``owner`` is gone by then), on the UI thread."""
    global _waiting
    if matching.ready():
        return True
    if _waiting is not None:
        _waiting.append((owner, then))
        return False
    _waiting = [(owner, then)]
    work = matching.builder()

    def over(_outcome: object) -> None:
        # built, or failed: either way the callers read again (a failure read on the UI
        # thread is told as any error of the window is)
        global _waiting
        waiting, _waiting = _waiting or [], None
        for waiter, call in waiting:
            if isValid(waiter):
                call()

    background.run_in_background(None, lambda _progress: work(), on_done=over, on_error=over)
    return False
