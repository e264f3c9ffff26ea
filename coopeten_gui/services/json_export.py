"""A complete export of everything, as JSON, for data portability.

Every table (trash included, so nothing is lost) is written a batch of rows at a time, so
memory stays flat however large the database, from one snapshot of it. SQLite writes
most rows as JSON itself (``export_reads.json_rows``); the few it cannot write as Python
would (a REAL, bytes) are encoded here. Binary values (photos, logo) are base64 objects.
One record a line: ``full_restore`` reads the file line by line.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path
from typing import Callable

from coopeten_gui import __version__
from coopeten_gui.storage import database, export_reads
from coopeten_gui.storage.models import ALL_MODELS

FORMAT_NAME = "coopeten-export"
FORMAT_VERSION = 1


def export_json(path: Path, progress: Callable[[int], bool] | None = None,
                every: int = 1000) -> dict[str, int]:
    """Write the whole database to ``path``; returns rows written per table.

    ``progress(rows_so_far)`` is called every ``every`` rows and may return False to
    cancel: the partial file is removed, an existing ``path`` is left as it was, and
    the result is empty.
    """
    partial = path.with_name(path.name + ".partial")
    counts: dict[str, int] = {}
    written = 0
    try:
        # written as UTF-8 bytes: SQLite's rows come so, never decoded and encoded again
        with open(partial, "wb") as out, export_reads.snapshot():
            header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                      "app_version": __version__, "schema_version": database.schema_version(),
                      "exported_at": datetime.now().replace(microsecond=0).isoformat()}
            out.write((json.dumps(header, ensure_ascii=False)[:-1]
                       + ', "tables": {').encode("utf-8"))
            for number, model in enumerate(ALL_MODELS):
                table = model._meta.table_name
                columns = export_reads.columns(table)
                out.write((("," if number else "") + f"\n{json.dumps(table)}: [").encode())
                counts[table] = 0
                for rows in export_reads.json_rows(table, every):
                    texts = [row if isinstance(row, bytes)
                             else _encode(dict(zip(columns, row))).encode("utf-8")
                             for row in rows]
                    # one write a batch: ",\n  " between records, one record a line
                    out.write((b"," if counts[table] else b"") + b"\n  "
                              + b",\n  ".join(texts))
                    counts[table] += len(texts)
                    before, written = written, written + len(texts)
                    if progress:
                        for done in range(before - before % every + every, written + 1, every):
                            if progress(done) is False:
                                raise _Cancelled
                out.write(b"\n]")
            out.write(b"\n}}\n")
        partial.replace(path)
    except _Cancelled:
        partial.unlink(missing_ok=True)
        return {}
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return counts


class _Cancelled(Exception):
    pass


def _base64(value: object) -> object:
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"{type(value).__name__} is not JSON")


# json.dumps(record, ensure_ascii=False), bytes as base64 objects, without building an
# encoder for every row
_encode = json.JSONEncoder(ensure_ascii=False, default=_base64).encode
