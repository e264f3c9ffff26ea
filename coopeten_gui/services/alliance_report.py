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
from coopeten_gui.services import balance, event_returns, labels, letter_context, letter_templates
from coopeten_gui.services.common import ServiceError
from coopeten_gui.storage import summaries
from coopeten_gui.translations import current_language

MAX_ROWS = 100

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

    def day(self, value: date | datetime | str | None) -> str:
        return format_date(value, self.language, "short")

    def ratio(self, value: float | None) -> str:
        if value is None:
            return "—"
        return translate("AllianceReport", "{ratio}×").format(
            ratio=format_number(value, self.language, 1))

    @staticmethod
    def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int],
              total: int | None, widths: Sequence[int]) -> str:
        """``numeric``: the columns of figures (right-aligned, kept on one line);
        ``widths``: each column's share of the page in percent (Qt's rich text lays a
        table out by them; left to itself it squeezes dates and amounts)."""

        def cell(tag: str, index: int, text: str) -> str:
            attributes = f' width="{widths[index]}%"' if tag == "th" else ""
            if index in numeric:
                attributes += ' align="right"'
                if tag == "td":
                    text = text.replace(" ", "\u00a0")
            return f"<{tag}{attributes}>{text}</{tag}>"

        head = "".join(cell("th", i, _e(h)) for i, h in enumerate(headers))
        body = "".join("<tr>" + "".join(cell("td", i, _e(v)) for i, v in enumerate(row))
                       + "</tr>" for row in rows)
        more = ""
        if total is not None and total > len(rows):
            more = _para(translate("AllianceReport", "… and {count} more.").format(
                count=total - len(rows)), "i")
        return ('<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
                'style="border-color: #9fb3bf; border-collapse: collapse; font-size: 8.5pt;">'
                f'<thead><tr style="background-color: #e8eef2;">{head}</tr></thead>'
                f"{body}</table>{more}")


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _para(text: str, style: str = "") -> str:
    return f"<p>{'<' + style + '>' if style else ''}{_e(text)}" \
           f"{'</' + style + '>' if style else ''}</p>"


def _alliances_section(w: _Writer, period: Period) -> str:
    # the gives of the period only; the most one-sided first (whom I owe, who owes me),
    # allies without a give in the period left out
    rows = balance.ledger(order="imbalance", today=period.end, since=period.start,
                          until=period.end, limit=MAX_ROWS * 3)
    active = [r for r in rows if r.given.gives or r.received.gives][:MAX_ROWS]
    title = translate("AllianceReport", "Alliances and their balance")
    if not active:
        return _heading(title) + _para(translate("AllianceReport",
                                                 "No gives either way in this period."))
    out = [_heading(title)]
    out.append(_para(translate(
        "AllianceReport", "The relationships with a give either way in this period, the most "
                          "one-sided first; only the gives of the period are counted.")))

    def side(gives: int, cents: int) -> str:
        if not gives:
            return "—"
        return f"{w.number(gives)} · {w.money(cents)}" if cents else w.number(gives)

    one_sided = translate("AllianceReport", "One-sided for over 90 days.")
    out.append(w.table(
        [translate("AllianceReport", "Alliance"),
         translate("AllianceReport", "You gave (gives · money)"),
         translate("AllianceReport", "They gave (gives · money)"),
         translate("AllianceReport", "Verdict"), translate("AllianceReport", "Last give")],
        [[r.name + (f" ({r.organization})" if r.organization else ""),
          side(r.given.gives, r.given.money_cents),
          side(r.received.gives, r.received.money_cents),
          r.sentence + (" " + one_sided if r.one_sided else ""),
          w.day(r.last_give)] for r in active],
        {1, 2, 4}, None, (22, 17, 17, 31, 13)))
    if len(active) == MAX_ROWS:
        out.append(_para(translate(
            "AllianceReport", "Only the {count} most one-sided are listed.").format(
            count=w.number(MAX_ROWS)), "i"))
    return "".join(out)


def _events_section(w: _Writer, period: Period) -> str:
    rows = event_returns.list_returns(period.start, period.end)
    total = event_returns.totals(rows)
    title = translate("AllianceReport", "Events and their returns")
    if not rows:
        return _heading(title) + _para(translate("AllianceReport", "No events in this period."))
    out = [_heading(title)]
    out.append(_para(translate(
        "AllianceReport", "{events} events cost {cost}; you met {people} people there, "
                          "{allies} of them now allies, and {value} came back ({ratio} the "
                          "cost).").format(
        events=w.number(total.events), cost=w.money(total.cost_cents),
        people=w.number(total.people), allies=w.number(total.allies),
        value=w.money(total.value_cents), ratio=w.ratio(total.value_per_cost))))
    # the events that returned most first: the ones worth going back to
    ranked = sorted(rows, key=lambda r: (-(r.value_per_cost or 0), -r.value_cents, r.name))
    out.append(w.table(
        [translate("AllianceReport", "Date"), translate("AllianceReport", "Event"),
         translate("AllianceReport", "Cost"), translate("AllianceReport", "People met"),
         translate("AllianceReport", "Allies"), translate("AllianceReport", "Value back"),
         translate("AllianceReport", "Cost per ally"),
         translate("AllianceReport", "Value / cost")],
        [[w.day(r.starts_at), r.name, w.money(r.cost_cents), w.number(r.people),
          w.number(r.allies), w.money(r.value_cents), w.money(r.cost_per_ally_cents),
          w.ratio(r.value_per_cost)] for r in ranked[:MAX_ROWS]],
        {0, 2, 3, 4, 5, 6, 7}, len(rows), (12, 24, 10, 10, 9, 13, 11, 11)))
    out.append(_para(translate(
        "AllianceReport", "Value back: accepted proposals to people met there, business "
                          "closed through referrals involving them, and revenue from their "
                          "promotions of you."), "small"))
    return "".join(out)


