"""The benchmark harness keeps working: a tiny run produces every figure it can.

Benchmarks are never timed assertions: this checks the figures exist and are positive
numbers, not their values against the targets (``python benchmarks/run.py`` does that).
"""

from __future__ import annotations

import json
import math
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# always measured: they need nothing but the storage, the services and the window
CORE = ("startup_s", "floor_startup_s", "startup_ratio", "rss_mb", "floor_rss_mb",
        "search_p50_ms", "search_p95_ms", "fts_raw_ms", "paint_first_ms", "paint_again_ms",
        "list_open_ms", "scroll_end_ms",
        "contact_open_ms", "backup_s")
# measured once the layer they need exists; until then reported "n/a (not built yet)"
GUARDED = ("import_vcard_10k_s", "import_csv_10k_s", "export_vcard_100k_s", "pdf_one_ms",
           "merge_100_s", "bundle_mb", "frozen_startup_ratio")


@pytest.mark.slow
def test_a_tiny_run_reports_every_figure_as_a_positive_number(tmp_path):
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--scale", "300", "--startup-runs", "1",
         "--repeats", "1", "--prefixes", "12", "--cache-dir", str(tmp_path / "cache"),
         "--json", str(out)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in CORE:
        assert key in figures, key
    for key in GUARDED:
        assert key in figures or "n/a (not built yet" in done.stdout, key
    for key, value in figures.items():
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, key
    # the printed table carries the same figures, each with its target
    assert "start-up / floor" in done.stdout and "≤ 1.5" in done.stdout
    # the generated data set is cached outside the repository and reused
    assert list((tmp_path / "cache").glob("scale-300-v*.sqlite"))


def test_a_cached_data_set_is_brought_forward_when_a_later_migration_remakes_the_index(
        tmp_path, monkeypatch):
    """An older data set whose index was filled by other SQL is still good when a later
    migration makes the index anew: the harness upgrades it as a user's file is upgraded,
    instead of generating it again; with other migrations, it is generated again."""
    from benchmarks import generate
    from coopeten_gui.storage import database

    latest = database.latest_version()
    # the schema before the name starts' migration, which makes the index anew
    before = next(m.version for m in database.migrations()
                  if m.path.name.endswith("_name_starts.sql")) - 1
    assert generate._index_made_anew_after(before)
    made = generate.ensure(300, tmp_path, log=lambda *a: None)
    older = generate.cached_path(tmp_path, 300, before)
    made.path.replace(older)
    conn = sqlite3.connect(older)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.close()
    meta = {**made.meta(), "path": str(older), "schema_digest": "filled-by-other-sql",
            "migrations_digest": generate.migrations_digest(before)}
    older.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    made.path.with_suffix(".json").unlink()

    said: list[str] = []
    again = generate.ensure(300, tmp_path, log=said.append)
    assert again.from_cache and again.path == made.path
    assert said == [f"bringing the 300 data set from schema {before} up to date …"]
    assert database.read_user_version(again.path) == latest

    meta["migrations_digest"] = "other-migrations"
    older.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    made.path.unlink()
    said.clear()
    assert not generate.ensure(300, tmp_path, log=said.append).from_cache
    assert said[0].startswith("generating 300 contacts")


def test_a_target_set_for_one_size_is_judged_at_that_size_only():
    from benchmarks.run import FIGURES, verdict

    export = next(f for f in FIGURES if f.key == "export_csv_s")
    assert verdict(export, {"contacts": 100_000, "export_csv_s": 2.9}) == "PASS"
    assert verdict(export, {"contacts": 100_000, "export_csv_s": 3.1}) == "FAIL"
    assert verdict(export, {"contacts": 1_000_000, "export_csv_s": 40.0}) == ""
    # figures written before the size was kept with them
    assert verdict(export, {"export_csv_s": 2.0}) == ""
    assert export.target_text == "≤ 3 at 100k"
