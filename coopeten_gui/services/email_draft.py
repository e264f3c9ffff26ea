"""A letter as an email draft: an ``.eml`` file with the recipient, the subject, the letter
as plain text and as HTML, and its PDF attached. ``X-Unsent: 1`` makes Outlook,
Thunderbird and Apple Mail open it as a new message ready to send rather than as a
received one. Writing one for a contact notes it on their timeline.
"""

from __future__ import annotations

import os
import tempfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from coopeten_gui.i18n import translate
from coopeten_gui.services import interactions, letter_rendering
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_rendering import Letter

EXTENSION = ".eml"


def is_eml(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() == EXTENSION


def attachment_name(letter: Letter) -> str:
    """The PDF's file name in the message: the subject, without characters files refuse."""
    stem = "".join(" " if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in letter.subject)
    stem = " ".join(stem.split())[:80].strip(" .")
    return (stem or translate("EmailDraft", "letter")) + ".pdf"


def message_for(letter: Letter, pdf: bytes) -> EmailMessage:
    """The draft: To, Subject, From (the profile's address), text and HTML, the PDF."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    if letter.contact_email:
        # one address, or a list of them (a joint introduction goes to both sides)
        addresses = letter.contact_email
        if isinstance(addresses, str):
            message["To"] = formataddr((letter.contact_name, addresses))
        else:
            message["To"] = ", ".join(formataddr(("", address)) for address in addresses)
    sender = letter.profile.get("email") or ""
    if sender:
        message["From"] = formataddr((letter.profile.get("name") or "", sender))
    message["Subject"] = letter.subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or None)
    message.set_content(letter.plain_text())
    message.add_alternative(letter_rendering.standalone_html(letter), subtype="html")
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=attachment_name(letter))
    return message


def pdf_bytes(letter: Letter) -> bytes:
    """The letter's PDF, as it would be saved."""
    with tempfile.TemporaryDirectory(prefix="coopeten-eml-") as folder:
        path = Path(folder) / "letter.pdf"
        letter_rendering.write_letter(letter, path)
        return path.read_bytes()


def write_eml(letter: Letter, path: str | os.PathLike[str], proposal_id: int | None = None) -> Path:
    """Write the draft to ``path`` (atomically) and, for a contact, note it on their
    timeline as an email. ``LetterError`` when the file cannot be written."""
    path = Path(path)
    data = message_for(letter, pdf_bytes(letter)).as_bytes()
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise letter_rendering.LetterError(
            translate("Output", "Could not save “{name}”: {reason}.").format(
                name=path.name, reason=error.strerror or error)) from None
    if letter.contact_id is not None:
        try:
            interactions.create(interactions.InteractionData(
                contact_id=letter.contact_id, kind="email", proposal_id=proposal_id,
                summary=translate("EmailDraft", "Email drafted: {subject}").format(
                    subject=letter.subject or attachment_name(letter))))
        except ServiceError:
            pass  # a contact gone meanwhile: the draft is written all the same
    return path
