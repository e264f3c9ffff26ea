"""The contact page: details, offers & asks on both sides, the timeline and its note box,
follow-ups, proposals, cross-promotions with their balance; and the page in the window."""

from __future__ import annotations

import pytest
from keys import type_text  # tests/ui/keys.py
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import contacts, followups, interactions, offers_asks, promotions
from coopeten_gui.services.promotions import Balance, Totals
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.kit.choices import ChoiceModel
from coopeten_gui.ui.kit.row_model import Column, RowTableModel
from coopeten_gui.ui.pages.contact_page import ContactPage
from coopeten_gui.ui.pages.contact_tabs.promotions import BalanceView
from coopeten_gui.ui.pages.offers_asks_page import OffersAsksPage

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def shown(qtbot, widget, size=(1200, 760)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return activate(qtbot, widget)


def activate(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def maria(demo_db) -> int:
    return contacts.find_by_email("maria@masamadre.es")


@pytest.fixture
def page(qtbot, maria):
    page = shown(qtbot, ContactPage())
    page.show_contact(maria)
    return page


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def rows(table) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_every_detail_with_links_that_open(page, maria):
    html = page.details.text()
    assert "mailto:maria@masamadre.es" in html
    assert "tel:+34600123456" in html
    assert "Desayuno de Networking Ruzafa" in html and "3200" in html.replace(",", "")
    assert "barrio, panadería" in html
    assert page.name_label.text() == "María Núñez"
    assert "Panadería Masa Madre" in page.subtitle.text() and "Ally" in page.subtitle.text()
    javier = contacts.find_by_email("javier@masamadre.es")
    opened = []
    page.contact_opened.connect(opened.append)
    page.show_contact(javier)
    assert f"contact:{maria}" in page.details.text()  # introduced by María
    page.details.linkActivated.emit(f"contact:{maria}")
    assert opened == [maria]
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[0].replace("&&", "&").startswith("Offers & Asks")  # && shows as &


def test_offers_and_asks_on_both_sides_then_listed_on_the_offers_and_asks_page(qtbot, page,
                                                                              maria):
    wanted = [("offer", "me", "Roast a house blend for their shop", "Supply", "250"),
              ("ask", "them", "Space for a Saturday bread stall", "Shared space", ""),
              ("offer", "them", "Bread for our tastings", "Supply", "40"),
              ("ask", "me", "Mention us to the bakers' guild", "Recommendation or referral",
               "")]
    for kind, party, text, category, value in wanted:
        qtbot.mouseClick(page.offers_asks.add_buttons[(kind, party)],
                         Qt.MouseButton.LeftButton)
        dialog = page.offers_asks.dialog
        assert dialog.who.currentData() == f"{kind}:{party}"
        qtbot.keyClicks(dialog.description, text)
        dialog.category.setFocus()
        qtbot.keyClicks(dialog.category.lineEdit(), category)
        if value:
            dialog.value.selectAll()
            qtbot.keyClicks(dialog.value, value)
        save(qtbot, dialog)
        assert not dialog.isVisible()

    stored = {(r.kind, r.party, r.description): r
              for r in offers_asks.list_offers_asks(contact_id=maria)}
    for kind, party, text, category, value in wanted:
        row = stored[(kind, party, text)]
        assert row.category_name and category.startswith(row.category_name[:6])
        assert row.value_cents == int(value or 0) * 100
        assert row.event_name == "Desayuno de Networking Ruzafa"  # where they met
    table = page.offers_asks.tables[("ask", "them")]
    assert "Space for a Saturday bread stall" in [r[0] for r in rows(table)]
    assert page.offers_asks.titles[("ask", "me")].text() == "I ask (1)"

    listing = shown(qtbot, OffersAsksPage())
    type_text(listing.text, "María")
    qtbot.waitUntil(lambda: {r[2] for r in rows(listing.table)} >= {w[2] for w in wanted})
    opened = []
    listing.contact_opened.connect(opened.append)
    listing.table.setFocus()
    listing.table.setCurrentIndex(listing.table.model().index(0, 0))
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    assert opened == [maria]


def test_a_new_category_typed_in_the_dialog_joins_the_list(qtbot, page, maria):
    qtbot.mouseClick(page.offers_asks.add_buttons[("offer", "them")],
                     Qt.MouseButton.LeftButton)
    dialog = page.offers_asks.dialog
    qtbot.keyClicks(dialog.description, "Sourdough workshop")
    qtbot.keyClicks(dialog.category.lineEdit(), "Baking classes")
    save(qtbot, dialog)
    assert "Baking classes" in [c.name for c in offers_asks.categories()]


def test_an_offer_without_description_is_refused_beside_the_field(qtbot, page, maria):
    before = len(offers_asks.list_offers_asks(contact_id=maria))
    qtbot.mouseClick(page.offers_asks.add_buttons[("offer", "me")], Qt.MouseButton.LeftButton)
    dialog = page.offers_asks.dialog
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog._errors["description"].text()
    assert len(offers_asks.list_offers_asks(contact_id=maria)) == before


def test_editing_and_deleting_an_offer_then_undo(qtbot, page, maria):
    group = ("offer", "them")
    page.offers_asks.tables[group].selectRow(0)
    qtbot.mouseClick(page.offers_asks.edit_buttons[group], Qt.MouseButton.LeftButton)
    dialog = page.offers_asks.dialog
    dialog.description.clear()
    qtbot.keyClicks(dialog.description, "Newsletter mention, 3,200 readers")
    save(qtbot, dialog)
    assert any(r.description == "Newsletter mention, 3,200 readers"
               for r in offers_asks.list_offers_asks(contact_id=maria))

    table = page.offers_asks.tables[("offer", "them")]
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert not offers_asks.list_offers_asks(contact_id=maria, kind="offer", party="them")
    qtbot.keyClick(page, Qt.Key.Key_Z, CTRL)
    assert len(offers_asks.list_offers_asks(contact_id=maria, kind="offer", party="them")) == 1
    assert page.offers_asks.tables[("offer", "them")].model().rowCount() == 1


def test_a_cross_promotion_each_way_and_the_balance(qtbot, db):
    ana = contacts.create(contacts.ContactData(given_name="Ana", family_name="Gil"))
    page = shown(qtbot, ContactPage())
    page.show_contact(ana)
    assert page.promotions.balance.verdict.text() == "No promotions recorded yet."

    for direction, channel, audience, visits, leads, sales, revenue in (
            ("mine", "Our newsletter", "4000", "300", "40", "10", "1500"),
            ("theirs", "Their Instagram", "3000", "250", "30", "8", "1200")):
        dialog = page.promotions.add(direction)
        qtbot.keyClicks(dialog.channel, channel)
        for key, typed in (("audience_reached", audience), ("visits", visits),
                           ("leads", leads), ("sales", sales)):
            dialog.counts[key].lineEdit().selectAll()
            qtbot.keyClicks(dialog.counts[key].lineEdit(), typed)
        dialog.revenue.selectAll()
        qtbot.keyClicks(dialog.revenue, revenue)
        save(qtbot, dialog)
        assert not dialog.isVisible()

    balance = page.promotions.balance
    gave, got = balance.cells["audience_reached"]
    number = QLocale().toString
    assert (gave.text(), got.text()) == (number(4000), number(3000))
    assert [c.text() for c in balance.cells["visits"]] == ["300", "250"]
    assert [c.text() for c in balance.cells["sales"]] == ["10", "8"]
    assert number(1500) in balance.cells["revenue_cents"][0].text()
    assert balance.verdict.text().startswith("● Fair swap")
    assert promotions.balance(ana).theirs.revenue_cents == 120000
    assert page.tabs.tabText(page.tabs.indexOf(page.promotions)) == "Cross-promotions (2)"

    # a third, large promotion of mine makes the swap lopsided
    dialog = page.promotions.add("mine")
    dialog.counts["audience_reached"].lineEdit().selectAll()
    qtbot.keyClicks(dialog.counts["audience_reached"].lineEdit(), "9000")
    save(qtbot, dialog)
    assert balance.verdict.text().startswith(
        f"● Unbalanced: you reached {number(13000)} people")


@pytest.mark.parametrize("mine, theirs, expected", [
    (0, 0, "No promotions"),
    (1000, 0, "only you have promoted them"),
    (0, 1000, "only they have promoted you"),
    (1000, 900, "Fair swap"),
    (1000, 3000, "in your favour"),
])
def test_the_verdict_says_it_plainly(qtbot, mine, theirs, expected):
    view = BalanceView()
    qtbot.addWidget(view)
    side = lambda n: Totals(promotions=1 if n else 0, audience_reached=n)  # noqa: E731
    view.show_balance(Balance(side(mine), side(theirs)), "€")
    assert expected in view.verdict.text()


def test_ctrl_shift_n_opens_a_focused_note_box_and_saves_to_the_timeline(qtbot, page, maria):
    page.tabs.setCurrentWidget(page.offers_asks)
    page.offers_asks.tables[("offer", "me")].setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL_SHIFT)
    box = page.timeline.note_box
    assert page.tabs.currentWidget() is page.timeline
    assert box.isVisible() and box.summary.hasFocus()
    box.kind.setCurrentIndex(box.kind.findData("call"))
    type_text(box.summary, "Llamada: pan para la cata de diciembre")
    qtbot.keyClick(box.summary, Qt.Key.Key_Return)
    assert not box.isVisible()
    newest = interactions.timeline(maria)[0]
    assert (newest.kind, newest.summary) == ("call", "Llamada: pan para la cata de diciembre")
    first = rows(page.timeline.table)[0]
    assert first[1:] == ["Call", "Llamada: pan para la cata de diciembre"]
    # Escape closes an empty box; an empty summary is refused beside it
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClick(box.summary, Qt.Key.Key_Return)
    assert box.isVisible() and box.error.text()
    qtbot.keyClick(box.summary, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_timeline_is_newest_first_and_tabs_show_counts(page, maria):
    when = [r[0] for r in rows(page.timeline.table)]
    stored = interactions.timeline(maria)
    assert len(when) == len(stored) == 6  # a referral to her is on it too
    assert [r.occurred_at for r in stored] == sorted((r.occurred_at for r in stored),
                                                     reverse=True)
    assert page.tabs.tabText(page.tabs.indexOf(page.timeline)) == "Timeline (6)"


def test_a_follow_up_added_from_the_contact(qtbot, page, maria):
    before = len(followups.list_tasks(contact_id=maria))
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL_SHIFT)
    dialog = page.followups.dialog
    assert dialog is not None and dialog.isVisible()
    assert page.tabs.currentWidget() is page.followups
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Send Maria the spring swap dates")
    save(qtbot, dialog)
    assert len(followups.list_tasks(contact_id=maria)) == before + 1
    assert "Send Maria the spring swap dates" in [r[1] for r in rows(page.followups.table)]
    # marking it done takes it off the open list
    table = page.followups.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 1).data() == "Send Maria the spring swap dates")
    table.selectRow(row)
    qtbot.mouseClick(page.followups.done_button, Qt.MouseButton.LeftButton)
    assert len(followups.list_tasks(contact_id=maria)) == before


