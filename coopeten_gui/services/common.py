"""Helpers every service uses: errors, clocks, text folding, parsing of user input."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from itertools import filterfalse
from typing import TYPE_CHECKING, Any, TypeVar

from coopeten_gui.i18n import translate

if TYPE_CHECKING:
    from decimal import Decimal


#: What a peewee query's ``.tuples()`` yields: plain tuples (its stubs call them models).
Rows = Iterable[tuple[Any, ...]]

_T = TypeVar("_T")


class ServiceError(Exception):
    """An error to show the user as it is (already translated)."""


class ValidationError(ServiceError):
    """Input that cannot be saved. ``field`` names the offending field for the form."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class ValidationErrors(ValidationError):
    """Several fields refused at once, so a form can mark them all. ``errors`` holds
    each one; as a plain ``ValidationError`` it reads as the first."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].message, errors[0].field)
        self.errors = list(errors)


_E = TypeVar("_E", bound="ServiceError")


def errors_of(error: _E) -> list[_E]:
    """Each refusal inside ``error`` (itself when it is a single one)."""
    return list(getattr(error, "errors", None) or [error])


class Checks:
    """Runs the checks of a form one after another and keeps every refusal, so all the
    fields at fault are named at once: ``value = checks(check_email, text)`` gives the
    check's result (None when it refused), ``checks.done()`` raises what was kept."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    # Any: the check's result, or None once it refused (``done()`` then raises before use)
    def __call__(self, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except ValidationError as error:
            self.errors.extend(errors_of(error))
            return None

    def refuse(self, message: str, field: str) -> None:
        self.errors.append(ValidationError(message, field))

    def done(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


class NotFoundError(ServiceError):
    pass


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def fold(text: str) -> str:
    """Lower-case without accents: the key for sorting and loose comparison."""
    if text.isascii():  # nothing to decompose or drop: the same key, ten times faster
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    # filterfalse calls combining from C: a generator expression costs half as much again
    return "".join(filterfalse(unicodedata.combining, decomposed)).casefold().strip()


_EMAIL = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[^@\s<>,;:\".]{2,}$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def check_email(value: str, field: str = "emails") -> str:
    value = value.strip()
    if not is_email(value):
        raise ValidationError(
            translate("Validation", "“{value}” is not an email address.").format(value=value),
            field,
        )
    return value


def phone_digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def check_phone(value: str, field: str = "phones") -> str:
    value = value.strip()
    if len(phone_digits(value)) < 3 or re.search(r"[^\d\s+().\-/#*pPwWxXextEXT,;]", value):
        raise ValidationError(
            translate("Validation", "“{value}” is not a phone number.").format(value=value),
            field,
        )
    from coopeten_gui.services import phones  # phones needs this module's ValidationError

    return phones.check(value, field)


def parse_date(value: date | str | None, field: str = "date") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            translate("Validation", "“{value}” is not a date (use YYYY-MM-DD).").format(
                value=value
            ),
            field,
        ) from None


def parse_datetime(value: datetime | date | str | None, field: str = "date") -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, 9, 0)
    text = str(value).strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time()).replace(hour=9)
        return datetime.fromisoformat(text).replace(microsecond=0, tzinfo=None)
    except ValueError:
        raise ValidationError(
            translate("Validation", "“{value}” is not a date (use YYYY-MM-DD HH:MM).").format(
                value=value
            ),
            field,
        ) from None


def require_text(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(message, field)
    return value


def check_choice(value: _T, choices: tuple[_T, ...], field: str) -> _T:
    if value not in choices:
        raise ValidationError(
            translate("Validation", "“{value}” is not one of: {choices}.").format(
                value=value, choices=", ".join(map(str, choices))
            ),
            field,
        )
    return value


def check_count(value: int | str | None, field: str) -> int:
    """A whole number of people, visits, leads… that cannot be negative."""
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        raise ValidationError(
            translate("Validation", "“{value}” is not a whole number.").format(value=value), field
        ) from None
    if number < 0:
        raise ValidationError(translate("Validation", "This number cannot be negative."), field)
    return number


def parse_money(value: int | float | str | Decimal | None, field: str = "value") -> int:
    """An amount typed by the user (``1.234,50``, ``1234.5``, ``€ 20``) in cents; one that
    reads two ways ("1.234") is refused. The rules are ``money.parse_amount``'s."""
    from coopeten_gui.services.money import parse_money as parse  # money imports this module

    return parse(value, field)
