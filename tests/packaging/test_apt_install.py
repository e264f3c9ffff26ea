"""packaging/apt_install.sh: installs only what is missing, and waits out another apt run.

apt-get, dpkg-query, sudo and sleep are stand-ins on PATH that write down how they were
called, so nothing is installed and nothing waits for real.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "apt_install.sh"

# the script runs on Debian and Ubuntu only; the stand-ins need a POSIX shell and PATH
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("bash"),
                                reason="apt is Linux's")


def stand_ins(tmp_path: Path, *, installed: bool, update_errors: list[str]) -> Path:
    """A bin folder whose apt-get fails its first updates with the errors given."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    for number, error in enumerate(update_errors):
        (tmp_path / f"update-error-{number}").write_text(error, encoding="utf-8")
    scripts = {
        "dpkg-query": f"printf '%s' '{'install ok installed' if installed else 'unknown'}'",
        "apt-get": f"""echo "apt-get $*" >> {calls}
if [ "$1" = update ]; then
  n=$(grep -c '^apt-get update' {calls})
  error={tmp_path}/update-error-$((n - 1))
  if [ -f "$error" ]; then cat "$error" >&2; exit 100; fi
fi""",
        "sudo": f'echo "sudo" >> {calls}; exec "$@"',
        "sleep": f'echo "sleep $*" >> {calls}',
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text("#!/usr/bin/env bash\n" + body + "\n", encoding="utf-8")
        path.chmod(0o755)
    return bin_dir


def run(tmp_path: Path, bin_dir: Path, *packages: str) -> tuple[subprocess.CompletedProcess,
                                                                  list[str]]:
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(["bash", str(SCRIPT), *packages], capture_output=True, text=True,
                            env=env, timeout=60)
    calls = tmp_path / "calls"
    return result, calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


LOCKED = "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 42 (apt-get)\n"


def test_waits_while_another_apt_run_holds_the_lists_then_installs(tmp_path):
    bin_dir = stand_ins(tmp_path, installed=False, update_errors=[LOCKED, LOCKED])
    result, calls = run(tmp_path, bin_dir, "xvfb", "xauth")
    assert result.returncode == 0, result.stderr
    apt = [c for c in calls if c.startswith("apt-get")]
    assert apt[:3] == ["apt-get update -qq"] * 3
    (install,) = apt[3:]
    assert "-o DPkg::Lock::Timeout=600 install" in install
    assert install.endswith("xvfb xauth")
    assert calls.count("sleep 5") == 2
    assert "waiting for another apt run" in result.stdout


def test_another_failure_is_shown_at_once_and_installs_nothing(tmp_path):
    bin_dir = stand_ins(tmp_path, installed=False,
                        update_errors=["E: The repository is not signed.\n"])
    result, calls = run(tmp_path, bin_dir, "xvfb")
    assert result.returncode != 0
    assert "The repository is not signed." in result.stderr
    assert not [c for c in calls if " install " in c or c.startswith("sleep")]


def test_nothing_happens_when_everything_is_installed(tmp_path):
    bin_dir = stand_ins(tmp_path, installed=True, update_errors=[])
    result, calls = run(tmp_path, bin_dir, "xvfb", "xauth")
    assert result.returncode == 0
    assert (result.stdout, calls) == ("", [])
