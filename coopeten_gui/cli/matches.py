"""The ``matches`` command: which open offers answer which open asks, best first.

    python main.py [--db PATH] matches [--contact ID] [--limit N] [--json]

One line per match (score, who asks what, who offers what, the words that met), or with
``--json`` one JSON array of ``{"ask_id", "offer_id", "score", "why", …}`` on standard
output, the ids being those of the offer/ask rows (as the JSON export shows them).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from coopeten_gui.cli.common import EXIT_OK, CommandError, open_existing
from coopeten_gui.i18n import translate
from coopeten_gui.services import session

if TYPE_CHECKING:
    from coopeten_gui.services.matching import Match


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "a whole number from 1 up"))
    return value


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    found = commands.add_parser("matches", help=translate(
        "Cli", "open asks and the offers that answer them, best first"))
    found.add_argument("--contact", type=_positive, metavar="ID", help=translate(
        "Cli", "only the matches of this contact's offers and asks"))
    found.add_argument("--limit", type=_positive, metavar="N",
                       help=translate("Cli", "at most N matches"))
    found.add_argument("--json", action="store_true",
                       help=translate("Cli", "one JSON array on standard output"))
    found.set_defaults(handler=cmd_matches)


def cmd_matches(args: argparse.Namespace) -> int:
    from coopeten_gui.services import contacts, matching
    from coopeten_gui.services.common import NotFoundError

    open_existing(args)
    try:
        if args.contact is not None:
            try:
                record = contacts.get(args.contact)
            except NotFoundError:
                record = None
            if record is None or record.deleted_at is not None:
                raise CommandError(translate("Cli", "There is no contact number {id}.").format(
                    id=args.contact))
        found = matching.matches(args.contact, args.limit)
        if args.json:
            json.dump([{"ask_id": m.ask_id, "offer_id": m.offer_id,
                        "score": round(m.score, 4), "why": m.why,
                        "ask_contact_id": m.ask_contact_id,
                        "offer_contact_id": m.offer_contact_id, "mine": m.mine}
                       for m in found], sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            for m in found:
                print(_line(m))
    finally:
        session.close()
    return EXIT_OK


def _line(m: Match) -> str:
    asker = (translate("Cli", "you (noted with {name})").format(name=m.ask_contact_name)
             if m.ask_mine else m.ask_contact_name)
    offerer = (translate("Cli", "you could offer this yourself") if m.mine
               else m.offer_contact_name)
    return translate("Cli", "{score}\t{asker}: {ask}\t← {offerer}: {offer}\t({why})").format(
        score=f"{m.score:.2f}", asker=asker, ask=m.ask_description, offerer=offerer,
        offer=m.offer_description, why=m.why)
