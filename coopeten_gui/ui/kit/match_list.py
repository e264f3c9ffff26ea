"""Lists of matches (``services.matching``): the columns, the score as a short meter,
and what an empty list says.

Shared by the Offers & Asks page (every match) and the contact page (who could help
them, whom they could help).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from coopeten_gui.i18n import translate
from coopeten_gui.services import matching
from coopeten_gui.services.common import fold
from coopeten_gui.services.matching import Match
from coopeten_gui.ui.kit.row_model import Column


def score_text(score: float) -> str:
    """Five dots, as many filled as the match is close: 0.15 is one, a text that says
    the same as the other (1.0 and up) five."""
    filled = max(1, min(5, round(min(score, 1.0) * 5 + 0.49)))
    return "●" * filled + "○" * (5 - filled)


def asker(match: Match) -> str:
    if match.ask_mine:
        return translate("MatchList", "Me (noted with %1)").replace("%1", match.ask_contact_name)
    return match.ask_contact_name


def offerer(match: Match) -> str:
    if match.mine:
        return translate("MatchList", "You could offer this yourself")
    return match.offer_contact_name


def _score_column() -> Column:
    return Column(translate("MatchList", "Match"), lambda m: score_text(m.score),
                  key=lambda m: m.score,
                  tooltip=lambda m: translate("MatchList", "Score %1 (higher is closer)").replace(
                      "%1", f"{m.score:.2f}"))


def _why_column() -> Column:
    return Column(translate("MatchList", "Why"), lambda m: m.why,
                  tooltip=lambda m: translate("MatchList", "Words that met: %1").replace(
                      "%1", m.why))


def all_columns() -> list[Column]:
    """Every match: who asks what, who offers what, why."""
    return [
        _score_column(),
        Column(translate("MatchList", "Who asks"), asker, key=lambda m: fold(asker(m))),
        Column(translate("MatchList", "Asks for"), lambda m: m.ask_description),
        Column(translate("MatchList", "Who offers"), offerer, key=lambda m: fold(offerer(m))),
        Column(translate("MatchList", "Offers"), lambda m: m.offer_description),
        _why_column(),
    ]


def help_them_columns() -> list[Column]:
    """On a contact's page: their asks and who could help."""
    return [
        _score_column(),
        Column(translate("MatchList", "They ask for"), lambda m: m.ask_description),
        Column(translate("MatchList", "Who offers"), offerer, key=lambda m: fold(offerer(m))),
        Column(translate("MatchList", "Offers"), lambda m: m.offer_description),
        _why_column(),
    ]


def they_help_columns() -> list[Column]:
    """On a contact's page: their offers and whom they could help."""
    return [
        _score_column(),
        Column(translate("MatchList", "They offer"), lambda m: m.offer_description),
        Column(translate("MatchList", "Who asks"), asker, key=lambda m: fold(asker(m))),
        Column(translate("MatchList", "Asks for"), lambda m: m.ask_description),
        _why_column(),
    ]


def empty_text(reason: str, scope: str) -> str:
    """What an empty list says. ``scope``: "all", "help_them" or "they_help"."""
    texts = {
        ("all", matching.NO_ASKS): translate("MatchList",
            "No open asks yet. When someone asks for something, the offers that answer it "
            "show here."),
        ("all", matching.NO_OFFERS): translate("MatchList",
            "No open offers yet. Add what people offer, and the asks it answers show here."),
        ("all", matching.NOTHING_CLOSE): translate("MatchList",
            "No offer answers an open ask closely enough yet. A match shows when the words "
            "of an offer meet those of an ask, in Spanish or English."),
        ("help_them", matching.NO_ASKS): translate("MatchList", "They have no open asks."),
        ("help_them", matching.NO_OFFERS): translate("MatchList",
                                                     "Nobody else offers anything open yet."),
        ("help_them", matching.NOTHING_CLOSE): translate("MatchList",
            "No open offer answers their asks closely enough."),
        ("they_help", matching.NO_ASKS): translate("MatchList", "They offer nothing open yet."),
        ("they_help", matching.NO_OFFERS): translate("MatchList",
                                                     "Nobody else asks for anything open yet."),
        ("they_help", matching.NOTHING_CLOSE): translate("MatchList",
            "Their offers answer no open ask closely enough."),
    }
    return texts[(scope, reason)]


def fit_columns(table: QTableView, names: dict[int, int], texts: tuple[int, ...]) -> None:
    """Every column on screen, without a sideways scroll bar: the score as wide as its
    dots (or its title), names at ``names`` pixels, the texts sharing what is left (a
    cut text shows whole in its tooltip)."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    title = table.model().headerData(0, Qt.Orientation.Horizontal)
    header.resizeSection(0, max(metrics.horizontalAdvance("●●●●●"),
                                metrics.horizontalAdvance(title or "")) + 24)
    header.setStretchLastSection(False)
    for column, width in names.items():
        header.resizeSection(column, width)
    for column in texts:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
