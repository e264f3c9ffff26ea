"""Undoable contact edits, as QUndoCommands on the window's ``undo_stack``.

Every command is pushed *after* its first write succeeded (the page calls the service,
shows any validation message, and only then pushes), so the first ``redo`` that
``QUndoStack.push`` makes is skipped; later redos and undos call the services again.

The stack is the window's ``undo_stack`` (Edit → Undo / Redo, Ctrl+Z / Ctrl+Shift+Z).
``stack_for`` finds it, or, for a page shown on its own, makes one with its shortcuts.
``Freshness`` reloads a page after the stack moves (a write, an undo, a redo).

Deleting for good (``contacts.purge``) cannot be undone and clears the history, since
commands further back may refer to the contacts that are gone.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from coopeten_gui.i18n import translate
from coopeten_gui.services import contacts, duplicates
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.write_errors import WriteError

log = logging.getLogger(__name__)


def stack_for(widget: QWidget) -> QUndoStack:
    """The undo stack of the widget's window, made (with Ctrl+Z / Ctrl+Shift+Z) if missing."""
    window = widget.window()
    stack = getattr(window, "undo_stack", None)
    if isinstance(stack, QUndoStack):
        return stack
    stack = QUndoStack(window)
    window.undo_stack = stack  # type: ignore[attr-defined]  # the window keeps its history
    undo = stack.createUndoAction(window, translate("Undo", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, translate("Undo", "&Redo"))
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
    name_steps_in_phrase(stack, undo, redo, translate("Undo", "&Undo"),
                         translate("Undo", "&Redo"))
    window.addAction(undo)
    window.addAction(redo)
    return stack


def action_text(verb: str, step: str) -> str:
    """"&Undo" and "Log a promotion" as one phrase: "&Undo log a promotion" (a name that
    starts with two capitals, such as "PDF", keeps them)."""
    if not step:
        return verb
    if not step[1:2].isupper():
        step = step[0].lower() + step[1:]
    return f"{verb} {step}"


def name_steps_in_phrase(stack: QUndoStack, undo: QAction, redo: QAction, undo_verb: str,
                         redo_verb: str) -> None:
    """Qt writes "Undo" and the step's name side by side ("Deshacer Registrar…"); the
    actions made by ``createUndoAction`` read as one phrase instead."""
    stack.undoTextChanged.connect(_StepNamer(undo, undo_verb).name)
    stack.redoTextChanged.connect(_StepNamer(redo, redo_verb).name)


class _StepNamer(QObject):
    """Names its action's step; a child of the action, so the connection goes with it."""

    def __init__(self, action: QAction, verb: str) -> None:
        super().__init__(action)
        self._action, self._verb = action, verb

    @Slot(str)
    def name(self, step: str) -> None:
        try:
            self._action.setText(action_text(self._verb, step))
        except RuntimeError:
            pass  # the window is closing: its actions go before the stack


def push(widget: QWidget, command: QUndoCommand) -> None:
    stack_for(widget).push(command)


class Freshness(QObject):
    """Keeps a page in step with the data it shows.

    Every write goes through the undo stack, so a move of the stack (push, undo, redo)
    makes the page stale: a page on screen reloads at once, a page off screen when it
    is shown. The page's ``reload`` calls ``mark_fresh``, which notes the stack's
    position, so when the main window has already reloaded the page for this move
    (its handler is connected first) nothing is done twice. A page that was never
    loaded loads when first shown, which keeps the window's start-up free of the
    queries of pages nobody opened.
    """

    def __init__(self, page: QWidget, reload, stale: bool = True) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self._stack: QUndoStack | None = None
        self._fresh_at = -1
        self.stale = stale
        page.installEventFilter(self)

    def mark_fresh(self) -> None:
        self.stale = False
        self._fresh_at = self._stack.index() if self._stack is not None else -1

    def push(self, command: QUndoCommand) -> None:
        """Push a command for a write the page just made (the page then reloads)."""
        self.watch()
        self._stack.push(command)

    def watch(self) -> None:
        """Start following the window's undo stack (done at the first show or push)."""
        stack = stack_for(self._page)
        if stack is not self._stack:
            self._stack = stack
            stack.indexChanged.connect(self._moved)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.watch()
            if self.stale:
                self._reload()
        return False

    def _moved(self, index: int) -> None:
        if index == self._fresh_at and not self.stale:
            return  # already reloaded for this very change
        self.stale = True
        if self._page.isVisible():
            self._reload()


class _DoneCommand(QUndoCommand):
    """A command whose first ``redo`` already happened when it was pushed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _run(self, step) -> None:
        # an exception must not escape into Qt's C++ frames; the record may be gone
        try:
            step()
        except ServiceError as error:
            log.warning("could not %s %r", step.__name__, self.text(), exc_info=True)
            self.setObsolete(True)
            if isinstance(error, WriteError):  # the database refused: say why
                from coopeten_gui.ui.kit.write_notice import show_refusal

                show_refusal(str(error))


class CreateContact(_DoneCommand):
    """Undo moves the new contact to the trash; redo brings it back."""

    def __init__(self, contact_id: int, name: str) -> None:
        super().__init__(translate("Undo", "New contact “{name}”").format(name=name))
        self.contact_id = contact_id

    def apply(self) -> None:
        contacts.restore([self.contact_id])

    def revert(self) -> None:
        contacts.trash([self.contact_id])


class EditContact(_DoneCommand):
    def __init__(self, contact_id: int, before: ContactData, after: ContactData) -> None:
        name = contacts.display_name_for(after)
        super().__init__(translate("Undo", "Edit “{name}”").format(name=name))
        self.contact_id = contact_id
        self.before = before
        self.after = after

    def apply(self) -> None:
        contacts.update(self.contact_id, self.after)

    def revert(self) -> None:
        # the stored details come back exactly, even ones a form would now refuse
        contacts.update(self.contact_id, self.before, imported=True)


class _PluralTexts(QObject):
    """Texts with a number in them. pyside6-lupdate reads plural forms only from
    ``self.tr(text, "", n)``, so they live on this small object."""

    def delete(self, n: int) -> str:
        return self.tr("Delete %n contact(s)", "", n)

    def restore(self, n: int) -> str:
        return self.tr("Restore %n contact(s)", "", n)

    def add_tag(self, n: int) -> str:
        return self.tr("Add tag “{tag}” to %n contact(s)", "", n)

    def remove_tag(self, n: int) -> str:
        return self.tr("Remove tag “{tag}” from %n contact(s)", "", n)

    def set_stage(self, n: int) -> str:
        return self.tr("Set %n contact(s) to “{stage}”", "", n)


_plural = _PluralTexts()


class TrashContacts(_DoneCommand):
    def __init__(self, ids: list[int]) -> None:
        super().__init__(_plural.delete(len(ids)))
        self.ids = list(ids)

    def apply(self) -> None:
        contacts.trash(self.ids)

    def revert(self) -> None:
        contacts.restore(self.ids)


class RestoreContacts(_DoneCommand):
    def __init__(self, ids: list[int]) -> None:
        super().__init__(_plural.restore(len(ids)))
        self.ids = list(ids)

    def apply(self) -> None:
        contacts.restore(self.ids)

    def revert(self) -> None:
        contacts.trash(self.ids)


class TagContacts(_DoneCommand):
    """Add or remove one tag on many contacts; undo touches only those it changed."""

    def __init__(self, ids: list[int], tag: str, add: bool, changed: set[int]) -> None:
        text = _plural.add_tag(len(ids)) if add else _plural.remove_tag(len(ids))
        super().__init__(text.format(tag=tag))
        self.ids, self.tag, self.add, self.changed = list(ids), tag, add, sorted(changed)

    def apply(self) -> None:
        (contacts.add_tag if self.add else contacts.remove_tag)(self.changed, self.tag)

    def revert(self) -> None:
        if self.changed:
            (contacts.remove_tag if self.add else contacts.add_tag)(self.changed, self.tag)


class StageContacts(_DoneCommand):
    def __init__(self, stage: str, before: dict[int, str], stage_name: str) -> None:
        super().__init__(_plural.set_stage(len(before)).format(stage=stage_name))
        self.stage, self.before = stage, dict(before)

    def apply(self) -> None:
        contacts.set_stage(list(self.before), self.stage)

    def revert(self) -> None:
        contacts.set_stages(self.before)


class MergeContacts(_DoneCommand):
    """Undo calls ``duplicates.unmerge``: both contacts exactly as they were."""

    def __init__(self, result: duplicates.MergeResult, other_name: str, keep_name: str) -> None:
        super().__init__(translate("Undo", "Merge “{other}” into “{keep}”").format(
            other=other_name, keep=keep_name))
        self.result = result

    def apply(self) -> None:
        self.result = duplicates.merge(self.result.keep_id, self.result.other_id)

    def revert(self) -> None:
        duplicates.unmerge(self.result)


class MarkDifferentPeople(_DoneCommand):
    """"Not a duplicate": undo forgets it, and the pair may be proposed again."""

    def __init__(self, first_id: int, second_id: int, first_name: str,
                 second_name: str) -> None:
        super().__init__(translate("Undo", "Mark “{first}” and “{second}” as different "
                                           "people").format(first=first_name,
                                                            second=second_name))
        self.first_id, self.second_id = first_id, second_id

    def apply(self) -> None:
        duplicates.mark_different(self.first_id, self.second_id)

    def revert(self) -> None:
        duplicates.unmark_different(self.first_id, self.second_id)


class RecordCreated(_DoneCommand):
    """A row added to a contact (an offer, a note, a promotion, a follow-up).

    Undo moves it to the trash through the service's ``trash``; redo restores it.
    """

    def __init__(self, text: str, row_id: int, trash, restore) -> None:
        super().__init__(text)
        self.row_id, self._trash, self._restore = row_id, trash, restore

    def apply(self) -> None:
        self._restore([self.row_id])

    def revert(self) -> None:
        self._trash([self.row_id])


class RecordsTrashed(_DoneCommand):
    def __init__(self, text: str, ids: list[int], trash, restore) -> None:
        super().__init__(text)
        self.ids, self._trash, self._restore = list(ids), trash, restore

    def apply(self) -> None:
        self._trash(self.ids)

    def revert(self) -> None:
        self._restore(self.ids)


class RecordEdited(_DoneCommand):
    """A row changed through the service's ``update(row_id, data)``."""

    def __init__(self, text: str, row_id: int, update, before, after) -> None:
        super().__init__(text)
        self.row_id, self._update, self.before, self.after = row_id, update, before, after

    def apply(self) -> None:
        self._update(self.row_id, self.after)

    def revert(self) -> None:
        self._update(self.row_id, self.before)
