"""Today's "getting started" checklist, shown until every step is done or it is hidden.

Each step is a button that leads where it is done (My business, a new event, quick
capture of the people met, Proposals) and is ticked from the data, not from clicks.
Hiding it is kept in the settings.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopeten_gui.services import first_steps
from coopeten_gui.ui.kit.settings import Options

DISMISSED_KEY = "today/first_steps_hidden"


class FirstSteps(QFrame):
    """Signals:
        step_requested(str): the user wants to do this step (a key of ``first_steps.STEPS``).
    """

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.options = options or Options()
        texts = {
            "business": self.tr("Fill in My business: every letter's letterhead and "
                                "signature come from it"),
            "event": self.tr("Add your first networking event"),
            "people": self.tr("Add the people you met there"),
            "proposal": self.tr("Write your first alliance proposal"),
        }
        title = QLabel(self.tr("Getting started"), self)
        font = title.font()
        font.setBold(True)  # (a "<b>" would make it rich text: a text document to lay out)
        title.setFont(font)
        self.hide_button = QPushButton(self.tr("Hide this list"), self)
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.buttons: dict[str, QPushButton] = {}
        self._texts = texts
        for key in first_steps.STEPS:
            button = QPushButton(self)
            button.setFlat(True)
            button.clicked.connect(lambda _checked=False, k=key: self.step_requested.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self._pointing = False
        # ticked by ``reload``, which Today calls with its own (once, not twice, to start)

    def enterEvent(self, event) -> None:
        # the steps take the pointing hand once the mouse first comes near: naming the
        # cursor's shape builds Qt's enums, which the first paint does without (qt_values)
        if not self._pointing:
            self._pointing = True
            for button in self.buttons.values():
                button.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def dismissed(self) -> bool:
        return bool(self.options.qsettings.value(DISMISSED_KEY, False) in (True, "true"))

    def dismiss(self) -> None:
        self.options.qsettings.setValue(DISMISSED_KEY, True)
        self.hide()

    def reload(self) -> None:
        if self.dismissed():
            self.hide()
            return
        steps = first_steps.progress()
        for step in steps:
            button = self.buttons[step.key]
            if button.property("done") is step.done:
                continue  # drawn so already: a style sheet set again costs a re-polish
            button.setText(("☑  " if step.done else "☐  ") + self._texts[step.key])
            font = button.font()
            font.setStrikeOut(step.done)
            button.setFont(font)
            button.setProperty("done", step.done)
            # a step to do reads as a link; a step done, as plain text
            button.setStyleSheet("text-align: left; padding: 2px 4px;"
                                 + ("" if step.done else " color: palette(link);"))
        self.setVisible(not all(step.done for step in steps))
