"""Dates, money and numbers written the way the letter's language writes them.

Everything goes through ``QLocale`` so the output follows Qt's (CLDR) locale data.
A language code maps to one locale: "es" -> Spanish (Spain), "en" -> English
(United States); a full name such as "es_MX" or "en_GB" is used as given.

One deliberate departure: CLDR leaves four-digit numbers ungrouped in Spanish
("1234,50 €"), but business letters, and the figures users type into their own
text ("2.400 personas"), group them, so numbers and money always group thousands:
"1.234,50 €". Separators, decimal point and currency placement stay Qt's.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterable

from PySide6.QtCore import QDate, QLocale, QTime

DEFAULT_CURRENCY = "EUR"

_DEFAULT_TERRITORY = {
    "es": (QLocale.Language.Spanish, QLocale.Country.Spain),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


@lru_cache(maxsize=32)
def locale_for(language: str) -> QLocale:
    """The QLocale for a letter language ("es", "en", "es_MX", "en-GB"...)."""
    code = (language or "en").replace("-", "_")
    if code in _DEFAULT_TERRITORY:
        return QLocale(*_DEFAULT_TERRITORY[code])
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return QLocale(*_DEFAULT_TERRITORY["en"])
    return locale


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            return date.fromisoformat(text[:10])
    return None


def _date_pattern(locale: QLocale, style: str) -> str:
    if style == "short":
        # CLDR's short dates use two-digit years, which look careless in a letter.
        return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    if style == "full":
        return pattern
    # "long": the long form without the weekday ("21 de noviembre de 2026").
    return re.sub(r"dddd[,،]?\s*", "", pattern).strip(" ,")


def format_date(value: Any, language: str, style: str = "long") -> str:
    """``style``: "long" (November 21, 2026), "short" (11/21/2026) or "full" (with weekday).

    Accepts a date, a datetime or an ISO string; None/"" give "". A string that is
    not a date comes back unchanged rather than failing the whole letter.
    """
    if value is None or value == "":
        return ""
    try:
        day = _as_date(value)
    except ValueError:
        return str(value)
    if day is None:
        return str(value)
    locale = locale_for(language)
    return locale.toString(QDate(day.year, day.month, day.day), _date_pattern(locale, style))


def format_time(value: Any, language: str) -> str:
    """Clock time of a datetime/time/ISO string: "9:30" in Spanish, "9:30 AM" in English."""
    if isinstance(value, str) and value.strip():
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return str(value)  # the text as it was given
    if isinstance(value, datetime):
        value = value.time()
    if not isinstance(value, time):
        return "" if value is None else str(value)
    return locale_for(language).toString(QTime(value.hour, value.minute),
                                         QLocale.FormatType.ShortFormat)


def currency_symbol(language: str, code: str) -> str:
    """Symbol for an ISO currency code as written in ``language`` (falls back to the code);
    the same rule as the window's (``services.money.currency_symbol``)."""
    return symbol_of_currency(code or DEFAULT_CURRENCY, locale_for(language).name())


def symbol_of_currency(code: str | None, language: str = "") -> str:
    """The symbol of an ISO currency code as ``language`` writes it ("€", "$", "£"…); the code
    itself when no locale has one. ``language`` "" is the user's interface language."""
    code = (code or DEFAULT_CURRENCY).strip().upper()
    locale = QLocale(language) if language else QLocale()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    # a locale of the same language that uses the currency (es_US for USD in Spanish), then
    # any locale at all (en_IE gives "€" for an English letter)
    for language_filter in (locale.language(), QLocale.Language.AnyLanguage):
        for candidate in QLocale.matchingLocales(
                language_filter, QLocale.Script.AnyScript, QLocale.Country.AnyCountry):
            if candidate.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
                return candidate.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return code


def _group_thousands(text: str, locale: QLocale) -> str:
    """Add the group separator to a four-digit integer part Qt left ungrouped."""
    separator = locale.groupSeparator()
    if not separator:
        return text
    head, point, tail = text.partition(locale.decimalPoint())
    head = re.sub(r"(?<!\d)(\d)(\d{3})(?!\d)", lambda m: m.group(1) + separator + m.group(2), head)
    return head + point + tail


def _as_decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None


def format_money(cents: Any, language: str, currency: str = DEFAULT_CURRENCY) -> str:
    """Whole cents to money: 123450 -> "1.234,50 €" (es, EUR), "€1,234.50" (en, EUR)."""
    if cents is None or cents == "":
        return ""
    amount = _as_decimal(cents) / 100
    locale = locale_for(language)
    symbol = currency_symbol(language, currency)
    return _group_thousands(locale.toCurrencyString(float(amount), symbol, 2), locale)


def format_number(value: Any, language: str, decimals: int | None = None) -> str:
    """Thousands separators by language. Whole numbers print without decimals unless
    ``decimals`` is given; other numbers get two."""
    if value is None or value == "":
        return ""
    number = _as_decimal(value)
    locale = locale_for(language)
    if decimals is None:
        decimals = 0 if number == number.to_integral_value() else 2
    decimals = max(0, min(int(decimals), 10))
    if decimals == 0:
        whole = int(number.to_integral_value())
        if abs(whole) < 2**63:
            return _group_thousands(locale.toString(whole), locale)
        # Beyond qlonglong: group by hand rather than lose digits through a float.
        return f"{whole:,}".replace(",", locale.groupSeparator())
    return _group_thousands(locale.toString(float(number), "f", decimals), locale)


def by_category(items: Iterable[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Group offers/asks by category, keeping first-seen order: [(category, [items])]."""
    groups: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for item in items or ():
        key = item.get("category_key") or item.get("category") or ""
        if key not in groups:
            groups[key] = (item.get("category") or "", [])
        groups[key][1].append(item)
    return list(groups.values())
