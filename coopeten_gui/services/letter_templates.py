"""Letter templates and their languages: the built-ins (``documents.builtins``, files,
never changed) and the user's own (``services.templates``, in the database), found by
name or id, suggested for a contact, copied to be edited; the language a letter is
written in, and the names of the categories of help in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QTranslator

from coopeten_gui.documents import builtins as builtin_letters
from coopeten_gui.i18n import QT_TRANSLATE_NOOP, translate
from coopeten_gui.paths import resources_dir
from coopeten_gui.services import contacts, my_business, offers_asks, promotions, templates
from coopeten_gui.services.common import NotFoundError
from coopeten_gui.services.templates import TemplateRecord
from coopeten_gui.translations import current_language

LANGUAGES = ("es", "en")
OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class LetterTemplate:
    """A template to write letters with: a built-in (a file) or one of the user's."""

    name: str  # built-in key ("list_swap") or the user's name for it
    title: str  # shown in lists, in the template's language
    language: str
    kind: str
    source: str
    subject: str  # itself a template; rendered and turned into plain text
    template_id: int | None = None  # the user's templates only
    based_on: str = ""

    @property
    def builtin(self) -> bool:
        return self.template_id is None

    @property
    def key(self) -> str:
        """Stable identity for lists and settings: ``builtin:NAME:LANG`` or ``user:ID``."""
        if self.template_id is None:
            return f"builtin:{self.name}:{self.language}"
        return f"user:{self.template_id}"


def builtin_template(name: str, language: str) -> LetterTemplate:
    """The built-in ``name`` in ``language`` (English if it has no such translation)."""
    try:
        found = builtin_letters.find_builtin(name, language)
    except KeyError:
        raise NotFoundError(_unknown_template(name)) from None
    return LetterTemplate(
        name=found.name, title=found.title, language=found.language, kind=found.kind,
        source=found.path.read_text(encoding="utf-8"), subject=found.subject)


def user_template(template_id: int) -> LetterTemplate:
    row = templates.get(template_id)
    if row.deleted_at is not None:
        raise NotFoundError(_unknown_template(row.name))
    return _from_row(row)


def _from_row(row: TemplateRecord) -> LetterTemplate:
    return LetterTemplate(
        name=row.name, title=row.name, language=row.language, kind=row.kind,
        source=row.body, subject=row.subject, template_id=row.id, based_on=row.based_on)


def list_templates(language: str | None = None) -> list[LetterTemplate]:
    """Built-ins first (in index order), then the user's own by name."""
    found = [builtin_template(t.name, t.language)
             for t in builtin_letters.list_builtin_templates(language)]
    found += [_from_row(row) for row in templates.list_templates()
              if language is None or row.language == language]
    return found


def find_template(name: str, language: str | None = None) -> LetterTemplate:
    """A template by key (``builtin:list_swap:es``, ``user:3``), built-in name, built-in
    title or user template name (ignoring case). ``language`` picks among same-named
    ones. Raises ``NotFoundError``."""
    text = (name or "").strip()
    if text.startswith("user:") and text[5:].isdigit():
        try:
            return user_template(int(text[5:]))
        except NotFoundError:
            raise NotFoundError(_unknown_template(text)) from None
    if text.startswith("builtin:"):
        parts = text.split(":")
        if len(parts) >= 2:
            return builtin_template(parts[1], parts[2] if len(parts) > 2 else (language or "en"))
    builtin_names = {t.name for t in builtin_letters.list_builtin_templates()}
    if text in builtin_names:
        return builtin_template(text, language or default_language())
    folded = text.casefold()
    candidates = [t for t in list_templates() if not t.builtin and t.name.casefold() == folded]
    candidates += [t for t in list_templates() if t.builtin and t.title.casefold() == folded]
    if not candidates:
        raise NotFoundError(_unknown_template(text))
    for candidate in candidates:
        if language and candidate.language == language:
            return candidate
    return candidates[0]


