"""Small disks for tests: a full one (tmpfs of a few hundred KiB) and a read-only folder.

Both need to mount file systems (root in a container, as on the project's machine); the
tests that use them are skipped elsewhere.
"""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """``folder`` as a file system of ``size_kib`` KiB (skips the test when it cannot)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs",
                                        str(folder)):
        pytest.skip("needs to mount a small file system")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave_kib: int = 0) -> None:
    """Fill the file system of ``folder`` up to ``leave_kib`` KiB of free room."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize - leave_kib * 1024
    if free > 0:
        with open(folder / "filler.bin", "wb") as f:
            f.write(b"\0" * free)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only for everyone, root included (a read-only bind mount)."""
    if os.geteuid() != 0 or not _mount("--bind", str(folder), str(folder)):
        pytest.skip("needs to mount a read-only folder")
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            pytest.skip("needs to mount a read-only folder")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
