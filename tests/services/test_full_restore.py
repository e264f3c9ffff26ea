"""Restoring the full JSON export: every record back with its id, and nothing written
when the file or the target is not right."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coopeten_gui.services import (
    contact_list,
    contacts,
    full_restore,
    introductions,
    json_export,
    offers_asks,
    referrals,
)
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[2]


def tables_of(path: Path) -> tuple[dict, dict]:
    document = json.loads(path.read_text(encoding="utf-8"))
    tables = document.pop("tables")
    document.pop("exported_at")
    return document, tables


@pytest.fixture
def full_export(demo_db, tmp_path) -> Path:
    """The demo with a little of everything: a photo, the trash, an introduction, a
    referral closed with a value; exported."""
    maria = contact_list.search_contacts("María")[0].id
    data = contacts.data_of(contacts.get(maria))
    data.photo, data.photo_type = b"\x89PNG\r\n\x1a\n\x00binary", "png"
    contacts.update(maria, data)
    contacts.trash([maria])
    match = offers_asks.matches()[0]
    introductions.record_introduction(match.ask.id, match.offer.id)
    closed = referrals.create(referrals.ReferralData(
        from_contact_id=match.offer.contact_id, about_text="Una oficina de 30 personas"))
    referrals.record_closed(closed, "1.250,50")
    out = tmp_path / "everything.json"
    json_export.export_json(out)
    database.close_database()
    return out


def test_export_restore_export_gives_back_every_table(full_export, tmp_path):
    target = tmp_path / "restored.sqlite"
    result = full_restore.restore(full_export, target)
    header, tables = tables_of(full_export)
    assert result.counts == {name: len(rows) for name, rows in tables.items()}
    assert result.counts["contact"] == 40 and result.counts["referral"] >= 2
    database.open_database(target)
    try:
        again = tmp_path / "again.json"
        json_export.export_json(again)
        # the search index was rebuilt: a restored contact is found by name
        assert [r.display_name for r in contact_list.search_contacts("Valentina")]
        assert database.integrity_errors() == []
    finally:
        database.close_database()
    header_again, tables_again = tables_of(again)
    assert header_again == header
    assert list(tables_again) == list(tables)
    for name in tables:
        assert tables_again[name] == tables[name], name


def test_a_database_that_holds_contacts_is_refused_untouched(full_export, demo_db):
    database.close_database()
    before = demo_db.read_bytes()
    with pytest.raises(full_restore.RestoreError, match="already holds contacts"):
        full_restore.restore(full_export, demo_db)
    assert demo_db.read_bytes() == before


def test_an_empty_database_is_filled(full_export, tmp_path):
    target = tmp_path / "empty.sqlite"
    database.open_database(target)  # a new database: its profile row and categories only
    database.close_database()
    result = full_restore.restore(full_export, target)
    assert result.counts["category"] == 13
    live = [r for r in tables_of(full_export)[1]["referral"] if r["deleted_at"] is None]
    database.open_database(target)
    try:
        assert len(referrals.list_referrals()) == len(live) >= 2
    finally:
        database.close_database()


def test_an_older_export_with_fewer_tables_and_columns(full_export, tmp_path):
    """As a version before referrals wrote it: schema 2, no referral/commitment tables,
    and (as if it were older still) contacts without a language column."""
    old = tmp_path / "old.json"
    with open(full_export, encoding="utf-8") as source, open(old, "w", encoding="utf-8") as out:
        skipping = False
        for number, line in enumerate(source):
            if number == 0:
                line = line.replace(f'"schema_version": {database.latest_version()}',
                                    '"schema_version": 2')
            if line.startswith(('"referral"', '"commitment"')):
                skipping = True
            elif skipping and line.startswith("]"):
                skipping = False
                continue
            if skipping:
                continue
            if '"display_name"' in line and '"language"' in line:
                record = json.loads(line.strip().rstrip(","))
                del record["language"]
                line = "  " + json.dumps(record, ensure_ascii=False) + (
                    ",\n" if line.rstrip().endswith(",") else "\n")
            out.write(line)
    # the table before the dropped ones must still close its list as the exporter does
    text = old.read_text(encoding="utf-8").replace("],\n}}", "]\n}}")
    old.write_text(text, encoding="utf-8")
    target = tmp_path / "from-old.sqlite"
    result = full_restore.restore(old, target)
    assert result.header.schema_version == 2
    assert "referral" not in result.counts and result.counts["contact"] == 40
    database.open_database(target)
    try:
        assert referrals.list_referrals() == []
        assert contacts.get(contact_list.search_contacts("Valentina")[0].id).language == ""
    finally:
        database.close_database()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _first_record_line(lines: list[str], table: str) -> int:
    start = lines.index(f'"{table}": [\n') if f'"{table}": [\n' in lines else \
        next(i for i, line in enumerate(lines) if line.startswith(f'"{table}"'))
    return start + 1


HOSTILE = {
    "not json at all": lambda lines: ["PK\x03\x04 a zip file\n"],
    "another program's json": lambda lines: ['{"contacts": []}\n'],
    "newer version": lambda lines: [lines[0].replace('"schema_version": ',
                                                     '"schema_version": 99')] + lines[1:],
    "cut short": lambda lines: lines[: len(lines) // 2],
    "unknown table": lambda lines: lines[:1] + ['"sqlite_master": [\n', "]\n", "}}\n"],
    "twice the same table": lambda lines: lines[:1] + ['"tag": [\n', "],\n", '"tag": [\n',
                                                       "]\n", "}}\n"],
    "unknown column": lambda lines: _replace_record(
        lines, "tag", {"id": 1, "name": "x", "evil\" ) DROP TABLE contact; --": 1}),
    "a nested value": lambda lines: _replace_record(lines, "tag", {"id": 1, "name": ["x"]}),
    "deep nesting": lambda lines: _replace_record_text(lines, "tag",
                                                       '{"id": ' + "[" * 100_000 + "]" * 100_000
                                                       + "}"),
    "damaged base64": lambda lines: _replace_record(
        lines, "profile", {"id": 1, "logo": {"$base64": "not base64!"}}),
    "a required value missing": lambda lines: _replace_record(lines, "tag", {"id": 7}),
    "a key to nowhere": lambda lines: _replace_record(
        lines, "contact_tag", {"contact_id": 999_999, "tag_id": 1}),
    "a number too large": lambda lines: _replace_record(lines, "tag",
                                                        {"id": 10 ** 30, "name": "x"}),
    "garbage after the end": lambda lines: lines + ["{}\n"],
    "not utf-8": lambda lines: lines[:2] + ["\udcff"],
}


def _replace_record(lines: list[str], table: str, record: dict) -> list[str]:
    return _replace_record_text(lines, table, json.dumps(record))


def _replace_record_text(lines: list[str], table: str, text: str) -> list[str]:
    at = _first_record_line(lines, table)
    out = list(lines)
    out[at] = "  " + text + ("," if lines[at].rstrip().endswith(",") else "") + "\n"
    return out


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_malformed_files_are_refused_and_nothing_is_left(full_export, tmp_path, case):
    bad = tmp_path / "bad.json"
    lines = HOSTILE[case](_lines(full_export))
    with open(bad, "w", encoding="utf-8", errors="surrogateescape") as out:
        out.writelines(lines)
    target = tmp_path / "new.sqlite"
    with pytest.raises(full_restore.RestoreError) as raised:
        full_restore.restore(bad, target)
    message = str(raised.value)
    assert "\n" not in message and "Traceback" not in message
    assert not list(tmp_path.glob("new.sqlite*"))


def test_an_empty_file_stays_empty_after_a_failure(full_export, tmp_path):
    target = tmp_path / "empty-file.sqlite"
    target.touch()
    bad = tmp_path / "cut.json"
    bad.write_text("".join(_lines(full_export)[:50]), encoding="utf-8")
    with pytest.raises(full_restore.RestoreError, match="ends too soon"):
        full_restore.restore(bad, target)
    assert target.exists() and target.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.glob("empty-file*")) == ["empty-file.sqlite"]
    assert full_restore.restore(full_export, target).counts["contact"] == 40


@pytest.mark.parametrize("record", [
    '{"id": 1, "name": [' + ",".join(["0"] * 1_100_000) + "]}",
    "{" + ", ".join(f'"k{i}": 0' for i in range(200_000)) + "}",
])
def test_a_long_line_with_millions_of_values_is_refused_before_parsing(full_export, tmp_path,
                                                                      record):
    bad = tmp_path / "bad.json"
    bad.write_text("".join(_replace_record_text(_lines(full_export), "tag", record)),
                   encoding="utf-8")
    with pytest.raises(full_restore.RestoreError, match="not valid JSON"):
        full_restore.restore(bad, tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_a_large_photo_on_a_long_line_comes_back(full_export, tmp_path):
    photo = bytes(range(256)) * 8192  # 2 MiB, a line of about 2.7 million characters
    lines = _lines(full_export)
    at = _first_record_line(lines, "contact")
    record = json.loads(lines[at].strip().rstrip(","))
    record["photo"] = {"$base64": base64.b64encode(photo).decode("ascii")}
    bad = tmp_path / "photo.json"
    bad.write_text("".join(_replace_record(lines, "contact", record)), encoding="utf-8")
    target = tmp_path / "new.sqlite"
    full_restore.restore(bad, target)
    database.open_database(target)
    try:
        assert contacts.get(record["id"]).photo == photo
    finally:
        database.close_database()


def test_a_line_longer_than_the_limit_is_refused(full_export, tmp_path, monkeypatch):
    monkeypatch.setattr(full_restore, "MAX_LINE_CHARS", 200)
    with pytest.raises(full_restore.RestoreError, match="too long"):
        full_restore.restore(full_export, tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_cancel_leaves_nothing(full_export, tmp_path, monkeypatch):
    monkeypatch.setattr(full_restore, "EVERY", 10)
    with pytest.raises(full_restore.RestoreCancelled):
        full_restore.restore(full_export, tmp_path / "new.sqlite", progress=lambda done: False)
    assert not (tmp_path / "new.sqlite").exists()


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def test_import_json_on_the_command_line(full_export, tmp_path):
    target = tmp_path / "cli.sqlite"
    dry = run("--db", str(target), "import", str(full_export), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "contact\t40" in dry.stdout and not target.exists()
    done = run("--db", str(target), "import", str(full_export))
    assert done.returncode == 0, done.stderr
    assert "contact\t40" in done.stdout and target.exists()
    again = run("--db", str(target), "import", str(full_export))
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "already holds contacts" in again.stderr
    listed = run("--db", str(target), "referrals")
    assert listed.returncode == 0, listed.stderr
    live = [r for r in tables_of(full_export)[1]["referral"] if r["deleted_at"] is None]
    assert len(listed.stdout.splitlines()) == len(live)
    assert "Una oficina de 30 personas\tBusiness closed\t€1,250.50" in listed.stdout
    nobody = run("--db", str(target), "referrals", "--contact", "999999")
    assert nobody.returncode == 1 and nobody.stderr.count("\n") == 1