def suggested_template(contact_id: int) -> str:
    """The built-in a new proposal starts from: the list swap when the two of you
    already swap promotions (or talk about it), the alliance proposal otherwise."""
    if promotions.list_promotions(contact_id):
        return "list_swap"
    rows = offers_asks.list_offers_asks(contact_id=contact_id, status=OPEN_STATUSES, limit=200)
    if any(row.category_key == "cross_promotion" for row in rows):
        return "list_swap"
    return "alliance_proposal"


def template_from_source(source: str, language: str, name: str = "") -> LetterTemplate:
    """A template not stored anywhere (a file given on the command line)."""
    return LetterTemplate(name=name, title=name, language=language, kind="letter",
                          source=source, subject="")


def copy_template(template: LetterTemplate, name: str = "", source: str | None = None,
                  subject: str | None = None) -> int:
    """A new user template copied from ``template`` (a built-in stays as it is, always);
    ``source``/``subject`` replace the copied text. Returns the new template's id."""
    title = name.strip() or translate("Letters", "{title} (my copy)").format(title=template.title)
    return templates.create(templates.TemplateData(
        name=title, body=template.source if source is None else source,
        language=template.language, kind=_stored_kind(template.kind),
        subject=template.subject if subject is None else subject,
        based_on=template.name if template.builtin else template.based_on))


def _stored_kind(kind: str) -> str:
    kind = {"follow_up": "thanks"}.get(kind, kind)
    return kind if kind in templates.KINDS else "letter"


def _unknown_template(name: str) -> str:
    return translate("Letters", "There is no template called “{name}”.").format(name=name)


def user_copy(name: str, language: str) -> LetterTemplate | None:
    """The user's newest copy of the built-in ``name`` in ``language``, if any: edited in
    the template editor, it replaces the built-in where the app picks the letter itself."""
    copies = [row for row in templates.list_templates()
              if row.based_on == name and row.language == language]
    if not copies:
        return None
    return _from_row(max(copies, key=lambda row: (row.updated_at, row.id)))


def default_language() -> str:
    """The language of a letter when the contact has none: the profile's, else the app's."""
    code = base_language(my_business.get().language)
    return code if code in LANGUAGES else base_language(current_language()) or "en"


def letter_language(contact_id: int) -> str:
    """The contact's language when it is one letters are written in, else the default."""
    code = base_language(contacts.get(contact_id).language)
    return code if code in LANGUAGES else default_language()


def base_language(code: str | None) -> str:
    return (code or "").replace("-", "_").split("_")[0].lower()


@lru_cache(maxsize=4)
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"coopeten_{language}", str(resources_dir() / "translations")):
        return translator
    return None


# The names ``labels.category`` gives seeded categories, marked here too so a letter can
# name them in its own language whatever the window's language (the same source texts,
# so they share one translation; a test keeps the two lists equal).
_CATEGORY_SOURCES = {
    "cross_promotion": QT_TRANSLATE_NOOP("Category", "Cross-promotion to an audience"),
    "referral": QT_TRANSLATE_NOOP("Category", "Recommendation or referral"),
    "representation": QT_TRANSLATE_NOOP("Category", "Representation"),
    "supply": QT_TRANSLATE_NOOP("Category", "Supply"),
    "labour": QT_TRANSLATE_NOOP("Category", "Labour"),
    "shared_space": QT_TRANSLATE_NOOP("Category", "Shared space"),
    "care": QT_TRANSLATE_NOOP("Category", "Care"),
    "security": QT_TRANSLATE_NOOP("Category", "Security"),
    "endorsement": QT_TRANSLATE_NOOP("Category", "Backing or endorsement"),
    "training": QT_TRANSLATE_NOOP("Category", "Training"),
    "learning": QT_TRANSLATE_NOOP("Category", "Learning"),
    "group": QT_TRANSLATE_NOOP("Category", "Joining a group"),
    "money": QT_TRANSLATE_NOOP("Category", "Money"),
}


def category_name(key: str | None, name: str, language: str) -> str:
    """A category as a letter in ``language`` names it: seeded ones translated by key,
    the user's own as typed (as ``labels.category`` does for the window)."""
    source = _CATEGORY_SOURCES.get(key or "")
    if source is None:
        return name
    translator = _translator(base_language(language))
    translated = translator.translate("Category", source) if translator is not None else ""
    return translated or source
