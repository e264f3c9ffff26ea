"""``matches``: one line per match, or one JSON array; bad input is one sentence."""

from __future__ import annotations

import json
import shutil

import pytest

from coopeten_gui.cli import main
from coopeten_gui.services import offers_asks


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
        for m in found:
            ask, offer = offers_asks.get(m["ask_id"]), offers_asks.get(m["offer_id"])
            assert (ask.kind, offer.kind) == ("ask", "offer")
            assert ask.contact_id != offer.contact_id
            assert ask.status in ("open", "in_progress") and offer.status in (
                "open", "in_progress")
        # the best: an ask my own offer answers, flagged
        assert found[0]["mine"] and offers_asks.get(found[0]["offer_id"]).party == "me"
        # an English ask answered by a Spanish offer
        cross = next(m for m in found
                     if offers_asks.get(m["ask_id"]).description.startswith("Sourdough bread"))
        assert offers_asks.get(cross["offer_id"]).description.startswith("Pan de masa madre")
        assert cross["why"] == "sourdough = masa madre, bread = pan"
        david = offers_asks.get(cross["ask_id"]).contact_id
    finally:
        database.close_database()
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--json", "--limit", "2")
    assert json.loads(out) == found[:2]
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--json",
                         "--contact", str(david))
    assert status == 0
    mine = json.loads(out)
    assert mine[0] == cross and {m["ask_id"] for m in mine} == {cross["ask_id"]}


def test_matches_as_lines(demo_file, capsys):
    status, out, _ = run(capsys, "--db", str(demo_file), "matches", "--limit", "3")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 3
    assert lines[0].startswith("0.8") and "María Núñez: Café en grano" in lines[0]
    assert "← you could offer this yourself: Café de especialidad" in lines[0]
    status, out, _ = run(capsys, "--db", str(demo_file), "matches")
    david = next(line for line in out.splitlines() if "David Okafor: Sourdough" in line)
    assert david.endswith("← Javier Soler: Pan de masa madre para restaurantes y "
                             "cafeterías\t(sourdough = masa madre, bread = pan)")


def test_bad_input_is_one_sentence(demo_file, capsys):
    status, out, err = run(capsys, "--db", str(demo_file), "matches", "--contact", "9999")
    assert status == 1 and out == ""
    assert err.strip() == "Coopeten: There is no contact number 9999."
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_file), "matches", "--limit", "0"])
    assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
