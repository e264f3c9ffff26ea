"""Amounts on screen: ``money_text`` and ``currency_symbol`` show them; ``MoneyEdit`` is the
one field every amount is typed in (a cross-promotion's revenue, an event's cost, the value
of an offer, an ask or a proposal).

It reads what was typed with ``services.money.parse_amount``: either decimal mark when the
amount can only mean one thing, and a question when it can mean two ("1.234": one
thousand two hundred thirty-four, or one point two three?). ``ask_amount`` puts that
question; tests answer it with ``monkeypatch.setattr(money_edit, "ask_amount", …)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from coopeten_gui.i18n import translate
from coopeten_gui.services import money
from coopeten_gui.services.common import ValidationError


def amount_text(cents: int | None) -> str:
    """An amount as the user would type it back, in their language, always with two
    decimals so it reads one way only ("1.234,00", never "1.234")."""
    if not cents:
        return ""
    return QLocale().toString(cents / 100, "f", 2)


def ask_amount(parent: QWidget, reading: money.Ambiguous) -> int | None:
    """Which of two readings the user meant, in cents; None when they chose neither."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MoneyEdit", "Which amount?"),
                      translate("MoneyEdit", "“{text}” can be read two ways. Which amount did "
                                             "you mean?").format(text=reading.text),
                      QMessageBox.StandardButton.Cancel, parent)
    choices = {}
    for cents in sorted({reading.likely, reading.grouped, reading.decimal},
                        key=lambda c: c != reading.likely):
        button = box.addButton(QLocale().toString(cents / 100, "f", 2),
                               QMessageBox.ButtonRole.AcceptRole)
        choices[button] = cents
        if cents == reading.likely:
            box.setDefaultButton(button)
    box.exec()
    return choices.get(box.clickedButton())


class MoneyEdit(QLineEdit):
    """An amount in cents, typed with a decimal comma or point, the currency shown at the
    right. ``cents()`` raises ``ValidationError`` (naming ``field``) for text that is no
    amount, so a form shows it beside the field like any other refusal."""

    def __init__(self, parent: QWidget | None = None, field: str = "value") -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(QLocale().toString(0.0, "f", 2))
        self._symbol = QLabel(self)
        self._symbol.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._symbol.setStyleSheet("color: palette(placeholder-text);")
        self.setSuffix(" " + money.currency_symbol(_profile_currency()))

    def setSuffix(self, suffix: str) -> None:  # noqa: N802 - the spin box's name for it
        """The currency shown after the amount (``""`` for none)."""
        self._symbol.setText(suffix.strip())
        self._symbol.adjustSize()
        self.setTextMargins(0, 0, self._symbol.width() + 6 if suffix.strip() else 0, 0)
        self._place_symbol()

    def suffix(self) -> str:
        return self._symbol.text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_symbol()

    def _place_symbol(self) -> None:
        self._symbol.move(self.width() - self._symbol.width() - 6,
                          (self.height() - self._symbol.height()) // 2)

    def set_cents(self, cents: int | None) -> None:
        self.setText(amount_text(cents))

    def cents(self) -> int:
        """What was typed, in cents (0 when empty); asks when it reads two ways."""
        result = money.parse_amount(self.text(), QLocale().decimalPoint(), self.field)
        if isinstance(result, money.Ambiguous):
            chosen = ask_amount(self, result)
            if chosen is None:
                raise ValidationError(self.tr("Write the amount with its decimals, such as "
                                              "{example}, so it reads one way.").format(
                    example=amount_text(result.likely)), self.field)
            self.set_cents(chosen)  # written so it reads one way from now on
            return chosen
        return result


def _profile_currency() -> str:
    from coopeten_gui.services import my_business  # the profile is read when a form opens

    return my_business.get().currency or money.DEFAULT_CURRENCY


def currency_symbol() -> str:
    """The symbol of the profile's currency, as the interface language writes it."""
    from coopeten_gui.services import my_business  # as in _profile_currency

    return money.currency_symbol(my_business.get().currency)


def money_text(cents: int | None, symbol: str | None = None) -> str:
    """An amount in cents the QLocale way; nothing for none or zero."""
    if not cents:
        return ""
    return QLocale().toCurrencyString(cents / 100, symbol if symbol is not None
                                      else currency_symbol())
