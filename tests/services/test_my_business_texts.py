"""The profile's texts per language: the migration that splits them, letters that take
their own language's, the fallback with its warning, and My business editing both."""

from __future__ import annotations

import re
import sqlite3

import pytest

from coopeten_gui.services import contacts, demo, letter_context, letter_rendering, my_business
from coopeten_gui.storage import database

SPANISH = demo.PROFILE.texts["es"]


def _database_at_version_3(path, language: str) -> None:
    conn = sqlite3.connect(path)
    for migration in database.migrations()[:3]:
        conn.executescript(migration.path.read_text(encoding="utf-8"))
    conn.execute("UPDATE profile SET name = 'Cafés Ferrer', tagline = 'Tostado cada martes', "
                 "who_we_are = 'Somos tres.', signature_title = 'Gerente', language = ?",
                 (language,))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("language, kept_in", [("en", {"en"}), ("es_MX", {"es"}),
                                               ("", {"es", "en"}), ("fr", {"es", "en"})])
def test_the_single_texts_move_into_the_profiles_language_or_both(tmp_path, language, kept_in):
    path = tmp_path / "old.sqlite"
    _database_at_version_3(path, language)
    database.open_database(path)
    try:
        data = my_business.get()
        assert set(data.texts) == kept_in
        for code in kept_in:
            assert data.texts[code].tagline == "Tostado cada martes"
            assert data.texts[code].who_we_are == "Somos tres."
            assert data.texts[code].signature_title == "Gerente"
        assert data.name == "Cafés Ferrer"
    finally:
        database.close_database()


def _paragraphs(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p[^>]*>.*?</p>", html, re.S)]


def test_an_english_letter_for_a_demo_contact_holds_no_spanish_paragraph(demo_db):
    tom = contacts.find_by_email("tom@lacolmena.work")
    letter = letter_rendering.render_named("alliance_proposal", tom, "en")
    spanish = [getattr(SPANISH, name) for name in my_business.TEXT_FIELDS]
    assert demo.PROFILE.texts["en"].who_we_are in letter.body_html
    for paragraph in _paragraphs(letter.body_html):
        assert not any(text and text in paragraph for text in spanish), paragraph
        assert not re.search(r"\b(Somos|Tostamos|Queremos|cafeterías|boletín)\b", paragraph)
    assert letter.profile["signature_title"] == "Founder"
    assert letter_context.profile_warning("en") == ""


def test_a_missing_text_falls_back_to_the_other_language_with_a_warning(demo_db):
    data = my_business.get()
    data.texts["en"].who_we_are = ""
    my_business.save(data)
    tom = contacts.find_by_email("tom@lacolmena.work")
    letter = letter_rendering.render_named("alliance_proposal", tom, "en")
    assert SPANISH.who_we_are in letter.body_html  # better the other language than nothing
    warning = letter_context.profile_warning("en")
    assert "“Who we are”" in warning and "Spanish" in warning
    assert letter_context.profile_warning("es") == ""


def test_saving_keeps_each_language_and_the_old_columns_follow_the_profiles(demo_db):
    from coopeten_gui.storage.models import MyBusiness

    data = my_business.get()
    data.texts["en"].tagline = "Roasted every Tuesday"
    my_business.save(data)
    again = my_business.get()
    assert again.texts["en"].tagline == "Roasted every Tuesday"
    assert again.texts["es"].tagline == SPANISH.tagline
    assert MyBusiness.get_by_id(1).tagline == SPANISH.tagline  # the profile's language is es
