"""The paper a letter is printed on: US Letter in the countries that use it, A4 elsewhere.
It follows the user's country (``coopeten_gui.country``), never the letter's or the
window's language: a Spanish letter from Mexico is on Letter, an English one from
Ireland on A4.
"""

from __future__ import annotations

from PySide6.QtGui import QPageSize

from coopeten_gui.country import user_country

#: Where US Letter is the usual paper (CLDR's supplemental ``paperSize`` data); ISO A4
#: everywhere else.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA",
                              "NI", "SV", "BZ", "PR"})


def uses_letter(country: str) -> bool:
    return (country or "").upper() in LETTER_COUNTRIES


def page_size(country: str | None = None) -> QPageSize:
    """The page size for ``country`` (the user's when None)."""
    if uses_letter(country if country is not None else user_country()):
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)
