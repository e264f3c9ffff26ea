"""``ledger``: a line per relationship, the exit status, one sentence on failure."""

from __future__ import annotations

import shutil

import pytest

from coopeten_gui.cli import main


@pytest.fixture
def demo_file(_demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, path)
    return path


def lines(capsys) -> list[list[str]]:
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_a_line_per_relationship_most_one_sided_first(demo_file, capsys):
    assert main(["--db", str(demo_file), "ledger"]) == 0
    rows = lines(capsys)
    assert all(len(row) == 6 for row in rows)
    by_name = {row[0]: row for row in rows}
    assert rows[0][0] == "Jorge Navarro"  # three promotions, nothing back
    jorge = by_name["Jorge Navarro"]
    assert jorge[1].startswith("gives: 3 · ") and jorge[1].endswith(" EUR")
    assert jorge[2] == "gives: 0" and jorge[3] == "you have given more"
    assert jorge[4] != "-" and jorge[5] == "-"
    assert by_name["María Núñez"][3] == "balanced"
    assert by_name["Raúl Moreno"][1:] == ["gives: 0", "gives: 0", "nothing given yet", "-",
                                          "-"]


def test_one_contact_by_email_and_the_quietest_first(demo_file, capsys):
    assert main(["--db", str(demo_file), "ledger", "--contact", "maria@masamadre.es"]) == 0
    (maria,) = lines(capsys)
    assert maria[0] == "María Núñez" and maria[3] == "balanced"
    assert main(["--db", str(demo_file), "ledger", "--order", "since_last_give"]) == 0
    assert lines(capsys)[0][0] == "Raúl Moreno"  # never a give


def test_an_unknown_contact_or_database_is_one_sentence_and_status_1(demo_file, tmp_path,
                                                                     capsys):
    assert main(["--db", str(demo_file), "ledger", "--contact", "9999"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "9999" in error and "Traceback" not in error
    assert main(["--db", str(tmp_path / "none.sqlite"), "ledger"]) == 1
    assert "There is no database" in capsys.readouterr().err
