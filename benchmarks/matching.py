"""Benchmarks of matching by meaning: quality on the labelled set, speed at 100,000
contacts.

    .venv/bin/python benchmarks/matching.py                # 100,000 contacts
    .venv/bin/python benchmarks/matching.py --quick        # 10,000
    .venv/bin/python benchmarks/matching.py --quality-only # the labelled set alone

Quality: the labelled set of ``tests/services/matching_set.py`` (asks in Spanish and
English with the offers that truly answer them, among distractors of the same
category) scored as hit@3 and top-1 precision, for the matcher and for matching on
category alone (what it replaced).

Speed: on a private copy of the benchmark data set (``benchmarks/generate.py``, the
same cache as ``run.py``): building the term index from nothing, the first screen of
every match (the best 100), one contact's matches (the heavy contact with 50 offers
and asks, and the median of 200 others), and a captured offer and ask matched without
rebuilding (the write, then that contact's matches, then the first screen again).
``--unique-texts`` measures again after giving every text two words of its own (the
generator draws texts from 26 phrases, which the index's groups make cheap).
Timings are medians of ``--repeats`` runs; nothing here fails on a missed target.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FIRST_SCREEN = 100


def labelled_set():
    path = REPO / "tests" / "services" / "matching_set.py"
    spec = importlib.util.spec_from_file_location("matching_set", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quality(folder: Path) -> list[tuple[str, str, str]]:
    from coopeten_gui.storage import database

    ms = labelled_set()
    database.open_database(folder / "labelled.sqlite")
    try:
        loaded = ms.load()
        rows = []
        for name, ranked in (("by meaning", ms.by_meaning), ("category only", ms.category_only)):
            f = ms.evaluate(loaded, ranked)
            rows.append((name, f"{f.hit3_same:.2f} / {f.top1_same:.2f}",
                         f"{f.hit3_cross:.2f} / {f.top1_cross:.2f}"))
        counts = (f.asks_same, f.asks_cross)
    finally:
        database.close_database()
    print(f"\nLabelled set: {counts[0]} asks answered in their own language, {counts[1]} "
          "only in the other\n")
    print(
        f"{'matcher':<16}{'same language: hit@3 / top-1':>32}{'cross-language: hit@3 / top-1':>34}")
    for name, same, cross in rows:
        print(f"{name:<16}{same:>32}{cross:>34}")
    return rows


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _median_ms(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def speed(scale: int, cache_dir: Path, folder: Path, repeats: int,
          unique: bool = False, all_matches: bool = True) -> dict[str, float]:
    from benchmarks import generate
    from coopeten_gui.services import matching, offers_asks
    from coopeten_gui.storage import database

    data = generate.ensure(scale, cache_dir, log=lambda m: print(m, flush=True))
    copy = folder / "bench.sqlite"
    shutil.copyfile(data.path, copy)
    database.open_database(copy)
    figures: dict[str, float] = {}
    try:
        conn = database.connection()
        open_rows = conn.execute("SELECT count(*) FROM offer_ask WHERE deleted_at IS NULL "
                                 "AND status IN ('open', 'in_progress')").fetchone()[0]
        print(f"data set: {data.path}, {data.counts['offers_asks']:,} offers and asks, "
              f"{open_rows:,} open", flush=True)

        builds = []
        for number in range(repeats):
            matching._index = None
            before = _rss_mib()
            started = time.perf_counter()
            matching.refresh()
            builds.append(time.perf_counter() - started)
            if number == 0:  # later builds reuse memory the first one freed
                figures["index_mib"] = _rss_mib() - before
        figures["build_s"] = statistics.median(builds)
        figures["groups"] = len(matching._index.groups)

        def first_screen_cold():
            matching._index.ranked.clear()  # every ask group scored again
            matching.matches(limit=FIRST_SCREEN)

        figures["first_screen_cold_ms"] = _median_ms(first_screen_cold, repeats)
        figures["first_screen_ms"] = _median_ms(
            lambda: matching.matches(limit=FIRST_SCREEN), repeats)
        heavy = data.heavy_contact_id
        matching._index.ranked.clear()
        figures["heavy_contact_ms"] = _median_ms(
            lambda: matching.matches_for_contact(heavy), 1)
        figures["heavy_contact_warm_ms"] = _median_ms(
            lambda: matching.matches_for_contact(heavy), repeats)
        rng = random.Random(7)
        others = [rng.randrange(1, scale + 1) for _ in range(200)]
        times = []
        for contact_id in others:
            started = time.perf_counter()
            matching.matches_for_contact(contact_id)
            times.append((time.perf_counter() - started) * 1000)
        figures["contact_median_ms"] = statistics.median(times)
        figures["contact_max_ms"] = max(times)

        writes, after_contact, after_screen = [], [], []
        for number in range(repeats):
            started = time.perf_counter()
            offers_asks.create(offers_asks.OfferAskData(
                contact_id=heavy, kind="offer",
                description=f"Pan de masa madre para tiendas y cafeterías {number}"))
            asked = offers_asks.create(offers_asks.OfferAskData(
                contact_id=1, kind="ask", description=f"Sourdough bread for the shop {number}"))
            writes.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            found = matching.matches_for_contact(heavy)
            after_contact.append((time.perf_counter() - started) * 1000)
            assert any(m.ask_id == asked for m in found.they_help)
            started = time.perf_counter()
            matching.matches(limit=FIRST_SCREEN)
            after_screen.append((time.perf_counter() - started) * 1000)
        figures["capture_write_ms"] = statistics.median(writes)
        figures["after_capture_contact_ms"] = statistics.median(after_contact)
        figures["after_capture_first_screen_ms"] = statistics.median(after_screen)

        if unique:
            # the generator draws texts from 26 phrases, so rows fall into a few hundred
            # groups; here every text gets two words of its own, as real notes would
            rng = random.Random(11)
            syllables = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa",
                         "te", "vi", "zo", "ka", "lo", "mi", "nu", "pe", "ri"]

            def word() -> str:
                return "".join(rng.choice(syllables) for _ in range(rng.randrange(2, 4)))

            ids = [r[0] for r in conn.execute("SELECT id FROM offer_ask")]
            with database.transaction():
                conn.executemany("UPDATE offer_ask SET description = description || ' ' || ? "
                                 "WHERE id = ?", [(f"{word()} {word()}", i) for i in ids])
            matching._index = None
            started = time.perf_counter()
            matching.refresh()
            figures["unique_build_s"] = time.perf_counter() - started
            figures["unique_groups"] = len(matching._index.groups)
            figures["unique_heavy_contact_ms"] = _median_ms(
                lambda: matching.matches_for_contact(heavy), 1)
            times = []
            for contact_id in others:
                started = time.perf_counter()
                matching.matches_for_contact(contact_id)
                times.append((time.perf_counter() - started) * 1000)
            figures["unique_contact_median_ms"] = statistics.median(times)
            if all_matches:
                # every ask scored against every offer that shares a word: minutes at
                # 100,000 contacts with unique texts (see README)
                started = time.perf_counter()
                matching.matches(limit=FIRST_SCREEN)
                figures["unique_first_screen_cold_ms"] = (time.perf_counter() - started) * 1000
                figures["unique_first_screen_ms"] = _median_ms(
                    lambda: matching.matches(limit=FIRST_SCREEN), repeats)
    finally:
        database.close_database()
    return figures


LABELS = [
    ("build_s", "term index built from nothing", "s", ""),
    ("index_mib", "  memory it takes (VmRSS growth, SQLite's page cache too)", "MiB", ""),
    ("groups", "  groups of rows that read alike", "", ""),
    ("first_screen_cold_ms", "first screen of all matches, nothing scored yet", "ms", "≤ 200"),
    ("first_screen_ms", "first screen of all matches, again", "ms", "≤ 200"),
    ("heavy_contact_ms", "one contact's matches (50 offers/asks), cold", "ms", "≤ 50"),
    ("heavy_contact_warm_ms", "  the same, again", "ms", "≤ 50"),
    ("contact_median_ms", "one contact's matches, median of 200", "ms", "≤ 50"),
    ("contact_max_ms", "  slowest of the 200", "ms", "≤ 50"),
    ("capture_write_ms", "an offer and an ask written (two contacts)", "ms", ""),
    ("after_capture_contact_ms", "  then that contact's matches (index brought up to date)",
     "ms", "≤ 50"),
    ("after_capture_first_screen_ms", "  then the first screen of all matches", "ms",
     "≤ 200"),
    ("unique_build_s", "every text made unique: index built", "s", ""),
    ("unique_groups", "  groups", "", ""),
    ("unique_first_screen_cold_ms", "  first screen of all matches, nothing scored yet", "ms",
     "≤ 200"),
    ("unique_first_screen_ms", "  first screen of all matches, again", "ms", "≤ 200"),
    ("unique_heavy_contact_ms", "  one contact's matches (50 offers/asks), cold", "ms", "≤ 50"),
    ("unique_contact_median_ms", "  one contact's matches, median of 200", "ms", "≤ 50"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="--scale 10000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quality-only", action="store_true")
    parser.add_argument("--unique-texts", action="store_true",
                        help="then again with every text made unique (slower to run)")
    parser.add_argument("--all-matches", action="store_true",
                        help="measure the first screen of all matches with unique texts "
                             "above 20,000 contacts too (scores every ask once)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where generated databases are kept "
                             "(default ~/.cache/coopeten-bench)")
    args = parser.parse_args(argv)
    if args.quick:
        args.scale = 10_000
    cache_home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    cache_dir = args.cache_dir or cache_home / "coopeten-bench"
    folder = Path(tempfile.mkdtemp(prefix="coopeten-match-"))
    try:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        quality(folder)
        if args.quality_only:
            return 0
        figures = speed(args.scale, cache_dir, folder, args.repeats, args.unique_texts,
                        args.scale <= 20_000 or args.all_matches)
        print(f"\nMatching at {args.scale:,} contacts (median of {args.repeats})\n")
        for key, label, unit, target in LABELS:
            if key not in figures:
                continue
            value = figures[key]
            shown = f"{value:,.0f}" if key.endswith("groups") else f"{value:,.1f}" if unit != "s" \
                else f"{value:.2f}"
            print(f"{label:<60}{shown:>9} {unit:<4}{target}")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
