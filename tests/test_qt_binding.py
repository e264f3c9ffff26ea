"""The Qt binding in use must not leak references to None.

PySide6 6.12.0 drops one reference to None on every call that returns nothing; on
Python 3.11, where None is not immortal, the program then aborts with
"none_dealloc" after a few thousand calls. requirements.txt pins a version without it.
"""

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive():
    target = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        target.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
