"""Shared fixtures. Every test runs headless and away from the user's real files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Before Qt is imported anywhere: no display, and settings/app-data in a throwaway home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX_HOME = Path(tempfile.mkdtemp(prefix="coopeten-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_var] = str(_SANDBOX_HOME / _var.lower())
    Path(os.environ[_var]).mkdir(mode=0o700, exist_ok=True)
os.environ.pop("COOPETEN_DB", None)

import pytest  # noqa: E402

from coopeten_gui.storage import database  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp):
    """One QApplication for the session, made first: commands run in-process would
    otherwise create a bare QCoreApplication that widget tests cannot use."""
    return qapp


@pytest.fixture(autouse=True)
def _spanish_phone_numbers():
    """Numbers without a country code are read as Spanish ones, as the data of the tests
    is written, whatever country an earlier test chose in Settings."""
    from coopeten_gui.services import phones

    phones.set_default_region("ES")
    yield


@pytest.fixture(autouse=True)
def _english_by_default(qapp):
    """Each test starts in English, whatever language an earlier one switched to."""
    from coopeten_gui import translations

    translations.install(qapp, "en")
    yield


@pytest.fixture
def db_file(tmp_path) -> Path:
    return tmp_path / "coopeten.sqlite"


@pytest.fixture
def db(db_file):
    """A fresh, empty, migrated database, open for the test and closed after it."""
    database.open_database(db_file)
    yield db_file
    database.close_database()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from coopeten_gui.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database.open_database(path)
    demo.load_demo(language=demo.AS_WRITTEN)  # the tables as written, which tests name
    database.close_database()
    return path


@pytest.fixture
def demo_db(_demo_template, tmp_path):
    """A copy of the demo database, open for the test."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, path)
    database.open_database(path)
    yield path
    database.close_database()


@pytest.fixture(autouse=True)
def _unsaved_changes_discarded(monkeypatch):
    """Windows left open with typed work are closed after each test: "discard" answers
    the question rather than a dialog waiting for a click. Tests about the question
    answer it themselves."""
    from coopeten_gui.ui.kit import questions

    monkeypatch.setattr(questions, "ask_unsaved", lambda *args, **kwargs: questions.DISCARD)


@pytest.fixture
def show_active(qtbot):
    """Shows a window and waits until it is the active one, where a user's keys go."""
    from PySide6.QtWidgets import QApplication

    def show(window):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return show
