"""Letters from the database: the context, every built-in for demo contacts (compared
with reviewed files), PDF output, template lookup and copies, and mail merge.

The demo is loaded as of a fixed day and "today" is frozen in the context, so the
letters (event dates, promotion dates, the date line) are the same every day. After
changing a letter or the context on purpose, regenerate the expected files with
``COOPETEN_UPDATE_EXPECTED=1 pytest tests/services/test_letters.py`` and read the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from coopeten_gui.documents.builtins import load_builtin
from coopeten_gui.documents.context import LetterContext
from coopeten_gui.documents.sandbox import TemplateError
from coopeten_gui.documents.text import to_plain_text
from coopeten_gui.services import (
    contacts,
    demo,
    labels,
    letter_context,
    letter_rendering,
    letter_templates,
    mail_merge,
    my_business,
    templates,
)
from coopeten_gui.services.common import NotFoundError
from coopeten_gui.storage import database

TODAY = date(2026, 11, 21)
EXPECTED_DIR = Path(__file__).parent / "expected_letters"
NAMES = ["list_swap", "alliance_proposal", "introduction", "event_thanks"]
# a Spanish-speaking bookseller (offers of ours, an event, an ask others can meet) and an
# English-speaking coworking manager (a list swap with results)
PEOPLE = {"andres": "andres@elfaro.es", "tom": "tom@lacolmena.work"}
CASES = [(name, language, who) for who in PEOPLE for name in NAMES for language in ("es", "en")]


@pytest.fixture(scope="module")
def _fixed_demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("letters") / "demo.sqlite"
    database.open_database(path)
    demo.load_demo(today=TODAY, language=demo.AS_WRITTEN)
    database.close_database()
    return path


@pytest.fixture
def fixed_demo(_fixed_demo, tmp_path):
    """The demo database as of ``TODAY``, open for the test."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(_fixed_demo, path)
    database.open_database(path)
    yield path
    database.close_database()


def person(key: str) -> int:
    return contacts.find_by_email(PEOPLE[key])


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


# -- the context ------------------------------------------------------------------------------

def test_context_has_the_documented_shape(fixed_demo):
    context = letter_context.build_context(person("andres"), "es", TODAY)
    assert set(context) == set(LetterContext.__annotations__)
    assert context["today"] == TODAY and context["language"] == "es"
    assert context["profile"]["name"] == "Tostadores del Barrio"
    assert context["profile"]["has_logo"] is False
    assert context["contact"]["display_name"] == "Andrés Martí"
    assert context["contact"]["email"] == "andres@elfaro.es"
    assert context["contact"]["organization"] == "Librería El Faro"
    assert context["organization"]["name"] == "Librería El Faro"
    assert context["event"]["name"] == "Desayuno de Networking Ruzafa"
    assert context["event"]["starts_at"].date() == date(2026, 11, 9)
    # open offers and asks, split by side, categories in the letter's language
    assert [o["description"] for o in context["offers_mine"]] == [
        "Café para sus presentaciones de libros"]
    assert context["offers_mine"][0]["category"] == "Suministro"
    assert context["offers_mine"][0]["category_key"] == "supply"
    assert context["offers_mine"][0]["value_cents"] == 6000
    assert [a["category_key"] for a in context["asks_theirs"]] == ["cross_promotion"]
    assert context["asks_mine"] == []
    # the introduction: someone whose open offer meets the open ask
    assert context["match"]["ask"]["description"] == "Promoción cruzada: libro + café en Navidad"
    assert context["match"]["offer"]["category_key"] == "cross_promotion"
    assert context["other_contact"]["display_name"] != "Andrés Martí"


def test_context_categories_follow_the_letter_language(fixed_demo):
    english = letter_context.build_context(person("andres"), "en", TODAY)
    assert english["offers_mine"][0]["category"] == "Supply"
    assert english["language"] == "en"


