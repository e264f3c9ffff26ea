"""Windows that fit the screen they open on.

``fit_to_screen(window)`` is called by every top-level window and dialog once it is
built. It makes the window no larger than the screen's available area (what the task
bar and panels leave), brings back the size the user last gave it — only as much of it
as fits — and, when the window cannot shrink that far, puts what is above its buttons
into a scroll area so the buttons stay on screen. A filter on the window does the same
again each time it is shown (it may open on a smaller screen than it was built for) and
keeps the size when it is hidden.

``available_geometry`` is the one place the screen's size is read: tests replace it to
play a 1024×600 laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QLayout,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: room left for the window's title bar and borders, which the window manager adds
FRAME = QSize(16, 40)
_SIZE_KEY = "windows/{name}/size"


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the screen ``widget`` is on (else the primary one) a window may use."""
    # QWidget.screen() is its window's screen once it has one (no QWindow wrapped here)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def largest_size(widget: QWidget | None = None) -> QSize:
    """The largest size a window's inside may take on its screen, frame left aside."""
    area = available_geometry(widget)
    return QSize(max(200, area.width() - FRAME.width()),
                 max(150, area.height() - FRAME.height()))


def fit_to_screen(window: QWidget, remember: bool = True) -> QWidget:
    """Make ``window`` fit the available screen now and whenever it is shown; with
    ``remember``, the size the user gives it is kept (under its class name) and given
    back next time, within the screen. Returns the window."""
    name = window.objectName() or type(window).__name__
    fitter = window.findChild(_Fitter, "fit_to_screen")
    if fitter is None:
        fitter = _Fitter(window, name if remember else "")
        window.installEventFilter(fitter)
    clamp(window)
    return window


def clamp(window: QWidget) -> None:
    """Shrink and move ``window`` so all of it is on the available screen."""
    limit = largest_size(window)
    if window.minimumSizeHint().height() > limit.height() \
            or window.minimumHeight() > limit.height():
        scroll_above_buttons(window)
    width = min(window.width(), limit.width())
    height = min(window.height(), limit.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if window.isVisible():
        area = available_geometry(window)
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            window.move(max(area.x(), x), max(area.y(), y))


def scroll_above_buttons(window: QWidget) -> QScrollArea | None:
    """Move everything above the window's last row of buttons into a scroll area, so a
    window taller than the screen keeps its buttons visible. Done once; windows laid out
    otherwise than a column ending with buttons are left as they are."""
    if isinstance(window, QMainWindow):
        return None  # its layout is Qt's own (menus, toolbars, central widget)
    layout = window.layout()
    if not isinstance(layout, QBoxLayout) or window.findChild(QScrollArea, "fit_scroll"):
        return None
    count = layout.count()
    if count < 2 or not _holds_buttons(layout.itemAt(count - 1)):
        return None
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    for _ in range(count - 1):
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item.widget() is not None:
            body_layout.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            inner = item.layout()
            inner.setParent(None)
            body_layout.addLayout(inner, stretch)
        else:
            body_layout.addItem(item)
    scroll = QScrollArea(window)
    scroll.setObjectName("fit_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    layout.insertWidget(0, scroll, 1)
    return scroll


def _holds_buttons(item) -> bool:
    from PySide6.QtWidgets import QDialogButtonBox  # only dialogs taller than the screen

    widget = item.widget()
    if isinstance(widget, (QDialogButtonBox, QAbstractButton)):
        return True
    inner = item.layout()
    if isinstance(inner, QLayout):
        return any(_holds_buttons(inner.itemAt(i)) for i in range(inner.count()))
    return False


class _Fitter(QObject):
    """Fits its window each time it is shown and keeps its size when it is hidden."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.setObjectName("fit_to_screen")
        self._name = name
        self._restored = not name

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            # the size kept last time, given back as the window first shows (after its
            # own __init__ sized it); a dialog centres itself on its parent after this
            if not self._restored:
                self._restored = True
                value = QSettings().value(_SIZE_KEY.format(name=self._name))
                if isinstance(value, QSize) and value.isValid():
                    watched.resize(value.expandedTo(watched.minimumSizeHint()))
            clamp(watched)
        elif kind == QEvent.Type.Hide and self._name and not watched.isMinimized():
            QSettings().setValue(_SIZE_KEY.format(name=self._name), watched.size())
        return False
