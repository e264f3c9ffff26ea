"""Benchmarks of the Dashboard and the alliance report at 100,000 contacts.

    .venv/bin/python benchmarks/returns.py            # 100,000 contacts, three runs each
    .venv/bin/python benchmarks/returns.py --quick    # 10,000 contacts

Uses the data set of ``benchmarks/run.py`` (``generate.ensure``, cached), copied into a
scratch folder with referrals added (the generator makes none yet): a twentieth of the
contacts, each way, half of them closed with a value.

Figures, each run printed and the median beside it:

- dashboard painted: from asking for the page until it is on screen with the funnel,
  the events, the proposals and the activity drawn (read as the page opens);
- dashboard alliances: until the give and take of the top alliances is drawn too (the
  whole ledger is weighed for it, off the UI thread);
- event returns, all events: ``services.event_returns.list_returns()``;
- report of a year: ``services.alliance_report.write_report`` of the last twelve months.

Targets: the dashboard on screen in under 300 ms, the report of a year in under 3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _add_referrals(path: Path, contacts: int) -> int:
    import sqlite3

    rng = random.Random(20261206)
    today = date.today()
    rows = []
    for _ in range(contacts // 20):
        other = rng.randrange(1, contacts + 1)
        sent_by_me = rng.random() < 0.5
        closed = rng.random() < 0.5
        stamp = (today - timedelta(days=rng.randrange(0, 700))).isoformat()
        rows.append((None if sent_by_me else other, other if sent_by_me else None,
                     f"Prospect {rng.randrange(10_000)}", stamp,
                     "closed" if closed else rng.choice(("given", "contacted", "met", "no_deal")),
                     rng.randrange(100, 500_000) if closed else 0, stamp + " 10:00:00"))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO referral (from_contact_id, to_contact_id, about_text, given_on, status, "
            "value_cents, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            [(*row[:6], row[6], row[6]) for row in rows])
    conn.close()
    return len(rows)


def _wait(app, done, timeout: float = 60.0) -> float:
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the dashboard did not fill in within a minute")
        time.sleep(0.001)
    return time.perf_counter()


def measure_dashboard(app) -> tuple[float, float]:
    from coopeten_gui.ui.pages.dashboard_page import DashboardPage

    started = time.perf_counter()
    page = DashboardPage()
    page.resize(1180, 720)
    page.show()
    page.repaint()
    painted = time.perf_counter()
    if page.figures is None:
        raise RuntimeError("the dashboard showed without its figures")
    _wait(app, lambda: page.alliances is not None)
    page.repaint()
    alliances = time.perf_counter()
    page.close()
    page.deleteLater()
    app.processEvents()
    return painted - started, alliances - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    scale = 10_000 if args.quick else 100_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks import generate

    cache_home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    data = generate.ensure(scale, cache_home / "coopeten-bench", log=print)
    scratch = Path(tempfile.mkdtemp(prefix="coopeten-returns-"))
    try:
        path = scratch / "bench.sqlite"
        shutil.copyfile(data.path, path)
        referrals = _add_referrals(path, scale)
        print(f"data set: {data.path}, copied with {referrals:,} referrals added")

        from PySide6.QtWidgets import QApplication

        from coopeten_gui import translations
        from coopeten_gui.services import alliance_report, event_returns
        from coopeten_gui.storage import database

        app = QApplication.instance() or QApplication([])
        translations.install(app, "en")
        database.open_database(path)
        import coopeten_gui.storage.models  # noqa: F401 - the window has it loaded by then

        runs: dict[str, list[float]] = {"dashboard painted": [], "dashboard alliances": [],
                                        "event returns, all events": [],
                                        "report of a year": []}
        for _ in range(args.runs):
            painted, alliances = measure_dashboard(app)
            runs["dashboard painted"].append(painted)
            runs["dashboard alliances"].append(alliances)
        for _ in range(args.runs):
            started = time.perf_counter()
            count = len(event_returns.list_returns())
            runs["event returns, all events"].append(time.perf_counter() - started)
        period = alliance_report.Period.last_year()
        for number in range(args.runs):
            started = time.perf_counter()
            pages = alliance_report.write_report(scratch / f"report-{number}.pdf", period)
            runs["report of a year"].append(time.perf_counter() - started)
        print(f"\nat {scale:,} contacts ({count:,} events; the report has {pages} pages)\n")
        targets = {"dashboard painted": "≤ 0.300 s", "report of a year": "≤ 3 s"}
        for name, values in runs.items():
            each = "  ".join(f"{v:.3f}" for v in values)
            print(f"{name:28} {each}   median {statistics.median(values):.3f} s"
                  f"   {targets.get(name, '')}")
        database.close_database()
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
