"""Money as people type it and as they read it: the one parser of typed amounts and the one
rule for currency symbols, shared by every form, the letters and the calendar export.

``parse_amount`` understands both decimal marks whenever the text can only mean one
thing ("18,5" and "18.5" are 18.50 whatever the language; "1.234,56", "1,234.56" and
"1 234,56" are 1234.56). A lone separator followed by exactly three digits ("1.234",
"1,234") can mean a thousand and more or a little over one: then it answers
``Ambiguous`` with both readings, so the form asks instead of guessing ten or a thousand
times too much.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError

DEFAULT_CURRENCY = "EUR"

# spaces people and locales put between thousands: plain, no-break, narrow no-break, and
# the apostrophe of Swiss amounts
_GROUP_SPACES = " \u00a0\u202f\u2009'’"
_SEPARATORS = ".,"


class Ambiguous(NamedTuple):
    """A typed amount with two readings, in cents: ``grouped`` reads the mark as a thousands
    separator ("1.234" = 1234.00), ``decimal`` as the decimal mark ("1.234" = 1.234,
    rounded to 1.23). ``likely`` is the one the user's language suggests."""

    text: str
    grouped: int
    decimal: int
    likely: int


def _invalid(text: object, field: str) -> ValidationError:
    return ValidationError(
        translate("Validation", "“{value}” is not an amount of money.").format(value=text), field)


def _cents(number: str, text: object, field: str) -> int:
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise _invalid(text, field) from None
    if not amount.is_finite():
        raise _invalid(text, field)
    return int((amount * 100).to_integral_value(ROUND_HALF_UP))


def _groups_ok(head: str, mark: str) -> bool:
    """Whether ``head`` ("1.234.567") is digits grouped by threes with ``mark``."""
    parts = head.split(mark)
    return (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
            and all(p.isdigit() for p in parts))


def parse_amount(text: object, decimal_point: str = ".",
                 field: str = "value") -> int | Ambiguous:
    """Cents for an amount as typed, ``Ambiguous`` when the text reads two ways.

    ``decimal_point`` is the user's language's mark; it only decides which reading of an
    ambiguous amount is ``likely``. Empty text is 0. Raises ``ValidationError`` (naming
    ``field``) for text that is no amount, or a negative one.
    """
    if text is None:
        return 0
    if isinstance(text, int):
        return text * 100
    raw = str(text)
    # the currency may be typed with the amount ("€ 20", "20 EUR", "S/ 15"); words may not
    stripped = re.sub(r"\b[A-Za-z]{3}\b|S/|R\$|[€$£¥₹]", "", raw)
    if re.search(r"[^\d.,+\-" + _GROUP_SPACES + "]", stripped):
        raise _invalid(raw, field)
    cleaned = stripped.strip(_GROUP_SPACES)
    if not cleaned:
        if raw.strip():
            raise _invalid(raw, field)
        return 0
    if cleaned.startswith("-"):
        raise ValidationError(translate("Validation", "An amount cannot be negative."), field)
    cleaned = cleaned.lstrip("+")
    # thousands written with spaces: "1 234,56"; a space anywhere else is no amount
    if re.search("[" + _GROUP_SPACES + "]", cleaned):
        head = re.split(r"[.,]", cleaned)[0]
        if not re.fullmatch(r"\d{1,3}([" + _GROUP_SPACES + r"]\d{3})+", head):
            raise _invalid(raw, field)
        cleaned = re.sub("[" + _GROUP_SPACES + "]", "", cleaned)
        if "." in cleaned and "," in cleaned:
            raise _invalid(raw, field)
        return _cents(cleaned.replace(",", "."), raw, field)
    marks = [c for c in cleaned if c in _SEPARATORS]
    if not marks:
        return _cents(cleaned, raw, field)
    if len(set(marks)) == 2:
        # the later mark is the decimal one: 1.234,56 or 1,234.56
        decimal_mark = marks[-1]
        group_mark = "," if decimal_mark == "." else "."
        head, _, tail = cleaned.rpartition(decimal_mark)
        if marks.count(decimal_mark) != 1 or not _groups_ok(head, group_mark) \
                or not tail.isdigit():
            raise _invalid(raw, field)
        return _cents(head.replace(group_mark, "") + "." + tail, raw, field)
    mark = marks[0]
    if len(marks) > 1:
        # the same mark twice can only group thousands: 1.234.567
        if not _groups_ok(cleaned, mark):
            raise _invalid(raw, field)
        return _cents(cleaned.replace(mark, ""), raw, field)
    head, _, tail = cleaned.partition(mark)
    if not tail.isdigit() and tail:
        raise _invalid(raw, field)
    if len(tail) == 3 and 1 <= len(head) <= 3 and head.isdigit() and head != "0":
        grouped = _cents(head + tail, raw, field)
        decimal = _cents(head + "." + tail, raw, field)
        return Ambiguous(raw.strip(), grouped, decimal,
                         decimal if mark == decimal_point else grouped)
    return _cents((head or "0") + "." + (tail or "0"), raw, field)


def parse_money(value: object, field: str = "value", decimal_point: str = ".") -> int:
    """Cents for an amount that must read one way only (the command line, imports):
    an ambiguous one is refused with a sentence saying how to write it."""
    result = parse_amount(value, decimal_point, field)
    if isinstance(result, Ambiguous):
        raise ValidationError(translate(
            "Validation", "“{value}” could be {grouped} or {decimal}: write it with two "
                          "decimals (such as {example}) so it reads one way.").format(
            value=result.text, grouped=f"{result.grouped // 100}",
            decimal=f"{result.decimal / 100:.2f}",
            example=f"{result.grouped // 100}.00"), field)
    return result


@lru_cache(maxsize=64)
def currency_symbol(code: str | None, language: str = "") -> str:
    """The symbol of an ISO currency code as ``language`` writes it ("€", "$", "£"…); the code
    itself when no locale has one. ``language`` "" is the user's interface language. The
    rule lives with the letters' formatting, below the services, so both use the same."""
    from coopeten_gui.documents.formatting import symbol_of_currency

    return symbol_of_currency(code, language)
