"""The Offers & Asks page: every open offer and ask, its filters, and the matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coopeten_gui.services import contacts, exchanges
from coopeten_gui.ui.exchanges_page import ExchangesPage
from keys import type_text  # tests/ui/keys.py


@pytest.fixture
def page(qtbot, demo_db):
    page = ExchangesPage()
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def shown_rows(page):
    model = page.table.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_open_offers_and_asks_are_listed_and_filtered(qtbot, page):
    rows = shown_rows(page)
    assert rows and all(r.status in ("open", "in_progress") for r in rows)
    assert len(rows) == len(exchanges.list_offers_asks(status=("open", "in_progress")))
    assert page.count_label.text().startswith(f"{len(rows)} offer")

    choose(page.who, "ask:them")
    assert shown_rows(page) and all((r.kind, r.party) == ("ask", "them")
                                    for r in shown_rows(page))
    supply = exchanges.category_id("supply")
    choose(page.category, supply)
    assert {r.category_id for r in shown_rows(page)} == {supply}
    choose(page.status, "fulfilled")
    assert shown_rows(page) == []
    choose(page.status, "")  # any status
    assert {r.status for r in shown_rows(page)} >= {"open", "in_progress"}

    choose(page.who, "")
    choose(page.category, 0)
    makers = next(i for n, i in contacts.event_choices() if n == "Local Makers Meetup")
    choose(page.event, makers)
    assert shown_rows(page) and all(r.event_id == makers for r in shown_rows(page))
    choose(page.event, 0)
    type_text(page.text, "Núñez")
    qtbot.waitUntil(lambda: {r.contact_name for r in shown_rows(page)} == {"María Núñez"})
    page.text.clear()
    type_text(page.text, "boletin")  # the description, accents ignored
    qtbot.waitUntil(lambda: len(shown_rows(page)) >= 1 and all(
        "bolet" in r.description.lower() for r in shown_rows(page)))


def test_double_click_or_enter_opens_the_contact(qtbot, page):
    opened = []
    page.contact_opened.connect(opened.append)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [shown_rows(page)[0].contact_id]


def test_matches_pair_an_ask_with_an_offer_of_the_same_category(qtbot, page):
    page.tabs.setCurrentIndex(1)
    model = page.matches.model()
    assert model.rowCount() > 0
    assert page.tabs.tabText(1) == f"Matches ({model.rowCount()})"
    found = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    assert all(m.ask.category_id == m.offer.category_id and m.ask.contact_id !=
               m.offer.contact_id for m in found)
    rocio = next(r for r in range(model.rowCount())
                 if model.index(r, 0).data() == "Rocío Esteve")
    opened = []
    page.contact_opened.connect(opened.append)
    page.matches.setFocus()
    page.matches.setCurrentIndex(model.index(rocio, 3))  # on the offer's side
    qtbot.keyClick(page.matches, Qt.Key.Key_Return)
    match = model.index(rocio, 0).data(Qt.ItemDataRole.UserRole)
    assert opened == [match.offer.contact_id]


def test_open_offer_ask_shows_it_whatever_the_filters(qtbot, page):
    choose(page.status, "fulfilled")
    declined = exchanges.list_offers_asks(status="declined")[0]
    assert page.open_offer_ask(declined.id)
    assert page.table.current_row().id == declined.id


def test_the_all_item_of_a_filter_is_never_clipped(qtbot):
    from PySide6.QtWidgets import QComboBox

    from coopeten_gui.ui.widgets import fill_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_combo(combo, "Todas las categorías", 0, [("Formación", 1)])
    # the box is sized for this many characters (12 before: "Todas las categoría…" cut)
    assert combo.minimumContentsLength() >= len("Todas las categorías")
