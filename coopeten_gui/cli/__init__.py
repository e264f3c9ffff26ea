"""The command line: ``python main.py [--db PATH] COMMAND``, headless, over the services.

``main`` reads the command line (``parser``) and runs the command, or opens the window
when none is given. Each group of commands is a module of its own (``basics``,
``transfer``, ``documents``, ``referrals``, ``matches``, ``ledger``, ``returns``) that
adds its sub-commands to the parser; what they share is in ``common``. The modules import
one another plainly, downwards only: ``main`` → ``parser`` → the groups → ``common``.
"""

from coopeten_gui.cli.main import main

__all__ = ["main"]
