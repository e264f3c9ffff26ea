"""The locks agree with what pyproject.toml declares.

pyproject.toml declares each dependency once ([project].dependencies and the groups of
[dependency-groups]); packaging/lock.sh resolves them all in uv.lock and writes the three
files set-up installs from. Here, without the network: every line of a lock is pinned and
hashed, each declared dependency is pinned at its declared version in the locks that carry
its group, the locks and uv.lock agree on every version, and uv.lock was written from the
declarations as they are now (a pin changed without re-locking fails here).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import NamedTuple

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))

# each lock, and the groups it adds to the runtime dependencies
LOCKS = {
    "requirements.txt": (),
    "requirements-test.txt": ("test", "checks"),
    "requirements-build.txt": ("packaging",),
}
RELOCK = "bash packaging/lock.sh"


class Pin(NamedTuple):
    name: str          # canonical: lower case, runs of - _ . as one -
    version: str
    marker: str        # the platforms or Pythons it is for; "" for all
    hashes: frozenset[str]


class BadLock(ValueError):
    """A lock line that is not one exact version with its hashes."""


def read_lock(text: str) -> dict[str, Pin]:
    """The pins of a requirements file written with hashes, by name."""
    pins: dict[str, Pin] = {}
    # a requirement runs over the lines its trailing backslashes join
    joined = text.replace("\\\n", " ")
    for number, line in enumerate(joined.splitlines(), start=1):
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        spec = line.split("--hash=", 1)[0].strip()
        hashes = frozenset(re.findall(r"--hash=(\S+)", line))
        if spec.startswith("-"):
            raise BadLock(f"line {number}: an option, not a pin: {line}")
        requirement = Requirement(spec)
        pinned = [s for s in requirement.specifier if s.operator == "=="]
        if len(requirement.specifier) != 1 or not pinned or "*" in pinned[0].version:
            raise BadLock(f"line {number}: {requirement.name} is not pinned to one version")
        if not hashes or not all(h.startswith("sha256:") and len(h) == 71 for h in hashes):
            raise BadLock(f"line {number}: {requirement.name} has no sha256 hash")
        if requirement.url or requirement.extras:
            raise BadLock(f"line {number}: {requirement.name} is not a plain pin")
        name = canonicalize_name(requirement.name)
        if name in pins:
            raise BadLock(f"line {number}: {requirement.name} is pinned twice")
        pins[name] = Pin(name, pinned[0].version, str(requirement.marker or ""), hashes)
    return pins


def lock(file: str) -> dict[str, Pin]:
    return read_lock((REPO / file).read_text(encoding="utf-8"))


def declared(*groups: str) -> list[Requirement]:
    """The runtime dependencies and those of the groups named, as pyproject.toml says them."""
    texts = list(PYPROJECT["project"]["dependencies"])
    for group in groups:
        texts += PYPROJECT["dependency-groups"][group]
    return [Requirement(text) for text in texts]


def uv_lock() -> dict:
    return tomllib.loads((REPO / "uv.lock").read_text(encoding="utf-8"))


# -- the declarations -------------------------------------------------------------------

def test_every_declared_dependency_is_one_exact_version():
    groups = PYPROJECT["dependency-groups"]
    for requirement in declared(*groups):
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", requirement


def test_the_qt_binding_keeps_the_reason_for_its_pin():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    before = text[:text.index('"PySide6-Essentials==6.11.3"')]
    # the comment just above the pin
    assert "6.12.0 leaks a reference to None" in "".join(before.splitlines()[-3:])


# -- the locks --------------------------------------------------------------------------

@pytest.mark.parametrize("file, groups", LOCKS.items())
def test_lock_pins_each_declared_dependency_at_its_version(file, groups):
    pins = lock(file)
    for requirement in declared(*groups):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in {file}: run {RELOCK}"
        assert requirement.specifier.contains(pins[name].version), (
            f"{file} has {name}=={pins[name].version}, pyproject.toml says {requirement}: "
            f"run {RELOCK}")


@pytest.mark.parametrize("file", LOCKS)
def test_lock_says_how_it_is_written(file):
    head = (REPO / file).read_text(encoding="utf-8").split("\n\n", 1)[0][:600]
    assert f"Written by `{RELOCK}` from pyproject.toml" in head
    assert f"--require-hashes -r {file}" in head


def test_runtime_lock_holds_no_tool():
    pins = lock("requirements.txt")
    for requirement in declared("test", "checks", "packaging", "lock"):
        if requirement not in declared():
            assert canonicalize_name(requirement.name) not in pins


def test_locks_agree_with_each_other_and_with_uv_lock():
    resolved = {canonicalize_name(p["name"]): p for p in uv_lock()["package"]
                if "virtual" not in p.get("source", {})}
    for file in LOCKS:
        for pin in lock(file).values():
            package = resolved.get(pin.name)
            assert package is not None, f"{pin.name} of {file} is not in uv.lock"
            assert package["version"] == pin.version, (file, pin)
            files = package.get("wheels", []) + ([package["sdist"]] if "sdist" in package
                                                 else [])
            assert pin.hashes == {f["hash"] for f in files}, f"{pin.name}'s hashes in {file}"


def test_every_lock_holds_the_runtime_lock():
    # the same versions and files (a marker may be wider where a tool needs it more widely)
    runtime = lock("requirements.txt")
    for file in LOCKS:
        pins = lock(file)
        for name, pin in runtime.items():
            assert name in pins, f"{name} is missing from {file}"
            assert (pins[name].version, pins[name].hashes) == (pin.version, pin.hashes), file


def test_locks_cover_windows_and_macos_too():
    # PyInstaller needs these there and not on Linux: a lock made for one system lacks them
    build = lock("requirements-build.txt")
    assert 'sys_platform == "win32"' in build["pywin32-ctypes"].marker
    assert 'sys_platform == "darwin"' in build["macholib"].marker


def test_uv_lock_was_written_from_the_declarations_as_they_are():
    (project,) = [p for p in uv_lock()["package"] if p["name"] == PYPROJECT["project"]["name"]]
    metadata = project["metadata"]

    def as_locked(requirements: list[str]) -> set[tuple[str, str]]:
        return {(canonicalize_name(r.name), str(r.specifier))
                for r in map(Requirement, requirements)}

    def from_uv(entries: list[dict]) -> set[tuple[str, str]]:
        return {(canonicalize_name(e["name"]), e.get("specifier", "")) for e in entries}

    assert from_uv(metadata["requires-dist"]) == as_locked(PYPROJECT["project"]["dependencies"]), (
        f"run {RELOCK}")
    groups = PYPROJECT["dependency-groups"]
    assert set(metadata["requires-dev"]) == set(groups), f"run {RELOCK}"
    for group, requirements in groups.items():
        assert from_uv(metadata["requires-dev"][group]) == as_locked(requirements), (
            f"the {group} group changed since uv.lock was written: run {RELOCK}")


# -- the reader catches what a hand edit breaks -----------------------------------------

HASH = "sha256:" + "0" * 64


@pytest.mark.parametrize("text, problem", [
    ("peewee==4.5.3\n", "no sha256 hash"),
    ("peewee>=4.5 \\\n    --hash=" + HASH + "\n", "not pinned"),
    ("peewee \\\n    --hash=" + HASH + "\n", "not pinned"),
    ("peewee==4.* \\\n    --hash=" + HASH + "\n", "not pinned"),
    ("peewee==4.5.3 \\\n    --hash=md5:abc\n", "no sha256 hash"),
    ("-e .\n", "an option"),
    ("peewee==4.5.3 --hash=" + HASH + "\npeewee==4.5.3 --hash=" + HASH + "\n", "twice"),
])
def test_a_broken_lock_line_is_caught(text, problem):
    with pytest.raises(BadLock, match=problem):
        read_lock(text)


def test_a_good_lock_line_reads_with_its_marker_and_hashes():
    text = ("# a comment\n"
            "pywin32-ctypes==0.2.3 ; sys_platform == 'win32' \\\n"
            f"    --hash={HASH} \\\n"
            f"    --hash=sha256:{'1' * 64}\n"
            "    # via pyinstaller\n")
    (pin,) = read_lock(text).values()
    assert pin == Pin("pywin32-ctypes", "0.2.3", 'sys_platform == "win32"',
                      frozenset({HASH, "sha256:" + "1" * 64}))
