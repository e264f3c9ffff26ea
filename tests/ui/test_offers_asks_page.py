"""The Offers & Asks page: every open offer and ask, its filters, and the matches."""

from __future__ import annotations

import threading

import pytest
from keys import type_text  # tests/ui/keys.py
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coopeten_gui.services import contacts, offers_asks
from coopeten_gui.ui.pages import offers_asks_page
from coopeten_gui.ui.pages.offers_asks_page import OffersAsksPage


@pytest.fixture
def page(qtbot, demo_db):
    page = OffersAsksPage()
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
    assert len(rows) == len(offers_asks.list_offers_asks(status=("open", "in_progress")))
    assert page.count_label.text().startswith(f"{len(rows)} offer")

    choose(page.who, "ask:them")
    assert shown_rows(page) and all((r.kind, r.party) == ("ask", "them")
                                    for r in shown_rows(page))
    supply = offers_asks.category_id("supply")
    choose(page.category, supply)
    assert {r.category_id for r in shown_rows(page)} == {supply}
    choose(page.status, "fulfilled")
    assert shown_rows(page) == []
    choose(page.status, "")  # any status
    assert {r.status for r in shown_rows(page)} >= {"open", "in_progress"}

    choose(page.who, "")
    choose(page.category, 0)
    makers = next(i for n, i in contacts.event_choices() if n == "Local Makers Meetup")
    qtbot.waitUntil(lambda: page.event_combo.findData(makers) > 0)  # read on a worker
    choose(page.event_combo, makers)
    assert shown_rows(page) and all(r.event_id == makers for r in shown_rows(page))
    choose(page.event_combo, 0)
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


def test_matches_are_listed_best_first_with_why_and_open_either_side(qtbot, page):
    page.tabs.setCurrentIndex(1)
    model = page.matches.model()
    assert model.rowCount() > 0
    assert page.tabs.tabText(1) == f"Matches ({model.rowCount()})"
    found = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert all(m.ask_contact_id != m.offer_contact_id and m.why for m in found)
    cross = next(r for r, m in enumerate(found) if m.ask_contact_name == "David Okafor")
    first = found[cross]
    # the demo's English ask answered by a Spanish offer, with its why
    assert [model.index(cross, c).data() for c in (1, 2, 3, 5)] == [
        "David Okafor", first.ask_description, "Javier Soler",
        "sourdough = masa madre, bread = pan"]
    assert model.index(0, 0).data() == "●●●●●"  # the closest of all
    assert model.index(cross, 0).data() in ("●●●○○", "●●●●○")
    mine = next(r for r, m in enumerate(found) if m.mine)
    assert model.index(mine, 3).data() == "You could offer this yourself"
    opened = []
    page.contact_opened.connect(opened.append)
    page.matches.setFocus()
    page.matches.setCurrentIndex(model.index(cross, 3))  # on the offer's side
    qtbot.keyClick(page.matches, Qt.Key.Key_Return)
    assert opened == [first.offer_contact_id]
    page.matches.selectRow(mine)
    assert not page.introduce_button.isEnabled()  # nobody to introduce: the offer is mine
    assert not page.open_offerer_button.isEnabled()
    page.matches.selectRow(cross)
    assert page.introduce_button.isEnabled()
    calls = []
    page._introduce = lambda ask_id, offer_id: calls.append((ask_id, offer_id))
    page.introduce_button.click()
    assert calls == [(first.ask_id, first.offer_id)]


def test_introduce_opens_the_introduction_letters_of_both_sides(qtbot, page):
    page.tabs.setCurrentIndex(1)
    first = next(m for m in page.matches_model.rows() if m.ask_contact_name == "David Okafor")
    dialog = page._introduce(first.ask_id, first.offer_id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.tabs.count() == 2  # one letter to each side
    titles = [dialog.tabs.tabText(i) for i in range(2)]
    assert titles[0].startswith("To David Okafor") and titles[1].startswith("To Javier Soler")
    asker, offerer = dialog.letter_texts()
    assert "Javier Soler" in asker and "David Okafor" in offerer
    dialog.close()


def test_an_empty_matches_list_says_why(qtbot, page):
    for row in offers_asks.list_offers_asks(kind="offer", limit=10_000):
        offers_asks.set_status(row.id, "fulfilled")
    page.tabs.setCurrentIndex(1)
    page.reload()
    assert page.matches.isHidden() and not page.matches_empty.isHidden()
    assert page.matches_empty.text().startswith("No open offers yet.")
    assert page.tabs.tabText(1) == "Matches"


def test_open_offer_ask_shows_it_whatever_the_filters(qtbot, page):
    choose(page.status, "fulfilled")
    declined = offers_asks.list_offers_asks(status="declined")[0]
    assert page.open_offer_ask(declined.id)
    assert page.table.current_row().id == declined.id


def test_the_all_item_of_a_filter_is_never_clipped(qtbot):
    from PySide6.QtWidgets import QComboBox

    from coopeten_gui.ui.kit.choices import fill_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_combo(combo, "Todas las categorías", 0, [("Formación", 1)])
    # the box is sized for this many characters (12 before: "Todas las categoría…" cut)
    assert combo.minimumContentsLength() >= len("Todas las categorías")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [1000, 800])  # the page in a 1366 and a 1024 pixel window
