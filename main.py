"""Coopeten launcher: the window by default, headless commands on request."""

import sys

from coopeten_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
