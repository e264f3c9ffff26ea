"""Restoring the app's own complete JSON export (``services.json_export``) in full.

Every record comes back with its id into a new database (or one that holds nothing
yet); a database that already holds contacts is refused before anything is written.
The file is read one line at a time, as the exporter writes it (a header line, then
one line per table name and one per record), so memory stays bounded by the longest
record however large the export; a line longer than ``MAX_LINE_CHARS`` is refused.
Exports written by older versions (a lower ``schema_version``: fewer tables or
columns) are read as they are: what they lack takes its default. Anything else that
is not what the exporter writes is refused with the line where it went wrong, and
nothing is left behind. The search index is rebuilt at the end.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO, TypeGuard

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.json_export import FORMAT_NAME, FORMAT_VERSION
from coopeten_gui.storage import database
from coopeten_gui.storage.full_restore import (
    Inconsistent,
    RestoreWriter,
    WriteRefused,
    existing_records,
)

#: the longest line (one record) read: a contact with a large photo fits many times over
MAX_LINE_CHARS = 64 * 1024 * 1024
#: how often ``progress`` hears about it
EVERY = 1000
#: a line longer than this (a record with a photo) is first checked to have the shape of
#: a record, so a hostile one cannot make the parser build millions of values: at most
#: ``LONG_LINE_KEYS`` keys and ``LONG_LINE_COMMAS`` commas
LONG_LINE = 1 << 20
LONG_LINE_KEYS = 256
LONG_LINE_COMMAS = 1_000_000

Progress = Callable[[int], "bool | None"]

_TABLE_LINE = re.compile(r'^"([a-z_][a-z0-9_]{0,62})": \[$')
_HEADER_END = re.compile(r',\s*"tables"\s*:\s*\{\s*$')


class RestoreError(ServiceError):
    """The export cannot be restored; one translated sentence, nothing was written."""


class RestoreCancelled(ServiceError):
    """The user stopped the restore; nothing was written."""


@dataclass(frozen=True)
class ExportHeader:
    app_version: str
    schema_version: int
    exported_at: str


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    counts: dict[str, int]  # rows restored per table, in the export's order
    header: ExportHeader

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def table_names() -> list[str]:
    """The tables a full export may hold (those of the current schema's models)."""
    from coopeten_gui.storage.models import ALL_MODELS

    return [model._meta.table_name for model in ALL_MODELS]


def read_header(source: Path) -> ExportHeader:
    """The export's first line, checked (``RestoreError`` when it is not one of ours)."""
    with _open(source) as stream:
        return _header(stream, source)


def restore(source: Path, target: Path, progress: Progress | None = None) -> RestoreResult:
    """Restore the export ``source`` into the database file ``target`` (created).

    Raises ``RestoreError`` (malformed file, newer version, a target that already holds
    records) or ``RestoreCancelled`` when ``progress`` returned False; in every such
    case nothing was written and a file this call created is removed.
    """
    source, target = Path(source), Path(target)
    tables = table_names()
    if target.exists() and target.stat().st_size > 0:
        _refuse_if_not_empty(target, tables)
    writer = RestoreWriter(target)
    try:
        with _open(source) as stream:
            header = _header(stream, source)
            try:
                writer.begin()
            except WriteRefused as exc:
                raise RestoreError(translate(
                    "Restore", "{path} cannot be written: {reason}.").format(
                    path=target, reason=exc)) from exc
            counts: dict[str, int] = {}
            done = 0
            for table, line, record in _records(stream, source, set(tables)):
                if record is None:  # a table starts
                    counts[table] = 0
                    continue
                _check_record(writer.columns(table), record, source, line)
                try:
                    writer.insert(table, record)
                except (WriteRefused, OverflowError) as exc:
                    raise _bad(source, line, translate(
                        "Restore", "the record cannot be stored ({reason})").format(
                        reason=exc)) from exc
                counts[table] += 1
                done += 1
                if progress is not None and done % EVERY == 0 and progress(done) is False:
                    raise RestoreCancelled(translate("Restore", "The restore was cancelled."))
        try:
            writer.commit()
        except Inconsistent as exc:
            raise RestoreError(translate(
                "Restore", "{name} cannot be restored: its records do not hold together "
                           "({reason}).").format(name=source.name, reason=exc)) from exc
        except WriteRefused as exc:
            raise RestoreError(translate(
                "Restore", "{path} cannot be written: {reason}.").format(
                path=target, reason=exc)) from exc
    except BaseException:
        writer.abandon()
        raise
    return RestoreResult(target, counts, header)


# -- reading ------------------------------------------------------------------------------

def _open(source: Path) -> TextIO:
    try:
        return open(source, encoding="utf-8", newline="")
    except OSError as exc:
        raise RestoreError(translate("Restore", "{path} cannot be read: {reason}.").format(
            path=source, reason=exc.strerror or exc)) from exc


def _readline(stream: TextIO, source: Path, line: int) -> str:
    try:
        text = stream.readline(MAX_LINE_CHARS + 1)
    except UnicodeDecodeError as exc:
        # the decoder reads ahead, so the line it stopped on is not worth naming
        raise RestoreError(translate(
            "Restore", "{name} cannot be restored: it is not UTF-8 text.").format(
            name=source.name)) from exc
    if len(text) > MAX_LINE_CHARS:
        raise _bad(source, line, translate("Restore", "the line is too long"))
    return text


def _header(stream: TextIO, source: Path) -> ExportHeader:
    first = _readline(stream, source, 1)
    text = _HEADER_END.sub("}", first.rstrip("\r\n"), count=1) if _HEADER_END.search(first) \
        else ""
    try:
        header = json.loads(text) if text else None
    except (ValueError, RecursionError):
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise RestoreError(translate(
            "Restore", "{name} is not a full export written by Coopeten.").format(
            name=source.name))
    version, schema = header.get("format_version"), header.get("schema_version")
    if not _whole(version) or not _whole(schema) or version < 1 or schema < 1:
        raise _bad(source, 1, translate("Restore", "the header is damaged"))
    if version > FORMAT_VERSION or schema > database.latest_version():
        raise RestoreError(translate(
            "Restore", "{name} was exported by a newer version of Coopeten; update Coopeten "
                       "to restore it.").format(name=source.name))
    return ExportHeader(app_version=str(header.get("app_version", "")), schema_version=schema,
                        exported_at=str(header.get("exported_at", "")))


def _records(stream: TextIO, source: Path, known: set[str]
             ) -> Iterator[tuple[str, int, dict[str, Any] | None]]:
    """(table, line, record) per record; (table, line, None) where a table starts."""
    table: str | None = None
    seen: set[str] = set()
    line = 1
    while True:
        line += 1
        raw = _readline(stream, source, line)
        if not raw:
            raise _bad(source, line, translate("Restore", "the file ends too soon"))
        text = raw.strip()
        if table is None:
            if text == "}}":
                break
            found = _TABLE_LINE.match(text)
            if found is None:
                raise _bad(source, line, translate("Restore", "a table was expected"))
            table = found.group(1)
            if table not in known:
                raise _bad(source, line, translate("Restore", "there is no table “{name}”")
                           .format(name=table))
            if table in seen:
                raise _bad(source, line, translate("Restore", "the table “{name}” comes twice")
                           .format(name=table))
            seen.add(table)
            yield table, line, None
        elif text in ("]", "],"):
            table = None
        elif text.startswith("{"):
            if len(text) > LONG_LINE and (text.count('":') > LONG_LINE_KEYS
                                          or text.count(",") > LONG_LINE_COMMAS):
                raise _bad(source, line, translate("Restore", "the record is not valid JSON"))
            try:
                record = json.loads(text[:-1] if text.endswith(",") else text)
            except (ValueError, RecursionError):
                raise _bad(source, line, translate("Restore", "the record is not valid JSON")
                           ) from None
            if not isinstance(record, dict):
                raise _bad(source, line, translate("Restore", "the record is not valid JSON"))
            yield table, line, record
        else:
            raise _bad(source, line, translate("Restore", "a record was expected"))
    while True:  # after the end only blank lines
        line += 1
        raw = _readline(stream, source, line)
        if not raw:
            return
        if raw.strip():
            raise _bad(source, line, translate("Restore", "there is more after the end"))


def _check_record(columns: dict[str, bool], record: dict[str, Any], source: Path,
                  line: int) -> None:
    """Keys are known columns, values plain (binary ones decoded in place), and every
    column that needs a value has one."""
    for name, value in record.items():
        if name not in columns:
            raise _bad(source, line, translate("Restore", "there is no column “{name}”")
                       .format(name=str(name)[:60]))
        if isinstance(value, dict):
            encoded = value.get("$base64") if len(value) == 1 else None
            if not isinstance(encoded, str):
                raise _bad(source, line, translate("Restore", "a value is not plain"))
            try:
                record[name] = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise _bad(source, line, translate("Restore", "a binary value is damaged")
                           ) from None
        elif not (value is None or isinstance(value, (str, int, float))):
            raise _bad(source, line, translate("Restore", "a value is not plain"))
    missing = [name for name, required in columns.items()
               if required and record.get(name) is None]
    if missing:
        raise _bad(source, line, translate("Restore", "“{name}” has no value").format(
            name=missing[0]))


def _refuse_if_not_empty(target: Path, tables: list[str]) -> None:
    contacts, others = existing_records(target, tables)
    if contacts:
        raise RestoreError(translate(
            "Restore", "{path} already holds contacts; a full export is restored only into "
                       "a new database, so nothing was written.").format(path=target))
    if others:
        raise RestoreError(translate(
            "Restore", "{path} already holds records; a full export is restored only into "
                       "a new database, so nothing was written.").format(path=target))


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _bad(source: Path, line: int, problem: str) -> RestoreError:
    return RestoreError(translate(
        "Restore", "{name} cannot be restored: line {line}: {problem}.").format(
        name=source.name, line=line, problem=problem))
