"""Nothing typed is dropped without a word: the one way forms ask before losing edits.

- ``ChangeTracker`` notes when the user edits any field of a form (text, choice, number,
  date, tick, several-values editor) once the form is loaded; ``mark_clean`` after a
  save or a reload.
- ``GuardedDialog``: a dialog base whose ``reject`` — Esc, Cancel, the window's ✕ —
  asks Save / Discard / Cancel when its ``changes`` are dirty. Save runs ``accept``
  (which keeps the dialog open when the service refuses).
- ``may_leave(parent, editor)``: the same question for a page or window that has a
  ``dirty`` flag and a ``save()`` (My business, the template editor…), asked by the main
  window before it switches page or quits.

The question itself is ``questions.ask_unsaved``, which tests answer.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

# the answers of ``questions.ask_unsaved``; ``questions`` (and QMessageBox with it) is
# imported only when there is something to ask, so quitting stays quick
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class ChangeTracker(QObject):
    """Watches the fields of ``form`` (all of them at the time of ``watch``).

    Signals:
        changed(): the user edited a field.
    """

    changed = Signal()

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.dirty = False
        self.paused = False
        self._form = form

    def watch(self, *fields: QWidget) -> ChangeTracker:
        """Watch ``fields``, or every field in the form when none are given."""
        for field in fields or self._form.findChildren(QWidget):
            signal = _edit_signal(field)
            if signal is not None:
                signal.connect(self._edited)
        return self

    def mark_clean(self) -> None:
        self.dirty = False

    def _edited(self, *_args) -> None:
        if not self.paused:
            self.dirty = True
            self.changed.emit()


def _edit_signal(field: QWidget):
    # the field classes are loaded here, by the forms that have them: the main window
    # asks ``may_leave_all`` at every page switch and on quitting, where none are needed
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateTimeEdit,
        QDoubleSpinBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTextEdit,
    )

    if isinstance(field, QLineEdit):
        # a line edit inside a combo or spin box is watched through its owner
        owner = field.parentWidget()
        if isinstance(owner, (QComboBox, QSpinBox, QDoubleSpinBox, QDateTimeEdit)):
            return None
        return field.textEdited
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return None if field.isReadOnly() else field.textChanged
    if isinstance(field, QComboBox):
        return field.editTextChanged if field.isEditable() else field.activated
    if isinstance(field, (QSpinBox, QDoubleSpinBox)):
        return field.valueChanged
    if isinstance(field, QDateTimeEdit):
        return field.dateTimeChanged
    if isinstance(field, QAbstractButton) and field.isCheckable():
        return field.toggled
    from coopeten_gui.ui.kit.forms import LabeledValuesEditor  # loaded by every form already

    if isinstance(field, LabeledValuesEditor):  # several emails, phones…
        return field.changed
    return None


def ask(parent: QWidget, dirty: bool, text: str = "") -> str:
    """DISCARD at once when nothing changed, else the user's answer."""
    if not dirty:
        return DISCARD
    from coopeten_gui.ui.kit import questions

    return questions.ask_unsaved(parent, text)


def may_leave(parent: QWidget, editor) -> bool:
    """True when ``editor`` (with ``dirty`` and ``save()``) may be left: nothing unsaved,
    saved now, or the user chose to discard."""
    answer = ask(parent, bool(getattr(editor, "dirty", False)))
    if answer == SAVE:
        return bool(editor.save())
    return answer == DISCARD


def editors_in(widget: QWidget, windows: bool = False) -> list:
    """``widget`` and the widgets in it that hold edits of their own to save; with
    ``windows``, also the open windows it made (a proposal being written).

    An editor is a widget class of ours, so it already has a Python object: the editors
    are looked for among those, not among every widget of the page (wrapping each
    scroll bar and viewport of a page only to ask it for ``dirty`` took 2 ms of every
    quit)."""
    found = []
    for candidate in shiboken6.getAllValidWrappers():
        if isinstance(candidate, QWidget) and _is_editor(candidate) \
                and (candidate is widget or (_inside(candidate, widget) and (
                    not candidate.isWindow() or (windows and candidate.isVisible())))):
            found.append(candidate)
    # the widget itself is asked about first
    return sorted(found, key=lambda editor: editor is not widget)


def _is_editor(widget: QWidget) -> bool:
    return isinstance(getattr(widget, "dirty", None), bool) \
        and callable(getattr(widget, "save", None))


def _inside(widget: QWidget, ancestor: QWidget) -> bool:
    """Whether ``ancestor`` is a parent of ``widget`` at any level, windows included."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


def may_leave_all(parent: QWidget, widget: QWidget, windows: bool = False) -> bool:
    """Ask about each editor in ``widget`` (and, with ``windows``, its open windows)."""
    return all(may_leave(parent, editor) for editor in editors_in(widget, windows))


class GuardedDialog(QDialog):
    """A dialog that asks before Esc, Cancel or ✕ drop what was typed.

    Subclasses call ``self.track_changes()`` once the form is built and filled (else
    it is called when the dialog first shows)."""

    changes: ChangeTracker | None = None

    def track_changes(self, *fields: QWidget) -> ChangeTracker:
        self.changes = ChangeTracker(self).watch(*fields)
        return self.changes

    def showEvent(self, event) -> None:
        if self.changes is None:  # the form is filled by now
            self.track_changes()
        super().showEvent(event)

    def reject(self) -> None:
        answer = ask(self, self.changes is not None and self.changes.dirty)
        if answer == SAVE:
            self.accept()  # stays open, showing why, when the service refuses
        elif answer == DISCARD:
            super().reject()


def on_close(window: QWidget, dirty: bool, save: Callable[[], object]) -> bool:
    """For a window that is not a dialog: True when it may close."""
    answer = ask(window, dirty)
    if answer == SAVE:
        return bool(save())
    return answer == DISCARD