def test_context_promotions_and_totals(fixed_demo):
    context = letter_context.build_context(person("tom"), "en", TODAY)
    promotions = context["promotions"]
    assert [p["channel"] for p in promotions["mine"]] == ["Newsletter"]
    assert [p["channel"] for p in promotions["theirs"]] == ["Newsletter + Instagram"]
    assert promotions["totals"]["mine"] == {"audience_reached": 4800, "visits": 150, "leads": 20,
                                            "sales": 4, "revenue_cents": 600000}
    assert promotions["totals"]["theirs"]["audience_reached"] == 6500


def test_category_sources_match_the_window_labels(qapp):
    for key in ("cross_promotion", "referral", "representation", "supply", "labour",
                "shared_space", "care", "security", "endorsement", "training", "learning",
                "group", "money"):
        english = letter_templates.category_name(key, "?", "en")
        assert english == labels.category(key, "?") != "?"
        assert letter_templates.category_name(key, "?", "es")
    assert letter_templates.category_name(None, "Photography", "es") == "Photography"
    assert letter_templates.category_name("supply", "", "es") == "Suministro"


def test_letter_language_is_the_contact_s_then_the_profile_s(fixed_demo):
    assert letter_templates.letter_language(person("tom")) == "en"
    assert letter_templates.letter_language(person("andres")) == "es"
    luis = contacts.find_by_email("luis.ferrer@outlook.es")
    data = contacts.data_of(contacts.get(luis))
    data.language = "fr"
    contacts.update(luis, data)
    assert letter_templates.letter_language(luis) == "es"  # the profile's language


# -- the built-ins, rendered for demo contacts --------------------------------------------------

@pytest.mark.parametrize("name, language, who", CASES)
def test_builtin_renders_as_expected(fixed_demo, name, language, who):
    letter = letter_rendering.render_letter(letter_templates.builtin_template(name, language),
                                            person(who), language, TODAY)
    expected_file = EXPECTED_DIR / f"{name}.{language}.{who}.html"
    if os.environ.get("COOPETEN_UPDATE_EXPECTED"):
        EXPECTED_DIR.mkdir(exist_ok=True)
        expected_file.write_text(letter.body_html, encoding="utf-8")
    assert letter.body_html == expected_file.read_text(encoding="utf-8")

    text = to_plain_text(letter_rendering.standalone_html(letter))  # letterhead and signature too
    assert letter.contact_name in text
    assert "Tostadores del Barrio" in text and "Lucía Ferrer" in text
    assert "None" not in text and "{{" not in text
    assert letter.subject and "{" not in letter.subject
    assert letter.language == language


def test_render_named_picks_the_contact_s_language(fixed_demo):
    letter = letter_rendering.render_named("event_thanks", person("tom"), today=TODAY)
    assert letter.language == "en"
    assert "Thank you" in letter.subject
    spanish = letter_rendering.render_named("event_thanks", person("tom"), "es", today=TODAY)
    assert spanish.subject.startswith("Gracias")


def test_an_introduction_without_anyone_to_introduce_says_so(fixed_demo):
    javier = contacts.find_by_email("javier@masamadre.es")  # asks for nothing
    with pytest.raises(letter_rendering.LetterError, match="no one to introduce"):
        letter_rendering.render_letter(letter_templates.builtin_template("introduction", "en"),
                                       javier, "en", TODAY)


def test_pdf_holds_the_contact_s_and_the_profile_s_names(fixed_demo, tmp_path):
    letter = letter_rendering.render_letter(
        letter_templates.builtin_template("alliance_proposal", "es"), person("andres"), "es", TODAY)
    target = letter_rendering.write_letter(letter, tmp_path / "propuesta.pdf")
    text = pdf_text(target)
    assert "Andrés Martí" in text
    assert "Tostadores del Barrio" in text
    assert "Lucía Ferrer" in text  # the signature


