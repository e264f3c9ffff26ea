"""``--self-test``: proof, on the user's machine, that an installed Coopeten works.

Both programs take it (``Coopeten --self-test``, ``coopeten-cli --self-test``), and so
does ``python main.py --self-test``. In a temporary folder, never touching the user's
database, it runs named steps in order::

    ok  bundle files (1 migration, 6 templates)
    ok  migrations (schema 1)
    ...

and exits 0, or prints ``FAIL  step: reason`` for the first step that fails, skips the
rest (they build on each other) and exits 1. The lines are not translated: they are
for a support request or a CI log, and tests read them.

Drawing a PDF needs a QGuiApplication; without a display the ``offscreen`` platform
is used, so the check runs on a build server or over SSH.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TextIO

from coopeten_gui import APP_NAME, ORGANIZATION, __version__

EXIT_PASSED, EXIT_FAILED = 0, 1

# The letter rendered in the PDF step (a built-in template in resources/templates).
PROPOSAL_TEMPLATE = "alliance_proposal"
PROPOSAL_LANGUAGE = "es"
# A one-page letter with fonts embedded is tens of KiB; below this something is missing.
MIN_PDF_BYTES = 2_000

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication


class StepFailed(Exception):
    """A step found something wrong; the message says what."""


@dataclass
class SelfTest:
    """The state the steps share: a temporary folder and what earlier steps made."""

    workdir: Path
    database: Path | None = None


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[SelfTest], str]   # returns the detail shown in brackets


def _bundle_files(state: SelfTest) -> str:
    from coopeten_gui.paths import migrations_dir, resources_dir
    from coopeten_gui.services import session

    migrations = session.migrations()
    if not migrations:
        raise StepFailed(f"no migrations in {migrations_dir()}")
    templates = sorted((resources_dir() / "templates").glob("*.html"))
    if not templates:
        raise StepFailed(f"no built-in templates in {resources_dir() / 'templates'}")
    plural = "" if len(migrations) == 1 else "s"
    return f"{len(migrations)} migration{plural}, {len(templates)} templates"


def _migrations(state: SelfTest) -> str:
    from coopeten_gui.services import session

    state.database = state.workdir / "selftest.sqlite"
    version = session.open_database(state.database)
    if version != session.latest_version() or session.schema_version() != version:
        raise StepFailed(f"schema {session.schema_version()}, expected "
                         f"{session.latest_version()}")
    return f"schema {version}"


def _demo_data(state: SelfTest) -> str:
    from coopeten_gui.services import demo, stats

    demo.load_demo()
    counts = dict(stats.counts())
    if not counts.get("contacts"):
        raise StepFailed("the demo loaded no contacts")
    shown = ("contacts", "organizations", "events", "proposals")
    return ", ".join(f"{counts[name]} {name}" for name in shown if name in counts)


def _translations(state: SelfTest) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from coopeten_gui.paths import resources_dir

    found = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_es", qt_folder):
        raise StepFailed(f"Qt's Spanish catalogue qtbase_es.qm is missing from {qt_folder}")
    found.append("qtbase_es")
    ours = resources_dir() / "translations"
    if (ours / "coopeten_es.qm").exists():
        if not QTranslator().load("coopeten_es", str(ours)):
            raise StepFailed(f"{ours / 'coopeten_es.qm'} cannot be loaded")
        found.append("coopeten_es")
    return ", ".join(found)


def _fonts(state: SelfTest) -> str:
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    if not families:
        raise StepFailed("no fonts found: text would print as empty boxes "
                         "(install fontconfig and a font such as fonts-dejavu-core)")
    return f"{len(families)} families"


def _proposal_pdf(state: SelfTest) -> str:
    """The built-in alliance proposal for the contact of the demo's newest proposal,
    written as a PDF through the same service as the window's "Save as PDF": the
    letter's context from the database, the sandboxed template, the letterhead, the
    PDF writer."""
    from coopeten_gui.documents.sandbox import TemplateError
    from coopeten_gui.services import letter_rendering, proposals

    sent = proposals.list_proposals(limit=1)
    if not sent:
        raise StepFailed("the demo has no proposal to write")
    pdf = state.workdir / "proposal.pdf"
    try:
        letter = letter_rendering.render_named(PROPOSAL_TEMPLATE, sent[0].contact_id,
                                               PROPOSAL_LANGUAGE)
        letter_rendering.write_letter(letter, pdf)
    except TemplateError as error:
        raise StepFailed(f"{PROPOSAL_TEMPLATE}.{PROPOSAL_LANGUAGE}: {error}") from error
    data = pdf.read_bytes() if pdf.exists() else b""
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{pdf.name} is not a PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if len(data) < MIN_PDF_BYTES or pages < 1:
        raise StepFailed(f"{pdf.name} has {pages} page(s) in {len(data)} bytes")
    return (f"{PROPOSAL_TEMPLATE}.{PROPOSAL_LANGUAGE} for {letter.contact_name}, "
            f"{pages} page{'s' if pages != 1 else ''}, {len(data) // 1024} KiB")


def _integrity(state: SelfTest) -> str:
    from coopeten_gui.services import session

    problems = session.full_check()
    if problems:
        raise StepFailed(f"{len(problems)} problem(s), first: {problems[0]}")
    return "integrity_check and foreign_key_check clean"


def _backup(state: SelfTest) -> str:
    from coopeten_gui.services import session

    copy = session.backup_to(state.workdir / "backup.sqlite")
    version = session.read_user_version(copy)
    if version != session.latest_version():
        raise StepFailed(f"the copy has schema {version}")
    return f"{copy.stat().st_size // 1024} KiB copy, schema {version}"


def _data_folder(state: SelfTest) -> str:
    """Where the user's database would live: the app-data folder, never the install folder.

    Only looked up, never created: the self-test leaves no trace in the user's home.
    """
    from PySide6.QtCore import QStandardPaths

    from coopeten_gui.paths import bundle_root

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise StepFailed("the platform reports no application-data folder")
    data = Path(location).resolve()
    install = Path(sys.executable).resolve().parent if _frozen() else bundle_root().resolve()
    if data == install or install in data.parents:
        raise StepFailed(f"{data} is inside the program's folder {install}")
    return str(data)


STEPS: tuple[Step, ...] = (
    Step("bundle files", _bundle_files),
    Step("migrations", _migrations),
    Step("demo data", _demo_data),
    Step("translations", _translations),
    Step("fonts", _fonts),
    Step("proposal PDF", _proposal_pdf),
    Step("integrity", _integrity),
    Step("backup", _backup),
    Step("data folder", _data_folder),
)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _gui_application() -> QGuiApplication:
    """The QGuiApplication the drawing steps need: the running one, or a new one
    (offscreen when there is no display to talk to)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])
    elif not isinstance(app, QGuiApplication):
        raise StepFailed("a QCoreApplication is running; the PDF step needs a "
                         "QGuiApplication")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    return app