def test_every_column_fits_without_a_sideways_scroll_bar(qtbot, qapp, demo_db, language,
                                                         width):
    from coopeten_gui import translations

    translations.install(qapp, language)
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert header.count() == 7 and not any(header.isSectionHidden(c) for c in range(7))
    assert widths[2] == max(widths)  # the description takes the room left
    model, metrics = table.model(), table.fontMetrics()
    assert model.rowCount()
    for row in range(model.rowCount()):
        # who, status and value are never cut
        for column in (1, 4, 5):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 8 <= widths[column], text
        # names, categories and events that are cut show whole in their tooltip
        for column in (0, 3, 6):
            index = model.index(row, column)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


@pytest.fixture
def first_five(monkeypatch):
    """The first rows read among the five newest: the demo's list then needs a worker
    for the rest, as a large file does."""
    monkeypatch.setattr(offers_asks_page, "FIRST_SCAN", 5)


def test_the_first_rows_show_at_once_and_the_rest_follows(qtbot, demo_db, first_five):
    whole = offers_asks.list_offers_asks(status=("open", "in_progress"), limit=100_000)
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.show()  # the list is read as the page shows
    first = shown_rows(page)
    assert 0 < len(first) < len(whole) and first == whole[:len(first)]
    assert page.count_label.text() == ""  # not known yet
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    assert shown_rows(page) == whole
    assert page.count_label.text().startswith(f"{len(whole)} offer")
    assert page.table.current_row() == first[1]  # the rest came in below it


def test_a_list_read_for_filters_left_behind_never_shows(qtbot, demo_db, first_five,
                                                        monkeypatch):
    held, read = threading.Event(), offers_asks.all_rows
    calls = []

    def all_rows(where, text, limit, stop):
        calls.append(where)
        if len(calls) == 1:
            held.wait(10)  # the first reading is slow, and does not stop when asked
            return read(where, text, limit)
        return read(where, text, limit, stop)

    monkeypatch.setattr(offers_asks, "all_rows", all_rows)
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(calls) == 1)
    choose(page.who, "ask:them")
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    asks = offers_asks.list_offers_asks(kind="ask", party="them",
                                        status=("open", "in_progress"), limit=100_000)
    assert shown_rows(page) == asks
    held.set()
    qtbot.wait(300)  # the first answer arrives, and is dropped
    assert shown_rows(page) == asks
    assert page.count_label.text().startswith(f"{len(asks)} offer")


def test_the_empty_state_waits_for_the_rest_of_the_list(qtbot, demo_db, first_five):
    whole = offers_asks.list_offers_asks(limit=100_000)
    # a word of an older row only: none of the first rows has it
    oldest = whole[-1]
    word = max(oldest.description.split(), key=len)
    assert all(word.lower() not in r.description.lower() for r in whole[:5])
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    choose(page.status, "")  # any status
    page.text.setText(word)
    page.reload_list()
    assert shown_rows(page) == [] and page.empty_state.isHidden()
    qtbot.waitUntil(lambda: oldest in shown_rows(page))
    assert page.empty_state.isHidden()


def test_open_offer_ask_further_down_is_selected_once_read(qtbot, demo_db, first_five):
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.show()
    oldest = offers_asks.list_offers_asks(limit=100_000)[-1]
    assert page.open_offer_ask(oldest.id)
    qtbot.waitUntil(lambda: page.table.current_row() == oldest)
    assert page.table.rowViewportPosition(page.table.currentIndex().row()) >= 0  # in sight


def sorted_as_the_proxy_sorts(rows, column, order):
    """The order a plain sorting proxy gives (what the list did before it sorted in its
    model)."""
    from PySide6.QtCore import QSortFilterProxyModel

    from coopeten_gui.ui.kit.row_model import RowTableModel, SortRole
    from coopeten_gui.ui.pages.contact_tabs.offers_asks import offer_ask_columns

    model = RowTableModel(offer_ask_columns(lambda: "€", with_contact=True, with_kind=True))
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.sort(column, order)
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(len(rows))]


def test_a_click_on_a_title_sorts_as_before_and_the_selection_follows(qtbot, page):
    choose(page.status, "")  # any status: every status to sort
    given = shown_rows(page)
    header = page.table.horizontalHeader()
    page.table.selectRow(3)
    picked = page.table.current_row()
    for column in range(7):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, order)  # what a click on the title does
            assert shown_rows(page) == sorted_as_the_proxy_sorts(given, column, order)
            assert page.table.current_row() == picked
            assert [i.row() for i in page.table.selectionModel().selectedRows()] == [
                shown_rows(page).index(picked)]


def test_a_sorted_list_stays_sorted_when_the_rest_arrives(qtbot, demo_db, first_five):
    page = OffersAsksPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    choose(page.who, "offer:them")
    assert page.count_label.text() == ""  # the rest is being read
    page.table.selectRow(0)
    picked = page.table.current_row()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    offers = offers_asks.list_offers_asks(kind="offer", party="them",
                                          status=("open", "in_progress"), limit=100_000)
    assert shown_rows(page) == sorted_as_the_proxy_sorts(offers, 0,
                                                         Qt.SortOrder.DescendingOrder)
    assert page.table.current_row() == picked
