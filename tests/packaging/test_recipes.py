"""The installer recipes that cannot be built here, read as far as reading goes.

The Windows installer (Inno Setup) and the macOS disk image are only built by the release
workflow on a tag; the Linux one is built end to end by packaging/linux/check.sh. Here,
for all of them: the files they name exist, the names they expect are the ones build.spec
makes, the version comes from the package and the Python version from pyproject.toml, the
Python packages come from a lock with hashes checked, and the shell scripts parse.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coopeten_gui import APP_NAME, __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
SHELL_SCRIPTS = sorted(PACKAGING.rglob("*.sh")) + [REPO / ".ci" / "run"]
# every file that sets up, builds or checks: what each names must exist
RECIPES = SHELL_SCRIPTS + WORKFLOWS + [PACKAGING / "windows" / "build.ps1",
                                       PACKAGING / "windows" / "coopeten.iss"]
LOCKS = ("requirements.txt", "requirements-test.txt", "requirements-build.txt")
# what the build makes and the recipes only pick up afterwards
BUILT = ("dist/", "build/")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))


# -- what each recipe names exists --------------------------------------------------------

@pytest.mark.parametrize("recipe", RECIPES, ids=rel)
def test_the_files_a_recipe_names_exist(recipe):
    text = read(recipe)
    named = set(re.findall(r"(?<![\w./$-])((?:packaging|resources|db|tests|\.ci|\.github)"
                           r"[/\\][\w./\\-]*\w|requirements[\w-]*\.txt|build\.spec"
                           r"|pyproject\.toml)", text))
    missing = sorted(name for name in named
                     if not (REPO / name.replace("\\", "/")).exists())
    assert not missing, f"{rel(recipe)} names files that are not there: {missing}"


def test_inno_setup_paths_are_there_or_are_the_bundle(contents):
    iss_file = PACKAGING / "windows" / "coopeten.iss"
    text = read(iss_file)
    defines = iss_defines(text)
    # paths in the .iss are relative to the .iss itself
    (icon,) = re.findall(r"^SetupIconFile=(.*)$", text, re.M)
    assert (iss_file.parent / icon.replace("\\", "/")).is_file()
    (output,) = re.findall(r"^OutputDir=(.*)$", text, re.M)
    assert (iss_file.parent / output.replace("\\", "/")).resolve() == REPO / "dist"
    bundle = (iss_file.parent / defines["Bundle"].replace("\\", "/")).resolve()
    assert bundle == REPO / "dist" / contents.APP_DIR_NAME
    assert defines["AppExe"] == contents.GUI_NAME + ".exe"
    assert defines["AppName"] == APP_NAME
    # every {#Name} it uses is defined in it, or passed by build.ps1 (/DAppVersion=…)
    used = set(re.findall(r"\{#(\w+)\}", text))
    assert used <= set(defines) | {"AppVersion"}
    assert re.search(r"^#ifndef AppVersion\n\s*#error", text, re.M)


def test_inno_setup_sections_are_ones_it_knows():
    known = {"Setup", "Languages", "Tasks", "InstallDelete", "Files", "Icons", "Run",
             "UninstallRun", "UninstallDelete", "Dirs", "Registry", "INI", "Code",
             "CustomMessages", "Messages", "Types", "Components"}
    sections = re.findall(r"^\[(\w+)\]", read(PACKAGING / "windows" / "coopeten.iss"), re.M)
    assert sections and set(sections) <= known


# -- the names the recipes expect are the ones build.spec makes ----------------------------

def test_windows_recipes_expect_the_programs_the_spec_makes(contents):
    build = read(PACKAGING / "windows" / "build.ps1")
    release = read(REPO / ".github" / "workflows" / "release.yml")
    iss = read(PACKAGING / "windows" / "coopeten.iss")
    folder = f"dist\\{contents.APP_DIR_NAME}"
    assert f"{folder}\\{contents.CLI_NAME}.exe --self-test" in build
    assert f"{folder}\\{contents.GUI_NAME}.exe" in build
    assert f'"$app\\{contents.CLI_NAME}.exe" --self-test' in release
    # the installer's name, as the script lists it and the workflow picks it up
    assert "OutputBaseFilename=coopeten-{#AppVersion}-windows-setup" in iss
    assert 'dist\\coopeten-$version-windows-*' in build
    assert "dist/*-windows-setup.exe" in release
    assert "dist/*-windows-portable.zip" in release
    assert '$zip = "dist\\coopeten-$version-windows-portable.zip"' in build


def test_macos_recipe_expects_the_app_the_spec_makes(contents):
    build = read(PACKAGING / "macos" / "build.sh")
    spec = read(REPO / "build.spec")
    assert 'name=f"{APP_NAME}.app"' in spec
    assert f"app=dist/{APP_NAME}.app" in build
    assert f'"$app/Contents/MacOS/{contents.CLI_NAME}" --self-test' in build
    assert f'"$app/Contents/MacOS/{contents.GUI_NAME}" --self-test' in build
    assert f'"$mnt/{APP_NAME}.app/Contents/MacOS/{contents.CLI_NAME}" --self-test' in build
    assert 'dmg="dist/coopeten-$version-macos-$arch.dmg"' in build
    assert "dist/*.dmg" in read(REPO / ".github" / "workflows" / "release.yml")


# -- versions from one place ----------------------------------------------------------

def test_every_installer_reads_the_version_from_the_package():
    read_version = "import coopeten_gui; print(coopeten_gui.__version__)"
    for script in ("linux/build.sh", "macos/build.sh", "windows/build.ps1"):
        text = read(PACKAGING / script)
        assert read_version in text, script
        assert not re.search(r"\b\d+\.\d+\.\d+\b", text.replace("3.11", "")), script
    assert '"/DAppVersion=$version"' in read(PACKAGING / "windows" / "build.ps1")


def test_release_reads_the_same_version_the_package_has():
    release = read(REPO / ".github" / "workflows" / "release.yml")
    (pattern,) = re.findall(r"sed -nE 's/(.*?)/\\1/p' coopeten_gui/__init__.py", release)
    init = read(REPO / "coopeten_gui" / "__init__.py")
    assert [m.group(1) for m in re.finditer(pattern, init, re.M)] == [__version__]


def test_workflows_and_scripts_use_the_python_pyproject_asks_for():
    requires = tomllib.loads(read(REPO / "pyproject.toml"))["project"]["requires-python"]
    (oldest,) = re.findall(r"^>=(\d+\.\d+)$", requires)
    for workflow in WORKFLOWS:
        text = read(workflow)
        versions = re.findall(r'python-version: "?([^"\n]+)"?', text)
        versions += re.findall(r'PYTHON_VERSION: "([^"]+)"', text)
        literal = [v for v in versions if not v.startswith("${{")]
        assert literal and set(literal) == {oldest}, workflow.name
    assert f"py -{oldest} -m venv" in read(PACKAGING / "windows" / "build.ps1")


# -- packages come from the locks, hashes checked ---------------------------------------

# packaging/lock.sh installs the lock tool itself, checked against uv.lock's hashes once
# uv.lock holds that version of it (test_the_lock_tool_is_checked_when_it_can_be)
@pytest.mark.parametrize("recipe", [r for r in RECIPES if r.name != "lock.sh"], ids=rel)
def test_python_packages_come_from_a_lock_with_hashes(recipe):
    text = read(recipe).replace("`\n", " ").replace(">-\n", " ")
    text = re.sub(r"\n\s+(?=-)", " ", text)   # options continued on the next lines
    for line in text.splitlines():
        if re.search(r"-m pip install\b", line) and not line.lstrip().startswith("#"):
            assert "--require-hashes" in line, line
            assert re.search(r"-r (requirements[\w-]*\.txt|\"\$\w+\")", line), line


def test_the_lock_tool_is_checked_when_it_can_be():
    script = read(PACKAGING / "lock.sh")
    assert "check=--require-hashes" in script
    assert "-m pip install --quiet --disable-pip-version-check $check" in script
    # the hashes it would check against are there for the version pyproject.toml pins
    (pin,) = tomllib.loads(read(REPO / "pyproject.toml"))["dependency-groups"]["lock"]
    locked = tomllib.loads(read(REPO / "uv.lock"))["package"]
    assert [p["version"] for p in locked if p["name"] == "uv"] == [pin.partition("==")[2]]


def test_each_recipe_installs_the_lock_it_needs():
    expected = {
        "bootstrap.sh": ("requirements.txt", "requirements-test.txt"),
        "linux/build.sh": ("requirements-build.txt",),
        "macos/build.sh": ("requirements-build.txt",),
    }
    for script, locks in expected.items():
        text = read(PACKAGING / script)
        found = re.findall(r"bash packaging/install_locked\.sh (\S+)", text)
        assert tuple(found) == locks, script
    assert "-r requirements-build.txt" in read(PACKAGING / "windows" / "build.ps1")
    tests = read(REPO / ".github" / "workflows" / "tests.yml")
    assert "-r requirements-test.txt" in tests
    assert "cache-dependency-path: requirements-test.txt" in tests


# -- the shell scripts parse --------------------------------------------------------------

# Windows' bash, where there is one, may be WSL's, which sees other paths
@pytest.mark.skipif(sys.platform == "win32" or not shutil.which("bash"), reason="no bash here")
@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=rel)
def test_shell_script_parses(script):
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr
