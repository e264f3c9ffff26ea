"""Rendering a letter and writing it out: a template and its context through
``documents.sandbox`` (so a hostile or runaway template ends in ``TemplateError``), then
to PDF, ODT or HTML by the file's extension.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coopeten_gui.documents import output, sandbox
from coopeten_gui.documents.resources import LetterDocument
from coopeten_gui.documents.text import to_plain_text
from coopeten_gui.i18n import translate
from coopeten_gui.services import (
    contacts,
)
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_context import build_context, profile_context
from coopeten_gui.services.letter_templates import (
    LetterTemplate,
    base_language,
    find_template,
    letter_language,
)

#: Output formats by file extension.
EXTENSIONS = (".pdf", ".odt", ".html", ".htm")
#: How long one letter may take to render (the sandbox stops it after that).
RENDER_TIMEOUT = 2.0


class LetterError(ServiceError):
    """A letter cannot be made or written; the message is one translated sentence."""


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
    language = base_language(language) or template.language or letter_language(contact_id)
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
    language = base_language(language) or letter_language(contact_id)
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
    return Letter(body_html=body_html, subject=subject, language=base_language(language) or "en",
                  profile=values, logo=logo, contact_id=contact_id, contact_name=name,
                  contact_email=email)


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
    check_folder(path)
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


def check_folder(path: Path) -> None:
    """A missing folder said plainly (Qt would only complain on the console)."""
    if not path.parent.is_dir():
        raise LetterError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=path.name, reason=translate("Letters", "the folder {folder} does not exist")
            .format(folder=path.parent)))