def _proposals_section(w: _Writer, period: Period) -> str:
    start, end = period.bounds()
    statuses = summaries.proposals_by_status(start, end)
    rows = summaries.proposals_in(start, end, MAX_ROWS + 1)
    title = translate("AllianceReport", "Proposals and agreements")
    if not rows:
        return _heading(title) + _para(translate(
            "AllianceReport", "No proposals written or decided in this period."))
    out = [_heading(title)]
    parts = [translate("AllianceReport", "{status}: {count} ({value})").format(
        status=labels.proposal_status(code), count=w.number(statuses[code][0]),
        value=w.money(statuses[code][1]))
        for code in ("draft", "sent", "accepted", "declined") if code in statuses]
    if parts:
        out.append(_para(translate("AllianceReport", "Written in this period: {figures}.")
                         .format(figures="; ".join(parts))))
    out.append(w.table(
        [translate("AllianceReport", "Proposal"), translate("AllianceReport", "With"),
         translate("AllianceReport", "Status"), translate("AllianceReport", "Value"),
         translate("AllianceReport", "Commitments kept")],
        [[r.title, r.contact_name, labels.proposal_status(r.status), w.money(r.value_cents),
          translate("AllianceReport", "{kept} of {count}").format(
              kept=w.number(r.commitments_kept), count=w.number(r.commitments))
          if r.commitments else "—"] for r in rows[:MAX_ROWS]],
        {3, 4}, None, (34, 18, 12, 14, 22)))
    if len(rows) > MAX_ROWS:
        out.append(_para(translate("AllianceReport", "Only the first {count} are listed.")
                         .format(count=w.number(MAX_ROWS)), "i"))
    return "".join(out)


def _referrals_section(w: _Writer, period: Period) -> str:
    start, end = period.day_bounds()
    count, closed, value = summaries.referral_totals(start, end)
    title = translate("AllianceReport", "Referrals")
    if not count:
        return _heading(title) + _para(translate("AllianceReport", "No referrals in this period."))
    out = [_heading(title)]
    out.append(_para(translate(
        "AllianceReport", "{count} referrals; {closed} closed business worth {value}.").format(
        count=w.number(count), closed=w.number(closed), value=w.money(value))))
    me = translate("AllianceReport", "me")
    out.append(w.table(
        [translate("AllianceReport", "Date"), translate("AllianceReport", "From"),
         translate("AllianceReport", "To"), translate("AllianceReport", "Whom or what"),
         translate("AllianceReport", "Status"), translate("AllianceReport", "Value")],
        [[w.day(r.given_on), r.from_name or me, r.to_name or me, r.about,
          _referral_status(r.status), w.money(r.value_cents) if r.status == "closed" else ""]
         for r in summaries.referrals_in(start, end, MAX_ROWS)], {0, 5}, count,
        (12, 16, 16, 26, 16, 14)))
    return "".join(out)


def _referral_status(code: str) -> str:
    return {
        "given": translate("AllianceReport", "given"),
        "contacted": translate("AllianceReport", "contacted"),
        "met": translate("AllianceReport", "met"),
        "closed": translate("AllianceReport", "business closed"),
        "no_deal": translate("AllianceReport", "no deal"),
    }.get(code, code)


# the report's sections in order, each a function (writer, period) -> HTML
SECTIONS: list[Callable[[_Writer, Period], str]] = [
    _alliances_section, _events_section, _proposals_section, _referrals_section,
]


def report_language() -> str:
    """The window's language when letters are written in it, else English."""
    code = (current_language() or "en").replace("-", "_").split("_")[0].lower()
    return code if code in letter_templates.LANGUAGES else "en"


def report_html(period: Period, language: str | None = None,
                progress: Progress | None = None) -> str:
    """The report's body (without the letterhead)."""
    language = language or report_language()
    profile, _logo = letter_context.profile_context()
    w = _Writer(language, profile["currency"])
    title = translate("AllianceReport", "Alliance report")
    out = [f'<h2 style="color: #1f3b4d;">{_e(title)}</h2>',
           _para(translate("AllianceReport", "From {start} to {end}").format(
               start=format_date(period.start, language),
               end=format_date(period.end, language)))]
    for number, section in enumerate(SECTIONS):
        if progress is not None:
            progress(number, len(SECTIONS) + 1)
        out.append(section(w, period))
    out.append(_para(translate("AllianceReport", "Written by Coopeten on {day}.").format(
        day=format_date(date.today(), language)), "small"))
    return "".join(out)


def write_report(path: str | Path, period: Period, language: str | None = None,
                 progress: Progress | None = None) -> int:
    """Write the report of ``period`` as a PDF; returns its number of pages."""
    path = Path(path)
    if period.end < period.start:
        raise ReportError(translate("AllianceReport", "The period ends before it starts."))
    if path.suffix.lower() != ".pdf":
        raise ReportError(translate("AllianceReport", "“{name}” does not end in .pdf; the "
                                                      "report is written as a PDF.").format(
            name=path.name))
    if not path.parent.is_dir():
        raise ReportError(translate("Output", "Could not save “{name}”: {reason}.").format(
            name=path.name, reason=translate("Letters", "the folder {folder} does not exist")
            .format(folder=path.parent)))
    language = language or report_language()
    body = report_html(period, language, progress)
    profile, logo = letter_context.profile_context()
    document = output.build_document(body, profile, language, logo)
    if progress is not None:
        progress(len(SECTIONS), len(SECTIONS) + 1)
    try:
        return output.write_pdf(document, path, language)
    except output.OutputError as error:
        raise ReportError(str(error)) from error
