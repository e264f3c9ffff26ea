"""What goes into the PyInstaller bundle, kept apart from build.spec so tests can read it.

build.spec imports this module (``packaging/`` is put on ``sys.path``; it is not a
package). Nothing here imports PyInstaller at module level, so the tests can import it
in a plain interpreter; ``prune`` imports PyInstaller's dependency scanner when called.

The choices, and why:

* Data files are listed explicitly, file by file: everything under ``resources/``
  except translation sources and documentation screenshots, and the SQL migrations
  under ``db/``. They land at the same relative paths under ``sys._MEIPASS``, so
  ``paths.bundle_root`` finds them frozen or not.
* Qt modules the app never uses are excluded from the analysis, and from what the
  PySide6 hooks collect we drop plugins for hardware we do not drive (EGLFS, linuxfb,
  VNC, evdev input), network-information and TLS back-ends (single-instance uses
  QLocalSocket, which needs neither), rarely seen image formats, and Qt's catalogues
  for every language but ours (``qtbase_es.qm`` stays: Spanish buttons in Qt's own
  dialogs).
* On Linux the GTK 3 platform theme is dropped with the system libraries it alone
  pulled in (GTK's cairo, pango, atk...). A bundle that carries half of GTK's stack
  built for this machine can fail to load on another distribution; without it Qt draws
  its own file dialogs, and the portal theme still follows the desktop.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from pathlib import Path

APP_DIR_NAME = "coopeten"        # the bundle folder: dist/coopeten
GUI_NAME = "Coopeten"            # the windowed program
CLI_NAME = "coopeten-cli"        # the console program: same commands as `python main.py`
# macOS needs a reverse-DNS identifier; it also names the app's preferences there.
BUNDLE_ID = "org.coopeten.Coopeten"

# Strip debug symbols from the collected libraries on Linux: a Python built from source
# (pyenv, as on the build machine) carries a 23 MB libpython and lib-dynload with debug
# info. Never on macOS (it would break code signatures) nor Windows (no such tool).
STRIP = sys.platform.startswith("linux")

# Languages the app ships; Qt's own catalogues are kept for these only.
LANGUAGES = ("en", "es")

# Python modules never needed at run time. PyInstaller would not find most of them, but
# naming them keeps a stray import (a test helper, a linter plugin) from dragging them in.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    # nothing runs processes (asyncio only names it); bundled, it brings a runtime hook
    # that imports it at every start (about 9 ms)
    "multiprocessing",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest", "PySide6.QtQmlFeatures", "PySide6.QtLabsStyleKit",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtDesigner",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSerialPort",
]

# Qt modules the app loads that the analysis may not see yet: printing (QPrinter, the
# print dialog) and single-instance (QLocalServer/QLocalSocket live in QtNetwork).
QT_HIDDEN_IMPORTS = ["PySide6.QtPrintSupport", "PySide6.QtNetwork", "PySide6.QtSvg"]

# Destination paths (with "/") of collected Qt files we leave out, as fnmatch patterns.
# Written to match each platform's layout: PySide6/Qt/plugins on Linux and macOS,
# PySide6/plugins on Windows.
DROPPED_QT_FILES = [
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/generic/*",
    "PySide6/*plugins/networkinformation/*",
    "PySide6/*plugins/tls/*",
    "PySide6/*plugins/platforms/*qeglfs*",
    "PySide6/*plugins/platforms/*qlinuxfb*",
    "PySide6/*plugins/platforms/*qvnc*",
    "PySide6/*plugins/platforms/*qvkkhrdisplay*",
    "PySide6/*plugins/platforms/*qminimalegl*",
    "PySide6/*plugins/imageformats/*qtga*",
    "PySide6/*plugins/imageformats/*qwbmp*",
    "PySide6/*plugins/imageformats/*qtiff*",
    "PySide6/*plugins/qmltooling/*",
]
LINUX_ONLY_DROPS = [
    "PySide6/*plugins/platformthemes/*qgtk3*",
    "PySide6/*plugins/imageformats/*qicns*",
]

# Under resources/: not shipped (translation sources, pictures for the README).
_RESOURCE_SKIPS = ("*.ts", "*.pro", "screenshots/*", "*/__pycache__/*", "*.pyc")


def _repo_root(root: str | os.PathLike | None) -> Path:
    return Path(root) if root else Path(__file__).resolve().parent.parent


def data_files(root: str | os.PathLike | None = None) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for every bundled data file.

    ``resources/`` and ``db/`` keep their layout in the bundle, so ``bundle_root()``
    resolves them the same way frozen or not.
    """
    root = _repo_root(root)
    pairs = []
    for top, patterns in (("resources", _RESOURCE_SKIPS), ("db", ("*/__pycache__/*", "*.pyc",
                                                                   "*.py"))):
        for path in sorted((root / top).rglob("*")):
            if not path.is_file():
                continue
            relative = path.relative_to(root / top).as_posix()
            if any(fnmatch.fnmatch(relative, p) for p in patterns):
                continue
            pairs.append((str(path), str(Path(top, relative).parent.as_posix())))
    return pairs


