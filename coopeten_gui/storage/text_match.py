"""Finding records by words typed in any case and with or without accents.

"cafe" finds "Café para todos" and "CAFÉ" alike. SQLite's own ``LIKE`` folds only
ASCII case, and a Python function called on every row would be slow on large tables,
so each word becomes a ``GLOB`` pattern whose letters are sets of their accented and
capital forms (``*[cCçÇ][aAáÁàÀ…][fF][eEéÉ…]*``), matched in SQLite's C code.

The queries here answer Search everywhere for the kinds the contacts' full-text index
does not hold: events, offers and asks, follow-ups and proposals. A pattern matching
anywhere in a text can use no index: each reads its whole table once, in the table's
order (three million offers and asks take a couple of seconds), and looks up the contact
of the rows that match only; the window reads them on a worker thread.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from coopeten_gui.storage import database

_VARIANTS = {
    "a": "aáàâäãå", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõø", "u": "uúùûü",
    "n": "nñ", "c": "cç", "y": "yýÿ",
}


def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold() or char


def word_pattern(word: str) -> str:
    """A GLOB pattern finding ``word`` anywhere, whatever its case and accents."""
    parts = []
    for char in word:
        base = _base(char)
        if len(base) != 1:
            parts.append(_literal(char))
            continue
        forms = _VARIANTS.get(base, base)
        letters = "".join(dict.fromkeys(forms + forms.upper()))
        parts.append(f"[{letters}]" if len(letters) > 1 else _literal(letters))
    return "*" + "".join(parts) + "*"


def _literal(char: str) -> str:
    return f"[{char}]" if char in "*?[]" else char


def _where(words: list[str], columns: tuple[str, ...]) -> tuple[str, list[str]]:
    """Every word in at least one of ``columns``."""
    clauses, params = [], []
    for word in words:
        pattern = word_pattern(word)
        clauses.append("(" + " OR ".join(f"{column} GLOB ?" for column in columns) + ")")
        params += [pattern] * len(columns)
    return " AND ".join(clauses) or "1", params


# The tables are walked in their own order ("+x.deleted_at": not through an index on it,
# which would read them in the index's order, a page per row) and CROSS JOIN keeps SQLite
# from starting at the live contacts, which its statistics take for a few.

def events(text: str, limit: int) -> list[tuple[Any, ...]]:
    """(id, name, starts_at, place), newest first."""
    where, params = _where(text.split(), ("e.name", "e.place", "e.organiser"))
    return _read(
        f"SELECT e.id, e.name, e.starts_at, e.place FROM event e"
        f" WHERE e.deleted_at IS NULL AND {where}"
        f" ORDER BY e.starts_at DESC, e.id DESC LIMIT ?", (*params, limit))


def offers_asks(text: str, limit: int) -> list[tuple[Any, ...]]:
    """(id, description, kind, party, contact_id, contact name), newest first."""
    where, params = _where(text.split(), ("x.description",))
    return _read(
        f"SELECT x.id, x.description, x.kind, x.party, x.contact_id, c.display_name"
        f"  FROM offer_ask x CROSS JOIN contact c ON c.id = x.contact_id"
        f" WHERE +x.deleted_at IS NULL AND {where} AND c.deleted_at IS NULL"
        f" ORDER BY x.created_at DESC, x.id DESC LIMIT ?", (*params, limit))


def followups(text: str, limit: int) -> list[tuple[Any, ...]]:
    """(id, title, due_at, done_at, contact_id, contact name): open ones first, by date."""
    where, params = _where(text.split(), ("x.title", "x.notes"))
    return _read(
        f"SELECT x.id, x.title, x.due_at, x.done_at, x.contact_id,"
        f"       COALESCE(c.display_name, '')"
        f"  FROM task x LEFT OUTER JOIN contact c ON c.id = x.contact_id"
        f" WHERE +x.deleted_at IS NULL AND {where} AND (c.id IS NULL OR c.deleted_at IS NULL)"
        f" ORDER BY x.done_at IS NOT NULL, x.due_at, x.id LIMIT ?", (*params, limit))


def proposals(text: str, limit: int) -> list[tuple[Any, ...]]:
    """(id, title, status, contact_id, contact name): the latest changed first."""
    where, params = _where(text.split(), ("p.title", "c.display_name"))
    return _read(
        f"SELECT p.id, p.title, p.status, p.contact_id, c.display_name"
        f"  FROM proposal p CROSS JOIN contact c ON c.id = p.contact_id"
        f" WHERE +p.deleted_at IS NULL AND c.deleted_at IS NULL AND {where}"
        f" ORDER BY p.updated_at DESC, p.id DESC LIMIT ?", (*params, limit))


def _read(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return database.connection().execute(sql, params).fetchall()
