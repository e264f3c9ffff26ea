"""Fixtures for the document layer: offscreen Qt, sample contexts, external PDF tools."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The repository root, for running without an installed package or a root conftest.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shutil
import subprocess
from datetime import date

import pytest

from coopeten_gui.documents.context import sample_context

TODAY = date(2026, 11, 21)
EXPECTED_DIR = Path(__file__).parent / "expected"


@pytest.fixture
def context_es():
    return sample_context("es", TODAY)


@pytest.fixture
def context_en():
    return sample_context("en", TODAY)


@pytest.fixture
def pdftotext():
    """``pdftotext(path, first=None, last=None) -> str``, skipping without poppler-utils."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def run(path, first=None, last=None):
        command = ["pdftotext", "-layout"]
        if first is not None:
            command += ["-f", str(first)]
        if last is not None:
            command += ["-l", str(last)]
        command += [str(path), "-"]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout

    return run