def app_icon(root: str | os.PathLike | None = None, platform: str = sys.platform) -> str | None:
    """The icon file the executables carry: .ico on Windows, .icns on macOS, none on Linux
    (Linux menus take the PNG from the .desktop entry; the window sets its own)."""
    icons = _repo_root(root) / "resources" / "icons"
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform)
    if suffix is None:
        return None
    path = icons / f"coopeten{suffix}"
    return str(path) if path.exists() else None


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" (or "1.2.3rc1") as the four numbers Windows version resources want."""
    numbers = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d+", part)
        numbers.append(int(leading.group()) if leading else 0)
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(name: str, version: str, description: str, filename: str,
                         platform: str = sys.platform):
    """The version resource shown in the file's Properties on Windows (None elsewhere)."""
    if platform != "win32":
        return None
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", name),
        vi.StringStruct("FileDescription", description),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", filename),
        vi.StringStruct("OriginalFilename", f"{filename}.exe"),
        vi.StringStruct("ProductName", name),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
              vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])])],
    )


def _dropped_by_pattern(dest: str, platform: str) -> bool:
    dest = dest.replace("\\", "/")
    patterns = DROPPED_QT_FILES + (LINUX_ONLY_DROPS if platform.startswith("linux") else [])
    if any(fnmatch.fnmatch(dest, p) for p in patterns):
        return True
    if fnmatch.fnmatch(dest, "PySide6/*translations/*.qm"):
        name = dest.rsplit("/", 1)[-1]
        return name not in {f"qtbase_{lang}.qm" for lang in LANGUAGES}
    return False


def _imports(src: str) -> set[str]:
    """Real paths of the shared libraries ``src`` links against."""
    from PyInstaller.depend import bindepend

    found = set()
    for _name, path in bindepend.get_imports(src):
        if path:
            found.add(os.path.realpath(path))
    return found


def _closure(start: list[str], universe: dict[str, str]) -> set[str]:
    """Real paths in ``universe`` (real path -> dest) reachable from ``start`` by linking."""
    seen: set[str] = set()
    todo = [os.path.realpath(s) for s in start]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(dep for dep in _imports(path) if dep in universe and dep not in seen)
    return seen


def prune(binaries: list, datas: list, platform: str = sys.platform,
          log=print) -> tuple[list, list]:
    """Drop the unused Qt plugins and catalogues from the Analysis' TOCs.

    On Linux, also drop the libraries that only the dropped plugins needed: those
    reachable from a dropped plugin but from nothing we keep. Symbolic links to a dropped
    file go too. Returns new ``(binaries, datas)`` lists.
    """
    dropped = [entry for entry in binaries
               if entry[2] != "SYMLINK" and _dropped_by_pattern(entry[0], platform)]
    dropped_dests = {entry[0] for entry in dropped}

    if platform.startswith("linux") and dropped:
        files = {os.path.realpath(src): dest for dest, src, kind in binaries if kind != "SYMLINK"}
        only_theirs = _closure([e[1] for e in dropped], files)
        kept_roots = [src for dest, src, kind in binaries
                      if kind != "SYMLINK" and os.path.realpath(src) not in only_theirs]
        still_needed = _closure(kept_roots, files)
        orphans = {files[path] for path in only_theirs - still_needed}
        dropped_dests |= orphans

    kept_binaries = []
    for dest, src, kind in binaries:
        target = src.replace("\\", "/") if kind == "SYMLINK" else None
        if dest in dropped_dests or (target is not None and target in dropped_dests):
            continue
        kept_binaries.append((dest, src, kind))
    kept_datas = [entry for entry in datas if not _dropped_by_pattern(entry[0], platform)]

    removed = sorted(dropped_dests)
    log(f"bundle_contents: left out {len(removed)} binaries and "
        f"{len(datas) - len(kept_datas)} data files")
    for dest in removed:
        log(f"  - {dest}")
    return kept_binaries, kept_datas
