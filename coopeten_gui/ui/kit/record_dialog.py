"""``RecordDialog``: the frame of the small dialogs that edit one record through a ``save``
callable (an organization, an offer or ask, a cross-promotion).

It holds the form rows with an error line under each field, a line for the errors that
name no field, Save and Cancel, and the Save that hands ``data()`` to ``save`` and, when
the service refuses (``ValidationError``), shows why under the field it names and puts
the cursor there, keeping everything typed.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from coopeten_gui.services.common import ServiceError, ValidationError, errors_of
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.forms import ErrorLabel, add_form_row
from coopeten_gui.ui.kit.unsaved import GuardedDialog


class RecordDialog(GuardedDialog):
    """Subclasses build their form with ``add_row``, lay it out with ``finish`` and say
    what the form holds in ``data()``. ``saved`` is what ``save`` returned."""

    def __init__(self, save: Callable[[Any], Any], parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        # by the service's field name; a subclass may add aliases (two names, one field)
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general_error = ErrorLabel(self)

    def add_row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        self._errors[field] = add_form_row(form, text, widget)
        self._fields[field] = widget

    def finish(self, form: QFormLayout, *notes: QWidget) -> None:
        """Lay the dialog out: the form, any notes under it, the general error line and
        Save / Cancel."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def data(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear_message()
        try:
            self.saved = self._save(self.data())
        except ValidationError as error:
            # every field at fault at once; the cursor goes to the first
            for one in reversed(errors_of(error)):
                self._errors.get(one.field, self.general_error).show_message(one.message)
                widget = self._fields.get(one.field)
                if widget is not None:
                    widget.setFocus()
            return
        except ServiceError as error:  # the database refused the write (read-only…)
            self.general_error.show_message(str(error))
            return
        super().accept()