def test_write_letter_by_extension(fixed_demo, tmp_path):
    letter = letter_rendering.render_named("list_swap", person("tom"), today=TODAY)
    html = letter_rendering.write_letter(letter, tmp_path / "swap.HTML").read_text(encoding="utf-8")
    assert "Tom Baker" in html and "<!DOCTYPE html>" in html
    odt = letter_rendering.write_letter(letter, tmp_path / "swap.odt")
    assert odt.read_bytes()[:2] == b"PK"
    with pytest.raises(letter_rendering.LetterError, match="docx"):
        letter_rendering.write_letter(letter, tmp_path / "swap.docx")
    with pytest.raises(letter_rendering.LetterError):
        letter_rendering.write_letter(letter, tmp_path / "no" / "such" / "folder" / "swap.pdf")


def test_the_logo_reaches_the_letterhead(fixed_demo, tmp_path):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3b4d"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = my_business.get()
    data.logo = bytes(buffer.data())
    my_business.save(data)
    letter = letter_rendering.render_named("event_thanks", person("andres"), today=TODAY)
    assert letter.profile["has_logo"] and letter.logo == data.logo
    html = letter_rendering.write_letter(letter, tmp_path / "x.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html


# -- templates ----------------------------------------------------------------------------------

def test_find_template_by_key_name_title_and_user_name(fixed_demo):
    assert letter_templates.find_template("builtin:list_swap:en").language == "en"
    assert letter_templates.find_template("list_swap", "es").title == "Intercambio de listas"
    assert letter_templates.find_template("Strategic alliance proposal").name == "alliance_proposal"
    new_id = templates.create(templates.TemplateData(name="Gracias breve", body="<p>Hola</p>",
                                                     language="es"))
    assert letter_templates.find_template("gracias BREVE").template_id == new_id
    assert letter_templates.find_template(f"user:{new_id}").name == "Gracias breve"
    with pytest.raises(NotFoundError, match="no template called"):
        letter_templates.find_template("nothing like this")
    keys = [t.key for t in letter_templates.list_templates()]
    assert keys[:2] == ["builtin:list_swap:es", "builtin:list_swap:en"]
    assert f"user:{new_id}" in keys
    assert all(t.language == "en" for t in letter_templates.list_templates("en"))


def test_copying_a_builtin_leaves_it_as_it_was(fixed_demo):
    before = load_builtin("event_thanks", "en")
    original = letter_templates.builtin_template("event_thanks", "en")
    new_id = letter_templates.copy_template(original, source=before + "<p>P.S. Coffee soon!</p>")
    copy = letter_templates.user_template(new_id)
    assert copy.name == "Thank-you and follow-up after an event (my copy)"
    assert copy.based_on == "event_thanks" and copy.kind == "thanks" and copy.language == "en"
    assert copy.source.endswith("<p>P.S. Coffee soon!</p>")
    assert load_builtin("event_thanks", "en") == before
    letter = letter_rendering.render_letter(copy, person("tom"), today=TODAY)
    assert "P.S. Coffee soon!" in letter.body_html


def test_a_broken_template_reports_its_line(fixed_demo):
    broken = letter_templates.template_from_source(
        "<p>Hi</p>\n<p>{{ contact.display_name }</p>\n", "en")
    with pytest.raises(TemplateError) as caught:
        letter_rendering.render_letter(broken, person("tom"))
    assert caught.value.line == 2


def test_resolve_contact_by_number_or_email(fixed_demo):
    tom = person("tom")
    assert letter_context.resolve_contact(str(tom)) == tom
    assert letter_context.resolve_contact("TOM@lacolmena.work") == tom
    with pytest.raises(NotFoundError):
        letter_context.resolve_contact("nobody@example.com")
    with pytest.raises(NotFoundError):
        letter_context.resolve_contact("99999")
    contacts.trash([tom])
    with pytest.raises(NotFoundError):
        letter_context.resolve_contact(str(tom))


# -- mail merge ---------------------------------------------------------------------------------

def three_people() -> list[int]:
    return [contacts.find_by_email(e) for e in
            ("maria@masamadre.es", "andres@elfaro.es", "tom@lacolmena.work")]


def test_merge_three_letters_into_one_pdf(fixed_demo, tmp_path):
    seen = []
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "cartas.pdf"
    result = mail_merge.merge_to_pdf(letter_templates.builtin_template("event_thanks", "es"),
                                  three_people(), target, today=TODAY,
                                  progress=lambda done, total: seen.append((done, total)))
    assert result.files == [target] and result.letters == 3 and not result.skipped
    assert result.pages >= 3 and pdf_pages(target) == result.pages
    text = pdf_text(target)
    for name in ("María Núñez", "Andrés Martí", "Tom Baker"):
        assert name in text
    assert "Thank you for our conversation" in text  # Tom gets the English letter
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert sorted(p.name for p in target.parent.iterdir()) == ["cartas.pdf"]  # nothing else


def test_merge_three_letters_into_one_pdf_each(fixed_demo, tmp_path):
    folder = tmp_path / "letters"
    (folder).mkdir()
    (folder / "Tom Baker.pdf").write_bytes(b"someone else's file")
    result = mail_merge.merge_to_folder(
        letter_templates.builtin_template("alliance_proposal", "en"), three_people(), folder,
        language="en", today=TODAY)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["Andrés Martí.pdf", "María Núñez.pdf", "Tom Baker (2).pdf",
                     "Tom Baker.pdf"]
    assert (folder / "Tom Baker.pdf").read_bytes() == b"someone else's file"
    assert result.letters == 3 and len(result.files) == 3
    assert "María Núñez" in pdf_text(folder / "María Núñez.pdf")
    assert "Tom Baker" in pdf_text(folder / "Tom Baker (2).pdf")


@pytest.mark.parametrize("stop_at", [1, 3])
def test_a_cancelled_merge_leaves_no_file(fixed_demo, tmp_path, stop_at):
    """Cancel during the letters (1) or once they are painted (3): nothing is left."""
    target = tmp_path / "out" / "cartas.pdf"
    target.parent.mkdir()
    folder = tmp_path / "each"
    template = letter_templates.builtin_template("list_swap", "es")
    for merge, where in ((mail_merge.merge_to_pdf, target), (mail_merge.merge_to_folder, folder)):
        with pytest.raises(mail_merge.MergeCancelled):
            merge(template, three_people(), where, today=TODAY,
                  progress=lambda done, total: done < stop_at)
    assert list(target.parent.iterdir()) == []
    assert not folder.exists()  # made for the letters, removed with them


def test_a_merge_leaves_out_whom_it_cannot_write_to(fixed_demo, tmp_path):
    javier = contacts.find_by_email("javier@masamadre.es")
    result = mail_merge.merge_to_pdf(letter_templates.builtin_template("introduction", "es"),
                                  [javier, person("andres")], tmp_path / "x.pdf", today=TODAY)
    assert result.letters == 1
    assert result.skipped[0][0] == "Javier Soler"
    with pytest.raises(letter_rendering.LetterError):
        mail_merge.merge_to_pdf(letter_templates.builtin_template("introduction", "es"), [javier],
                             tmp_path / "y.pdf", today=TODAY)
    assert not (tmp_path / "y.pdf").exists()


def test_a_merge_with_a_broken_template_writes_nothing(fixed_demo, tmp_path):
    broken = letter_templates.template_from_source("{% if %}", "es")
    (tmp_path / "out").mkdir()
    with pytest.raises(TemplateError):
        mail_merge.merge_to_pdf(broken, three_people(), tmp_path / "out" / "x.pdf")
    with pytest.raises(TemplateError):
        mail_merge.merge_to_folder(broken, three_people(), tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_contacts_with_tag(fixed_demo):
    ids = mail_merge.contacts_with_tag("boletín")
    names = {contacts.get(i).display_name for i in ids}
    assert {"Andrés Martí", "Tom Baker", "Alba Cortés"} <= names
