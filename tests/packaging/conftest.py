"""What the packaging tests share: packaging/bundle_contents.py, loaded from its file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture(scope="module")
def contents():
    # packaging/ is not a package (and `packaging` is a PyPI name): load the file itself.
    spec = importlib.util.spec_from_file_location("bundle_contents",
                                                  PACKAGING / "bundle_contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
