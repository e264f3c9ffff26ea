"""Where Coopeten finds its bundled files and keeps the user's data.

Bundled files (``resources/``, ``db/``) sit next to the package when run from source and
under ``sys._MEIPASS`` in a PyInstaller bundle; both cases go through ``bundle_root``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from coopeten_gui import APP_NAME, ORGANIZATION

DB_ENV_VAR = "COOPETEN_DB"
DB_FILENAME = "coopeten.sqlite"
DEMO_FILENAME = "coopeten-demo.sqlite"


def bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "db" / "migrations"


def app_data_dir() -> Path:
    """The platform's per-user application data folder (created on demand)."""
    # QStandardPaths builds the folder from the application and organisation names,
    # which must be set even when no QCoreApplication exists (command line, tests).
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(explicit: str | None = None, demo: bool = False) -> Path:
    """``--db`` wins, then ``COOPETEN_DB``, then the app-data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if demo:
        return app_data_dir() / DEMO_FILENAME
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return app_data_dir() / DB_FILENAME
