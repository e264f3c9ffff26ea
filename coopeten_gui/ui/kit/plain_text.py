"""Showing the user's data as the text it is, never as markup.

Qt reads any text that looks like HTML as rich text: a label, a tooltip or a message
box would then render a contact named ``<h1>`` as a heading, follow ``<a href>``, and
load ``<img src="/dev/zero">`` until memory runs out. Labels that show data are set to
plain text (``plain``); where rich text is built on purpose, data goes through
``html.escape``; tooltips and message boxes, which have no plain-text switch of their
own, take data through ``literal``.

Neither names ``Qt`` before it is needed (see ``qt_values``).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import QLabel

from coopeten_gui.ui.kit import qt_values


def plain(label: QLabel) -> QLabel:
    """``label`` shows its text as it is, whatever it looks like."""
    label.setProperty("textFormat", qt_values.PLAIN_TEXT)
    return label


def rich(label: QLabel) -> QLabel:
    """``label`` reads its text as rich text (built with ``html.escape`` around data)."""
    label.setProperty("textFormat", qt_values.RICH_TEXT)
    return label


def literal(text: str | None) -> str | None:
    """``text`` for a tooltip or a message box, shown as it is: unchanged when Qt would
    read it as plain text anyway, else escaped into a paragraph that keeps its lines."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpacePre)
