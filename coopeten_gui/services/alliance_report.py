"""The alliance report: the figures of a period as a printable PDF with the letterhead.

Four sections — the alliances and their balance, the events and their returns, the
proposals and agreements, the referrals — in the language of the window (the texts go
through the installed translator; dates, numbers and money through ``documents.
formatting``). The page is written by ``documents.output`` like every letter, so the
paper size follows the same rule as the letters do.

Long tables stop at ``MAX_ROWS`` rows with a line saying how many more there are: a
year of a large book stays a readable report, and renders in a second or two.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Sequence

from coopeten_gui.documents import output
from coopeten_gui.documents.formatting import format_date, format_money, format_number
from coopeten_gui.i18n import translate
from coopeten_gui.services import balance, event_returns, labels, letters
from coopeten_gui.services.common import ServiceError
from coopeten_gui.storage import summaries
from coopeten_gui.translations import current_language

MAX_ROWS = 200
_CONTEXT = "AllianceReport"

Progress = Callable[[int, int], None]


class ReportError(ServiceError):
    """The report cannot be made or written; the message is one translated sentence."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    @classmethod
    def last_year(cls, today: date | None = None) -> Period:
        today = today or date.today()
        try:
            start = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - 1, day=28)
        return cls(start + timedelta(days=1), today)

    def bounds(self) -> tuple[str, str]:
        """[start, end + 1 day) as stored timestamps compare."""
        return (datetime.combine(self.start, datetime.min.time()).isoformat(" "),
                datetime.combine(self.end + timedelta(days=1), datetime.min.time())
                .isoformat(" "))

    def day_bounds(self) -> tuple[str, str]:
        """The same, for columns holding dates only."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate(_CONTEXT, text, disambiguation, n)


def _e(text: object) -> str:
    return html.escape(str(text))


class _Writer:
    """Turns figures into the report's HTML, in one language and currency."""

    def __init__(self, language: str, currency: str) -> None:
        self.language, self.currency = language, currency

    def money(self, cents: int | None) -> str:
        return "—" if cents is None else format_money(cents, self.language, self.currency)

    def number(self, value: float) -> str:
        return format_number(value, self.language)

    def day(self, value) -> str:
        return format_date(value, self.language, "short")

    def ratio(self, value: float | None) -> str:
        if value is None:
            return "—"
        return _t("{ratio}×").format(
            ratio=format_number(value, self.language, 1))

    @staticmethod
    def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int],
              total: int | None = None, dated: bool = True) -> str:
        """``numeric``: the columns of figures (right-aligned); ``dated``: the first
        column is a date (kept on one line)."""
        def cell(tag: str, index: int, text: str) -> str:
            # figures never break inside; the texts between them take what is left
            align = ' align="right" nowrap' if index in numeric else (
                " nowrap" if dated and index == 0 else "")
            return f"<{tag}{align}>{text}</{tag}>"

        head = "".join(cell("th", i, _e(h)) for i, h in enumerate(headers))
        body = "".join("<tr>" + "".join(cell("td", i, _e(v)) for i, v in enumerate(row))
                       + "</tr>" for row in rows)
        more = ""
        if total is not None and total > len(rows):
            more = "<p><i>" + _e(_t("… and {count} more.").format(count=total - len(rows))) \
                + "</i></p>"
        return ('<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
                'style="border-color: #9fb3bf; border-collapse: collapse; font-size: 8.5pt;">'
                f'<thead><tr style="background-color: #e8eef2;">{head}</tr></thead>'
                f"{body}</table>{more}")


