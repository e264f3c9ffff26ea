"""Translation for code that has no widget to call ``self.tr`` on.

Services and the command line mark their messages with ``translate(context, text)``;
``pyside6-lupdate`` finds these calls by name, and at run time the installed
``QTranslator`` (if any) answers. Without a QCoreApplication the source text comes back.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

__all__ = ["translate"]