def _where(error: BaseException) -> str:
    """The innermost frame of ours, as "module.py:line", to point a bug report at."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "coopeten_gui" in f.filename.replace("\\", "/")]
    if not frames:
        return ""
    frame = frames[-1]
    return f" [{Path(frame.filename).name}:{frame.lineno}]"


def run(steps: tuple[Step, ...] | None = None, out: TextIO | None = None) -> int:
    """Run the steps (all of ``STEPS`` by default), print one line each, return the exit
    status."""
    steps = STEPS if steps is None else steps
    out = out if out is not None else sys.stdout

    def say(line: str) -> None:
        if out is not None:  # a windowed program on Windows has no stdout
            print(line, file=out, flush=True)

    from coopeten_gui.services import session

    started = time.monotonic()
    try:
        app = _gui_application()
        from PySide6 import __version__ as pyside_version

        say(f"{APP_NAME} {__version__} self-test ({'bundle' if _frozen() else 'source'}"
            f", Python {sys.version.split()[0]}, Qt {pyside_version}, "
            f"platform {app.platformName()})")
    except Exception as error:  # noqa: BLE001 - reported, never a traceback
        say(f"FAIL  start: {type(error).__name__}: {error}")
        return EXIT_FAILED

    with tempfile.TemporaryDirectory(prefix="coopeten-selftest-") as tmp:
        state = SelfTest(workdir=Path(tmp))
        try:
            for step in steps:
                try:
                    detail = step.run(state)
                except StepFailed as error:
                    say(f"FAIL  {step.name}: {error}")
                    return EXIT_FAILED
                except Exception as error:  # noqa: BLE001 - the point is to report it
                    say(f"FAIL  {step.name}: {type(error).__name__}: {error}{_where(error)}")
                    return EXIT_FAILED
                say(f"ok  {step.name}" + (f" ({detail})" if detail else ""))
        finally:
            session.close()
    say(f"self-test passed: {len(steps)} steps in {time.monotonic() - started:.1f} s")
    return EXIT_PASSED
