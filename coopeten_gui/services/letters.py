"""Letters from the database: the template context for one contact, rendering a
template by name or id, writing the letter out, and mail merge.

The context has the shape documented in ``documents.context`` (plain dicts and lists,
never database rows): the profile, the contact and their organization, the open
offers and asks of both sides with their categories in the letter's language, the
event where we met, the cross-promotions with their totals, today and the language.
For an introduction letter, ``other_contact`` is someone whose open offer meets one of
this contact's open asks (``exchanges.matches``).

Templates are the built-ins (``documents.builtins``, files, never changed) and the
user's own (``services.templates``, in the database). Rendering goes through
``documents.sandbox``, so a hostile or runaway template ends in ``TemplateError``.

Mail merge takes ``progress(done, total)`` that returns False to cancel; a
cancelled merge raises ``MergeCancelled`` and leaves no file behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QTranslator

from coopeten_gui.documents import builtins as builtin_letters
from coopeten_gui.documents import output, sandbox
from coopeten_gui.documents.resources import LetterDocument
from coopeten_gui.documents.text import to_plain_text
from coopeten_gui.i18n import QT_TRANSLATE_NOOP, translate
from coopeten_gui.paths import resources_dir
from coopeten_gui.services import (
    contact_list,
    contacts,
    events,
    exchanges,
    interactions,
    organizations,
    profile,
    promotions,
    templates,
)
from coopeten_gui.services.common import NotFoundError, ServiceError
from coopeten_gui.services.contact_data import ContactRecord
from coopeten_gui.services.templates import TemplateRecord
from coopeten_gui.storage.database import transaction
from coopeten_gui.translations import current_language

LANGUAGES = ("es", "en")
OPEN_STATUSES = ("open", "in_progress")
#: Output formats by file extension.
EXTENSIONS = (".pdf", ".odt", ".html", ".htm")
#: How long one letter may take to render (the sandbox stops it after that).
RENDER_TIMEOUT = 2.0

Progress = Callable[[int, int], "bool | None"]


class LetterError(ServiceError):
    """A letter cannot be made or written; the message is one translated sentence."""


class MergeCancelled(ServiceError):
    """The user cancelled a mail merge; nothing was written."""


# -- templates --------------------------------------------------------------------------------

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
    rows = exchanges.list_offers_asks(contact_id=contact_id, status=OPEN_STATUSES, limit=200)
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


# -- languages ---------------------------------------------------------------------------------

def default_language() -> str:
    """The language of a letter when the contact has none: the profile's, else the app's."""
    code = _base(profile.get().language)
    return code if code in LANGUAGES else _base(current_language()) or "en"


def letter_language(contact_id: int) -> str:
    """The contact's language when it is one letters are written in, else the default."""
    code = _base(contacts.get(contact_id).language)
    return code if code in LANGUAGES else default_language()


def _base(code: str | None) -> str:
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
    translator = _translator(_base(language))
    translated = translator.translate("Category", source) if translator is not None else ""
    return translated or source


# -- the context -------------------------------------------------------------------------------

def profile_context(language: str | None = None) -> tuple[dict[str, Any], bytes | None]:
    """The profile as templates see it in a letter in ``language`` (the default letter
    language when None), and the logo bytes for the letterhead. A text missing in that
    language is the other language's (``profile_warning`` says which)."""
    data = profile.get()
    keys = ("name", "address", "phone", "email", "website", "signature_name")
    values = {key: getattr(data, key) or "" for key in keys}
    values.update(profile.letter_texts(data, _base(language) or default_language()).values)
    values["currency"] = (data.currency or "EUR").upper()
    logo = bytes(data.logo) if data.logo else None
    values["has_logo"] = bool(logo)
    return values, logo


def profile_warning(language: str) -> str:
    """The warning an editor shows when a letter in ``language`` borrows profile texts
    from the other language ("" when it needs none)."""
    return profile.borrowed_warning(profile.letter_texts(profile.get(), _base(language)))


def resolve_contact(id_or_email: str | int) -> int:
    """A live contact by number or email address; ``NotFoundError`` otherwise."""
    text = str(id_or_email).strip()
    contact_id: int | None = None
    if text.isdigit():
        contact_id = int(text)
    elif "@" in text:
        contact_id = contacts.find_by_email(text)
    if contact_id is not None:
        try:
            if contacts.get(contact_id).deleted_at is None:
                return contact_id
        except NotFoundError:
            pass
    raise NotFoundError(translate(
        "Letters", "There is no contact with the number or email address “{value}”.").format(
        value=text))


