"""Running the command line: the window when no command is given, else the command,
headless. Every failure is one translated sentence on stderr and a non-zero exit status,
never a traceback."""

from __future__ import annotations

import gc
import sys
from typing import Sequence, cast

from coopeten_gui import APP_NAME
from coopeten_gui.cli.common import EXIT_ERROR, CommandError, core_application
from coopeten_gui.cli.parser import parse
from coopeten_gui.i18n import translate


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse(argv)
    if args.command is None:
        from coopeten_gui import app

        return app.run(args)
    gc.enable()  # main.py keeps the collector off for the window's start only
    from coopeten_gui.services.common import ServiceError
    from coopeten_gui.services.session import StorageError

    core_application(args)
    try:
        return cast(int, args.handler(args))
    except (CommandError, StorageError, ServiceError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"{APP_NAME}: " + translate("Cli", "cannot use {path}: {reason}.").format(
            path=exc.filename or "", reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: say what, never a traceback
        from coopeten_gui.services.write_errors import explain

        if explain(exc):  # a lock, a read-only file, a full disk met outside a write
            print(f"{APP_NAME}: {explain(exc)}", file=sys.stderr)
            return EXIT_ERROR
        print(f"{APP_NAME}: " + translate("Cli", "unexpected error: {error}").format(
            error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_ERROR
