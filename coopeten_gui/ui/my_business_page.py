"""The "My business" section of the main window: the profile form, on its own page.

Letters depend on it, so it has a place in the navigation rather than at the bottom of
Settings. The form is ``BusinessPage``; this page scrolls it on small screens and
reloads it when the data changed elsewhere (never over unsaved typing).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from coopeten_gui.ui.business_page import BusinessPage
from coopeten_gui.ui.followups_page import page_heading


class MyBusinessPage(QScrollArea):
    """Signals:
        data_changed(): the profile was saved.
        status_message(str): something to show in the status bar.
    """

    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_business_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(page_heading(content, self.tr("My business")))
        self.business = BusinessPage(content)
        self.business.setTitle("")
        self.business.setFlat(True)
        layout.addWidget(self.business)
        layout.addStretch(1)
        self.setWidget(content)
        self.business.saved.connect(self.data_changed)
        self.business.status_message.connect(self.status_message)

    def reload(self) -> None:
        if not self.business.dirty:
            self.business.reload()
