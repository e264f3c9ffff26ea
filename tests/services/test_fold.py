"""``fold``, the key names are sorted and compared by, gives the same key whichever way
it takes (plain ASCII text has a shortcut)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from coopeten_gui.services.common import fold


def folded_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def test_names_fold_without_case_accents_or_spaces_around():
    assert fold("  María José NÚÑEZ ") == "maria jose nunez"
    assert fold("Jordi Puig") == "jordi puig"
    assert fold("Straße") == "strasse"
    assert fold("ﬁne Ｃafé") == "fine cafe"  # compatibility forms too
    assert fold("E\u0301mile") == "emile"  # an accent typed as its own character


@given(st.text())
def test_every_text_folds_as_the_long_way_does(text):
    assert fold(text) == folded_the_long_way(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_the_long_way_does(text):
    assert fold(text) == folded_the_long_way(text)
