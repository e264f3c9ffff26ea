"""The questions pages put to the user: go ahead? (``confirm``), which one?
(``ask_item``), save typed work? (``ask_unsaved``), and a plain notice (``inform``).

In one place so that tests answer them (``monkeypatch.setattr(questions, "confirm", …)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from coopeten_gui.ui.kit.plain_text import literal


def confirm(parent: QWidget, title: str, text: str, action: str = "") -> bool:
    """Ask before something that cannot be taken back lightly. True to go ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action or title, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names the user's records
    box.exec()
    return box.clickedButton() is go


def ask_item(parent: QWidget, title: str, label: str, items: list[str],
             editable: bool = True) -> str | None:
    """One choice from a list (or, when ``editable``, a new value typed)."""
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, editable)
    text = text.strip()
    return text if ok and text else None


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, text: str = "") -> str:
    """Typed work would be lost: SAVE it, DISCARD it, or CANCEL (stay where one was)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Unsaved", "Unsaved changes"),
                      text or QCoreApplication.translate(
                          "Unsaved", "You have changes that are not saved. Save them?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, literal(text))
