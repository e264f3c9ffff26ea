"""Coopeten launcher: the window by default, headless commands on request."""

import gc
import sys

# Start-up makes tens of thousands of objects (Qt's enums, classes, widgets) and next to
# no garbage: the cyclic collector would only walk them again and again. It is switched
# on after the window's first paint (``app.run``) or before a command runs (``cli``).
gc.disable()

# PySide, once imported, reads the source of every module imported after it (looking for
# ``from __feature__ import``): the large modules of the standard library the start-up
# needs anyway are imported before it, and are not read
import datetime  # noqa: E402, F401
import sqlite3  # noqa: E402, F401

from coopeten_gui.cli import main  # noqa: E402 - after the collector is off

if __name__ == "__main__":
    status = main()
    # the window closed with everything written and closed: the process ends at once
    window = sys.modules.get("coopeten_gui.app")
    if window is not None and window.closed_cleanly:
        window.end_process(status)
    # A command ended, everything written and closed. The interpreter's last
    # garbage collections would only walk every object Qt and peewee made (tens of
    # milliseconds at every exit); frozen, they are skipped. Qt objects are still
    # destroyed (PySide deletes them at exit), and memory goes back with the process.
    gc.freeze()
    sys.exit(status)
