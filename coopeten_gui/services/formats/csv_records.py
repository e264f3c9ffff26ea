"""CSV text cut into records (rows), with a quote left open costing one line, not the file.

Python's ``csv.reader`` reads a quote that is never closed as one field running on to the
end of the file: one stray ``"`` swallows every row after it, or, once the field passes
the reader's size limit, the rest is cut into made-up rows. Here a record ends where its
quotes balance (a quoted field may hold line breaks, as spreadsheets write notes); a
quote still open after ``MAX_QUOTED_LINES`` lines, ``MAX_RECORD_CHARS`` characters or at
the end of the file is taken as a mistake on its first line: that line alone is skipped
(reported as a ``Record`` without cells) and reading starts again on the next line.
Each line is read at most twice, so the time stays linear and the memory bounded.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from coopeten_gui.services.formats.textio import MAX_FIELD_CHARS

#: Most lines one quoted value may span (a long note written in a spreadsheet cell).
MAX_QUOTED_LINES = 1000
#: Most characters one record may hold while a quote is open.
MAX_RECORD_CHARS = 4 * MAX_FIELD_CHARS


@dataclass(frozen=True)
class Record:
    """One row: ``line`` is the file's line it starts on; ``cells`` is None when a quote
    opened on that line is never closed (the line was skipped)."""

    line: int
    cells: list[str] | None
    too_big: bool = False


def records(text: str, delimiter: str) -> Iterator[Record]:
    numbered = enumerate(io.StringIO(text, newline=None), start=1)
    again: deque[tuple[int, str]] = deque()  # lines to read once more after a bad quote

    def take() -> tuple[int, str] | None:
        return again.popleft() if again else next(numbered, None)

    while True:
        item = take()
        if item is None:
            return
        first, line = item
        state = _CLOSED if '"' not in line else _state_at_end(line, False, delimiter)
        if state == _CLOSED:
            yield _record(first, line, delimiter)
            continue
        group = [item]
        size = len(line)
        while state == _OPEN:
            item = take()
            if item is None or len(group) >= MAX_QUOTED_LINES or size > MAX_RECORD_CHARS:
                break
            group.append(item)
            size += len(item[1])
            state = _state_at_end(item[1], True, delimiter)
        if state == _CLOSED:
            yield _record(first, "".join(text for _, text in group), delimiter)
            continue
        # the quote opened on ``first`` is never closed as a value ends: skip that line,
        # and read the lines after it again
        rest = group[1:] + ([item] if state == _OPEN and item is not None else [])
        again.extendleft(reversed(rest))
        yield Record(first, None)


def _record(line: int, text: str, delimiter: str) -> Record:
    try:
        return Record(line, next(csv.reader([text], delimiter=delimiter), []))
    except csv.Error:  # a value over the csv module's size limit
        return Record(line, [], too_big=True)


_CLOSED, _OPEN, _BAD = 0, 1, 2


def _state_at_end(line: str, quoted: bool, delimiter: str) -> int:
    """At the end of ``line`` (which starts inside a quoted value when ``quoted``): every
    value closed, a quoted value still open, or a quote closed where no value ends (the
    sign that it was a stray quote, not the end of a value). A quote opens a value only
    as its first character and ``""`` inside one is a quote, as ``csv.reader`` reads."""
    position, end = 0, len(line.rstrip("\r\n"))
    while True:
        if quoted:
            found = line.find('"', position)
            if found < 0:
                return _OPEN
            if line.startswith('"', found + 1):
                position = found + 2
                continue
            quoted = False
            position = found + 1
            while position < end and line[position] in " \t":
                position += 1
            if position >= end:
                return _CLOSED
            if line[position] != delimiter:
                return _BAD
            position += 1
            continue
        if position < end and line[position] == '"':
            quoted = True
            position += 1
            continue
        found = line.find(delimiter, position)
        if found < 0:
            return _CLOSED
        position = found + 1
