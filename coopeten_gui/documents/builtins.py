"""The letters that ship with Coopeten: ``resources/templates/<name>.<language>.html``.

``resources/templates/index.json`` lists each letter once with its kind and, per
language, its title and subject (the subject is itself a template). A letter is
offered in a language only if its file exists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from coopeten_gui.paths import resources_dir

INDEX_FILE = "index.json"


@dataclass(frozen=True)
class BuiltinTemplate:
    name: str  # stable key, e.g. "list_swap"
    language: str  # "es", "en"
    title: str  # shown in the template list, in ``language``
    kind: str  # "proposal", "introduction" or "follow_up"
    subject: str  # jinja template for the email subject / PDF title
    path: Path


def templates_dir() -> Path:
    return resources_dir() / "templates"


@lru_cache(maxsize=1)
def _index() -> tuple[BuiltinTemplate, ...]:
    folder = templates_dir()
    data = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
    found = []
    for entry in data["templates"]:
        for language, title in entry["title"].items():
            path = folder / f"{entry['name']}.{language}.html"
            if path.is_file():
                found.append(BuiltinTemplate(
                    name=entry["name"],
                    language=language,
                    title=title,
                    kind=entry.get("kind", "letter"),
                    subject=entry.get("subject", {}).get(language, ""),
                    path=path,
                ))
    return tuple(found)


def list_builtin_templates(language: str | None = None) -> list[BuiltinTemplate]:
    """Every built-in letter in every language, or only those in ``language``."""
    return [t for t in _index() if language is None or t.language == language]


def find_builtin(name: str, language: str) -> BuiltinTemplate:
    """The built-in ``name`` in ``language`` (falling back to English); KeyError if unknown."""
    by_key = {(t.name, t.language): t for t in _index()}
    base = (language or "en").replace("-", "_").split("_")[0]
    for key in ((name, language), (name, base), (name, "en")):
        if key in by_key:
            return by_key[key]
    raise KeyError(f"no built-in template {name!r}")


def load_builtin(name: str, language: str) -> str:
    """Source of a built-in letter, ready for ``render_template``."""
    return find_builtin(name, language).path.read_text(encoding="utf-8")