def _alliances_section(w: _Writer, period: Period) -> str:
    # the most recent gives first: the relationships that lived in the period come
    # before any that went quiet, so reading stops at the first give before it
    rows = balance.ledger(order="since_last_give", reverse=True, today=period.end,
                          limit=MAX_ROWS + 1)
    start = period.start
    active = [r for r in rows if r.last_give is not None and start <= r.last_give]
    out = [f"<h3>{_e(_t('Alliances and their balance'))}</h3>"]
    if not active:
        out.append(f"<p>{_e(_t('No gives either way in this period.'))}</p>")
        return "".join(out)
    out.append("<p>" + _e(_t(
        "The relationships with a give either way in this period, the busiest first; "
        "what each side gave is counted to date.")) + "</p>")
    active.sort(key=lambda r: (-(r.given.gives + r.received.gives), r.name))
    shown = active[:MAX_ROWS]

    def side(gives: int, cents: int) -> str:
        text = _t("%n give(s)", "", gives) if gives else "—"
        return f"{text}, {w.money(cents)}" if cents else text

    out.append(w.table(
        [_t("Alliance"), _t("You gave"), _t("They gave"), _t("Verdict"), _t("Last give")],
        [[r.name + (f" ({r.organization})" if r.organization else ""),
          side(r.given.gives, r.given.money_cents),
          side(r.received.gives, r.received.money_cents),
          r.sentence + (" " + _t("One-sided for over 90 days.") if r.one_sided else ""),
          w.day(r.last_give)] for r in shown],
        {1, 2}, None, dated=False))
    if len(rows) > MAX_ROWS:
        out.append("<p><i>" + _e(_t("Only the {count} with the latest gives are listed.")
                                 .format(count=w.number(MAX_ROWS))) + "</i></p>")
    return "".join(out)


def _events_section(w: _Writer, period: Period) -> str:
    rows = event_returns.list_returns(period.start, period.end)
    total = event_returns.totals(rows)
    out = [f"<h3>{_e(_t('Events and their returns'))}</h3>"]
    if not rows:
        out.append(f"<p>{_e(_t('No events in this period.'))}</p>")
        return "".join(out)
    out.append("<p>" + _e(_t(
        "{events} events cost {cost}; you met {people} people there, {allies} of them now "
        "allies, and {value} came back ({ratio} the cost).").format(
        events=w.number(total.events), cost=w.money(total.cost_cents),
        people=w.number(total.people), allies=w.number(total.allies),
        value=w.money(total.value_cents), ratio=w.ratio(total.value_per_cost))) + "</p>")
    # the events that returned most first: the ones worth going back to
    ranked = sorted(rows, key=lambda r: (-(r.value_per_cost or 0), -r.value_cents, r.name))
    shown = ranked[:MAX_ROWS]
    out.append(w.table(
        [_t("Date"), _t("Event"), _t("Cost"), _t("People met"), _t("Allies"),
         _t("Proposals"), _t("Value back"), _t("Cost per ally"), _t("Value / cost")],
        [[w.day(r.starts_at), r.name, w.money(r.cost_cents), w.number(r.people),
          w.number(r.allies), w.number(r.proposals), w.money(r.value_cents),
          w.money(r.cost_per_ally_cents), w.ratio(r.value_per_cost)] for r in shown],
        {2, 3, 4, 5, 6, 7, 8}, len(rows)))
    out.append("<p><small>" + _e(_t(
        "Value back: accepted proposals to people met there, business closed through "
        "referrals involving them, and revenue from their promotions of you.")) +
        "</small></p>")
    return "".join(out)


def _proposals_section(w: _Writer, period: Period) -> str:
    start, end = period.bounds()
    statuses = summaries.proposals_by_status(start, end)
    rows = summaries.proposals_in(start, end, MAX_ROWS + 1)
    out = [f"<h3>{_e(_t('Proposals and agreements'))}</h3>"]
    if not rows:
        out.append(f"<p>{_e(_t('No proposals written or decided in this period.'))}</p>")
        return "".join(out)
    parts = [_t("{status}: {count} ({value})").format(
        status=labels.proposal_status(code), count=w.number(statuses[code][0]),
        value=w.money(statuses[code][1]))
        for code in ("draft", "sent", "accepted", "declined") if code in statuses]
    if parts:
        out.append("<p>" + _e(_t("Written in this period: ") + "; ".join(parts) + ".") + "</p>")
    shown = rows[:MAX_ROWS]
    out.append(w.table(
        [_t("Proposal"), _t("With"), _t("Status"), _t("Value"), _t("Commitments kept")],
        [[r.title, r.contact_name, labels.proposal_status(r.status), w.money(r.value_cents),
          (_t("{kept} of {count}").format(kept=w.number(r.commitments_kept),
                                          count=w.number(r.commitments))
           if r.commitments else "—")] for r in shown],
        {3, 4}, len(rows) if len(rows) <= MAX_ROWS else None, dated=False))
    if len(rows) > MAX_ROWS:
        out.append("<p><i>" + _e(_t("Only the first {count} are listed.").format(
            count=w.number(MAX_ROWS))) + "</i></p>")
    return "".join(out)