def _contact_dict(record: ContactRecord) -> dict[str, Any]:
    emails = [e.value for e in record.emails]
    return {
        "display_name": record.display_name,
        "given_name": record.given_name,
        "family_name": record.family_name,
        "prefix": record.prefix,
        "job_title": record.job_title,
        "emails": emails,
        "email": emails[0] if emails else "",
        "phone": record.phones[0].value if record.phones else "",
        "organization": record.organization_name,
        "stage": record.stage,
        "audience_size": record.audience_size or 0,
        "met_where": record.met_where or record.met_event_name,
    }


def _exchange_dict(row: exchanges.OfferAskRow, language: str) -> dict[str, Any]:
    return {
        "category": category_name(row.category_key, row.category_name, language),
        "category_key": row.category_key or "",
        "description": row.description,
        "value_cents": row.value_cents or 0,
        "status": row.status,
    }


def _event_dict(record: ContactRecord) -> dict[str, Any] | None:
    event_id = record.met_event_id
    if event_id is None:
        attended = events.events_of_contact(record.id)  # newest first: where we met is the oldest
        event_id = attended[-1][0] if attended else None
    if event_id is None:
        return None
    event = events.get(event_id)
    if event.deleted_at is not None:
        return None
    return {"name": event.name, "kind": event.kind, "starts_at": event.starts_at,
            "place": event.place}


def _promotions(contact_id: int) -> dict[str, Any]:
    rows = sorted(promotions.list_promotions(contact_id), key=lambda r: (r.promoted_on, r.id))
    sides: dict[str, list[dict[str, Any]]] = {"mine": [], "theirs": []}
    for row in rows:
        sides.setdefault(row.direction, []).append({
            "channel": row.channel,
            "promoted_on": row.promoted_on,
            "audience_reached": row.audience_reached,
            "visits": row.visits,
            "leads": row.leads,
            "sales": row.sales,
            "revenue_cents": row.revenue_cents,
            "notes": row.notes,
        })
    balance = promotions.balance(contact_id)
    totals = {
        side: {key: getattr(getattr(balance, side), key)
               for key in ("audience_reached", "visits", "leads", "sales", "revenue_cents")}
        for side in ("mine", "theirs")
    }
    return {"mine": sides["mine"], "theirs": sides["theirs"], "totals": totals}


def introduction_match(contact_id: int) -> exchanges.Match | None:
    """The first open ask of the contact met by another contact's open offer."""
    for match in exchanges.matches(contact_id):
        if match.ask.party == "them" and match.ask.contact_id == contact_id:
            return match
    return None


def build_context(contact_id: int, language: str | None = None, today: date | None = None,
                  other_contact_id: int | None = None,
                  profile_values: dict[str, Any] | None = None,
                  introduce: bool = True) -> dict[str, Any]:
    """The variables a template sees for this contact (``documents.context.LetterContext``).

    ``other_contact`` and ``match`` are filled when another contact's open offer meets an
    open ask of this one (or ``other_contact_id`` names who to introduce); ``introduce``
    False skips that search for templates that never use them.
    """
    language = _base(language) or letter_language(contact_id)
    record = contacts.get(contact_id)
    if profile_values is None:
        profile_values, _logo = profile_context(language)
    rows = exchanges.list_offers_asks(contact_id=contact_id, status=OPEN_STATUSES, limit=10_000)
    rows.sort(key=lambda r: (r.created_at, r.id))  # in the order they came up

    def pick(kind: str, party: str) -> list[dict[str, Any]]:
        return [_exchange_dict(r, language) for r in rows if r.kind == kind and r.party == party]

    organization = None
    if record.organization_id:
        org = organizations.get(record.organization_id)
        organization = {"name": org.name, "website": org.website}
    other_contact = match = None
    found = introduction_match(contact_id) if introduce else None
    if other_contact_id is None and found is not None:
        other_contact_id = found.offer.contact_id
    if other_contact_id is not None:
        other_contact = _contact_dict(contacts.get(other_contact_id))
        if found is not None and found.offer.contact_id == other_contact_id:
            match = {"ask": _exchange_dict(found.ask, language),
                     "offer": _exchange_dict(found.offer, language), "side": "ask"}
    return {
        "profile": profile_values,
        "contact": _contact_dict(record),
        "organization": organization,
        "event": _event_dict(record),
        "offers_mine": pick("offer", "me"),
        "offers_theirs": pick("offer", "them"),
        "asks_mine": pick("ask", "me"),
        "asks_theirs": pick("ask", "them"),
        "promotions": _promotions(contact_id),
        "other_contact": other_contact,
        "match": match,
        "today": today or date.today(),
        "language": language,
        "agreement": None,  # filled for an agreement (services.agreement_letter)
    }


