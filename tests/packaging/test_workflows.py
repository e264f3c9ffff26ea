"""The GitHub workflows are valid against GitHub's published schema (checked offline with
the schema check-jsonschema ships), and a broken one is caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def check(path: Path) -> subprocess.CompletedProcess:
    tool = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run([str(tool), "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(path):
    result = check(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_suite_runs_on_every_system_on_every_push():
    text = (REPO / ".github" / "workflows" / "tests.yml").read_text(encoding="utf-8")
    assert "push:" in text
    for system in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert system in text


def test_a_broken_workflow_is_caught(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("name: Broken\non: push\njobs:\n  build:\n    steps: []\n",
                      encoding="utf-8")   # a job needs runs-on
    assert check(broken).returncode != 0
