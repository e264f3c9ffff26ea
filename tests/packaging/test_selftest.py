"""The installers' recipes and ``--self-test``, checked without building a bundle.

Building takes minutes, so the suite never does it: packaging/linux/check.sh and the
release workflow do. Here we run the self-test from source and read the recipes:
what build.spec bundles (through packaging/bundle_contents.py, which it imports), the
.deb's dependencies and its lack of maintainer scripts, the Windows and macOS recipes.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coopeten_gui import __version__, selftest
from coopeten_gui.cli import main
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


# -- the self-test ----------------------------------------------------------------------

def test_self_test_as_a_user_runs_it():
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--self-test"],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Coopeten {__version__} self-test (source")
    for step in selftest.STEPS:
        assert any(line.startswith(f"ok  {step.name}") for line in lines), step.name
    assert f"ok  migrations (schema {database.latest_version()})" in lines
    assert re.search(r"^ok  demo data \(40 contacts", result.stdout, re.M)
    assert re.search(r"^ok  proposal PDF \(alliance_proposal\.es for .+, \d+ pages?, \d+ KiB\)$",
                     result.stdout, re.M)
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEPS)} steps")
    assert "Traceback" not in result.stderr


def test_self_test_in_process_leaves_nothing_behind(qapp):
    seen = {}

    def remember(state):
        seen["workdir"] = state.workdir
        return ""

    out = io.StringIO()
    status = selftest.run(selftest.STEPS + (selftest.Step("remember", remember),), out=out)
    assert status == selftest.EXIT_PASSED, out.getvalue()
    assert not seen["workdir"].exists()
    assert not database.is_open()


def test_the_first_failing_step_is_named_and_the_rest_skipped(qapp):
    def broken(state):
        raise selftest.StepFailed("no fonts found")

    steps = (selftest.Step("first", lambda state: "fine"), selftest.Step("fonts", broken),
             selftest.Step("never", lambda state: pytest.fail("ran after a failure")))
    out = io.StringIO()
    assert selftest.run(steps, out=out) == selftest.EXIT_FAILED
    assert out.getvalue().splitlines()[1:] == ["ok  first (fine)", "FAIL  fonts: no fonts found"]


def test_an_unexpected_error_is_one_line_not_a_traceback(qapp):
    def boom(state):
        raise ValueError("bad value")

    out = io.StringIO()
    assert selftest.run((selftest.Step("boom", boom),), out=out) == selftest.EXIT_FAILED
    assert "FAIL  boom: ValueError: bad value" in out.getvalue()
    assert "Traceback" not in out.getvalue()


def test_self_test_is_a_top_level_option(qapp, monkeypatch, capsys):
    def broken(state):
        raise selftest.StepFailed("as planned")

    monkeypatch.setattr(selftest, "STEPS", (selftest.Step("planned", broken),))
    with pytest.raises(SystemExit) as exit_info:
        main(["--self-test"])
    assert exit_info.value.code == selftest.EXIT_FAILED
    assert "FAIL  planned: as planned" in capsys.readouterr().out


# -- build.spec and what it bundles -----------------------------------------------------

def spec_calls(name: str) -> list[ast.Call]:
    tree = ast.parse((REPO / "build.spec").read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def keyword(call: ast.Call, name: str):
    return next(k.value for k in call.keywords if k.arg == name)


def test_spec_makes_a_windowed_and_a_console_program_in_one_folder(contents):
    exes = spec_calls("EXE")
    assert len(exes) == 2
    by_name = {ast.unparse(keyword(exe, "name")): exe for exe in exes}
    assert set(by_name) == {"contents.GUI_NAME", "contents.CLI_NAME"}
    assert keyword(by_name["contents.GUI_NAME"], "console").value is False
    assert keyword(by_name["contents.CLI_NAME"], "console").value is True
    for exe in exes:
        assert keyword(exe, "exclude_binaries").value is True  # one folder, not one file
    (collect,) = spec_calls("COLLECT")
    assert [ast.unparse(arg) for arg in collect.args[:2]] == ["gui", "cli"]
    assert ast.unparse(keyword(collect, "name")) == "contents.APP_DIR_NAME"
    assert (contents.GUI_NAME, contents.CLI_NAME, contents.APP_DIR_NAME) == (
        "Coopeten", "coopeten-cli", "coopeten")


def test_spec_takes_data_name_and_version_from_the_project():
    (analysis,) = spec_calls("Analysis")
    assert ast.unparse(keyword(analysis, "datas")) == "contents.data_files(root)"
    assert "collect_submodules('coopeten_gui')" in ast.unparse(keyword(analysis, "hiddenimports"))
    text = (REPO / "build.spec").read_text(encoding="utf-8")
    assert "from coopeten_gui import APP_NAME, __version__" in text
    assert "contents.prune(a.binaries, a.datas" in text


def test_data_files_cover_resources_and_migrations(contents):
    pairs = {Path(src).relative_to(REPO).as_posix(): dest
             for src, dest in contents.data_files(REPO)}
    migrations = sorted((REPO / "db" / "migrations").glob("*.sql"))
    assert migrations
    for path in migrations:
        assert pairs[path.relative_to(REPO).as_posix()] == "db/migrations"
    templates = [p for p in (REPO / "resources" / "templates").iterdir() if p.is_file()]
    assert templates
    for path in templates:
        assert pairs[path.relative_to(REPO).as_posix()] == "resources/templates"
    assert pairs["resources/icons/coopeten.png"] == "resources/icons"
    assert not [src for src in pairs if src.endswith(".ts") or "/screenshots/" in src]


@pytest.mark.parametrize("dest, platform, dropped", [
    ("PySide6/Qt/translations/qtbase_es.qm", "linux", False),
    ("PySide6/Qt/translations/qtbase_en.qm", "linux", False),
    ("PySide6/Qt/translations/qtbase_de.qm", "linux", True),
    ("PySide6/Qt/translations/qt_help_es.qm", "linux", True),
    ("PySide6/translations/qtbase_es.qm", "win32", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "linux", False),
    ("PySide6/plugins/platforms/qwindows.dll", "win32", False),
    ("PySide6/plugins/tls/qschannelbackend.dll", "win32", True),
    ("PySide6/plugins/imageformats/qicns.dll", "win32", False),
    ("PySide6/Qt/plugins/imageformats/libqicns.dylib", "darwin", False),
])
def test_qt_files_left_out(contents, dest, platform, dropped):
    assert contents._dropped_by_pattern(dest, platform) is dropped


def test_prune_drops_links_to_dropped_files(contents):
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("libqvnc.so", "PySide6/Qt/plugins/platforms/libqvnc.so", "SYMLINK"),
    ]
    datas = [("PySide6/Qt/translations/qt_fr.qm", "/x/qt_fr.qm", "DATA"),
             ("resources/icons/coopeten.png", "/x/coopeten.png", "DATA")]
    kept, kept_datas = contents.prune(binaries, datas, platform="win32", log=lambda _: None)
    assert kept == [binaries[1]]
    assert kept_datas == [datas[1]]


def test_icons_and_windows_version_resource(contents):
    assert contents.app_icon(REPO, "win32").endswith("coopeten.ico")
    assert contents.app_icon(REPO, "darwin").endswith("coopeten.icns")
    assert contents.app_icon(REPO, "linux") is None
    assert contents.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert contents.windows_version_info("Coopeten", "0.1.0", "Coopeten", "Coopeten",
                                         platform="linux") is None


# -- the installers ---------------------------------------------------------------------

def test_deb_declares_the_libraries_a_fresh_machine_lacks():
    script = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    depends = script[script.index("depends=("):script.index(")\n", script.index("depends=("))]
    for package in ("libgl1", "libegl1", "fontconfig", "fonts-dejavu-core", "libxkbcommon0",
                    "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxkbcommon-x11-0",
                    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
                    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1"):
        assert re.search(rf"(^|[\s\"|]){re.escape(package)}($|[\s\"])", depends, re.M), package
    assert 'ln -s /opt/coopeten/Coopeten "$stage/usr/bin/coopeten"' in script
    assert 'ln -s /opt/coopeten/coopeten-cli "$stage/usr/bin/coopeten-cli"' in script


def test_deb_has_no_maintainer_script_that_could_touch_user_data():
    script = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    for name in ("preinst", "postinst", "prerm", "postrm"):
        assert f"DEBIAN/{name}" not in script
    assert not list((PACKAGING / "linux").glob("*rm"))
    assert not re.search(r"\brm\b[^\n]*(\.local|\$HOME|~)", script)


def test_menu_entry():
    entry = (PACKAGING / "linux" / "coopeten.desktop").read_text(encoding="utf-8")
    for line in ("Exec=coopeten", "Icon=coopeten", "Terminal=false", "Type=Application"):
        assert line in entry.splitlines()
    assert "Office;" in entry


def test_windows_installer_is_per_user_with_shortcuts():
    iss = (PACKAGING / "windows" / "coopeten.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', iss, re.M)
    assert re.search(r'^Name: "\{autodesktop\}\\\{#AppName\}"', iss, re.M)
    assert "[UninstallDelete]" not in iss and "userappdata" not in iss.lower()


def test_release_workflow_builds_all_three_on_a_tag_and_self_tests():
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert re.search(r'tags: \["v\*"\]', workflow)
    assert "bash packaging/linux/check.sh" in workflow
    assert "./packaging/windows/build.ps1" in workflow
    assert "bash packaging/macos/build.sh" in workflow
    assert "coopeten-cli.exe\" --self-test" in workflow
    for script in ("linux/check.sh", "windows/build.ps1", "macos/build.sh"):
        assert "--self-test" in (PACKAGING / script).read_text(encoding="utf-8")
