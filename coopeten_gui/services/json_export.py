"""A complete export of everything, as JSON, for data portability.

Every table (trash included, so nothing is lost) is written row by row, so memory stays
flat however large the database. Binary values (photos, logo) are base64 objects.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from coopeten_gui import __version__
from coopeten_gui.storage import database
from coopeten_gui.storage.models import ALL_MODELS, db

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
        with open(partial, "w", encoding="utf-8") as out:
            header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                      "app_version": __version__, "schema_version": database.schema_version(),
                      "exported_at": datetime.now().replace(microsecond=0).isoformat()}
            out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "tables": {')
            for number, model in enumerate(ALL_MODELS):
                table = model._meta.table_name
                cursor = db.execute_sql(f'SELECT * FROM "{table}"')
                columns = [c[0] for c in cursor.description]
                out.write(("," if number else "") + f"\n{json.dumps(table)}: [")
                counts[table] = 0
                for row in cursor:
                    record = {c: _plain(v) for c, v in zip(columns, row)}
                    out.write(("," if counts[table] else "") + "\n  " + _encode(record))
                    counts[table] += 1
                    written += 1
                    if progress and written % every == 0 and progress(written) is False:
                        raise _Cancelled
                out.write("\n]")
            out.write("\n}}\n")
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


# json.dumps(record, ensure_ascii=False), without building an encoder for every row
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    return value