def test_proposals_are_listed_with_their_status(page):
    listed = rows(page.proposals.table)
    assert listed[0][:2] == ["Intercambio de boletines con Masa Madre", "Accepted"]
    assert not page.proposals.empty.isVisible()


def test_f2_edits_and_ctrl_z_restores_the_previous_details(qtbot, page, maria):
    qtbot.keyClick(page, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.job_title.clear()
    qtbot.keyClicks(dialog.job_title, "Owner")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.phones.value_edits()[1].isVisible)
    qtbot.keyClicks(dialog.phones.value_edits()[1], "+34 963 111 222")
    save(qtbot, dialog)
    assert contacts.get(maria).job_title == "Owner"
    assert "Owner" in page.subtitle.text() and "tel:+34963111222" in page.details.text()
    activate(qtbot, page)  # back in the window once the dialog closed
    qtbot.keyClick(page, Qt.Key.Key_Z, CTRL)
    record = contacts.get(maria)
    assert record.job_title == "Maestra panadera" and len(record.phones) == 1
    qtbot.waitUntil(lambda: "Maestra panadera" in page.subtitle.text())


def test_opening_a_contact_asks_few_queries(page, maria, monkeypatch):
    from coopeten_gui.storage.models import db

    calls = []
    real = db.execute_sql
    monkeypatch.setattr(db, "execute_sql", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    page.show_contact(maria)
    # a fixed number, whatever the rows: one or two a tab (ten tabs) and the details
    assert len(calls) <= 25


def test_the_small_models_are_correct_qt_models(qtmodeltester, qtbot):
    model = RowTableModel([Column("Name", lambda r: r[0]),
                           Column("Count", lambda r: str(r[1]), key=lambda r: r[1],
                                  right=True)])
    model.set_rows([("a", 1), ("b", 2), ("c", 3)])
    qtmodeltester.check(model)
    choices = ChoiceModel()
    choices.set_items([("All", 0), ("One", 1), ("Two", 2)])
    qtmodeltester.check(choices)
    assert choices.find(2) == 2 and choices.find(9) == -1


def test_in_the_window_enter_opens_the_page_and_undo_reaches_it(qtbot, demo_db, tmp_path,
                                                                 maria, monkeypatch):
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    window.show_section("contacts")
    listing = window.contacts_page
    assert listing.select_contact(maria)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    contact_page = window.contact_view
    assert window.stack.currentWidget() is contact_page
    assert contact_page.name_label.text() == "María Núñez"
    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(contact_page.delete_button, Qt.MouseButton.LeftButton)
    assert contacts.get(maria).deleted_at is not None
    assert window.stack.currentWidget() is listing  # back to the list
    assert listing.model.row_of(maria) < 0
    window.undo_action.trigger()
    assert contacts.get(maria).deleted_at is None
    assert listing.model.row_of(maria) >= 0


def test_a_hidden_page_rehearses_the_first_contact_a_step_a_turn_holding_none(
        qtbot, demo_db, maria, monkeypatch):
    from coopeten_gui.services import contact_list

    monkeypatch.setattr(contact_list, "contact_ids", lambda limit=None: [maria])
    page = ContactPage()
    qtbot.addWidget(page)
    page.rehearse()
    # the details at once, the tabs a turn each…
    assert page.name_label.text() == "María Núñez"
    assert page.offers_asks.count() == 0
    qtbot.waitUntil(lambda: page.offers_asks.count() > 0)
    qtbot.waitUntil(lambda: page.tabs.tabText(0).startswith("Offers && Asks ("))
    # …and nothing held: nothing to edit, delete or reload
    assert page.contact_id is None and page.record is None
    assert page.edit() is None and page.delete() is False


def test_a_contact_opened_meanwhile_stops_the_rehearsal(qtbot, demo_db, maria):
    page = ContactPage()
    qtbot.addWidget(page)
    page.rehearse()
    page.show_contact(maria)
    shown = page.offers_asks.count()
    qtbot.wait(100)  # the rehearsal's turns, had it gone on
    assert page.name_label.text() == "María Núñez"
    assert page.offers_asks.count() == shown > 0
    assert page.contact_id == maria


def test_a_page_showing_a_contact_does_not_rehearse(qtbot, page, maria):
    page.rehearse()
    qtbot.wait(50)
    assert page.isVisible() and page.contact_id == maria
    assert page.name_label.text() == "María Núñez"


def test_rehearsing_on_an_empty_vanishing_or_failing_database_says_nothing(qtbot, db,
                                                                          monkeypatch):
    from coopeten_gui.services.common import NotFoundError
    from coopeten_gui.services.contact_data import ContactData

    page = ContactPage()
    qtbot.addWidget(page)
    left = []
    page.back_requested.connect(lambda: left.append(True))
    page.rehearse()  # no contact yet
    assert page.name_label.text() == "" and page.contact_id is None
    contacts.create(ContactData(given_name="Ana"))
    for error in (NotFoundError("gone"), RuntimeError("database is locked")):
        def failing(contact_id, error=error):
            raise error

        monkeypatch.setattr(contacts, "get", failing)
        page.rehearse()  # nobody asked for it: nothing said, nothing kept
        assert page.contact_id is None and page.record is None
        assert page.name_label.text() == ""
    assert left == []  # a contact gone meanwhile does not send the window back
    monkeypatch.undo()
    page.rehearse()
    assert page.name_label.text() == "Ana"


def test_a_page_made_a_tab_at_a_time_ends_as_one_made_at_once(qtbot, demo_db, maria):
    whole = ContactPage()
    qtbot.addWidget(whole)
    staged = ContactPage(tabs_later=True)
    qtbot.addWidget(staged)
    assert staged.tabs.count() == 0
    made = []
    while staged.make_next_tab():
        made.append(staged.tabs.count())
    assert made == list(range(1, whole.tabs.count() + 1))  # one tab a step
    assert [type(staged.tabs.widget(i)) for i in range(staged.tabs.count())] == [
        type(whole.tabs.widget(i)) for i in range(whole.tabs.count())]
    for page in (whole, staged):
        page.show_contact(maria)
    assert [staged.tabs.tabText(i) for i in range(staged.tabs.count())] == [
        whole.tabs.tabText(i) for i in range(whole.tabs.count())]
    assert staged.tabs.tabText(0).startswith("Offers && Asks (")


def test_a_contact_opened_on_a_page_half_made_makes_the_rest_first(qtbot, demo_db, maria):
    page = shown(qtbot, ContactPage(tabs_later=True))
    page.make_next_tab()
    page.make_next_tab()
    page.show_contact(maria)
    assert page.tabs.count() == 8
    assert page.followups.model.rowCount() == 2  # María's two open follow-ups
    assert page.tabs.tabText(page.tabs.indexOf(page.timeline)).startswith("Timeline (")
    assert not page.make_next_tab()  # nothing left to make
    assert page.tabs.count() == 8
