"""``TemplateCombo``: a choice of letter templates, for the proposal editor and the mail
merge.

The page decides which templates are offered and how each one reads; the combo keeps
the templates beside their rows, so ``template()`` is the chosen one and a template can
be chosen by its key or its name.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QComboBox

from coopeten_gui.services.letter_templates import LetterTemplate


class TemplateCombo(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._templates: list[LetterTemplate] = []

    def set_templates(self, items: Sequence[tuple[str, LetterTemplate]],
                      prefer: str = "") -> None:
        """Offer these (shown text, template) pairs. The one chosen is ``prefer`` (a key or
        a name) when offered, else the one chosen before when still offered, else the
        first. Refilling is not a choice of the user's: no ``currentIndexChanged``."""
        current = self.currentData()
        blocked = self.blockSignals(True)
        self.clear()
        self._templates = [template for _, template in items]
        for text, template in items:
            self.addItem(text, template.key)
        rows = (self.row_of(wanted) for wanted in (prefer, current) if wanted)
        self.setCurrentIndex(max(0, next((row for row in rows if row >= 0), -1)))
        self.blockSignals(blocked)

    def template(self) -> LetterTemplate | None:
        row = self.currentIndex()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def row_of(self, key_or_name: str) -> int:
        """The row of the template with this key or name; -1 when it is not offered."""
        return next((row for row, template in enumerate(self._templates)
                     if key_or_name in (template.key, template.name)), -1)

    def choose(self, key_or_name: str) -> bool:
        """Choose the template with this key or name; False when it is not offered."""
        row = self.row_of(key_or_name)
        if row >= 0:
            self.setCurrentIndex(row)
        return row >= 0
