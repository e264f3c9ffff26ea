"""What every command shares: exit statuses, the error a command raises for the user, the
database a command works on, and the Qt application a command needs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from coopeten_gui import APP_NAME, ORGANIZATION
from coopeten_gui.i18n import translate
from coopeten_gui.paths import default_db_path
from coopeten_gui.services import session

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNHEALTHY = 0, 1, 2, 3

# command modules each add their sub-commands; handlers take (args) and return a status
Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A command cannot go on; the message is for the user."""


def db_path(args: argparse.Namespace) -> Path:
    return default_db_path(args.db, demo=getattr(args, "demo", False))


def open_existing(args: argparse.Namespace) -> None:
    """Open the chosen database, which must already exist (commands never create one)."""
    path = db_path(args)
    if not path.exists():
        raise CommandError(translate("Cli", "There is no database at {path}.").format(path=path))
    session.open_database(path)
    for note in session.notes():  # a log that did not belong, set aside: said once
        print(f"{APP_NAME}: {note}", file=sys.stderr)


def core_application(args: argparse.Namespace) -> None:
    """Commands get a QCoreApplication (or a QGuiApplication when they draw) for paths and
    translations; no window system is needed."""
    from PySide6.QtCore import QCoreApplication

    from coopeten_gui import translations

    app = QCoreApplication.instance()
    if app is None:
        if getattr(args, "needs_gui", False):
            import os

            from PySide6.QtGui import QGuiApplication

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QGuiApplication([sys.argv[0]])
        else:
            app = QCoreApplication([sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    translations.install(app, getattr(args, "lang", None))
