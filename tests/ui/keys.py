"""Typing as a keyboard does, accents included (QTest.keyClicks aborts on non-ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent


def type_text(widget, text: str) -> None:
    """One key press and release per character, carrying the character as its text."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else (
            Qt.Key.Key_Space if char == " " else 0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
