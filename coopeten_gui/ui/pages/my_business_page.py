"""The "My business" section of the main window: the profile form, on its own page.

Letters depend on it, so it has a place in the navigation rather than at the bottom of
Settings. The form is ``MyBusinessForm``; this page scrolls it on small screens with its
Save and Revert kept in sight under it, and reloads it when the data changed elsewhere
(never over unsaved typing).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.pages.my_business_form import MyBusinessForm


class MyBusinessPage(QWidget):
    """Signals:
        data_changed(): the profile was saved.
        status_message(str): something to show in the status bar.
    """

    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_business_page")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(page_heading(content, self.tr("My business")))
        self.business = MyBusinessForm(content)
        self.business.setTitle("")
        self.business.setFlat(True)
        layout.addWidget(self.business)
        layout.addStretch(1)
        scroll.setWidget(content)
        # the form's Save and Revert stay in sight under it, however far it scrolls
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 4, 12, 8)
        bar.addWidget(self.business.saved_label, 1)
        bar.addWidget(self.business.revert_button)
        bar.addWidget(self.business.save_button)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll, 1)
        page.addLayout(bar)
        self.business.saved.connect(self.data_changed)
        self.business.status_message.connect(self.status_message)

    def reload(self) -> None:
        if not self.business.dirty:
            self.business.reload()
