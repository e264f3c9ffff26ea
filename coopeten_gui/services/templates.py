"""The user's own letter templates, kept in the database (built-ins ship as files)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coopeten_gui.i18n import translate
from coopeten_gui.services import records
from coopeten_gui.services.common import check_choice, now, require_text
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import Template

LANGUAGES = ("es", "en")
KINDS = ("letter", "proposal", "email", "introduction", "thanks", "list_swap")


@dataclass
class TemplateData:
    name: str = ""
    body: str = ""
    language: str = "en"
    kind: str = "letter"
    subject: str = ""
    based_on: str = ""


@dataclass(frozen=True)
class TemplateRecord:
    """One of the user's templates as stored."""

    id: int
    name: str
    kind: str
    language: str
    subject: str
    body: str
    based_on: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


def validate(data: TemplateData) -> dict[str, Any]:
    return {
        "name": require_text(data.name, "name",
                             translate("Validation", "A template needs a name.")),
        "body": data.body,
        "language": check_choice(data.language, LANGUAGES, "language"),
        "kind": check_choice(data.kind, KINDS, "kind"),
        "subject": data.subject,
        "based_on": data.based_on,
    }


def create(data: TemplateData) -> int:
    values = validate(data)
    with transaction():
        stamp = now()
        return Template.create(created_at=stamp, updated_at=stamp, **values).id


def update(template_id: int, data: TemplateData) -> None:
    values = validate(data)
    with transaction():
        records.require(Template, template_id)
        Template.update(updated_at=now(), **values).where(Template.id == template_id).execute()


def get(template_id: int) -> TemplateRecord:
    return records.plain(TemplateRecord, records.require(Template, template_id))


def find(name: str) -> TemplateRecord | None:
    found = (Template.select().where(Template.name == name, Template.deleted_at.is_null())
             .first())
    return records.plain(TemplateRecord, found) if found is not None else None


def list_templates(trash: bool = False) -> list[TemplateRecord]:
    return [records.plain(TemplateRecord, row)
            for row in Template.select().where(Template.deleted_at.is_null(not trash))
            .order_by(Template.name, Template.language)]


def trash(ids: Iterable[int]) -> int:
    return records.trash(Template, ids)


def restore(ids: Iterable[int]) -> int:
    return records.restore(Template, ids)
