"""Commands for letters: ``templates`` lists them, ``render`` writes one for a contact.

    python main.py [--db PATH] templates
    python main.py [--db PATH] render --template NAME_OR_FILE --contact ID_OR_EMAIL \\
        --out FILE.pdf|.odt|.html|.eml [--lang es|en]

``render`` draws (PDF, ODT), so it asks ``cli`` for a QGuiApplication (``needs_gui``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopeten_gui.cli.common import EXIT_OK, CommandError, db_path, open_existing
from coopeten_gui.i18n import translate
from coopeten_gui.services import session


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("templates", help=translate(
        "Cli", "list the letter templates: name, tab, language"))
    listing.set_defaults(handler=cmd_templates)

    render = commands.add_parser("render", help=translate(
        "Cli", "write a letter for a contact as PDF, ODT or HTML"))
    render.add_argument("--template", required=True, metavar="NAME_OR_FILE",
                        help=translate("Cli", "a template name (see `templates`) or a "
                                              "template file"))
    render.add_argument("--contact", required=True, metavar="ID_OR_EMAIL",
                        help=translate("Cli", "the contact's number or email address"))
    render.add_argument("--out", required=True, metavar="FILE",
                        help=translate("Cli", "where to write: .pdf, .odt, .html, or .eml for "
                                              "an email draft with the PDF attached"))
    # its own destination: the global --lang chooses the language of messages
    render.add_argument("--lang", dest="letter_language", choices=("es", "en"),
                        help=translate("Cli", "the letter's language (default: the "
                                              "contact's)"))
    render.set_defaults(handler=cmd_render, needs_gui=True)


def cmd_templates(args: argparse.Namespace) -> int:
    """Built-ins always; the user's own when there is a database to read them from."""
    from coopeten_gui.documents import builtins
    from coopeten_gui.services import letter_templates

    path = db_path(args)
    if not path.exists():
        for template in builtins.list_builtin_templates():
            print(f"{template.name}\t{template.language}")
        return EXIT_OK
    session.open_database(path)
    try:
        for letter in letter_templates.list_templates():
            name = " ".join(letter.name.split())  # a tab in a name would break the columns
            print(f"{name}\t{letter.language}")
    finally:
        session.close()
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from coopeten_gui.documents.sandbox import TemplateError
    from coopeten_gui.services import (
        email_draft,
        letter_context,
        letter_rendering,
        letter_templates,
    )

    out = Path(args.out).expanduser()
    if not email_draft.is_eml(out):
        letter_rendering.output_format(out)  # an unknown extension is refused before any work
    source_file = Path(args.template).expanduser()
    from_file = source_file.is_file()
    if from_file:
        try:
            source = source_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(translate("Cli", "{path} is not a UTF-8 text file.").format(
                path=source_file)) from None
    open_existing(args)
    try:
        contact_id = letter_context.resolve_contact(args.contact)
        language = args.letter_language or (
            _language_of_file(source_file) if from_file else None
        ) or letter_templates.letter_language(contact_id)
        if from_file:
            template = letter_templates.template_from_source(source, language, source_file.name)
        else:
            template = letter_templates.find_template(args.template, language)
        try:
            letter = letter_rendering.render_letter(template, contact_id, language)
        except TemplateError as error:
            name = source_file.name if from_file else template.name
            if error.line is not None:
                raise CommandError(translate(
                    "Cli", "The template “{name}” has an error at line {line}: {message}").format(
                    name=name, line=error.line, message=error.message)) from None
            raise CommandError(translate(
                "Cli", "The template “{name}” could not be rendered: {message}").format(
                name=name, message=error.message)) from None
        if email_draft.is_eml(out):
            email_draft.write_eml(letter, out)  # a draft with the PDF, ready to send
        else:
            letter_rendering.write_letter(letter, out)
    finally:
        session.close()
    print(translate("Cli", "Letter for {name} written to {path}.").format(
        name=letter.contact_name, path=out))
    return EXIT_OK


def _language_of_file(path: Path) -> str | None:
    """``letter.es.html`` is a Spanish template."""
    parts = path.name.lower().split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in ("es", "en") else None