# -- rendering ---------------------------------------------------------------------------------

@dataclass
class Letter:
    """One rendered letter: its body (HTML fragment), subject and what the letterhead needs."""

    body_html: str
    subject: str
    language: str
    profile: dict[str, Any]
    logo: bytes | None
    contact_id: int | None = None
    contact_name: str = ""
    contact_email: str | list[str] = ""  # a list: both sides of a joint introduction
    template_name: str = ""
    signature: bool = True  # False: the body signs itself (an agreement's signature lines)

    def plain_text(self) -> str:
        """The letter as plain text (for an email body), signature included."""
        signature = [self.profile.get(k, "") for k in ("signature_name", "signature_title", "name")]
        text = to_plain_text(self.body_html)
        lines = [line for line in signature if line]
        return text + ("\n\n" + "\n".join(lines) if lines else "")


def uses_introduction(template: LetterTemplate) -> bool:
    """Whether the template needs ``other_contact``/``match`` (worth a search per letter)."""
    return (template.kind == "introduction" or "other_contact" in template.source
            or "match" in template.source or "other_contact" in template.subject)


def render_context(template: LetterTemplate, context: dict[str, Any], language: str,
                   timeout: float = RENDER_TIMEOUT) -> tuple[str, str]:
    """(body HTML, subject as plain text) of ``template`` over a ready context.

    Raises ``TemplateError`` (with its line) for the body; a broken subject falls back
    to the template's title rather than losing the letter.
    """
    if template.kind == "introduction" and context.get("other_contact") is None:
        raise LetterError(translate(
            "Letters", "Nobody among your contacts offers what {name} is looking for, so "
                       "there is no one to introduce.").format(
            name=context["contact"]["display_name"]))
    body = sandbox.render_template(template.source, context, language, timeout)
    subject = ""
    if template.subject:
        try:
            subject = to_plain_text(sandbox.render_template(template.subject, context, language,
                                                            timeout))
        except sandbox.TemplateError:
            subject = ""
    return body, " ".join(subject.split()) or template.title


def render_letter(template: LetterTemplate, contact_id: int, language: str | None = None,
                  today: date | None = None, timeout: float = RENDER_TIMEOUT,
                  profile_and_logo: tuple[dict[str, Any], bytes | None] | None = None) -> Letter:
    """The letter ``template`` makes for one contact. ``language`` defaults to the
    template's. Raises ``TemplateError`` or ``LetterError``."""
    language = _base(language) or template.language or letter_language(contact_id)
    values, logo = profile_and_logo or profile_context(language)
    context = build_context(contact_id, language, today, profile_values=values,
                            introduce=uses_introduction(template))
    body, subject = render_context(template, context, language, timeout)
    return Letter(body_html=body, subject=subject, language=language, profile=values, logo=logo,
                  contact_id=contact_id, contact_name=context["contact"]["display_name"],
                  contact_email=context["contact"]["email"], template_name=template.name)


def render_named(name: str, contact_id: int, language: str | None = None,
                 today: date | None = None) -> Letter:
    """By template name (a built-in in the contact's language unless ``language`` says)."""
    language = _base(language) or letter_language(contact_id)
    return render_letter(find_template(name, language), contact_id, language, today)


def letter_for_body(body_html: str, language: str, contact_id: int | None = None,
                    subject: str = "") -> Letter:
    """A letter around a stored body (a proposal's frozen HTML), with today's letterhead."""
    values, logo = profile_context(language)
    name = email = ""
    if contact_id is not None:
        record = contacts.get(contact_id)
        name = record.display_name
        email = record.emails[0].value if record.emails else ""
    return Letter(body_html=body_html, subject=subject, language=_base(language) or "en",
                  profile=values, logo=logo, contact_id=contact_id, contact_name=name,
                  contact_email=email)


# -- writing -----------------------------------------------------------------------------------

def document(letter: Letter) -> LetterDocument:
    """The QTextDocument of the whole letter (letterhead, body, signature)."""
    return output.build_document(letter.body_html, letter.profile, letter.language, letter.logo,
                                 signature=letter.signature, title=letter.subject)


def standalone_html(letter: Letter) -> str:
    return output.letter_html(letter.body_html, letter.profile, letter.language, letter.logo,
                              signature=letter.signature)


