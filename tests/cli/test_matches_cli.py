"""``matches``: one line per match, or one JSON array; bad input is one sentence."""

from __future__ import annotations

import json
import shutil

import pytest

from coopeten_gui.cli import main
from coopeten_gui.services import exchanges


@pytest.fixture
def demo_file(_demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, path)
    return path


def run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_matches_as_json_best_first_with_the_rows_ids(demo_file, capsys):
    status, out, err = run(capsys, "--db", str(demo_file), "matches", "--json")
    assert status == 0, err
    found = json.loads(out)
    assert found and all({"ask_id", "offer_id", "score", "why"} <= set(m) for m in found)
    scores = [m["score"] for m in found]
    assert scores == sorted(scores, reverse=True)
    from coopeten_gui.storage import database

    database.open_database(demo_file)
    try:
        first = found[0]
        ask, offer = exchanges.get(first["ask_id"]), exchanges.get(first["offer_id"])
        assert (ask.kind, offer.kind) == ("ask", "offer")
        assert ask.contact_id != offer.contact_id
        # the cross-language one of the demo: an English ask, a Spanish offer
        assert ask.description.startswith("Sourdough bread")
        assert offer.description.startswith("Pan de masa madre")
        assert "bread = pan" in first["why"]
        # my own offer that answers an ask is there, flagged
        assert any(m["mine"] for m in found)
        hannah = ask.contact_id
    finally:
        database.close_database()
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--json", "--limit", "2")
    assert json.loads(out) == found[:2]
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--json",
                         "--contact", str(hannah))
    assert status == 0
    assert [m["ask_id"] for m in json.loads(out)] == [first["ask_id"]]


def test_matches_as_lines(demo_file, capsys):
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--limit", "3")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 3
    assert lines[0].startswith("1.") and "Hannah Schmidt" in lines[0]
    assert "María Núñez" in lines[0] and "(sourdough = masa madre" in lines[0]


def test_bad_input_is_one_sentence(demo_file, capsys):
    status, out, err = run(capsys, "--db", str(demo_file), "matches", "--contact", "9999")
    assert status == 1 and out == ""
    assert err.strip() == "Coopeten: There is no contact number 9999."
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_file), "matches", "--limit", "0"])
    assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
