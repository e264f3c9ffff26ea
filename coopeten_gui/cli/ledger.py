"""The ``ledger`` command: the give and take of every relationship, one line each.

    python main.py [--db PATH] ledger [--contact ID_OR_EMAIL] [--order imbalance|since_last_give]

Columns, separated by tabs: name, what I gave, what they gave (each "gives: N · money"),
the verdict, my last give and theirs (YYYY-MM-DD, "-" for never). The list is read a
block at a time (``balance.ledger_ids`` then ``ledger(contact_ids=…)``), so 100,000
contacts print without holding them all.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from coopeten_gui.cli.common import EXIT_OK, open_existing
from coopeten_gui.i18n import translate
from coopeten_gui.services import session

BLOCK = 500

if TYPE_CHECKING:
    from coopeten_gui.services.balance import Side


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ledger = commands.add_parser("ledger", help=translate(
        "Cli", "the give and take of each relationship: given, received, verdict, last give "
               "each way"))
    ledger.add_argument("--contact", metavar="ID_OR_EMAIL", help=translate(
        "Cli", "only this contact (number or email address)"))
    ledger.add_argument("--order", choices=("imbalance", "since_last_give"),
                        default="imbalance", help=translate(
                            "Cli", "most one-sided first (imbalance, the default) or longest "
                                   "without a give first (since_last_give)"))
    ledger.set_defaults(handler=cmd_ledger)


def cmd_ledger(args: argparse.Namespace) -> int:
    from coopeten_gui.services import balance, contacts, letter_context, my_business

    open_existing(args)
    try:
        currency = (my_business.get().currency or "EUR").upper()
        if args.contact:
            contact_id = letter_context.resolve_contact(args.contact)
            found = balance.balance(contact_id)
            name = contacts.get(contact_id).display_name
            print(_line(name, found.given, found.received, found.verdict, currency))
            return EXIT_OK
        ids = balance.ledger_ids(order=args.order)
        for start in range(0, len(ids), BLOCK):
            block = ids[start:start + BLOCK]
            rows = {r.contact_id: r for r in balance.ledger(contact_ids=block, limit=len(block))}
            for contact_id in block:
                row = rows.get(contact_id)
                if row is not None:
                    print(_line(row.name, row.given, row.received, row.verdict, currency))
    finally:
        session.close()
    return EXIT_OK


def verdict_text(verdict: str) -> str:
    return {
        "gave_more": translate("Ledger", "you have given more"),
        "received_more": translate("Ledger", "they have given more"),
        "balanced": translate("Ledger", "balanced"),
        "none": translate("Ledger", "nothing given yet"),
    }[verdict]


def _line(name: str, given: Side, received: Side, verdict: str, currency: str) -> str:
    name = " ".join(name.split())  # a tab in a name would break the columns
    return "\t".join((name, _side(given, currency), _side(received, currency),
                      verdict_text(verdict), _day(given.last_give), _day(received.last_give)))


def _side(side: Side, currency: str) -> str:
    gives = translate("Ledger", "gives: {count}").format(count=side.gives)
    if not side.money_cents:
        return gives
    return f"{gives} · {side.money_cents / 100:.2f} {currency}"


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "-"
