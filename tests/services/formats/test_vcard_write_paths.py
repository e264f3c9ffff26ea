"""The shortcuts of the vCard writer (no re.sub in escaping, one head per label, short
lines unfolded) write exactly what the general rules write."""

from __future__ import annotations

import random
import re

from coopeten_gui.services.formats import vcard
from coopeten_gui.services.formats.vcard_lines import content_line, escape, folded


def _escape_by_the_rule(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"\r\n|\r|\n", r"\\n", value)


def test_escaping_matches_the_rule_for_any_text():
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice("ab\\,;\r\n é:") for _ in range(rng.randrange(0, 14)))
        assert escape(text) == _escape_by_the_rule(text), repr(text)


def test_a_typed_label_writes_the_general_content_line():
    value = escape("ana@example.org")
    for label in ("work", "home,voice", "cell", "x-" + "a" * 80, "work,work", "pref",
                  "Work", "Oficina central", "_$!<Mobile>!$_"):
        groups = vcard._GroupNames([])
        lines = vcard._labelled("TEL", value, label, groups)
        tokens = label.split(",")
        if (all(re.fullmatch(r"[a-z0-9-]+", t) for t in tokens)
                and len(set(tokens)) == len(tokens) and not {"pref", "internet"} & set(tokens)):
            assert lines == [content_line("TEL", value, {"TYPE": tokens})], label
        else:
            assert lines[0] == content_line("TEL", value, group="item1"), label
            assert lines[1].startswith("item1.X-ABLABEL:"), label


def test_short_and_long_lines_fold_at_75_octets():
    for text in ("N:" + "a" * 73, "N:" + "a" * 74, "N:" + "á" * 40, "N:" + "a" * 300):
        line = folded(text)
        assert line.endswith("\r\n")
        assert all(len(part.encode()) <= 75 for part in line[:-2].split("\r\n"))
        assert line[:-2].replace("\r\n ", "") == text
