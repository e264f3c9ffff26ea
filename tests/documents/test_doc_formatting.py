"""Dates, money and numbers in the letter's language, directly and as template filters."""

from datetime import date, datetime

import pytest

from coopeten_gui.documents.formatting import (
    by_category,
    format_date,
    format_money,
    format_number,
    format_time,
)
from coopeten_gui.documents.sandbox import render_template

NBSP = "\u00a0"  # Qt (CLDR) keeps the amount and its symbol on one line


@pytest.mark.parametrize(
    "cents, language, currency, expected",
    [
        (123450, "es", "EUR", f"1.234,50{NBSP}€"),
        (123450, "en", "EUR", "€1,234.50"),
        (123450, "en", "USD", "$1,234.50"),
        (1234567, "es", "EUR", f"12.345,67{NBSP}€"),
        (99, "es", "EUR", f"0,99{NBSP}€"),
        (0, "en", "EUR", "€0.00"),
        (-123450, "es", "EUR", f"-1.234,50{NBSP}€"),
        (100000000, "en", "GBP", "£1,000,000.00"),
    ],
)
def test_money(cents, language, currency, expected):
    assert format_money(cents, language, currency) == expected


def test_money_empty_is_empty():
    assert format_money(None, "es") == ""


@pytest.mark.parametrize(
    "value, language, style, expected",
    [
        (date(2026, 11, 21), "es", "long", "21 de noviembre de 2026"),
        (date(2026, 11, 21), "en", "long", "November 21, 2026"),
        (datetime(2026, 11, 21, 18, 30), "es", "long", "21 de noviembre de 2026"),
        ("2026-11-21", "en", "long", "November 21, 2026"),
        ("2026-11-21T09:30:00", "es", "long", "21 de noviembre de 2026"),
        (date(2026, 11, 21), "es", "short", "21/11/2026"),
        (date(2026, 11, 21), "en", "short", "11/21/2026"),
        (date(2026, 11, 21), "es", "full", "sábado, 21 de noviembre de 2026"),
        (date(2026, 11, 21), "en", "full", "Saturday, November 21, 2026"),
        (date(2026, 11, 21), "en_GB", "long", "21 November 2026"),
        (None, "es", "long", ""),
        ("not a date", "es", "long", "not a date"),
    ],
)
def test_date(value, language, style, expected):
    assert format_date(value, language, style) == expected


def test_time():
    assert format_time(datetime(2026, 11, 12, 9, 30), "es") == "9:30"
    # CLDR puts a narrow no-break space before AM/PM.
    assert format_time("2026-11-12T21:05", "en").replace("\u202f", " ") == "9:05 PM"


@pytest.mark.parametrize(
    "value, language, decimals, expected",
    [
        (1234567, "es", None, "1.234.567"),
        (1234567, "en", None, "1,234,567"),
        (1234, "es", None, "1.234"),
        (999, "es", None, "999"),
        (1234.5, "en", None, "1,234.50"),
        (3.14159, "es", 3, "3,142"),
        (10**30, "en", None, "1,000,000,000,000,000,000,000,000,000,000"),
    ],
)
def test_number(value, language, decimals, expected):
    assert format_number(value, language, decimals) == expected


def test_filters_follow_the_letter_language_and_profile_currency(context_es, context_en):
    source = ("{{ today|date }} | {{ today|date('short') }} | {{ 123450|money }} | "
              "{{ 123450|money('USD') }} | {{ 3200|number }}")
    assert render_template(source, context_es, "es") == (
        f"21 de noviembre de 2026 | 21/11/2026 | 1.234,50{NBSP}€ | 1.234,50{NBSP}$ | 3.200"
    )
    assert render_template(source, context_en, "en") == (
        "November 21, 2026 | 11/21/2026 | $1,234.50 | $1,234.50 | 3,200"
    )
    context_en["profile"]["currency"] = "EUR"
    assert render_template("{{ 123450|money }}", context_en, "en") == "€1,234.50"


def test_by_category_keeps_first_seen_order():
    items = [
        {"category": "Supply", "category_key": "supply", "description": "a"},
        {"category": "Training", "category_key": "training", "description": "b"},
        {"category": "Supply", "category_key": "supply", "description": "c"},
    ]
    groups = by_category(items)
    assert [(name, [i["description"] for i in group]) for name, group in groups] == [
        ("Supply", ["a", "c"]),
        ("Training", ["b"]),
    ]
