"""The built-in letters: listed, loadable, and rendering exactly the reviewed output.

After changing a letter on purpose, regenerate the expected files with
``COOPETEN_UPDATE_EXPECTED=1 pytest tests/documents/test_doc_builtins.py`` and
read the diff before committing it.
"""

import os
from datetime import date
from pathlib import Path

import pytest

from coopeten_gui.documents.builtins import find_builtin, list_builtin_templates, load_builtin
from coopeten_gui.documents.context import sample_context
from coopeten_gui.documents.output import to_plain_text
from coopeten_gui.documents.sandbox import check_template, render_template

EXPECTED_DIR = Path(__file__).parent / "expected"
TODAY = date(2026, 11, 21)
NAMES = ["list_swap", "alliance_proposal", "introduction", "introduction_opt_in",
         "introduction_joint", "event_thanks", "agreement"]
CASES = [(name, language) for name in NAMES for language in ("es", "en")]


def test_every_letter_exists_in_both_languages():
    found = {(t.name, t.language) for t in list_builtin_templates()}
    assert found == set(CASES)
    for template in list_builtin_templates():
        assert template.title and template.subject and template.kind
        assert template.path.is_file()
    assert {t.language for t in list_builtin_templates("es")} == {"es"}


def test_unknown_language_falls_back_to_english():
    assert find_builtin("list_swap", "de").language == "en"
    assert find_builtin("list_swap", "es_MX").language == "es"
    with pytest.raises(KeyError):
        find_builtin("no_such_letter", "en")


@pytest.mark.parametrize("name, language", CASES)
def test_letter_renders_as_expected(name, language):
    context = sample_context(language, TODAY)
    source = load_builtin(name, language)
    assert check_template(source) is None
    html = render_template(source, context, language)

    expected_file = EXPECTED_DIR / f"{name}.{language}.html"
    if os.environ.get("COOPETEN_UPDATE_EXPECTED"):
        expected_file.write_text(html, encoding="utf-8")
    assert html == expected_file.read_text(encoding="utf-8")

    text = to_plain_text(html)
    assert context["contact"]["display_name"] in text
    assert context["profile"]["name"] in text
    if name.startswith("introduction"):
        assert context["other_contact"]["display_name"] in text


@pytest.mark.parametrize("name, language", CASES)
def test_subject_renders_to_plain_text(name, language):
    context = sample_context(language, TODAY)
    subject = to_plain_text(render_template(find_builtin(name, language).subject, context,
                                            language))
    assert subject and "{" not in subject and "&" not in subject


@pytest.mark.parametrize("name, language", CASES)
def test_letter_copes_with_a_sparse_contact(name, language):
    """A contact with nothing but a name, no event, no offers: still a sensible letter."""
    context = sample_context(language, TODAY)
    bare = dict.fromkeys(context["contact"], "")
    bare.update(display_name="Alex Doe", emails=[], audience_size=0)
    context.update(
        contact=bare, organization=None, event=None, offers_mine=[], offers_theirs=[],
        asks_mine=[], asks_theirs=[], match=None,
        promotions={"mine": [], "theirs": [], "totals": {
            side: dict(audience_reached=0, visits=0, leads=0, sales=0, revenue_cents=0)
            for side in ("mine", "theirs")}},
    )
    text = to_plain_text(render_template(load_builtin(name, language), context, language))
    assert "Alex Doe" in text
    assert "None" not in text
