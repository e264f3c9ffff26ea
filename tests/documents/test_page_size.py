"""Paper follows the user's country, never the language; the PDF's title is the letter's."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageSize

from coopeten_gui import country
from coopeten_gui.documents import output, page_size
from coopeten_gui.services import contacts, letter_rendering
from coopeten_gui.ui.kit.settings import COUNTRY, OPTIONS, Options

LETTER, A4 = QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4


@pytest.mark.parametrize("code, paper", [("US", LETTER), ("CA", LETTER), ("MX", LETTER),
                                         ("PH", LETTER), ("CL", LETTER), ("CO", LETTER),
                                         ("VE", LETTER), ("GT", LETTER), ("ES", A4),
                                         ("GB", A4), ("IE", A4), ("AR", A4), ("de", A4)])
def test_one_rule_by_country(code, paper):
    assert page_size.page_size(code).id() == paper


@pytest.fixture
def chosen_country():
    settings = QSettings()
    before = settings.value(country.KEY)

    def choose(code: str) -> None:
        Options(settings).country = code
        settings.sync()

    yield choose
    if before is None:
        settings.remove(country.KEY)
    else:
        settings.setValue(country.KEY, before)


def test_the_country_is_a_declared_option_read_through_one_function(chosen_country):
    assert COUNTRY in OPTIONS and COUNTRY.key == "country"
    chosen_country("mx")
    assert country.user_country() == "MX" and Options().country == "MX"
    chosen_country("")  # the system's
    assert country.user_country() == country.system_country()
    chosen_country("ZZ")  # not a country: the system's
    assert country.user_country() == country.system_country()


def pdfinfo(path) -> dict[str, str]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.mark.parametrize("code, language, points", [("US", "es", "612 x 792"),
                                                    ("ES", "en", "595 x 842"),
                                                    ("MX", "es", "612 x 792")])
def test_the_pdf_paper_follows_the_country_not_the_language(demo_db, tmp_path, chosen_country,
                                                            code, language, points):
    chosen_country(code)
    maria = contacts.find_by_email("maria@masamadre.es")
    letter = letter_rendering.render_named("alliance_proposal", maria, language)
    path = letter_rendering.write_letter(letter, tmp_path / "letter.pdf")
    info = pdfinfo(path)
    assert info["Page size"].startswith(points)
    assert info["Title"] == letter.subject and letter.subject
    assert output.page_size_for(language).id() == page_size.page_size(code).id()


def test_settings_offers_the_country(qtbot, qapp, db, tmp_path):
    from coopeten_gui import translations
    from coopeten_gui.ui.pages.settings_page import SettingsPage

    translations.install(qapp, "es")
    options = Options(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page = SettingsPage(None, options)
    qtbot.addWidget(page)
    combo = page.country_combo
    assert combo.currentData() == ""  # the system's until the user chooses
    assert combo.itemText(combo.findData("MX")) == "México (MX)"
    combo.setCurrentIndex(combo.findData("MX"))
    assert options.country == "MX" and options.get(COUNTRY) == "MX"
    page.reload()
    assert combo.currentData() == "MX"
