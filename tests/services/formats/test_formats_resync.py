"""One broken record costs that record only: a vCard without END:VCARD, a CSV line
with a quote never closed. Reading starts again at the next BEGIN:VCARD or the next
line, the skipped record is named by its line, and big files stay linear (counts are
asserted here; the time is measured in benchmarks)."""

from __future__ import annotations

import pytest

from coopeten_gui.services.formats import csv_records
from coopeten_gui.services.formats.csv_formats import parse_csv
from coopeten_gui.services.formats.vcard import parse_vcards


def results(rows):
    contacts, errors = [], []
    for contact, error in rows:
        (errors if error else contacts).append(error or contact)
    return contacts, errors


def cards(count: int, broken: set[int], nested_agent: int | None = None
          ) -> tuple[str, list[int]]:
    """``count`` cards, those in ``broken`` without END:VCARD; and the line each starts on."""
    out, starts, line = [], [], 1
    for i in range(count):
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:Card {i}", f"EMAIL:c{i}@example.com"]
        if i == nested_agent:
            lines += ["AGENT:", "BEGIN:VCARD", "VERSION:2.1", "FN:Assistant", "END:VCARD"]
        if i not in broken:
            lines.append("END:VCARD")
        starts.append(line)
        line += len(lines)
        out += lines
    return "".join(f"{x}\r\n" for x in out), starts


@pytest.mark.parametrize("broken", [{0}, {500}, {999}, {0, 1, 2, 998}],
                         ids=["first", "middle", "last", "several"])
def test_a_card_without_end_costs_only_that_card(broken):
    text, starts = cards(1000, broken, nested_agent=10)
    contacts, errors = results(parse_vcards(text.encode()))
    assert len(contacts) == 1000 - len(broken)
    assert {c.display_name for c in contacts} == {f"Card {i}" for i in range(1000)
                                                  if i not in broken}
    assert [e.line for e in errors] == [starts[i] for i in sorted(broken)]
    for error in errors:
        assert f"line {error.line}" in error.message
    # the 2.1 AGENT nested in card 10 is still part of it
    assert "FN:Assistant" in next(c for c in contacts if c.display_name == "Card 10").extra_vcard


def test_the_skipped_card_is_named_by_its_line():
    text, _ = cards(3, {1})
    contacts, [error] = results(parse_vcards(text.encode()))
    assert [c.display_name for c in contacts] == ["Card 0", "Card 2"]
    assert error.line == 6
    assert "line 6" in error.message and "line 10" in error.message


def csv_file(rows: int, broken: set[int]) -> str:
    lines = ["Name,Email,Notes"]
    for i in range(rows):
        quote = '"' if i in broken else ""
        lines.append(f"{quote}Person {i},p{i}@example.com,z")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("rows", [1000, 40_000])
def test_an_unclosed_quote_costs_one_row_not_the_rest_of_the_file(rows):
    broken = {2, rows // 2, rows - 1}
    contacts, errors = results(parse_csv(csv_file(rows, broken).encode())[2])
    assert len(contacts) == rows - len(broken)
    assert {c.display_name for c in contacts} == {f"Person {i}" for i in range(rows)
                                                  if i not in broken}
    assert [e.line for e in errors] == sorted(i + 2 for i in broken)
    assert all(f"line {e.line} of the file" in e.message for e in errors)


def test_quoted_values_over_several_lines_are_still_one_row():
    data = ('Name,Email,Notes\n"Ann","ann@example.com","first line\nsecond ""quoted"" line"\n'
            'Bob,bob@example.com,"a, b"\n')
    contacts, errors = results(parse_csv(data.encode())[2])
    assert errors == []
    assert [(c.display_name, c.notes) for c in contacts] == [
        ("Ann", 'first line\nsecond "quoted" line'), ("Bob", "a, b")]


def test_a_quote_open_past_the_limit_is_a_mistake_on_its_line(monkeypatch):
    monkeypatch.setattr(csv_records, "MAX_QUOTED_LINES", 5)
    data = 'Name,Notes\nAnn,"one\n2\n3\n4\n5\n6\n7"\nBob,fine\n'
    contacts, errors = results(parse_csv(data.encode())[2])
    assert [e.line for e in errors] == [2]
    # the lines after the bad quote are read again as rows of their own
    assert [c.display_name for c in contacts][-1] == "Bob"


def test_lines_are_read_at_most_twice_on_a_file_of_open_quotes():
    # every line opens a quote that the next closes: pairs, never a rescan storm
    text = "Name,Notes\n" + '"a\nb"\n' * 20_000 + '"z\n' + "plain\n" * 3000
    seen = []
    original = csv_records._state_at_end
    csv_records._state_at_end = lambda *a: seen.append(1) or original(*a)
    try:
        found = list(csv_records.records(text, ","))
    finally:
        csv_records._state_at_end = original
    assert sum(1 for r in found if r.cells is None) == 1
    assert len(seen) <= 2 * text.count("\n")