def _referrals_section(w: _Writer, period: Period) -> str:
    start, end = period.day_bounds()
    count, closed, value = summaries.referral_totals(start, end)
    out = [f"<h3>{_e(_t('Referrals'))}</h3>"]
    if not count:
        out.append(f"<p>{_e(_t('No referrals in this period.'))}</p>")
        return "".join(out)
    out.append("<p>" + _e(_t("{count} referrals; {closed} closed business worth {value}.")
                          .format(count=w.number(count), closed=w.number(closed),
                                  value=w.money(value))) + "</p>")
    me = _t("me")
    rows = summaries.referrals_in(start, end, MAX_ROWS)
    out.append(w.table(
        [_t("Date"), _t("From"), _t("To"), _t("Whom or what"), _t("Status"), _t("Value")],
        [[w.day(r.given_on), r.from_name or me, r.to_name or me, r.about,
          _referral_status(r.status), w.money(r.value_cents) if r.status == "closed" else ""]
         for r in rows], {5}, count))
    return "".join(out)


def _referral_status(code: str) -> str:
    return {
        "given": _t("given"), "contacted": _t("contacted"), "met": _t("met"),
        "closed": _t("business closed"), "no_deal": _t("no deal"),
    }.get(code, code)


# the report's sections in order, each a function (writer, period) -> HTML
SECTIONS: list[Callable[[_Writer, Period], str]] = [
    _alliances_section, _events_section, _proposals_section, _referrals_section,
]


def report_language() -> str:
    """The window's language when letters are written in it, else English."""
    code = (current_language() or "en").replace("-", "_").split("_")[0].lower()
    return code if code in letters.LANGUAGES else "en"


def report_html(period: Period, language: str | None = None,
                progress: Progress | None = None) -> str:
    """The report's body (without the letterhead)."""
    language = language or report_language()
    profile, _logo = letters.profile_context()
    w = _Writer(language, profile["currency"])
    title = _t("Alliance report")
    out = [f'<h2 style="color: #1f3b4d;">{_e(title)}</h2>',
           "<p>" + _e(_t("From {start} to {end}").format(
               start=format_date(period.start, language),
               end=format_date(period.end, language))) + "</p>"]
    for number, section in enumerate(SECTIONS):
        if progress is not None:
            progress(number, len(SECTIONS) + 1)
        out.append(section(w, period))
    out.append("<p><small>" + _e(_t("Written by Coopeten on {day}.").format(
        day=format_date(date.today(), language))) + "</small></p>")
    return "".join(out)


def write_report(path: str | Path, period: Period, language: str | None = None,
                 progress: Progress | None = None) -> int:
    """Write the report of ``period`` as a PDF; returns its number of pages."""
    path = Path(path)
    if period.end < period.start:
        raise ReportError(_t("The period ends before it starts."))
    if path.suffix.lower() != ".pdf":
        raise ReportError(_t("“{name}” does not end in .pdf; the report is written as a "
                             "PDF.").format(name=path.name))
    if not path.parent.is_dir():
        raise ReportError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=path.name, reason=translate("Letters", "the folder {folder} does not exist")
            .format(folder=path.parent)))
    language = language or report_language()
    body = report_html(period, language, progress)
    profile, logo = letters.profile_context()
    document = output.build_document(body, profile, language, logo)
    if progress is not None:
        progress(len(SECTIONS), len(SECTIONS) + 1)
    try:
        return output.write_pdf(document, path, language)
    except output.OutputError as error:
        raise ReportError(str(error)) from error