def output_format(path: str | os.PathLike[str]) -> str:
    """"pdf", "odt" or "html" by the file's extension; ``LetterError`` for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise LetterError(translate(
            "Letters", "“{name}” does not end in .pdf, .odt or .html, so the format is "
                       "unknown.").format(name=Path(path).name))
    return "html" if suffix == ".htm" else suffix[1:]


def write_letter(letter: Letter, path: str | os.PathLike[str]) -> Path:
    """Write one letter as PDF, ODT or HTML by the extension (atomically)."""
    path = Path(path)
    kind = output_format(path)
    _check_folder(path)
    try:
        if kind == "pdf":
            output.write_pdf(document(letter), path, letter.language)
        elif kind == "odt":
            output.write_odt(document(letter), path)
        else:
            output.write_html(standalone_html(letter), path)
    except output.OutputError as error:
        raise LetterError(str(error)) from error
    return path


def _check_folder(path: Path) -> None:
    """A missing folder said plainly (Qt would only complain on the console)."""
    if not path.parent.is_dir():
        raise LetterError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=path.name, reason=translate("Letters", "the folder {folder} does not exist")
            .format(folder=path.parent)))


# -- mail merge --------------------------------------------------------------------------------

@dataclass
class MergeResult:
    files: list[Path] = field(default_factory=list)
    letters: int = 0
    pages: int = 0
    # contacts left out, with the reason (an introduction with nobody to introduce…)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # the contacts a letter was written for
    contact_ids: list[int] = field(default_factory=list)


def contacts_with_tag(tag: str) -> list[int]:
    return contact_list.contact_ids(contact_list.ContactQuery(tag=tag.strip()))


def _check(template: LetterTemplate) -> None:
    problem = sandbox.check_template(template.source)
    if problem is not None:
        raise problem


def _letters(template: LetterTemplate, contact_ids: Sequence[int], language: str | None,
             today: date | None, progress: Progress | None,
             result: MergeResult) -> Iterable[Letter]:
    """Render one letter per contact, reporting progress; skipped contacts are noted.

    ``language`` None: a built-in follows each contact's language, a user template
    keeps its own."""
    _check(template)
    shared: dict[str, tuple[dict[str, Any], bytes | None]] = {}  # the profile once per language
    total = len(contact_ids)
    variants: dict[str, LetterTemplate] = {}
    for done, contact_id in enumerate(contact_ids):
        if progress is not None and progress(done, total) is False:
            raise MergeCancelled(translate("Letters", "The mail merge was cancelled."))
        lang = _base(language) or (letter_language(contact_id) if template.builtin
                                   else template.language)
        chosen = template
        if template.builtin and lang != template.language:
            chosen = variants.get(lang) or variants.setdefault(
                lang, builtin_template(template.name, lang))
        try:
            if lang not in shared:
                shared[lang] = profile_context(lang)
            letter = render_letter(chosen, contact_id, lang, today, profile_and_logo=shared[lang])
        except (LetterError, sandbox.TemplateError) as error:
            result.skipped.append((contacts.get(contact_id).display_name, str(error)))
            continue
        result.contact_ids.append(contact_id)
        yield letter


def _note_on_timelines(template: LetterTemplate, result: MergeResult) -> None:
    """Each contact who got a letter of the mail merge finds it on their timeline."""
    summary = translate("Letters", "Letter “{title}” written (mail merge)").format(
        title=template.title)
    with transaction():
        for contact_id in result.contact_ids:
            interactions.create(interactions.InteractionData(
                contact_id=contact_id, kind="note", summary=summary))


def _cancelled(progress: Progress | None, done: int, total: int) -> bool:
    return progress is not None and progress(done, total) is False


def merge_to_pdf(template: LetterTemplate, contact_ids: Sequence[int], path: str | os.PathLike[str],
                 language: str | None = None, today: date | None = None,
                 progress: Progress | None = None) -> MergeResult:
    """One PDF with a letter per contact, each starting on a new page."""
    path = Path(path)
    _check_folder(path)
    result = MergeResult()
    total = len(contact_ids)
    documents = [document(letter)
                 for letter in _letters(template, contact_ids, language, today, progress, result)]
    if not documents:
        raise LetterError(_nothing_written(result))
    if _cancelled(progress, total, total):
        raise MergeCancelled(translate("Letters", "The mail merge was cancelled."))
    # Written beside the target and renamed at the end, so Cancel pressed while the pages
    # were painted still leaves nothing (and the earlier file, if any, stays).
    scratch = path.with_name(f".{path.stem}.merging{path.suffix}")
    try:
        result.pages = output.write_pdf_many(documents, scratch, language)
        if _cancelled(progress, total, total):
            raise MergeCancelled(translate("Letters", "The mail merge was cancelled."))
        os.replace(scratch, path)
    except output.OutputError as error:
        raise LetterError(str(error).replace(scratch.name, path.name)) from error
    except OSError as error:
        raise LetterError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=path.name, reason=error.strerror or str(error))) from error
    finally:
        scratch.unlink(missing_ok=True)
    result.files = [path]
    result.letters = len(documents)
    _note_on_timelines(template, result)
    return result


def merge_to_folder(template: LetterTemplate, contact_ids: Sequence[int],
                    folder: str | os.PathLike[str], language: str | None = None,
                    today: date | None = None, progress: Progress | None = None) -> MergeResult:
    """One PDF per contact in ``folder``, named after the contact.

    The files are made in a hidden folder inside ``folder`` and moved into place only
    when all are written, so Cancel or an error leaves the folder as it was.
    """
    folder = Path(folder)
    result = MergeResult()
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".coopeten-merge-", dir=folder))
    except OSError as error:
        raise LetterError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=folder.name, reason=error.strerror or str(error))) from error
    finished = False
    try:
        written: list[tuple[Path, Path]] = []
        taken = {p.name.casefold() for p in folder.iterdir()}
        for letter in _letters(template, contact_ids, language, today, progress, result):
            name = _file_name(letter.contact_name or str(letter.contact_id), taken)
            try:
                result.pages += output.write_pdf(document(letter), scratch / name, letter.language)
            except output.OutputError as error:
                raise LetterError(str(error)) from error
            written.append((scratch / name, folder / name))
        if not written:
            raise LetterError(_nothing_written(result))
        if _cancelled(progress, len(contact_ids), len(contact_ids)):
            raise MergeCancelled(translate("Letters", "The mail merge was cancelled."))
        moved: list[Path] = []
        try:
            for source, target in written:
                os.replace(source, target)
                moved.append(target)
        except OSError as error:
            for target in moved:
                target.unlink(missing_ok=True)
            raise LetterError(translate("Output", "Could not save “{name}”: {reason}.").format(
                name=folder.name, reason=error.strerror or str(error))) from error
        result.files = moved
        result.letters = len(moved)
        finished = True
        _note_on_timelines(template, result)
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if created and not finished:
            try:
                folder.rmdir()  # a folder made for letters that never came
            except OSError:
                pass


def _file_name(contact_name: str, taken: set[str]) -> str:
    """``Name.pdf``, unique in the folder (case-insensitively), safe on every system."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", contact_name).strip(" .") or "letter"
    stem = " ".join(stem.split())[:80]
    name, number = f"{stem}.pdf", 2
    while name.casefold() in taken:
        name, number = f"{stem} ({number}).pdf", number + 1
    taken.add(name.casefold())
    return name


