"""What a reader reports when a file, or one record in it, cannot be imported."""

from __future__ import annotations

from dataclasses import dataclass


class FormatError(Exception):
    """The whole file cannot be read. The message is one translated sentence, ready to show."""


@dataclass(frozen=True)
class RowError:
    """One record that was skipped; the rest of the file goes on.

    ``line`` says where the record starts: in a vCard file the line of its ``BEGIN:VCARD``,
    in a CSV file the row a spreadsheet shows (the header is row 1). ``message`` is
    translated and names the same place.
    """

    line: int
    message: str

    def __str__(self) -> str:
        return self.message
