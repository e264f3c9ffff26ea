"""The lock's name is the one every earlier version gave the same database: a window of
an older version and one of this version never hold the same file at once."""

from __future__ import annotations

import getpass
import hashlib

from coopeten_gui.services import database_lock


def test_the_lock_is_named_after_the_sha1_of_the_database_s_full_path(tmp_path):
    path = tmp_path / "ñandú" / ".." / "libro.sqlite"
    full = str(path.resolve())
    expected = hashlib.sha1(full.encode("utf-8")).hexdigest()[:16]
    assert database_lock.lock_name(path) == f"coopeten-{getpass.getuser()}-{expected}"
    assert database_lock.lock_name(tmp_path / "otro.sqlite") != database_lock.lock_name(path)
