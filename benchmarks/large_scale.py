"""Measurements for the million-contact figures: exports in every format, the checks,
how still the window stays while long work runs, and the side-by-side table.

``run.py`` registers the measurements (``MEASUREMENTS``) and hands ``--scales`` here:
each scale runs in a process of its own (``run.py --scale N --json …``), so one scale's
caches and memory never colour the next, and the figures are printed in one table with a
column per scale (and, with ``--runs``, the range of each figure over the runs).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: How often the probe on the UI thread wants to run; a gap longer than this between two
#: of its runs is time the window could not answer (a stall).
PROBE_MS = 5


# -- exports and checks -------------------------------------------------------------------

def _export(ctx, fmt: str, suffix: str) -> float:
    from benchmarks import gui
    from benchmarks.run import need

    exporter = need("coopeten_gui.services.exporter", "export")
    ctx.app()
    gui.ensure_database(ctx.path)
    target = ctx.sandbox / f"everyone.{suffix}"
    started = time.perf_counter()
    written = gui.on_worker(lambda: exporter.export(fmt, target))
    elapsed = time.perf_counter() - started
    target.unlink()
    if written < ctx.data.scale * 0.95:
        raise RuntimeError(f"the {fmt} export wrote {written} records")
    return elapsed


def measure_export_csv(ctx) -> dict[str, float]:
    return {"export_csv_s": _export(ctx, "csv", "csv")}


def measure_export_json(ctx) -> dict[str, float]:
    return {"export_json_s": _export(ctx, "json", "json")}


def measure_check(ctx) -> dict[str, float]:
    """The check the window runs at start (``database.quick_check``, on its own
    connection), and ``check`` on the command line (the full integrity check)."""
    from benchmarks.run import _python, _timed_process
    from coopeten_gui.storage import database

    database.close_database()
    started = time.perf_counter()
    problem = database.quick_check(ctx.path)
    start_check = time.perf_counter() - started
    if problem:
        raise RuntimeError(f"the data set is damaged: {problem}")
    full = _timed_process([_python(), "main.py", "--db", str(ctx.path), "check"], ctx.env)
    return {"start_check_s": start_check, "check_cli_s": full}


# -- the first rows of a search, without the window ---------------------------------------

#: How many rows a search reads before the benchmark's window paints them (the rows the
#: list shows and a few more: ``ContactsPage.first_rows``).
PLAN_ROWS = 36


def _plan_times(prefixes: list[str]) -> list[float]:
    """The thread's own time each prefix's first rows take to choose and read, once the
    name order is known, as the window knows it once a search is typed."""
    from coopeten_gui.services import contact_list

    contact_list.COSTS = contact_list.PlanCosts()  # learnt on this file only
    contact_list.keep_name_order(contact_list.name_order_state(),
                                 *contact_list.read_name_order())
    times = []
    for prefix in prefixes:
        started = time.thread_time()
        contact_list.contact_ids(contact_list.ContactQuery(text=prefix), "name", False,
                                 PLAN_ROWS)
        times.append(time.thread_time() - started)
    return times


#: How a copy of the data set is written to before its first rows are timed again: as many
#: separate writes, each re-indexing this share of the contacts (30 imports or batches of
#: edits, 3,333 contacts each at a million), so that its search index is in pieces again,
#: as a file written to since its index was made is (FTS5 merges pieces as they pile up)
WRITES, WRITE_SHARE = 30, 1 / 300


def _pieces() -> int:
    from coopeten_gui.storage import database

    return database.connection().execute(
        "SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]


def _write_in_pieces() -> None:
    """Re-index ``WRITES`` slices of the contacts, one commit each, as writes do."""
    from coopeten_gui.storage import database

    conn = database.connection()
    step = round(1 / WRITE_SHARE)
    for write in range(WRITES):
        with database.transaction():  # which brings the index up to date as it commits
            conn.execute("INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact "
                         "WHERE id % ? = ?", (step, write))


def measure_search_plans(ctx) -> dict[str, float]:
    """The part of a keystroke that grows with the book: choosing and reading the first
    rows of each prefix the search figure types, on the data set as it is (its index as
    the upgrade that made it left it: in one piece), and on a copy written to since in
    ``WRITES`` commits (its index in pieces again), then merged again as the window does
    after an automatic backup; and how many pieces each index is in."""
    from benchmarks import gui
    from benchmarks.run import _words
    from coopeten_gui.services import index_upkeep
    from coopeten_gui.storage import database

    prefixes = gui.typed_prefixes(_words(ctx), ctx.args.prefixes)
    gui.ensure_database(ctx.path)
    pieces = _pieces()
    as_is = _plan_times(prefixes)
    written_path = ctx.scratch_copy("written.sqlite")
    database.open_database(written_path)
    try:
        _write_in_pieces()
        written_pieces = _pieces()
        written = _plan_times(prefixes)
        # what the window does after its next automatic backup (services.index_upkeep)
        started = time.perf_counter()
        index_upkeep.tidy(rest=0)
        tidy_s = time.perf_counter() - started
        tidied_pieces = _pieces()
        tidied = _plan_times(prefixes)
    finally:
        database.close_database()
        for leftover in (written_path, Path(f"{written_path}-wal"),
                         Path(f"{written_path}-shm")):
            leftover.unlink(missing_ok=True)
    return {"search_plan_p50_ms": gui.percentile(as_is, 0.5) * 1000,
            "search_plan_p95_ms": gui.percentile(as_is, 0.95) * 1000,
            "search_index_pieces": pieces,
            "search_plan_written_p95_ms": gui.percentile(written, 0.95) * 1000,
            "search_index_pieces_written": written_pieces,
            "search_plan_tidied_p95_ms": gui.percentile(tidied, 0.95) * 1000,
            "search_index_pieces_tidied": tidied_pieces,
            "search_tidy_s": tidy_s}


# -- a still window while long work runs -------------------------------------------------

class StallProbe:
    """A timer on the UI thread that notes the longest wait between two of its runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = 0.0
        self._timer = QTimer(interval=PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        moment = time.perf_counter()
        self.longest = max(self.longest, moment - self._last)
        self._last = moment

    def stop(self) -> float:
        """The longest wait between two runs of the probe, in seconds (its own interval
        included: a window that never stalled shows about ``PROBE_MS``)."""
        self._timer.stop()
        return self.longest


def _stall_while(ctx, work) -> tuple[float, float, object]:
    """Run ``work(progress)`` as the window runs long work (``run_in_background``, a
    worker thread) with the main window open on Contacts; return the longest stall of
    the UI thread, the wall time, and what the work returned."""
    from benchmarks import gui
    from coopeten_gui.ui.kit import background

    ctx.app()
    # the database open now (the import's scratch copy), never the cached data set
    bench = gui.WindowBench(ctx.data.heavy_contact_id)
    window = bench.new_window()
    window.show_section("contacts")
    gui.pump(3)
    # At a million contacts the list reads the rest of its ids on a worker, then shows
    # them on the UI thread (hundreds of milliseconds: the list's own stall, not the
    # work's). Measured once that is done, as when a user starts the work on a list that
    # has been on screen a moment.
    gui.settle(window.contacts_page.table.model(), timeout=120)
    gui.idle(time.perf_counter() + 0.5)
    outcome: dict[str, object] = {}
    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    background.run_in_background(None, work, on_done=lambda r: outcome.setdefault("r", r),
                                 on_error=lambda e: outcome.setdefault("e", e))
    while not outcome:
        gui.pump()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    stall = probe.stop()
    bench.close(window)
    if "e" in outcome:
        raise outcome["e"]
    return stall, elapsed, outcome["r"]


def _stall_opening_contacts(ctx) -> float:
    """The longest UI stall from showing Contacts until the whole list is read."""
    from benchmarks import gui

    ctx.app()
    bench = gui.WindowBench(ctx.data.heavy_contact_id)
    window = bench.new_window()
    gui.pump(3)
    probe = StallProbe()
    probe.start()
    window.show_section("contacts")
    gui.settle(window.contacts_page.table.model(), timeout=120)
    gui.idle(time.perf_counter() + 0.2)  # the rows inserted, laid out and painted
    stall = probe.stop()
    bench.close(window)
    return stall


def measure_stalls(ctx) -> dict[str, float]:
    """The longest UI-thread stall while an export, an import and a backup run."""
    from benchmarks import gui
    from benchmarks.run import _new_people, need
    from coopeten_gui.storage import database

    exporter = need("coopeten_gui.services.exporter", "export")
    backups = need("coopeten_gui.services.backups", "make_backup")
    importer = need("coopeten_gui.services.importer", "run_import")
    vcard = need("coopeten_gui.services.formats.vcard", "write_vcards")
    figures: dict[str, float] = {}
    gui.ensure_database(ctx.path)
    figures["stall_list_ms"] = _stall_opening_contacts(ctx) * 1000
    target = ctx.sandbox / "stall.vcf"
    stall, elapsed, _ = _stall_while(ctx, lambda progress: exporter.export("vcard", target))
    target.unlink(missing_ok=True)
    figures.update(stall_export_ms=stall * 1000, stall_export_work_s=elapsed)
    folder = ctx.sandbox / "stall-backups"
    stall, elapsed, _ = _stall_while(ctx, lambda progress: backups.make_backup(folder,
                                                                               manual=True))
    figures.update(stall_backup_ms=stall * 1000, stall_backup_work_s=elapsed)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    source = ctx.sandbox / "stall-people.vcf"
    source.write_text(vcard.write_vcards(_new_people(10_000), "3.0"), encoding="utf-8")
    scratch = ctx.scratch_copy("stall-import.sqlite")
    database.open_database(scratch)
    try:
        stall, elapsed, result = _stall_while(ctx, lambda progress: _import_folded(importer,
                                                                                 source))
    finally:
        database.close_database()
        _remove_copy(scratch)
        source.unlink(missing_ok=True)
    figures.update(stall_import_ms=stall * 1000, stall_import_work_s=elapsed,
                   stall_import_created=result.created)
    return figures


def _import_folded(importer, source):
    """The import, then the copy of its log into the file that the window runs on a
    worker afterwards (when this version has it), both in the stall's span."""
    from benchmarks.run import fold_log

    result = importer.run_import(source)
    fold_log(importer)
    return result


def measure_save_stall(ctx) -> dict[str, float]:
    """The longest UI-thread stall after saving one contact from its page, as the edit
    dialog's OK does: the write, the undo step, the page reloaded, the status bar's
    counts read again; and the longest of those asks for the counts alone. On a copy of
    the data set (a save writes)."""
    from benchmarks import gui
    from benchmarks.run import need
    from coopeten_gui.storage import database

    contacts = need("coopeten_gui.services.contacts", "update", "get", "data_of")
    undo = need("coopeten_gui.ui.kit.undo", "EditContact")
    scratch = ctx.scratch_copy("stall-save.sqlite")
    database.open_database(scratch)
    try:
        ctx.app()
        bench = gui.WindowBench(ctx.data.heavy_contact_id)
        window = bench.new_window()
        contact_id = ctx.data.heavy_contact_id
        window.open_contact(contact_id)
        # how long the window's asking for the status bar's counts holds the UI thread
        counting: list[float] = []
        update_counts = window._update_counts

        def timed_counts() -> None:
            started = time.perf_counter()
            update_counts()
            counting.append(time.perf_counter() - started)

        window._update_counts = timed_counts
        # the first counts (after the first paint) and the page's own reads are over
        gui.idle(time.perf_counter() + SAVE_SETTLES_S)
        longest = 0.0
        for attempt in range(SAVES):
            before = contacts.data_of(contacts.get(contact_id))
            after = dataclasses.replace(before, notes=f"{before.notes} {attempt}".strip())
            probe = StallProbe()
            probe.start()
            gui.idle(time.perf_counter() + 0.05)
            contacts.update(contact_id, after)
            window.undo_stack.push(undo.EditContact(contact_id, before, after))
            # a count at a million takes under half a second; wait well past it
            gui.idle(time.perf_counter() + SAVE_SETTLES_S)
            longest = max(longest, probe.stop())
        bench.close(window)
    finally:
        database.close_database()
        _remove_copy(scratch)
    return {"stall_save_ms": longest * 1000, "stall_save_counts_ms": max(counting) * 1000}


#: The pages measured by ``measure_pages``, in the window's order (Contacts has figures of
#: its own), and the seconds each is left to settle: what it reads on a worker arrives
#: and is shown within them (a second at a million contacts).
PAGES = ("today", "organizations", "events", "exchanges", "followups", "proposals",
         "referrals", "alliances", "dashboard")
PAGE_SETTLES_S = 2.5


def measure_pages(ctx) -> dict[str, float]:
    """The longest UI stall while each page opens the first time and settles (what it
    reads, on the UI thread or brought back from a worker, shown), as a user clicks
    through the sections of a window open on the data set."""
    from benchmarks import gui

    ctx.app()
    gui.ensure_database(ctx.path)
    bench = gui.WindowBench(ctx.data.heavy_contact_id)
    window = bench.new_window()
    gui.idle(time.perf_counter() + 0.5)
    figures: dict[str, float] = {}
    for key in PAGES:
        probe = StallProbe()
        probe.start()
        window.show_section(key)
        gui.idle(time.perf_counter() + PAGE_SETTLES_S)
        figures[f"page_{key}_ms"] = probe.stop() * 1000
    bench.close(window)
    figures["pages_stall_ms"] = max(figures.values())
    return figures


#: Words typed into Search everywhere by ``measure_search_everywhere``
EVERYWHERE_WORDS = 5


def measure_search_everywhere(ctx) -> dict[str, float]:
    """Search everywhere (Ctrl+K) as a user types a few words into it, a key every
    ``KEY_INTERVAL``: the longest UI stall from the first key until every kind has been
    found, how long after the last key the first results show (median) and all of them
    (the longest)."""
    import statistics

    from benchmarks import gui
    from benchmarks.run import _words

    ctx.app()
    gui.ensure_database(ctx.path)
    bench = gui.WindowBench(ctx.data.heavy_contact_id)
    window = bench.new_window()
    popup = window.search_everywhere()
    gui.pump(3)
    words = [word[:4] for word in _words(ctx)[:EVERYWHERE_WORDS]] + ["zqxw"]
    stalls, first, whole = [], [], []
    for word in words:
        popup.edit.clear()
        gui.idle(time.perf_counter() + 0.3)
        probe = StallProbe()
        probe.start()
        for char in word:
            gui.type_key(popup.edit, char)
            gui.idle(time.perf_counter() + gui.KEY_INTERVAL)
        typed = time.perf_counter()
        shown = None
        while time.perf_counter() - typed < 600:
            searched = popup.searched()
            if shown is None and popup.model.rowCount():
                shown = time.perf_counter() - typed
            if searched:
                break
            gui.pump()
            time.sleep(0.001)
        whole.append(time.perf_counter() - typed)
        if shown is not None:
            first.append(shown)
        stalls.append(probe.stop())
    popup.close()
    bench.close(window)
    figures = {"everywhere_stall_ms": max(stalls) * 1000, "everywhere_all_ms": max(whole) * 1000}
    if first:  # figures are positive numbers: none when no word found anything
        figures["everywhere_first_ms"] = statistics.median(first) * 1000
    return figures


def _remove_copy(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


#: Saves measured by ``measure_save_stall`` (the longest stall of them is the figure), and
#: the seconds let pass after each for everything it starts to end.
SAVES = 3
SAVE_SETTLES_S = 1.5


MEASUREMENTS = [
    ("export-csv", measure_export_csv),
    ("export-json", measure_export_json),
    ("check", measure_check),
    ("stalls", measure_stalls),
    ("stall-save", measure_save_stall),
    ("search-plans", measure_search_plans),
    ("pages", measure_pages),
    ("search-everywhere", measure_search_everywhere),
]

KEYS_OF = {
    "export-csv": ["export_csv_s"],
    "export-json": ["export_json_s"],
    "check": ["start_check_s", "check_cli_s"],
    "stalls": ["stall_list_ms", "stall_export_ms", "stall_backup_ms", "stall_import_ms"],
    "stall-save": ["stall_save_ms", "stall_save_counts_ms"],
    "search-plans": ["search_plan_p50_ms", "search_plan_p95_ms", "search_plan_merged_p95_ms",
                     "search_index_pieces"],
    "pages": ["pages_stall_ms", *(f"page_{key}_ms" for key in PAGES)],
    "search-everywhere": ["everywhere_stall_ms", "everywhere_first_ms", "everywhere_all_ms"],
}


# -- side by side -------------------------------------------------------------------------

def run_scales(argv: list[str], scales: list[int], runs: int) -> int:
    """Run ``run.py`` once per scale (``runs`` times each) and print one table with a
    column per scale; a figure measured more than once shows its range."""
    from benchmarks import run

    passed = _without_option(argv, "--scales", "--runs", "--json", "--quick", "--scale")
    results: dict[int, list[dict[str, float]]] = {scale: [] for scale in scales}
    broken = 0
    with tempfile.TemporaryDirectory(prefix="coopeten-scales-") as folder:
        for attempt in range(runs):
            for scale in scales:
                out = Path(folder) / f"{scale}-{attempt}.json"
                command = [sys.executable, str(Path(run.__file__)), "--scale", str(scale),
                           "--json", str(out), *passed]
                print(f"\n== {scale:,} contacts, run {attempt + 1} of {runs}: "
                      f"{' '.join(command[1:])}", flush=True)
                done = subprocess.run(command)
                broken += done.returncode != 0
                if out.exists():
                    results[scale].append(json.loads(out.read_text(encoding="utf-8")))
    print(side_by_side(results))
    json_out = _option_value(argv, "--json")
    if json_out:
        Path(json_out).write_text(json.dumps({str(k): v for k, v in results.items()},
                                             indent=1) + "\n", encoding="utf-8")
    return 1 if broken else 0


def side_by_side(results: dict[int, list[dict[str, float]]]) -> str:
    from benchmarks.run import FIGURES, verdict

    scales = list(results)
    width = 19
    lines = ["\nCoopeten benchmarks, side by side (a range is the lowest–highest of the runs)\n",
             f"{'figure':<48} {'target':<13}" + "".join(f"{s:>{width},}" for s in scales),
             "-" * (62 + width * len(scales))]
    known = {f.key for f in FIGURES}
    keys = [f.key for f in FIGURES] + sorted(
        {k for runs in results.values() for r in runs for k in r} - known)
    labels = {f.key: f for f in FIGURES}
    for key in keys:
        cells, seen = [], False
        for scale in scales:
            values = [r[key] for r in results[scale] if key in r]
            if not values:
                cells.append("–")
                continue
            seen = True
            figure = labels.get(key)
            digits = figure.digits if figure else 2
            low, high = min(values), max(values)
            text = (f"{low:,.{digits}f}" if low == high
                    else f"{low:,.{digits}f}–{high:,.{digits}f}")
            if figure is not None and figure.target is not None:
                marks = {verdict(figure, r) for r in results[scale] if key in r}
                marks.discard("")
                if marks:
                    text += " ✓" if marks == {"PASS"} else " ✗"
            cells.append(text)
        if not seen:
            continue
        figure = labels.get(key)
        label = figure.label if figure else "  " + key
        unit = f" ({figure.unit})" if figure and figure.unit else ""
        target = figure.target_text if figure else ""
        lines.append(f"{(label + unit)[:48]:<48} {target:<13}"
                     + "".join(f"{c:>{width}}" for c in cells))
    lines.append("\n✓ every run met the target, ✗ at least one run missed it")
    return "\n".join(lines)


def _without_option(argv: list[str], *names: str) -> list[str]:
    kept, skip = [], False
    for arg in argv:
        if skip:
            skip = False
            continue
        name = arg.split("=", 1)[0]
        if name in names:
            skip = "=" not in arg and name not in ("--quick",)
            continue
        kept.append(arg)
    return kept


def _option_value(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None
