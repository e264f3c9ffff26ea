"""Translation for code that has no widget to call ``self.tr`` on.

Services and the command line mark their messages with ``translate(context, text)``;
``pyside6-lupdate`` finds these calls by name, and at run time the installed
``QTranslator`` (if any) answers. Without a QCoreApplication the source text comes back.
Texts translated later (a table of descriptions, say) are marked with
``QT_TRANSLATE_NOOP(context, text)``, which hands the text back as it is.
"""

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# Qt's stubs say it returns an object; it returns the text it was given
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

__all__ = ["QT_TRANSLATE_NOOP", "translate"]
