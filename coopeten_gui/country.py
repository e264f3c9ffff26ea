"""The user's country, one setting read by every layer: the paper size of letters (A4 or
Letter) and the region phone numbers are read in.

Stored in the window's settings under ``KEY`` as an ISO 3166 alpha-2 code ("ES", "US");
empty means the system's: the territory of the system locale. ``ui.kit.settings`` declares
the option; ``user_country`` is the one way to read it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

KEY = "country"
#: When the system says nothing usable (the C locale of a bare container).
FALLBACK = "US"


def code_of(territory: QLocale.Country) -> str:
    """The ISO 3166 alpha-2 code of a Qt territory ("" for none)."""
    code = QLocale.territoryToCode(territory)
    return code if len(code) == 2 and code.isalpha() else ""


def system_country() -> str:
    """The territory of the system's locale, as an alpha-2 code."""
    return code_of(QLocale.system().territory()) or FALLBACK


def normalise(code: str | None) -> str:
    """``code`` upper-cased when it names a territory Qt knows; "" otherwise."""
    code = (code or "").strip().upper()
    if len(code) != 2 or not code.isalpha():
        return ""
    return code if QLocale.codeToTerritory(code) != QLocale.Country.AnyTerritory else ""


def user_country(settings: QSettings | None = None) -> str:
    """The country the user chose in Settings, else the system's (alpha-2, upper case)."""
    value = (settings or QSettings()).value(KEY, "")
    return normalise(str(value) if value is not None else "") or system_country()
