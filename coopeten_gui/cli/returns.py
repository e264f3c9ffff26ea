"""Commands for what alliances and events returned.

    python main.py [--db PATH] event-returns [--from DATE] [--to DATE]
    python main.py [--db PATH] report --out FILE.pdf [--from DATE] [--to DATE]

``event-returns`` prints a line per event, tab-separated: date, name, cost, people met,
asks/offers, proposals, accepted value, referrals' closed value, promotion revenue,
cost per ally ("-" when nobody met there is an ally yet). Amounts are plain numbers
with two decimals, so a spreadsheet reads them. ``report`` writes the alliance report
of the period (the last twelve months by default) and draws, so it asks ``cli`` for a
QGuiApplication.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from coopeten_gui.cli.common import EXIT_OK, CommandError, open_existing
from coopeten_gui.i18n import translate
from coopeten_gui.services import session

if TYPE_CHECKING:
    from coopeten_gui.services.alliance_report import Period


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    returns = commands.add_parser("event-returns", help=translate(
        "Cli", "a line per event: its cost and what came of it"))
    _period_options(returns)
    returns.set_defaults(handler=cmd_event_returns)

    report = commands.add_parser("report", help=translate(
        "Cli", "write the alliance report of a period as PDF"))
    report.add_argument("--out", required=True, metavar="FILE.pdf",
                        help=translate("Cli", "where to write the PDF"))
    _period_options(report)
    report.set_defaults(handler=cmd_report, needs_gui=True)


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help=translate("Cli", "first day, as YYYY-MM-DD"))
    parser.add_argument("--to", dest="end", metavar="DATE",
                        help=translate("Cli", "last day, as YYYY-MM-DD"))


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(translate(
            "Cli", "“{text}” is not a date; write it as YYYY-MM-DD, for example "
                   "2026-01-31.").format(text=text)) from None


@overload
def _period(args: argparse.Namespace,
            default_last_year: Literal[False]) -> tuple[date | None, date | None]: ...
@overload
def _period(args: argparse.Namespace, default_last_year: Literal[True]) -> Period: ...
def _period(args: argparse.Namespace,
            default_last_year: bool) -> tuple[date | None, date | None] | Period:
    from coopeten_gui.services.alliance_report import Period

    start, end = _day(args.start), _day(args.end)
    if start is not None and end is not None and end < start:
        raise CommandError(translate("Cli", "The period ends ({end}) before it starts "
                                            "({start}).").format(start=start, end=end))
    if not default_last_year:
        return start, end
    end = end or (date.today() if start is None or start <= date.today() else start)
    return Period(start or Period.last_year(end).start, end)


def _amount(cents: int | None) -> str:
    return "-" if cents is None else f"{cents / 100:.2f}"


def cmd_event_returns(args: argparse.Namespace) -> int:
    from coopeten_gui.services import event_returns

    start, end = _period(args, default_last_year=False)
    open_existing(args)
    try:
        rows = event_returns.list_returns(start, end)
    finally:
        session.close()
    for row in rows:
        name = " ".join(row.name.split())  # a tab in a name would break the columns
        print("\t".join((
            row.starts_at.date().isoformat(), name, _amount(row.cost_cents), str(row.people),
            f"{row.asks}/{row.offers}", str(row.proposals), _amount(row.accepted_cents),
            _amount(row.referral_cents), _amount(row.promotion_cents),
            _amount(row.cost_per_ally_cents))))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from coopeten_gui.services import alliance_report

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise CommandError(translate("Cli", "“{name}” does not end in .pdf; the report is "
                                            "written as a PDF.").format(name=out.name))
    period = _period(args, default_last_year=True)
    open_existing(args)
    try:
        pages = alliance_report.write_report(out, period)
    finally:
        session.close()
    print(translate("Cli", "Alliance report from {start} to {end} written to {path}; "
                           "pages: {pages}.").format(
        start=period.start.isoformat(), end=period.end.isoformat(), path=out, pages=pages))
    return EXIT_OK
