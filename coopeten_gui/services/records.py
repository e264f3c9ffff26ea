"""What every kind of record shares: fetching one by id, handing it on as a plain
record, the trash, restoring."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterable, TypeVar

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import NotFoundError, now
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import BaseModel

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")


def require(model: type[M], row_id: int | None) -> M:
    row = model.get_or_none(model.id == row_id) if row_id is not None else None
    if row is None:
        raise NotFoundError(
            translate("Validation", "That record no longer exists (number {id}).").format(
                id=row_id)
        )
    return row


def plain(record_type: type[R], row: Any) -> R:
    """A stored row as the plain record ``record_type`` (a dataclass): the fields it
    names, read from the row, a link as its id (``contact_id``). Widgets get these, never
    the row itself, which would let them read or write the database behind the service."""
    return record_type(**{f.name: getattr(row, f.name) for f in fields(record_type)})


def trash(model: type[BaseModel], ids: Iterable[int]) -> int:
    """Soft delete: the rows stay, marked, until the trash is emptied."""
    ids = list(ids)
    with transaction():
        return (model.update(deleted_at=now())
                .where(model.id.in_(ids), model.deleted_at.is_null()).execute())


def restore(model: type[BaseModel], ids: Iterable[int]) -> int:
    ids = list(ids)
    with transaction():
        return model.update(deleted_at=None).where(model.id.in_(ids)).execute()


def purge(model: type[BaseModel], ids: Iterable[int]) -> int:
    """Delete for good rows that are already in the trash."""
    ids = list(ids)
    with transaction():
        return (model.delete()
                .where(model.id.in_(ids), model.deleted_at.is_null(False)).execute())
