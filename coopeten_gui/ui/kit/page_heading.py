"""``page_heading``: a page's title, the same size and weight on every page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from coopeten_gui.ui.kit.plain_text import plain


def page_heading(parent: QWidget, text: str, scale: float = 1.4) -> QLabel:
    """A page's title, larger and bold."""
    label = plain(QLabel(text, parent))
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
