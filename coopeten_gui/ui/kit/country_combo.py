"""``CountryCombo``: the country chosen in Settings (paper size of letters, the region phone
numbers are read in). Countries are named in the interface language where Qt's locale
data can (every country that speaks it), in English otherwise, each with its code.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from coopeten_gui import country
from coopeten_gui.services.common import fold
from coopeten_gui.translations import current_language


def country_names(language: str) -> dict[str, str]:
    """Every territory Qt knows, by alpha-2 code, named in ``language`` when it can be."""
    names: dict[str, str] = {}
    reference = QLocale(language or "en")
    spoken, script = reference.language(), reference.script()
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):
        code = country.code_of(locale.territory())
        if not code:
            continue
        # the language's usual script: English in Deseret letters names the US unreadably
        if locale.language() == spoken and locale.script() == script \
                and locale.nativeTerritoryName():
            names[code] = locale.nativeTerritoryName()
        else:
            names.setdefault(code, QLocale.territoryToString(locale.territory()))
    return names


class CountryCombo(QComboBox):
    """The system's country first, then every country by name. ``code()`` is "" for the
    system's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = country_names(current_language())
        system = country.system_country()
        self.addItem(self.tr("The system's ({name})").format(
            name=names.get(system, system)), "")
        for code, name in sorted(names.items(), key=lambda item: fold(item[1])):
            self.addItem(f"{name} ({code})", code)
        self.setMaxVisibleItems(20)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(country.normalise(code))))
