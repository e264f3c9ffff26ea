"""Mail merge: one letter per contact (those with a tag, or chosen), into one PDF or a
folder of files, noted on each contact's timeline.

It takes ``progress(done, total)`` that returns False to cancel; a cancelled merge raises
``MergeCancelled`` and leaves no file behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from coopeten_gui.documents import output, sandbox
from coopeten_gui.i18n import translate
from coopeten_gui.services import (
    contact_list,
    contacts,
    interactions,
)
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_context import profile_context
from coopeten_gui.services.letter_rendering import (
    Letter,
    LetterError,
    check_folder,
    document,
    render_letter,
)
from coopeten_gui.services.letter_templates import (
    LetterTemplate,
    base_language,
    builtin_template,
    letter_language,
)
from coopeten_gui.storage.database import transaction

Progress = Callable[[int, int], "bool | None"]


class MergeCancelled(ServiceError):
    """The user cancelled a mail merge; nothing was written."""


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
        lang = base_language(language) or (letter_language(contact_id) if template.builtin
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
    check_folder(path)
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
