"""Every user setting of the window, declared once with its key, type and default.

Picard-style: ``OPTIONS`` is the one list; ``Options`` reads and writes them through a
``QSettings`` with the right type, so ``"false"`` in an ini file never reads as true.
Pages get an ``Options`` from the main window; tests hand it a throwaway ``QSettings``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from coopeten_gui import country
from coopeten_gui.services.backups import default_folder
from coopeten_gui.services.followup_reads import DEFAULT_FOLLOW_UP_DAYS


class Option(NamedTuple):
    key: str
    type: type
    default: Any


LANGUAGE = Option("language", str, "")            # "" = the system's, "es", "en"
APPEARANCE = Option("appearance", str, "system")  # system | light | dark
REMINDERS = Option("reminders/enabled", bool, True)
FOLLOW_UP_DAYS = Option("followups/default_delay_days", int, DEFAULT_FOLLOW_UP_DAYS)
LAST_DATABASE = Option("database/last", str, "")
BACKUP_FOLDER = Option("backups/folder", str, "")  # "" = "backups" beside the database
COUNTRY = Option(country.KEY, str, "")  # ISO 3166 alpha-2; "" = the system locale's territory
# the main window's size and place, its toolbars and the width of its navigation (Qt's own
# saveGeometry/saveState bytes; None until the window first closed)
WINDOW_GEOMETRY = Option("main_window/geometry", QByteArray, None)
WINDOW_STATE = Option("main_window/state", QByteArray, None)
WINDOW_SPLITTER = Option("main_window/splitter", QByteArray, None)

OPTIONS = (LANGUAGE, APPEARANCE, REMINDERS, FOLLOW_UP_DAYS, LAST_DATABASE, BACKUP_FOLDER,
           COUNTRY, WINDOW_GEOMETRY, WINDOW_STATE, WINDOW_SPLITTER)

LANGUAGES = ("", "es", "en")
APPEARANCES = ("system", "light", "dark")


class Options:
    """Typed access to the settings. Unknown or unreadable values give the default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings()

    def get(self, option: Option) -> Any:
        raw = self.qsettings.value(option.key)
        if raw is None:
            return option.default
        # ini files hand everything back as text; QSettings' own conversion turns
        # garbage into 0 or False silently, so convert here and fall back to the default
        try:
            if option.type is bool:
                if isinstance(raw, str):
                    lowered = raw.strip().lower()
                    if lowered in ("true", "1", "yes", "on"):
                        return True
                    if lowered in ("false", "0", "no", "off"):
                        return False
                    return option.default
                return bool(raw)
            if option.type is int:
                return int(str(raw).strip())
            return option.type(raw)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.qsettings.setValue(option.key, option.type(value))

    # the ones pages use, spelled out for readability

    @property
    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value if value in LANGUAGES else "")

    @property
    def appearance(self) -> str:
        value = self.get(APPEARANCE)
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self.set(APPEARANCE, value if value in APPEARANCES else "system")

    @property
    def reminders_enabled(self) -> bool:
        return bool(self.get(REMINDERS))

    @reminders_enabled.setter
    def reminders_enabled(self, value: bool) -> None:
        self.set(REMINDERS, bool(value))

    @property
    def follow_up_days(self) -> int:
        value = self.get(FOLLOW_UP_DAYS)
        return value if isinstance(value, int) and 0 <= value <= 365 else FOLLOW_UP_DAYS.default

    @follow_up_days.setter
    def follow_up_days(self, value: int) -> None:
        self.set(FOLLOW_UP_DAYS, max(0, min(365, int(value))))

    @property
    def last_database(self) -> str:
        return self.get(LAST_DATABASE)

    @last_database.setter
    def last_database(self, value: str) -> None:
        self.set(LAST_DATABASE, str(value))

    @property
    def backup_folder_choice(self) -> str:
        """The folder the user chose for backups; "" for the default."""
        return self.get(BACKUP_FOLDER)

    @backup_folder_choice.setter
    def backup_folder_choice(self, value: str) -> None:
        self.set(BACKUP_FOLDER, str(value))

    @property
    def country(self) -> str:
        """The user's country (alpha-2): the one chosen, else the system's."""
        return country.user_country(self.qsettings)

    @country.setter
    def country(self, value: str) -> None:
        self.set(COUNTRY, country.normalise(value))

    def backup_folder(self, db_path: Path) -> Path:
        """Where the backups of ``db_path`` go: the chosen folder, else beside it."""
        chosen = self.backup_folder_choice.strip()
        return Path(chosen) if chosen else default_folder(Path(db_path))
