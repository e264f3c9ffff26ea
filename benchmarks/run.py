"""Benchmarks: is Coopeten instant at 100,000 contacts?

    .venv/bin/python benchmarks/run.py                 # 100,000 contacts (about 5 minutes)
    .venv/bin/python benchmarks/run.py --quick         # 10,000 contacts (under a minute)
    .venv/bin/python benchmarks/run.py --scale 250000 --json out.json
    .venv/bin/python benchmarks/run.py --only search,list

Generates (or reuses) a realistic database outside the repository (see
``benchmarks/generate.py``), runs each measurement, and prints one table of figures
with their targets. ``--json OUT`` writes the same figures as one JSON object.

A measurement whose product code does not exist yet (its module cannot be imported,
or lacks the function) prints "n/a (not built yet)" and is left out of the JSON. What
they call:

- imports: ``services.importer.preview`` then ``run_import`` of a 10,000-contact file
  (vCard 3.0 made by ``services.formats.vcard.write_vcards``; a Google Contacts CSV),
  into a private copy of the data set;
- export: ``services.exporter.export("vcard", path)`` of every contact;
- letters: ``services.letter_rendering.render_letter`` of the built-in alliance proposal
  for stored contacts (context from the database, sandboxed rendering) and
  ``write_letter`` (PDF);
  the merge is ``services.mail_merge.merge_to_pdf`` of 100 contacts;
- the bundle: ``dist/coopeten/Coopeten`` built by ``build.spec``.

Benchmarks are not tests: nothing here fails on a missed target. The exit status is
non-zero only when a measurement breaks.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_SCALE = 100_000
QUICK_SCALE = 10_000
SEARCH_PREFIXES = 200


class NotBuilt(Exception):
    """The product code a measurement needs does not exist yet."""


def need(module: str, *names: str):
    """Import ``module`` (and check it has ``names``), or raise ``NotBuilt``."""
    try:
        found = importlib.import_module(module)
    except ImportError as exc:  # missing, or half-written while someone builds it
        raise NotBuilt(f"{module}: {exc}") from exc
    missing = [n for n in names if not hasattr(found, n)]
    if missing:
        raise NotBuilt(f"{module}.{missing[0]}")
    return found


# -- targets ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str
    # the largest acceptable value, from all figures of the run; None: no target
    target: Callable[[dict], float] | None = None
    target_text: str = ""
    digits: int = 1


def _at_most(limit: float) -> Callable[[dict], float]:
    return lambda figures: limit


def _at(contacts: int, limit: float) -> Callable[[dict], float]:
    """A target set for one size of data set only: no verdict at the others."""
    def target(figures: dict) -> float:
        if figures["contacts"] != contacts:
            raise KeyError("contacts")  # verdict() shows none
        return limit
    return target


FIGURES = [
    Figure("contacts", "contacts in the data set", "", digits=0),
    Figure("startup_s", "start-up, whole process, to first paint", "s", digits=3),
    Figure("floor_startup_s", "  floor: bare window, empty table", "s", digits=3),
    Figure("startup_ratio", "  start-up / floor", "×", _at_most(1.5), "≤ 1.5", 2),
    Figure("rss_mb", "memory with Contacts open (VmRSS)", "MiB",
           lambda f: f["floor_rss_mb"] + 80, "≤ floor + 80"),
    Figure("floor_rss_mb", "  floor: bare window", "MiB"),
    Figure("list_open_ms", "open Contacts until rows show", "ms", _at_most(100), "≤ 100"),
    Figure("scroll_end_ms", "jump to the last row", "ms", _at_most(100), "≤ 100"),
    Figure("search_p50_ms", "search while typing, median keystroke", "ms"),
    Figure("search_p95_ms", "search while typing, 95th percentile", "ms", _at_most(16),
           "≤ 16"),
    Figure("search_settled_p95_ms", "  95th percentile until the whole list is read", "ms"),
    Figure("fts_raw_ms", "  bare FTS5 query, first 50 rows (median)", "ms", digits=2),
    Figure("paint_first_ms", "  painting a search's first rows (median)", "ms", digits=2),
    Figure("paint_again_ms", "  painting the same rows again (median)", "ms", digits=2),
    Figure("contact_open_ms", "open a contact (50 offers/asks, 100 entries)", "ms",
           _at_most(50), "≤ 50"),
    Figure("backup_s", "verified backup", "s", _at(100_000, 2), "≤ 2 at 100k", 2),
    Figure("import_vcard_10k_s", "import 10,000 vCards", "s", _at_most(1.5), "≤ 1.5", 2),
    Figure("import_csv_10k_s", "import 10,000 CSV rows", "s", _at_most(1.5), "≤ 1.5", 2),
    Figure("export_vcard_100k_s", "export every contact as vCard", "s", _at(100_000, 3),
           "≤ 3 at 100k", 2),
    Figure("pdf_one_ms", "one proposal to PDF", "ms", _at_most(50), "≤ 50"),
    Figure("merge_100_s", "mail merge, 100 letters to PDF", "s", _at_most(5), "≤ 5", 2),
    Figure("bundle_mb", "bundle size (dist/coopeten)", "MiB", _at_most(150), "≤ 150"),
    Figure("frozen_startup_s", "bundle start-up, to first paint", "s", digits=3),
    Figure("frozen_startup_ratio", "  bundle / python main.py", "×", _at_most(1.2), "≤ 1.2",
           2),
]

# -- the million-contact figures (benchmarks/large_scale.py) --
FIGURES += [
    Figure("contact_open_first_ms", "  the first contact opened", "ms", _at_most(50), "≤ 50"),
    Figure("export_csv_s", "export every contact as CSV", "s", _at(100_000, 3),
           "≤ 3 at 100k", 2),
    Figure("export_json_s", "export everything as JSON", "s", _at(100_000, 5),
           "≤ 5 at 100k", 2),
    Figure("start_check_s", "check run at start (quick_check)", "s", _at(100_000, 1),
           "≤ 1 at 100k", 2),
    Figure("check_cli_s", "  `check`: full integrity check, whole process", "s", digits=2),
    Figure("stall_list_ms", "longest UI stall while Contacts reads its whole list", "ms",
           _at_most(50), "≤ 50"),
    Figure("stall_export_ms", "longest UI stall while a vCard export runs", "ms",
           _at_most(50), "≤ 50"),
    Figure("stall_import_ms", "longest UI stall while 10,000 are imported", "ms",
           _at_most(50), "≤ 50"),
    Figure("stall_backup_ms", "longest UI stall while a backup runs", "ms", _at_most(50),
           "≤ 50"),
    Figure("stall_save_ms", "longest UI stall after saving one contact", "ms",
           _at_most(50), "≤ 50"),
    Figure("stall_save_counts_ms", "  of which the status bar's counts", "ms", digits=2),
    Figure("pages_stall_ms", "longest UI stall opening another page", "ms", _at_most(100),
           "≤ 100"),
    *(Figure(f"page_{key}_ms", f"  {name}", "ms") for key, name in (
        ("today", "Today"), ("organizations", "Organizations"), ("events", "Events"),
        ("exchanges", "Offers & Asks"), ("followups", "Follow-ups"),
        ("proposals", "Proposals"), ("referrals", "Referrals"), ("alliances", "Alliances"),
        ("dashboard", "Dashboard"))),
    Figure("everywhere_stall_ms", "longest UI stall typing in Search everywhere", "ms",
           _at_most(50), "≤ 50"),
    Figure("everywhere_first_ms", "  its first results after the last key (median)", "ms"),
    Figure("everywhere_all_ms", "  every kind found after the last key, slowest word", "ms"),
    Figure("search_plan_p50_ms", "a search's first rows, chosen and read", "ms",
           digits=2),
    Figure("search_plan_p95_ms", "  95th percentile (thread time)", "ms", digits=2),
    Figure("search_index_pieces", "  the data set's search index", "pieces", digits=0),
    Figure("search_plan_written_p95_ms", "  95th percentile, index written to since", "ms",
           digits=2),
    Figure("search_index_pieces_written", "  that index", "pieces", digits=0),
    Figure("search_plan_tidied_p95_ms", "  95th percentile, that index merged again", "ms",
           digits=2),
    Figure("search_index_pieces_tidied", "  that index, merged again", "pieces", digits=0),
    Figure("search_tidy_s", "  merging it again, a step at a time", "s", digits=2),
]


# -- the run ------------------------------------------------------------------------------

@dataclass
class Context:
    args: argparse.Namespace
    sandbox: Path
    env: dict[str, str]
    data: object = None  # generate.DataSet
    figures: dict[str, float] = field(default_factory=dict)
    _bench: object = None
    _app: object = None

    @property
    def path(self) -> Path:
        return self.data.path

    def app(self):
        if self._app is None:
            from coopeten_gui import app as coopeten_app
            from coopeten_gui import translations

            self._app = coopeten_app.create_application()
            translations.install(self._app, None)
        return self._app

    def window_bench(self):
        from benchmarks import gui

        self.app()
        gui.ensure_database(self.path)
        if self._bench is None:
            self._bench = gui.WindowBench(self.data.heavy_contact_id)
        return self._bench

    def scratch_copy(self, name: str) -> Path:
        """A private copy of the data set to write into (imports)."""
        from coopeten_gui.storage import database

        target = self.sandbox / name
        for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        database.close_database()
        shutil.copyfile(self.path, target)
        # on the disk before the measurement, as a user's database is: else the first
        # commit's checkpoint waits for the system to write the whole copy (about 0.7 s
        # of an import at a million)
        with target.open("rb") as copied:
            os.fsync(copied.fileno())
        return target


def _python() -> str:
    return sys.executable


def _timed_process(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: "
                           f"{done.stderr.strip()[-2000:]}")
    return elapsed


def _output_of(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: "
                           f"{done.stderr.strip()[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def _alternate(commands: list[list[str]], runs: int, env: dict[str, str]) -> list[float]:
    """Median wall time of each command, run alternately after one warm-up each."""
    for command in commands:
        _timed_process(command, env)
    timings: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            timings[i].append(_timed_process(command, env))
    return [statistics.median(t) for t in timings]


def _compile_sources() -> None:
    """Bytecode up to date, as set-up leaves it (and as every start after the first has
    it): an edit since then would otherwise be compiled again at every timed start."""
    subprocess.run([_python(), "-m", "compileall", "-q", "main.py", "coopeten_gui"],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def measure_startup(ctx: Context) -> dict[str, float]:
    _compile_sources()
    app = [_python(), "main.py", "--db", str(ctx.path), "--quit-after-paint"]
    floor = [_python(), "benchmarks/floor_window.py", "--quit-after-paint"]
    startup, floor_startup = _alternate([app, floor], ctx.args.startup_runs, ctx.env)
    return {"startup_s": startup, "floor_startup_s": floor_startup,
            "startup_ratio": startup / floor_startup}


def measure_rss(ctx: Context) -> dict[str, float]:
    app = [_python(), "benchmarks/rss_probe.py", str(ctx.path)]
    floor = [_python(), "benchmarks/floor_window.py", "--rss"]
    runs = max(1, min(3, ctx.args.startup_runs))
    rss = [float(_output_of(app, ctx.env)) for _ in range(runs)]
    floor_rss = [float(_output_of(floor, ctx.env)) for _ in range(runs)]
    return {"rss_mb": statistics.median(rss), "floor_rss_mb": statistics.median(floor_rss)}


def measure_list(ctx: Context) -> dict[str, float]:
    return ctx.window_bench().list_figures(ctx.args.repeats)


def _words(ctx: Context) -> list[str]:
    from benchmarks import gui

    return gui.search_words(ctx.data.scale, ctx.data.words, 400)


def measure_search(ctx: Context) -> dict[str, float]:
    from benchmarks import gui

    bench = ctx.window_bench()
    figures = bench.search_figures(_words(ctx), ctx.args.prefixes)
    prefixes = gui.typed_prefixes(_words(ctx), ctx.args.prefixes)
    figures.update(gui.fts_raw_figures(ctx.path, prefixes))
    figures.update(bench.paint_figures(prefixes))
    return figures


def measure_contact(ctx: Context) -> dict[str, float]:
    return ctx.window_bench().contact_figures(max(ctx.args.repeats * 4, 5))


def measure_backup(ctx: Context) -> dict[str, float]:
    """A verified backup: the product's own (copy, integrity check of the copy, rotation)
    when it exists, else ``backup_to`` and an integrity check."""
    import sqlite3

    from benchmarks import gui
    from coopeten_gui.storage import database

    gui.ensure_database(ctx.path)
    folder = ctx.sandbox / "backups"
    try:
        backups = need("coopeten_gui.services.backups", "make_backup")
    except NotBuilt:
        backups = None
    ctx.app()
    started = time.perf_counter()
    if backups is not None:
        gui.on_worker(lambda: backups.make_backup(folder, manual=True))
    else:
        target = folder / "backup.sqlite"
        database.backup_to(target)
        check = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":
            raise RuntimeError(f"the backup is damaged: {verdict}")
    elapsed = time.perf_counter() - started
    shutil.rmtree(folder)
    return {"backup_s": elapsed}


# -- measurements of pieces still being built ---------------------------------------------

def _new_people(count: int):
    """``count`` new, realistic people (not yet in the database) as ContactData."""
    import random

    from benchmarks import generate
    from coopeten_gui.services.contact_data import ContactData, Labeled

    rng = random.Random(count)
    people = []
    for i in range(count):
        given, family = rng.choice(generate.GIVEN), rng.choice(generate.FAMILY)
        # a middle name and two family names: no stored contact has the same name, and
        # a 7xx mobile number none has, so every one is imported as new
        middle, second = rng.choice(generate.GIVEN), rng.choice(generate.FAMILY)
        org = f"{rng.choice(generate.BUSINESS)} {rng.choice(generate.ORG_NAMES)}"
        local = generate._ascii(given) + "." + generate._ascii(family)
        people.append(ContactData(
            given_name=given, middle_name=middle, family_name=f"{family} {second}",
            organization_name=org,
            job_title=rng.choice(generate.JOBS),
            emails=[Labeled(f"{local}{i}@example.org", "work")],
            phones=[Labeled(f"+34 7{i // 1_000_000:02d} {i // 1000 % 1000:03d} "
                            f"{i % 1000:03d}", "cell")],
            notes=rng.choice(generate.NOTES), tags=rng.sample(generate.TAGS, 2)))
    return people


def fold_log(importer) -> None:
    """The copy of an import's log into the file, which the window has a worker make once
    the result shows (versions before it had none)."""
    fold = getattr(importer, "fold_log", None)
    if fold is not None:
        fold()


def _import(ctx: Context, source: Path, key: str) -> dict[str, float]:
    """Preview then import ``source`` into a private copy of the data set, as the import
    dialog does, each on the window's pool; the figure is the import itself, the preview
    is reported beside it."""
    from benchmarks import gui
    from coopeten_gui.storage import database

    importer = need("coopeten_gui.services.importer", "preview", "run_import")
    scratch = ctx.scratch_copy(f"{key}.sqlite")
    database.open_database(scratch)
    ctx.app()
    try:
        started = time.perf_counter()
        plan = gui.on_worker(lambda: importer.preview(source))
        previewed = time.perf_counter()
        result = gui.on_worker(lambda: importer.run_import(source))
        finished = time.perf_counter()
        # the window then copies the log into the file on a worker, while the user reads
        # the result: reported beside the import, not in it
        gui.on_worker(lambda: fold_log(importer))
        folded = time.perf_counter()
    finally:
        database.close_database()
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
        source.unlink(missing_ok=True)
    # every one of the 10,000 is new: a figure of skipped duplicates would flatter it
    if plan.errors or result.errors or result.created < 10_000:
        raise RuntimeError(f"import went wrong: {plan.new} new, {len(plan.errors)} errors, "
                           f"{result.created} created, {result.skipped} skipped")
    return {key: finished - previewed, key.replace("_s", "_preview_s"): previewed - started,
            key.replace("_s", "_fold_s"): folded - finished,
            key.replace("_s", "_created"): result.created}


def measure_import_vcard(ctx: Context) -> dict[str, float]:
    vcard = need("coopeten_gui.services.formats.vcard", "write_vcards", "parse_vcards")
    need("coopeten_gui.services.importer", "preview", "run_import")
    source = ctx.sandbox / "people.vcf"
    source.write_text(vcard.write_vcards(_new_people(10_000), "3.0"), encoding="utf-8")
    return _import(ctx, source, "import_vcard_10k_s")


def measure_import_csv(ctx: Context) -> dict[str, float]:
    import csv

    need("coopeten_gui.services.formats.csv_formats", "parse_csv")
    need("coopeten_gui.services.importer", "preview", "run_import")
    source = ctx.sandbox / "people.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        # a Google Contacts export
        writer = csv.writer(out)
        writer.writerow(["First Name", "Middle Name", "Last Name", "Organization Name",
                         "Organization Title",
                         "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label",
                         "Phone 1 - Value", "Notes", "Labels"])
        for p in _new_people(10_000):
            writer.writerow([p.given_name, p.middle_name, p.family_name, p.organization_name,
                             p.job_title,
                             "Work", p.emails[0].value, "Mobile", p.phones[0].value, p.notes,
                             " ::: ".join(p.tags)])
    return _import(ctx, source, "import_csv_10k_s")


def measure_export_vcard(ctx: Context) -> dict[str, float]:
    from benchmarks import gui

    exporter = need("coopeten_gui.services.exporter", "export")
    ctx.app()
    gui.ensure_database(ctx.path)
    target = ctx.sandbox / "everyone.vcf"
    started = time.perf_counter()
    written = gui.on_worker(lambda: exporter.export("vcard", target))
    elapsed = time.perf_counter() - started
    target.unlink()
    if written < ctx.data.scale * 0.95:
        raise RuntimeError(f"the export wrote {written} contacts")
    return {"export_vcard_100k_s": elapsed}


def _letters_service():
    """The letter layer as the window and ``render`` use it: the templates, rendering
    and mail merge services, under one name."""
    from types import SimpleNamespace

    templates = need("coopeten_gui.services.letter_templates", "builtin_template")
    rendering = need("coopeten_gui.services.letter_rendering", "render_letter", "write_letter")
    merge = need("coopeten_gui.services.mail_merge", "merge_to_pdf")
    return SimpleNamespace(builtin_template=templates.builtin_template,
                           render_letter=rendering.render_letter,
                           write_letter=rendering.write_letter, merge_to_pdf=merge.merge_to_pdf)


def measure_pdf_one(ctx: Context) -> dict[str, float]:
    """One proposal: the context from the database, the built-in alliance proposal
    rendered in the sandbox, and the PDF written (a different contact each time)."""
    from benchmarks import gui
    from coopeten_gui.services import contact_list

    letters = _letters_service()
    ctx.app()
    gui.ensure_database(ctx.path)
    template = letters.builtin_template("alliance_proposal", "es")
    ids = contact_list.contact_ids()[:max(ctx.args.repeats, 3) + 1]
    letters.write_letter(letters.render_letter(template, ids[-1]), ctx.sandbox / "warm.pdf")
    timings = []
    for i, contact_id in enumerate(ids[:-1]):
        target = ctx.sandbox / f"proposal-{i}.pdf"
        started = time.perf_counter()
        letters.write_letter(letters.render_letter(template, contact_id), target)
        timings.append(time.perf_counter() - started)
        target.unlink(missing_ok=True)
    return {"pdf_one_ms": statistics.median(timings) * 1000}


def measure_merge(ctx: Context) -> dict[str, float]:
    """The mail merge of 100 contacts into one PDF, progress callback included."""
    from benchmarks import gui
    from coopeten_gui.services import contact_list

    letters = _letters_service()
    ctx.app()
    gui.ensure_database(ctx.path)
    ids = contact_list.contact_ids()[:100]
    target = ctx.sandbox / "merge.pdf"
    started = time.perf_counter()
    result = letters.merge_to_pdf(letters.builtin_template("alliance_proposal", "es"), ids,
                                  target, progress=lambda done, total: True)
    elapsed = time.perf_counter() - started
    target.unlink()
    if result.letters != len(ids):
        raise RuntimeError(f"the merge wrote {result.letters} letters of {len(ids)}")
    return {"merge_100_s": elapsed}


def measure_bundle(ctx: Context) -> dict[str, float]:
    bundle = REPO / "dist" / "coopeten"
    executable = bundle / "Coopeten"
    if not executable.exists():
        raise NotBuilt(str(executable.relative_to(REPO)))
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    # the same start as ``startup_s``, frozen and from source, alternately
    _compile_sources()
    frozen = [str(executable), "--db", str(ctx.path), "--quit-after-paint"]
    source = [_python(), "main.py", "--db", str(ctx.path), "--quit-after-paint"]
    frozen_startup, source_startup = _alternate([frozen, source], ctx.args.startup_runs,
                                                ctx.env)
    return {"bundle_mb": size / 2**20, "frozen_startup_s": frozen_startup,
            "frozen_startup_ratio": frozen_startup / source_startup}


MEASUREMENTS: list[tuple[str, Callable[[Context], dict[str, float]]]] = [
    ("startup", measure_startup),
    ("memory", measure_rss),
    ("list", measure_list),
    ("search", measure_search),
    ("contact", measure_contact),
    ("backup", measure_backup),
    ("import-vcard", measure_import_vcard),
    ("import-csv", measure_import_csv),
    ("export-vcard", measure_export_vcard),
    ("pdf", measure_pdf_one),
    ("merge", measure_merge),
    ("bundle", measure_bundle),
]


def _register_large_scale() -> None:
    from benchmarks import large_scale

    MEASUREMENTS.extend(large_scale.MEASUREMENTS)
    _KEYS_OF.update(large_scale.KEYS_OF)


# -- reporting ----------------------------------------------------------------------------

def verdict(figure: Figure, figures: dict[str, float]) -> str:
    if figure.target is None:
        return ""
    try:
        limit = figure.target(figures)
    except KeyError:
        return ""
    return "PASS" if figures[figure.key] <= limit else "FAIL"


def table(figures: dict[str, float], missing: dict[str, str]) -> str:
    lines = [f"{'figure':<48} {'value':>12}  {'target':<14} result",
             "-" * 84]
    shown = set()
    for figure in FIGURES:
        if figure.key in figures:
            value = f"{figures[figure.key]:,.{figure.digits}f} {figure.unit}"
            lines.append(f"{figure.label:<48} {value:>12}  {figure.target_text:<14} "
                         f"{verdict(figure, figures)}".rstrip())
            shown.add(figure.key)
        elif figure.key in missing:
            lines.append(f"{figure.label:<48} {missing[figure.key]:>12}  "
                         f"{figure.target_text:<14}".rstrip())
    for key, value in figures.items():
        if key not in shown:
            lines.append(f"{'  ' + key:<48} {value:>12,.2f}")
    return "\n".join(lines)


_KEYS_OF = {
    "startup": ["startup_s", "floor_startup_s", "startup_ratio"],
    "memory": ["rss_mb", "floor_rss_mb"],
    "list": ["list_open_ms", "scroll_end_ms"],
    "search": ["search_p50_ms", "search_p95_ms", "fts_raw_ms", "paint_first_ms",
               "paint_again_ms"],
    "contact": ["contact_open_ms"],
    "backup": ["backup_s"],
    "import-vcard": ["import_vcard_10k_s"],
    "import-csv": ["import_csv_10k_s"],
    "export-vcard": ["export_vcard_100k_s"],
    "pdf": ["pdf_one_ms"],
    "merge": ["merge_100_s"],
    "bundle": ["bundle_mb", "frozen_startup_s", "frozen_startup_ratio"],
}
_register_large_scale()


# -- the give and take: the Alliances page, one contact's balance, the ledger ---------------

FIGURES += [
    Figure("alliances_open_ms", "open Alliances until a screen of rows shows", "ms"),
    Figure("alliances_order_ms", "  every relationship in order (one query)", "ms"),
    Figure("alliances_screen_ms", "  a screen of 40 rows with their next give", "ms"),
    Figure("balance_one_ms", "one contact's give and take, with the next give", "ms"),
    Figure("ledger_all_s", "ledger of every relationship (command line)", "s", digits=2),
]


def measure_alliances(ctx: Context) -> dict[str, float]:
    """The Alliances page as it opens (the order of every relationship, then the first
    screen of rows and their next give), one contact's balance, and the whole ledger."""
    from benchmarks import gui

    balance = need("coopeten_gui.services.balance", "ledger_ids", "ledger", "balance")
    next_give = need("coopeten_gui.services.next_give", "suggest_next_give")
    pages = need("coopeten_gui.ui.pages.alliances_page", "AlliancesPage")
    ctx.app()
    gui.ensure_database(ctx.path)
    repeats = max(ctx.args.repeats, 3)
    page = pages.AlliancesPage()
    page.resize(1200, 700)

    def open_page() -> None:
        page.reload()
        model = page.model
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    def median_ms(work) -> float:
        work()  # warm
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            work()
            timings.append(time.perf_counter() - started)
        return statistics.median(timings) * 1000

    ids = balance.ledger_ids()
    if not ids:
        raise RuntimeError("the data set has no relationships")
    screen = ids[len(ids) // 2:len(ids) // 2 + 40]
    figures = {
        "alliances_open_ms": median_ms(open_page),
        "alliances_order_ms": median_ms(balance.ledger_ids),
        "alliances_screen_ms": median_ms(lambda: [
            next_give.suggest_next_give(row.contact_id)
            for row in balance.ledger(contact_ids=screen, limit=len(screen))]),
        "balance_one_ms": median_ms(lambda: (balance.balance(screen[0]),
                                             next_give.suggest_next_give(screen[0]))),
    }
    started = time.perf_counter()
    everything = balance.ledger_ids()
    read = 0
    for start in range(0, len(everything), 500):
        block = everything[start:start + 500]
        read += len(balance.ledger(contact_ids=block, limit=len(block)))
    figures["ledger_all_s"] = time.perf_counter() - started
    if read != len(everything):
        raise RuntimeError(f"the ledger read {read} rows of {len(everything)}")
    page.deleteLater()
    return figures


MEASUREMENTS.append(("alliances", measure_alliances))
_KEYS_OF["alliances"] = ["alliances_open_ms", "alliances_order_ms", "alliances_screen_ms",
                         "balance_one_ms", "ledger_all_s"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--scale", type=int, default=DEFAULT_SCALE,
                      help="number of contacts (other tables in proportion)")
    size.add_argument("--quick", action="store_true", help=f"--scale {QUICK_SCALE}")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write the figures here")
    parser.add_argument("--startup-runs", type=int, default=7,
                        help="runs of each start-up subprocess (median; default 7)")
    parser.add_argument("--prefixes", type=int, default=SEARCH_PREFIXES,
                        help=f"search keystrokes to time (default {SEARCH_PREFIXES})")
    parser.add_argument("--repeats", type=int, default=5,
                        help="repeats of the in-process list/contact timings (median)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where generated databases are kept "
                             "(default ~/.cache/coopeten-bench)")
    parser.add_argument("--fresh", action="store_true", help="regenerate the data set")
    parser.add_argument("--only", metavar="NAMES",
                        help="comma-separated subset of: "
                             + ",".join(name for name, _ in MEASUREMENTS))
    parser.add_argument("--scales", metavar="N,N,…",
                        help="run each scale in its own process and print them side by side "
                             "(e.g. 10000,100000,1000000)")
    parser.add_argument("--runs", type=int, default=1,
                        help="with --scales: runs of each scale (figures show their range)")
    args = parser.parse_args(argv)
    if args.quick:
        args.scale = QUICK_SCALE
    if args.scale < 100:
        parser.error("--scale must be at least 100")
    if min(args.startup_runs, args.repeats, args.prefixes) < 1:
        parser.error("--startup-runs, --repeats and --prefixes must be at least 1")
    return args


def _sandbox_environment(sandbox: Path) -> dict[str, str]:
    """Qt offscreen, and settings/app-data in a throwaway folder: no user state, no
    first-start dialog, the same for this process and every subprocess."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("COOPETEN_DB", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        folder = sandbox / var.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[var] = str(folder)
    os.environ.clear()
    os.environ.update(env)
    return env


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.scales:
        from benchmarks import large_scale

        scales = [int(s.replace("_", "")) for s in args.scales.split(",") if s.strip()]
        return large_scale.run_scales(sys.argv[1:] if argv is None else argv, scales,
                                      max(1, args.runs))
    cache_home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    cache_dir = args.cache_dir or cache_home / "coopeten-bench"
    sandbox = Path(tempfile.mkdtemp(prefix="coopeten-bench-"))
    env = _sandbox_environment(sandbox)
    wanted = set(args.only.split(",")) if args.only else None
    unknown = (wanted or set()) - {name for name, _ in MEASUREMENTS}
    if unknown:
        print(f"unknown measurement(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2

    from benchmarks import generate

    ctx = Context(args, sandbox, env)
    try:
        ctx.data = generate.ensure(args.scale, cache_dir, fresh=args.fresh,
                                   log=lambda m: print(m, flush=True))
        ctx.figures["contacts"] = args.scale  # the size some targets are set for
        source = "cached" if ctx.data.from_cache else f"made in {ctx.data.generated_in_s} s"
        counts = ", ".join(f"{v:,} {k}" for k, v in ctx.data.counts.items())
        print(f"data set: {ctx.data.path} ({source})\n  {counts}", flush=True)

        missing: dict[str, str] = {}
        broken = 0
        for name, measure in MEASUREMENTS:
            if wanted and name not in wanted:
                continue
            started = time.perf_counter()
            try:
                figures = measure(ctx)
            except NotBuilt as exc:
                print(f"{name}: n/a (not built yet: {exc})", flush=True)
                missing.update(dict.fromkeys(_KEYS_OF[name], "n/a (not built yet)"))
                continue
            except Exception:  # noqa: BLE001 - a measurement that breaks is counted, the others go on
                broken += 1
                print(f"{name}: ERROR", file=sys.stderr, flush=True)
                traceback.print_exc()
                missing.update(dict.fromkeys(_KEYS_OF[name], "ERROR"))
                continue
            ctx.figures.update(figures)
            shown = ", ".join(f"{k}={v:,.3g}" for k, v in figures.items())
            print(f"{name}: {shown}  ({time.perf_counter() - started:.1f} s)", flush=True)

        print(f"\nCoopeten benchmarks at {args.scale:,} contacts\n")
        print(table(ctx.figures, missing))
        if args.json:
            rounded = {k: round(v, 4) for k, v in ctx.figures.items()}
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(rounded, indent=1) + "\n",
                                 encoding="utf-8")
        return 1 if broken else 0
    finally:
        from coopeten_gui.storage import database

        database.close_database()
        shutil.rmtree(sandbox, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