def _nothing_written(result: MergeResult) -> str:
    if result.skipped:
        return translate("Letters", "No letter could be made: {reason}").format(
            reason=result.skipped[0][1])
    return translate("Letters", "There are no contacts to write to.")


# -- introductions -----------------------------------------------------------------------------

def match_context(contact_id: int, other_contact_id: int, ask: exchanges.OfferAskRow,
                  offer: exchanges.OfferAskRow, side: str, language: str | None = None,
                  today: date | None = None,
                  profile_values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The context of an introduction letter to ``contact_id`` about ``other_contact_id``,
    for one given match: ``ask`` and ``offer`` as they are written, ``side`` the one the
    reader stands on ("ask" or "offer")."""
    language = _base(language) or letter_language(contact_id)
    context = build_context(contact_id, language, today, profile_values=profile_values,
                            introduce=False)
    context["other_contact"] = _contact_dict(contacts.get(other_contact_id))
    context["match"] = {"ask": _exchange_dict(ask, language),
                        "offer": _exchange_dict(offer, language), "side": side}
    return context


def user_copy(name: str, language: str) -> LetterTemplate | None:
    """The user's newest copy of the built-in ``name`` in ``language``, if any: edited in
    the template editor, it replaces the built-in where the app picks the letter itself."""
    copies = [row for row in templates.list_templates()
              if row.based_on == name and row.language == language]
    if not copies:
        return None
    return _from_row(max(copies, key=lambda row: (row.updated_at, row.id)))
