"""``page_heading``: a page's title, the same size and weight on every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def page_heading(parent: QWidget, text: str, scale: float = 1.4) -> QLabel:
    """A page's title, larger and bold."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
