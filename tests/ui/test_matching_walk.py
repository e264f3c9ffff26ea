"""A user's walk: three people captured at a breakfast, then their matches — in the
session list, one click away on their page (who could help them, whom they could help)
and on the Offers & Asks page — with why; categories suggested while typing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers import held_match_index
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from test_quick_capture import type_text  # tests/ui/test_quick_capture.py

from coopeten_gui.services import contact_list, contacts, events, offers_asks
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.pages.contact_tabs.offers_asks import OfferAskDialog


@pytest.fixture
def breakfast(db):
    rocio = contacts.create(ContactData(given_name="Rocío", family_name="Esteve",
                                        language="es"))
    offers_asks.create(offers_asks.OfferAskData(
        contact_id=rocio, kind="offer", party="me",
        description="Café de especialidad en grano a precio de mayorista"))
    return events.create(events.EventData(
        name="Desayuno de networking", kind="breakfast",
        starts_at=datetime.now().replace(microsecond=0) - timedelta(hours=1)))


@pytest.fixture
def window(qtbot, breakfast, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# name, company, email, they offer, they ask, we talked about, I offered, I asked for
PEOPLE = [
    ("Tom Baker", "Green Box", "tom@greenbox.test", "Catering for launch parties",
     "Sourdough bread every morning", "A joint stand at the spring fair",
     "Coffee for their launch", ""),
    ("María Núñez", "Panadería Masa Madre", "maria@masamadre.test",
     "Pan de masa madre para restaurantes", "Café en grano al por mayor", "", "",
     "Una presentación a su imprenta"),
    ("Ana Gil", "Estudio Gil", "", "Fotografía de producto", "Catering para la inauguración",
     "", "", ""),
]


def type_person(qtbot, capture, values) -> None:
    """Text and Tab through every field, Enter on the last one."""
    for number, value in enumerate(values):
        field = QApplication.focusWidget()
        if value:
            type_text(qtbot, field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return if number == len(values) - 1 else Qt.Key.Key_Tab)


def table_texts(table, columns) -> list[tuple]:
    model = table.model()
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def test_three_people_captured_then_their_matches_with_why(qtbot, window, breakfast):
    capture = window.open_quick_capture()
    qtbot.waitExposed(capture)
    capture.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.name_edit)

    # the category follows the words while they are typed
    type_text(qtbot, capture.offer_edit, "Catering for launch parties")
    assert capture.categories["offer"].currentData() == offers_asks.category_id("labour")
    capture.offer_edit.clear()
    assert capture.categories["offer"].currentData() == 0
    capture.name_edit.setFocus()

    for person in PEOPLE:
        type_person(qtbot, capture, person)
        assert QApplication.focusWidget() is capture.name_edit
    lines = [capture.session_list.item(i).text() for i in range(3)]
    assert "I offered: Coffee for their launch" in lines[0]
    # (the count's plural form comes from the translations: "2 matches")
    assert "— 2 match" in lines[1] and "— 1 match" in lines[2]

    # what was saved: what we talked about, their rows with a category, mine as mine
    talked = {r.display_name: r.talked_about for r in events.attendees(breakfast)}
    assert talked["Tom Baker"] == "A joint stand at the spring fair"
    rows = {r.description: r for r in offers_asks.list_offers_asks(event_id=breakfast)}
    assert rows["Sourdough bread every morning"].category_key == "supply"
    assert (rows["Coffee for their launch"].party, rows["Coffee for their launch"].kind) == (
        "me", "offer")
    assert (rows["Una presentación a su imprenta"].party,
            rows["Una presentación a su imprenta"].kind) == ("me", "ask")

    # María's matches, one click away
    capture.session_list.setCurrentRow(1)
    capture.matches_button.click()
    page = window.contact_view
    assert window.stack.currentWidget() is page and page.record.display_name == "María Núñez"
    assert page.tabs.currentWidget() is page.matches
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Matches (2)"
    # my best offer stands for all of mine (the coffee I offered Tom is mine too)
    assert table_texts(page.matches.tables["help_them"], (1, 2, 3, 4)) == [
        ("Café en grano al por mayor", "You could offer this yourself",
         "Café de especialidad en grano a precio de mayorista",
         "cafe, grano, al por mayor = mayorista")]
    they_help = table_texts(page.matches.tables["they_help"], (1, 2, 3, 4))
    assert they_help == [("Pan de masa madre para restaurantes", "Tom Baker",
                          "Sourdough bread every morning", "sourdough = masa madre, bread = pan")]
    # the other side opens with Enter
    table = page.matches.tables["they_help"]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.record.display_name == "Tom Baker"
    assert table_texts(page.matches.tables["help_them"], (1, 2, 4)) == [
        ("Sourdough bread every morning", "María Núñez", "sourdough = masa madre, bread = pan")]
    assert table_texts(page.matches.tables["they_help"], (1, 2, 4)) == [
        ("Catering for launch parties", "Ana Gil", "catering")]

    # every match on the Offers & Asks page, best first, with why
    window.show_section("exchanges")
    listing = window.pages["exchanges"]
    listing.tabs.setCurrentIndex(1)
    shown = table_texts(listing.matches, (1, 3, 5))
    assert ("Tom Baker", "María Núñez", "sourdough = masa madre, bread = pan") in shown
    assert ("Ana Gil", "Tom Baker", "catering") in shown
    assert ("María Núñez", "You could offer this yourself",
            "cafe, grano, al por mayor = mayorista") in shown


def test_a_contact_without_asks_says_why(qtbot, window, breakfast):
    lone = contacts.create(ContactData(given_name="Lone"))
    window.open_contact_matches(lone)
    tab = window.contact_view.matches
    assert tab.empty["help_them"].text() == "They have no open asks."
    assert tab.empty["they_help"].text() == "They offer nothing open yet."
    offers_asks.create(offers_asks.OfferAskData(contact_id=lone, kind="ask",
                                            description="Yoga mats"))
    window.contact_view.reload()
    assert tab.empty["help_them"].text() == "No open offer answers their asks closely enough."


def test_the_dialog_suggests_a_category_but_keeps_the_users(qtbot, db):
    maria = contacts.create(ContactData(given_name="María"))
    saved = []
    dialog = OfferAskDialog(offers_asks.OfferAskData(contact_id=maria), saved.append, "€")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.description, "Newsletter mention")
    assert dialog.category.currentData() == offers_asks.category_id("cross_promotion")
    # the user picks another: typing on no longer moves it
    dialog.category.setCurrentIndex(dialog.category.findData(offers_asks.category_id("money")))
    dialog.category.activated.emit(dialog.category.currentIndex())
    qtbot.keyClicks(dialog.description, " and photography")
    assert dialog.category.currentData() == offers_asks.category_id("money")
    # a row that already has a category keeps it
    other = OfferAskDialog(offers_asks.OfferAskData(
        contact_id=maria, description="x", category_id=offers_asks.category_id("care")),
        saved.append, "€", editing=True)
    qtbot.addWidget(other)
    qtbot.keyClicks(other.description, " photography")
    assert other.category.currentData() == offers_asks.category_id("care")


def test_a_long_build_of_the_matchers_index_waits_on_a_worker(qtbot, window, breakfast,
                                                             monkeypatch):
    """At a million contacts the matcher's index takes seconds to build: a contact's
    Matches and Balance tabs say they are looking, the index is built on a worker (once
    for both), and each shows what it finds when it is built."""
    from coopeten_gui.services import matching

    rocio = contact_list.search_contacts("Rocío Esteve")[0].id
    maria = contacts.create(ContactData(given_name="María", language="es"))
    offers_asks.create(offers_asks.OfferAskData(contact_id=maria, kind="ask",
                                                description="Café en grano al por mayor"))
    found = matching.matches_for_contact(maria)
    expected = sorted((m.ask_id, m.offer_id) for m in found.help_them + found.they_help)
    assert rocio in {m.offer_contact_id for m in found.help_them}
    built_on, release = held_match_index(monkeypatch)
    window.open_contact_matches(maria)
    tab = window.contact_view.matches
    assert tab.empty["help_them"].text() == "Looking for matches…"
    assert not tab.tables["help_them"].isVisible()
    page = window.contact_view
    page.tabs.setCurrentWidget(page.balance)
    qtbot.waitUntil(lambda: page.balance.next_give.text() == "Next give: looking…")
    release.set()
    qtbot.waitUntil(lambda: "looking" not in page.balance.next_give.text(), timeout=10_000)
    assert built_on == [False]  # one build, on a worker
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.count() == len(expected), timeout=10_000)
    assert sorted((m.ask_id, m.offer_id) for m in tab.found.help_them + tab.found.they_help) \
        == expected


def test_the_matches_of_every_offer_and_ask_wait_for_the_index_too(qtbot, window, breakfast,
                                                                    monkeypatch):
    from coopeten_gui.services import matching

    maria = contacts.create(ContactData(given_name="María", language="es"))
    offers_asks.create(offers_asks.OfferAskData(contact_id=maria, kind="ask",
                                                description="Café en grano al por mayor"))
    expected = len(matching.matches())
    assert expected
    built_on, release = held_match_index(monkeypatch)
    window.show_section("exchanges")
    page = window.pages["exchanges"]
    page.tabs.setCurrentIndex(1)
    assert page.matches_empty.text() == "Looking for matches…"
    assert not page.matches.isVisible()
    release.set()
    qtbot.waitUntil(lambda: page.matches_model.rowCount() == expected, timeout=10_000)
    assert built_on == [False]
    assert page.matches.isVisible() and not page.matches_empty.isVisible()
