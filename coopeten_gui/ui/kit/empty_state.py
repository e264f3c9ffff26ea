"""What an empty list is for, said over the list, with the action that fills it.

``EmptyState(view, text, action_text, action)`` lays a short explanation (and a button
when there is an action) over a list's empty area while its model has no rows; it goes
away with the first row. ``is_empty`` may narrow when it shows (not while a search
finds nothing, for instance).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, view: QAbstractItemView, text: str, action_text: str = "",
                 action: Callable[[], object] | None = None,
                 is_empty: Callable[[], bool] | None = None) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view = view
        self._is_empty = is_empty or (lambda: view.model().rowCount() == 0)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        # the whole width, so the wrapped lines get the height they need
        layout.setContentsMargins(40, 12, 40, 12)
        layout.addStretch(1)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action_text, self)
            self.button.clicked.connect(lambda _checked=False: action())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_visibility)
        view.viewport().installEventFilter(self)
        self.update_visibility()

    def update_visibility(self, *_args) -> None:
        empty = bool(self._is_empty())
        if empty:
            self.setGeometry(self._view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._view.viewport().rect())
        return False
