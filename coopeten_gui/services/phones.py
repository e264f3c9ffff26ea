"""Phone numbers read as numbers: parsed, checked and compared (in E.164 form) with
``phonenumbers`` (Google's libphonenumber data, the small build without geocoding).

What the user typed is kept as typed; beside it each phone stores its international
form (E.164, ``+34600123456``) and its national digits (``600123456``), so that the
same number written two ways is found as one, and searching the national digits finds
a number stored with its country code. A number written without a country code is read
in the user's country (``set_default_region``, from Settings).
"""

from __future__ import annotations

from typing import NamedTuple

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError, phone_digits

#: numbers this short are short codes or internal extensions, not shortened numbers
SHORT_CODE_DIGITS = 6

_region = "ES"


class Parsed(NamedTuple):
    e164: str       # '' when the text is not a number phonenumbers can place
    national: str   # the national significant number's digits, '' likewise


def set_default_region(region: str | None) -> None:
    """The country (ISO 3166 alpha-2, e.g. ``ES``, ``CR``) for numbers with no country code."""
    global _region
    if region and len(region) == 2 and region.isalpha():
        _region = region.upper()


def default_region() -> str:
    return _region


def parse(value: str, region: str | None = None) -> Parsed:
    """The international form and national digits of ``value``, or ``Parsed('', '')``."""
    import phonenumbers  # 17 ms to import: only when a phone is really read

    try:
        number = phonenumbers.parse(value, region or _region)
    except phonenumbers.NumberParseException:
        return Parsed("", "")
    if not phonenumbers.is_possible_number(number):
        return Parsed("", "")
    national = str(number.national_number)
    if number.italian_leading_zero:
        national = "0" * (number.number_of_leading_zeros or 1) + national
    return Parsed(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                  national)


def warm_up() -> None:
    """Load ``phonenumbers`` and the user's country's numbering plan (about 16 ms of
    imports and patterns), so that the first phone typed or saved does not wait for them."""
    parse("600 000 000")


def check(value: str, field: str = "phones", region: str | None = None) -> str:
    """``value`` trimmed, if it can be a phone number; else a ValidationError naming it."""
    import phonenumbers

    value = value.strip()
    reason = None
    reasons = phonenumbers.ValidationResult
    try:
        number = phonenumbers.parse(value, region or _region)
        reason = phonenumbers.is_possible_number_with_reason(number)
    except phonenumbers.NumberParseException as error:
        if error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            reason = reasons.INVALID_COUNTRY_CODE
    if reason in (reasons.IS_POSSIBLE, reasons.IS_POSSIBLE_LOCAL_ONLY):
        return value
    # short codes and extensions (112, 1004) are real numbers too; a number a few digits
    # short of the country's length is more likely a typo
    if reason == reasons.TOO_SHORT and len(phone_digits(value)) <= SHORT_CODE_DIGITS:
        return value
    if reason == reasons.TOO_SHORT:
        message = translate("Validation", "“{value}” is too short for a phone number.")
    elif reason == reasons.TOO_LONG:
        message = translate("Validation", "“{value}” is too long for a phone number.")
    elif reason == reasons.INVALID_COUNTRY_CODE:
        message = translate("Validation",
                            "“{value}” starts with a country code that does not exist.")
    else:
        message = translate("Validation", "“{value}” is not a phone number.")
    raise ValidationError(message.format(value=value), field)


#: phones worked out per transaction when filling in those written before this version
FILL_BATCH = 5000


def fill_in_missing(region: str | None = None) -> int:
    """Work out the international form of phones stored before numbers were read (their
    ``e164`` is NULL); returns how many. Quick when there are none (a partial index)."""
    from coopeten_gui.services.write_errors import transaction
    from coopeten_gui.storage import phone_numbers

    done = 0
    while True:
        rows = phone_numbers.unread_phones(FILL_BATCH)
        if not rows:
            return done
        with transaction():
            phone_numbers.set_forms([(*parse(value, region), row_id) for row_id, value in rows])
        done += len(rows)
