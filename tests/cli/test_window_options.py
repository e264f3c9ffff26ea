"""A plain window start is read without argparse, exactly as argparse would read it."""

from __future__ import annotations

import pytest

from coopeten_gui.cli import parser as cli

PLAIN = [
    [],
    ["--db", "clients.sqlite"],
    ["--db=clients.sqlite"],
    ["--demo"],
    ["--lang", "es", "--demo"],
    ["--quit-after-paint", "--db", "mis datos.sqlite", "--lang=en"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_window_start_reads_as_the_whole_parser_does(argv):
    plain = cli._plain_window_start(argv)
    assert plain is not None
    whole, rest = cli.build_parser(commands=False).parse_known_args(argv)
    assert rest == []
    assert vars(plain) == {**vars(whole), "command": None}
    assert vars(cli.parse(argv)) == vars(plain)


@pytest.mark.parametrize("argv", [["backup"], ["--help"], ["--db"], ["--db", "--demo"],
                                  ["--dem"], ["--demo=yes"], ["--version"], ["--self-test"],
                                  ["--db", "a.sqlite", "stats"]])
def test_anything_else_is_left_to_the_whole_parser(argv):
    assert cli._plain_window_start(argv) is None


def test_a_command_after_the_options_is_still_a_command(tmp_path):
    args = cli.parse(["--db", str(tmp_path / "a.sqlite"), "stats"])
    assert args.command == "stats"
