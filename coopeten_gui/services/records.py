"""What every kind of record shares: fetching one by id, handing it on as a plain
record, the trash, restoring."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, Iterable, TypeVar, cast

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import NotFoundError, now
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import BaseModel

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound="DataclassInstance")


def require(model: type[M], row_id: int | None) -> M:
    row = model.get_or_none(model.id == row_id) if row_id is not None else None
    if row is None:
        raise missing(row_id)
    return row


def missing(row_id: int | None) -> NotFoundError:
    return NotFoundError(
        translate("Validation", "That record no longer exists (number {id}).").format(id=row_id))


def plain(record_type: type[R], row: Any) -> R:
    """A stored row as the plain record ``record_type`` (a dataclass): the fields it
    names, read from the row, a link as its id (``contact_id``). Widgets get these, never
    the row itself, which would let them read or write the database behind the service."""
    return record_type(**{f.name: getattr(row, f.name) for f in fields(record_type)})


def trash(model: Any, ids: Iterable[int]) -> int:  # a model with deleted_at
    """Soft delete: the rows stay, marked, until the trash is emptied."""
    ids = list(ids)
    with transaction():
        return cast(int, model.update(deleted_at=now())
                    .where(model.id.in_(ids), model.deleted_at.is_null()).execute())


def restore(model: Any, ids: Iterable[int]) -> int:  # a model with deleted_at
    ids = list(ids)
    with transaction():
        return cast(int, model.update(deleted_at=None).where(model.id.in_(ids)).execute())


def purge(model: Any, ids: Iterable[int]) -> int:  # a model with deleted_at
    """Delete for good rows that are already in the trash."""
    ids = list(ids)
    with transaction():
        return cast(int, model.delete()
                    .where(model.id.in_(ids), model.deleted_at.is_null(False)).execute())
