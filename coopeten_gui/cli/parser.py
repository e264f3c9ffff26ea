"""Reading the command line: the window's own options, read fast, and the whole parser
with every group's commands, built only when a command (or ``--help``) was given."""

from __future__ import annotations

import argparse
from typing import NoReturn, Sequence

from coopeten_gui import APP_NAME, __version__
from coopeten_gui.cli.common import core_application
from coopeten_gui.i18n import translate


class _SelfTestOption(argparse.Action):
    """``--self-test`` as a top-level option: like ``--version``, it runs while the command
    line is parsed and ends the program with the result (``selftest`` imported only then)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS,
                 help: str | None = None) -> None:  # noqa: A002 - argparse's name
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from coopeten_gui.selftest import run

        parser.exit(run())


class _NotTheWindow(Exception):
    """The options-only parser met something the whole parser must handle (or explain)."""


class _OptionsOnlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindow(message)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: the options of the window's start only
    (no command parsers, no ``--help``), enough to tell whether a command was given."""
    parser = (argparse.ArgumentParser if commands else _OptionsOnlyParser)(
        prog="coopeten", description=translate("Cli", "Coopeten, the alliance CRM."),
        add_help=commands)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help=translate("Cli", "database file (default: COOPETEN_DB or the "
                                              "app-data folder)"))
    parser.add_argument("--demo", action="store_true",
                        help=translate("Cli", "open the demo database (created if missing)"))
    parser.add_argument("--lang", metavar="es|en",
                        help=translate("Cli", "language (default: the system's)"))
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action=_SelfTestOption,
                        help=translate("Cli", "check that this installation works, then exit"))
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # the groups of commands, loaded only now (starting the window needs none of them),
    # in the order ``--help`` lists them
    from coopeten_gui.cli import (
        basics,
        documents,
        ledger,
        matches,
        referrals,
        returns,
        transfer,
    )

    for group in (basics, transfer, documents, referrals, matches, ledger, returns):
        group.add_commands(subparsers)
    return parser


#: the window's own options (``build_parser``): those taking a value, and the switches
_WINDOW_VALUES = {"--db": "db", "--lang": "lang"}
_WINDOW_SWITCHES = {"--demo": "demo", "--quit-after-paint": "quit_after_paint"}


def _plain_window_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain window start, read without argparse (whose first use costs
    a fiftieth of the start-up: it loads gettext and looks for its catalogues); None for
    anything else — a command, ``--help``, an abbreviation, a mistake — which the whole
    parser reads and explains."""
    values: dict[str, object] = {"db": None, "demo": False, "lang": None,
                                 "quit_after_paint": False, "command": None}
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option in _WINDOW_SWITCHES and not equals:
            values[_WINDOW_SWITCHES[option]] = True
        elif option in _WINDOW_VALUES:
            if not equals:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            values[_WINDOW_VALUES[option]] = value
        else:
            return None
    return argparse.Namespace(**values)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command line. Starting the window (options only) does not build the parsers of
    every command, nor import their modules."""
    plain = _plain_window_start(argv)
    if plain is not None:
        return plain
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except _NotTheWindow:
        rest = list(argv)
    if rest:  # a command, --help, or a mistake the whole parser explains
        _speak_the_language(argv)
        return build_parser().parse_args(argv)
    args.command = None
    return args


def _speak_the_language(argv: Sequence[str]) -> None:
    """Install the translations before the parser is built, so ``--help`` and its
    messages are in the language of ``--lang`` (or the system's). The application made
    for that is the one the command needs (a QGuiApplication for those that draw), found
    by a first reading of the command line without ``--help``."""
    import contextlib
    import io

    probe = [arg for arg in argv if arg not in ("-h", "--help")]
    try:
        with contextlib.redirect_stderr(io.StringIO()):  # the real reading says what is wrong
            guess, _rest = build_parser().parse_known_args(probe)
    except SystemExit:
        guess = argparse.Namespace()
    if not getattr(guess, "lang", None):
        guess.lang = _option_value(argv, "--lang")
    core_application(guess)
    from coopeten_gui.cli import argparse_words

    argparse_words.speak()


def _option_value(argv: Sequence[str], option: str) -> str | None:
    for index, arg in enumerate(argv):
        if arg.startswith(option + "="):
            return arg.partition("=")[2]
        if arg == option and index + 1 < len(argv):
            return argv[index + 1]
    return None
