"""Light and dark palettes that follow the system's colour scheme.

Qt 6 reports the desktop's scheme through ``QStyleHints.colorScheme()`` and announces
changes with ``colorSchemeChanged``. When the scheme is dark we switch to the Fusion
style with a dark ``QPalette`` (native styles on Windows draw some controls light
whatever the palette); when it is light, the style and palette the application started
with come back. The user can also force light or dark in Settings.

Asking for the scheme builds all of Qt's enums (13 ms, see ``qt_values``), so start-up
paints in the scheme the desktop had last time (kept in the settings) and asks once the
window is on screen (``PaletteFollower.check_system``); only the very first start asks
before.
"""

from __future__ import annotations

from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

#: the settings' key for the desktop's scheme as last seen (dark or not)
SYSTEM_WAS_DARK = "appearance/system_was_dark"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    highlight = QColor(42, 130, 218)
    colors = {
        _Role.Window: window,
        _Role.WindowText: text,
        _Role.Base: base,
        _Role.AlternateBase: QColor(40, 40, 43),
        _Role.ToolTipBase: QColor(60, 60, 64),
        _Role.ToolTipText: text,
        _Role.PlaceholderText: QColor(150, 150, 150),
        _Role.Text: text,
        _Role.Button: window,
        _Role.ButtonText: text,
        _Role.BrightText: QColor(255, 90, 90),
        _Role.Link: QColor(100, 170, 255),
        _Role.LinkVisited: QColor(170, 140, 255),
        _Role.Highlight: highlight,
        _Role.HighlightedText: QColor(255, 255, 255),
        _Role.Light: QColor(70, 70, 74),
        _Role.Midlight: QColor(58, 58, 62),
        _Role.Mid: QColor(38, 38, 40),
        _Role.Dark: QColor(20, 20, 22),
        _Role.Shadow: QColor(0, 0, 0),
    }
    for role, color in colors.items():
        palette.setColor(role, color)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.HighlightedText):
        palette.setColor(_Group.Disabled, role, disabled)
    palette.setColor(_Group.Disabled, _Role.Highlight, QColor(80, 80, 80))
    return palette


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    app = app or cast(QGuiApplication, QGuiApplication.instance())
    return app.styleHints().colorScheme() == QtCore.Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in force draws light text on dark (for pages picking colours)."""
    palette = palette or QApplication.palette()
    return palette.color(_Role.Window).lightness() < 128


def error_color() -> str:
    """The red of error messages and overdue dates, readable on the palette in force."""
    return "#ff7b72" if is_dark() else "#c62828"


def refresh_colours(app: QApplication) -> None:
    """Bring what keeps the colours of the old palette up to the new one: a rich-text
    label lays its links out once, in the link colour of the moment (blue links on a dark
    window otherwise), and a style sheet naming ``palette(...)`` resolves it when set."""
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and widget.textFormat() != QtCore.Qt.TextFormat.PlainText \
                and "<a " in widget.text():
            text = widget.text()
            widget.clear()  # the same text again would be no change at all
            widget.setText(text)
        sheet = widget.styleSheet()
        if sheet and ("palette(" in sheet or widget.property("error_colour")):
            if widget.property("error_colour"):
                sheet = "color: %s;" % error_color()
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _remembered(settings: QSettings | None) -> bool | None:
    """The desktop's scheme as last seen (True: dark), or None."""
    value = settings.value(SYSTEM_WAS_DARK) if settings is not None else None
    return None if value is None else value in (True, "true")


class PaletteFollower(QObject):
    """Applies the scheme now and every time the system (or the user's choice) changes."""

    def __init__(self, app: QApplication, appearance: str = "system",
                 settings: QSettings | None = None) -> None:
        super().__init__(app)
        self._app = app
        # the desktop's scheme as last seen (True: dark); None until known
        self._settings = settings
        self._system_dark = _remembered(settings)
        # the style the application started with, noted when the dark look first replaces
        # it (asking for the style object at start-up costs milliseconds for nothing)
        self._original_style: str | None = None
        self.appearance = appearance
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def set_appearance(self, appearance: str) -> None:
        self.appearance = appearance
        self.apply()

    def wants_dark(self) -> bool:
        if self.appearance == "dark":
            return True
        if self.appearance == "light":
            return False
        if self._system_dark is None:
            self._note_system(system_is_dark(self._app))
        return bool(self._system_dark)

    def check_system(self) -> None:
        """Ask the desktop for its scheme (start-up painted in the one seen last time),
        and follow it if it changed while the application was closed."""
        dark = system_is_dark(self._app)
        if dark != self._system_dark:
            self._note_system(dark)
            if self.appearance == "system":
                self.apply()

    def _note_system(self, dark: bool) -> None:
        self._system_dark = dark
        if self._settings is not None and _remembered(self._settings) != dark:
            self._settings.setValue(SYSTEM_WAS_DARK, dark)

    def apply(self) -> None:
        if self.wants_dark():
            style = self._app.style().name()
            if self._original_style is None:
                self._original_style = style
            if style.lower() != "fusion":
                self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(dark_palette())
        else:
            if self._original_style is not None \
                    and self._app.style().name().lower() != self._original_style.lower():
                self._app.setStyle(QStyleFactory.create(self._original_style))
            # an empty palette hands back the platform's own (light) colours; a forced
            # light look on a dark desktop takes the style's standard light palette
            self._app.setPalette(self._app.style().standardPalette()
                                 if self.appearance == "light" else QPalette())
        refresh_colours(self._app)

    def _system_changed(self, _scheme) -> None:
        self._note_system(system_is_dark(self._app))
        if self.appearance == "system":
            self.apply()


def follow_system(app: QApplication, appearance: str = "system",
                  settings: QSettings | None = None) -> PaletteFollower:
    """Install (once) the follower on the application and return it. ``settings``: where
    the desktop's scheme is kept from one start to the next (without them, the desktop
    is asked at once)."""
    follower = getattr(app, "_coopeten_palette", None)
    if follower is None:
        follower = PaletteFollower(app, appearance, settings)
        app._coopeten_palette = follower  # type: ignore[attr-defined]  # lives as the app does
    else:
        follower.set_appearance(appearance)
    return follower
