"""Writes the database refused, told to the user in one sentence.

``transaction`` is the services' way to write: ``storage.database.transaction`` whose
refusals by SQLite (a read-only file, another program's lock, a full disk, a failing
disk) come out as ``WriteError``, a ``ServiceError`` every dialog already shows where
the user is looking, with what they typed still in place. ``explain`` gives the same
sentence for any other exception (the window's and the command line's last line of
defence), or None when the exception is not one of these.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ServiceError
from coopeten_gui.storage import database, write_failures


class WriteError(ServiceError):
    """SQLite refused a write; ``kind`` is one of ``storage.write_failures``' kinds."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def message(kind: str) -> str:
    if kind == write_failures.READ_ONLY:
        return translate("WriteErrors", "The database is read-only, so nothing was saved. "
                                        "Open a copy you can write to, or ask for write "
                                        "permission on the file.")
    if kind == write_failures.LOCKED:
        return translate("WriteErrors", "Another program is using the database, so nothing "
                                        "was saved. Close it (or the other Coopeten window) "
                                        "and try again.")
    if kind == write_failures.FULL:
        return translate("WriteErrors", "The disk is full, so nothing was saved. Free some "
                                        "space and try again.")
    return translate("WriteErrors", "The disk could not be written, so nothing was saved. "
                                    "Check the disk, then try again.")


def explain(exc: BaseException) -> str | None:
    """The sentence for a write SQLite refused, or None for any other exception."""
    if isinstance(exc, WriteError):
        return str(exc)
    kind = write_failures.kind_of(exc)
    return message(kind) if kind else None


@contextmanager
def transaction() -> Iterator[None]:
    """``storage.database.transaction``, with SQLite's refusals as ``WriteError``."""
    try:
        with database.transaction():
            yield
    except ServiceError:
        raise
    except Exception as exc:
        kind = write_failures.kind_of(exc)
        if kind is None:
            raise
        raise WriteError(message(kind), kind) from exc


def read_only() -> bool:
    """True when the open database takes no writes (shown as a notice in the window)."""
    return database.is_open() and write_failures.is_read_only(database.connection())
