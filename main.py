"""Coopeten launcher: the window by default, headless commands on request."""

import gc
import sys

from coopeten_gui.cli import main

if __name__ == "__main__":
    status = main()
    # Everything is written and closed: the process ends here. The interpreter's last
    # garbage collections would only walk every object Qt and peewee made (tens of
    # milliseconds at every exit); frozen, they are skipped. Qt objects are still
    # destroyed (PySide deletes them at exit), and memory goes back with the process.
    gc.freeze()
    sys.exit(status)
