"""The ``referrals`` command: one line per referral, newest first."""

from __future__ import annotations

import argparse

from coopeten_gui.cli.common import EXIT_OK, open_existing
from coopeten_gui.i18n import translate
from coopeten_gui.services import session


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("referrals", help=translate(
        "Cli", "list the referrals: date, from → to, about, status, value"))
    listing.add_argument("--contact", type=int, metavar="ID",
                         help=translate("Cli", "only those that involve this contact"))
    listing.set_defaults(handler=cmd_referrals)


def cmd_referrals(args: argparse.Namespace) -> int:
    from coopeten_gui.documents.formatting import format_money
    from coopeten_gui.services import labels, my_business, referrals
    from coopeten_gui.translations import current_language

    open_existing(args)
    try:
        if args.contact is not None:
            from coopeten_gui.services import contacts

            contacts.get(args.contact)  # a number that is no contact says so
        currency = (my_business.get().currency or "EUR").upper()
        language = current_language()
        for row in referrals.list_referrals(contact_id=args.contact):
            value = format_money(row.value_cents, language, currency) if row.value_cents else ""
            sides = f"{row.from_name or referrals.me()} → {row.to_name or referrals.me()}"
            print("\t".join((row.given_on.isoformat(), sides, row.about,
                             labels.referral_status(row.status), value)))
    finally:
        session.close()
    return EXIT_OK
