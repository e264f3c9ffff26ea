"""The one reading of typed amounts and the one rule for currency symbols."""

from __future__ import annotations

import pytest

from coopeten_gui.services import money
from coopeten_gui.services.common import ValidationError


@pytest.mark.parametrize("typed, cents", [
    ("18,5", 1850), ("18.5", 1850), ("1.234,56", 123456), ("1,234.56", 123456),
    ("1 234,56", 123456), ("1\u00a0234,56", 123456), ("1.234.567", 123456700),
    ("0,125", 13), ("1234,567", 123457), ("€ 20", 2000), ("20 EUR", 2000), ("", 0), (7, 700),
    ("12.50", 1250), ("S/ 15", 1500)])
@pytest.mark.parametrize("decimal_point", [".", ","])
def test_amounts_that_read_one_way_in_either_language(typed, cents, decimal_point):
    assert money.parse_amount(typed, decimal_point) == cents


@pytest.mark.parametrize("typed", ["1.234", "1,234", "12.500"])
def test_a_lone_mark_before_three_digits_is_a_question(typed):
    english = money.parse_amount(typed, ".")
    spanish = money.parse_amount(typed, ",")
    assert isinstance(english, money.Ambiguous) and isinstance(spanish, money.Ambiguous)
    head, tail = typed.replace(",", ".").split(".")
    assert english.grouped == int(head + tail) * 100
    assert english.decimal == round(float(head + "." + tail) * 100)
    # the language only says which reading is likelier
    mark = typed[len(head)]
    assert (english.likely == english.decimal) == (mark == ".")
    assert (spanish.likely == spanish.decimal) == (mark == ",")


@pytest.mark.parametrize("typed", ["doce", "-5", "1.2.3,4,5", "12 5", "1,23,4"])
def test_text_that_is_no_amount_is_refused(typed):
    with pytest.raises(ValidationError):
        money.parse_amount(typed, ",", "revenue")


def test_where_nobody_can_ask_an_ambiguous_amount_is_refused_with_a_way_out():
    with pytest.raises(ValidationError) as refused:
        money.parse_money("1.234", "cost")
    assert refused.value.field == "cost" and "1234.00" in refused.value.message


@pytest.mark.parametrize("code", ["EUR", "USD", "GBP", "MXN", "CAD", "CHF", "PEN", "XYZ"])
def test_the_window_the_letters_and_the_calendar_write_one_symbol(code, qapp, monkeypatch):
    from coopeten_gui.documents import formatting
    from coopeten_gui.services import calendar_export, my_business
    from coopeten_gui.ui.kit import money_edit

    monkeypatch.setattr(my_business, "get", lambda: my_business.MyBusinessData(currency=code))
    symbol = money.currency_symbol(code)
    assert money_edit.currency_symbol() == symbol
    assert formatting.currency_symbol("en", code) == money.currency_symbol(code, "en_US")
    assert calendar_export.currency_symbol is money.currency_symbol
    assert not hasattr(calendar_export, "_symbol") and not hasattr(money_edit, "_SYMBOLS")
