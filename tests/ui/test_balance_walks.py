"""Walks through the give and take as a user goes: fulfilling offers each way and a
cross-promotion on the contact page, the Alliances page, and an accepted proposal whose
commitments become follow-ups on Today and a printed agreement."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopeten_gui.services import (
    agreements,
    contacts,
    followups,
    my_business,
    offers_asks,
    proposals,
)
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.proposals import ProposalData
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.pages.alliances_page import (
    FLAGS,
    NAME,
    NEXT,
    SINCE,
    VERDICT,
    AlliancesPage,
)
from coopeten_gui.ui.pages.contact_page import ContactPage


def shown(qtbot, widget, size=(1200, 760)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def titles(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cells(page: ContactPage, key: str) -> list[str]:
    return [cell.text() for cell in page.balance.cells[key]]


def test_fulfilling_offers_each_way_and_a_promotion_moves_the_verdict(qtbot, db):
    ana = contacts.create(ContactData(given_name="Ana", family_name="Gil"))
    page = shown(qtbot, ContactPage())
    page.show_contact(ana)
    page.tabs.setCurrentWidget(page.balance)
    assert page.tabs.tabText(page.tabs.indexOf(page.balance)) == "Give and take"
    assert page.balance.verdict.text() == "Nothing given yet, either way."
    assert cells(page, "total") == ["—", "—"]

    # I offer them a roast: open at first, not a give yet
    page.tabs.setCurrentWidget(page.offers_asks)
    qtbot.mouseClick(page.offers_asks.add_buttons[("offer", "me")], Qt.MouseButton.LeftButton)
    dialog = page.offers_asks.dialog
    qtbot.keyClicks(dialog.description, "A house blend for their shop")
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "250")
    save(qtbot, dialog)
    assert page.balance.verdict.text() == "Nothing given yet, either way."

    # fulfilled: my give
    table = page.offers_asks.tables[("offer", "me")]
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.offers_asks.dialog
    dialog.status.setCurrentIndex(dialog.status.findData("fulfilled"))
    save(qtbot, dialog)
    assert page.balance.verdict.text() == "You have given more: only you have given so far."
    assert cells(page, "exchange")[0].startswith("1 · ") and "250" in cells(page, "exchange")[0]
    assert cells(page, "exchange")[1] == "—"
    assert "today" in cells(page, "last")[0]

    # they offer bread, fulfilled at once: a give each way, close in money
    qtbot.mouseClick(page.offers_asks.add_buttons[("offer", "them")], Qt.MouseButton.LeftButton)
    dialog = page.offers_asks.dialog
    qtbot.keyClicks(dialog.description, "Bread for our tastings")
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "220")
    dialog.status.setCurrentIndex(dialog.status.findData("fulfilled"))
    save(qtbot, dialog)
    assert page.balance.verdict.text() == "Balanced: you each give about as much as you get."
    assert cells(page, "total")[1].startswith("1 · ")

    # their promotion to 3,000 people brings me 1,500 in sales: they have given more
    dialog = page.promotions.add("theirs")
    qtbot.keyClicks(dialog.channel, "Their newsletter")
    dialog.counts["audience_reached"].lineEdit().selectAll()
    qtbot.keyClicks(dialog.counts["audience_reached"].lineEdit(), "3000")
    dialog.revenue.selectAll()
    qtbot.keyClicks(dialog.revenue, "1500")
    save(qtbot, dialog)
    assert page.balance.verdict.text() == "They have given more. Your turn."
    assert cells(page, "audience")[1] in ("3,000", "3.000")
    assert cells(page, "total")[1].startswith("2 · ")
    # undo takes the promotion back, and the verdict with it
    page.freshness._stack.undo()  # the window's Ctrl+Z
    qtbot.waitUntil(lambda: page.balance.verdict.text().startswith("Balanced"))


@pytest.fixture
def alliances(db):
    today = datetime.now()

    def person(name: str, stage: str = "new") -> int:
        return contacts.create(ContactData(given_name=name, stage=stage))

    lopsided, even, quiet = person("Lopsided"), person("Even"), person("Quiet", "ally")
    for cid, kind, party in ((lopsided, "offer", "me"), (lopsided, "ask", "them"),
                             (even, "offer", "me"), (even, "offer", "them")):
        offers_asks.create(offers_asks.OfferAskData(contact_id=cid, kind=kind, party=party,
                                                description="help", status="fulfilled"))
    offers_asks.create(offers_asks.OfferAskData(contact_id=quiet, kind="ask", party="them",
                                            description="Coffee for the office"))
    offers_asks.create(offers_asks.OfferAskData(contact_id=even, kind="offer", party="me",
                                            description="Office coffee subscription"))
    return {"lopsided": lopsided, "even": even, "quiet": quiet, "today": today}


def test_the_alliances_page_sorts_flags_and_suggests(qtbot, alliances):
    page = shown(qtbot, AlliancesPage())
    page.reload()
    model = page.model
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert names == ["Lopsided", "Even", "Quiet"]  # most one-sided first
    assert model.index(0, VERDICT).data() == "You gave more"
    assert model.index(1, VERDICT).data() == "Balanced"
    assert model.index(2, VERDICT).data() == "Nothing yet"
    assert model.index(2, FLAGS).data() == "no contact"  # an ally never in touch
    assert model.index(2, NEXT).data() == "Office coffee subscription"
    assert model.index(2, SINCE).data() == "never"
    assert "Lopsided" in page.details.text() and "only you have given" in page.details.text()

    # by time since the last give: the quiet one first
    page.table.horizontalHeader().sectionClicked.emit(SINCE)
    assert [r.name for r in page.rows()][0] == "Quiet"
    # only those to look after, with a shorter "no contact" window of zero days: everyone
    page.show_combo.setCurrentIndex(page.show_combo.findData("flagged"))
    page.show_combo.activated.emit(page.show_combo.currentIndex())
    assert [r.name for r in page.rows()] == ["Quiet"]
    page.cold_days.setValue(1)  # a give today is still contact within a day
    page.reload()
    assert [r.name for r in page.rows()] == ["Quiet"]
    qtbot.keyClicks(page.search, "zzz")
    page.reload()
    assert not page.table.isVisible() and "zzz" in page.empty.text()

    opened = []
    page.contact_opened.connect(opened.append)
    page.search.clear()
    page.show_combo.setCurrentIndex(0)
    page.reload()
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.rows()[0].contact_id]


def test_a_one_sided_relationship_says_so_on_the_contact_page(qtbot, alliances):
    from coopeten_gui.storage.database import transaction
    from coopeten_gui.storage.models import OfferAsk

    with transaction():  # what Lopsided got from me was fulfilled four months ago
        OfferAsk.update(updated_at=datetime.now() - timedelta(days=120)).execute()
    page = shown(qtbot, ContactPage())
    page.show_contact(alliances["lopsided"])
    assert page.balance.verdict.text() == "You have given more: only you have given so far."
    assert "One-sided for over 90 day" in page.balance.agreed.text()
    assert "120 day" in page.balance.cells["last"][0].text()
    # the next give is looked for once the tab is shown
    assert page.balance.next_give.text() == ""
    page.tabs.setCurrentWidget(page.balance)
    assert page.balance.next_give.text().startswith("Next give: none of your open offers")


def test_the_ledger_model_is_a_correct_qt_model(qtmodeltester, qtbot, alliances):
    page = shown(qtbot, AlliancesPage())
    page.reload()
    qtmodeltester.check(page.model)


def test_the_window_has_alliances_in_its_navigation(qtbot, alliances, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    window.go_actions["alliances"].trigger()
    assert isinstance(window.stack.currentWidget(), AlliancesPage)
    assert window.stack.currentWidget().model.rowCount() == 3


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_accept_a_proposal_write_two_commitments_see_them_on_today_and_print(
        qtbot, db, tmp_path, monkeypatch):
    my_business.save(my_business.MyBusinessData(name="Tostadores", currency="EUR"))
    marta = contacts.create(ContactData(given_name="Marta", family_name="Soler",
                                        organization_name="Floristería Soler", language="en"))
    pid = proposals.create(ProposalData(contact_id=marta, title="Flowers and coffee",
                                        body_html="<p>Let us work together.</p>",
                                        language="en", value=400))
    stale = proposals.mark_sent(pid)
    followups.reschedule(stale, datetime.now() - timedelta(days=1))  # overdue by now

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    today = window.today_page
    assert titles(today.models["overdue"]) == ["Follow up on the proposal “Flowers and coffee”"]

    window.open_contact(marta)
    editor = window.contact_view.open_proposal(pid)  # as a double-click on the proposal
    qtbot.addWidget(editor)
    assert not editor.agreement_button.isVisible()
    qtbot.mouseClick(editor.accepted_button, Qt.MouseButton.LeftButton)
    dialog = editor.agreement_dialog
    assert dialog is not None and dialog.isVisible()
    assert editor.agreement_button.isVisible()

    qtbot.mouseClick(dialog.add_mine, Qt.MouseButton.LeftButton)
    mine = dialog.lines[-1]
    assert dialog.focusWidget() is mine.what
    qtbot.keyClicks(mine.what, "Feature their bouquets in our newsletter")
    mine.due.setDate(QDate.currentDate())
    qtbot.keyClicks(mine.measure, "Visits from the link")
    mine.value.selectAll()
    qtbot.keyClicks(mine.value, "150")
    qtbot.mouseClick(dialog.add_theirs, Qt.MouseButton.LeftButton)
    theirs = dialog.lines[-1]
    qtbot.keyClicks(theirs.what, "Flowers on our counter every Monday")
    theirs.due.setDate(QDate.currentDate().addDays(3))
    qtbot.mouseClick(dialog.add_theirs, Qt.MouseButton.LeftButton)  # left blank: ignored
    save(qtbot, dialog)
    assert not dialog.isVisible()

    rows = agreements.list_commitments(pid)
    assert [(r.party, r.description) for r in rows] == [
        ("me", "Feature their bouquets in our newsletter"),
        ("them", "Flowers on our counter every Monday")]
    assert rows[0].value_cents == 15000 and rows[0].due_on == date.today()

    # Today: the commitments' follow-ups, and the proposal's stale one gone
    window.show_section("today")
    qtbot.waitUntil(lambda: titles(today.models["today"])
                    == ["Deliver: Feature their bouquets in our newsletter"])
    assert titles(today.models["overdue"]) == []
    assert titles(today.models["upcoming"]) == [
        "Check that Marta Soler delivered: Flowers on our counter every Monday"]

    # Ctrl+Z takes the commitments back, follow-ups and all; Ctrl+Shift+Z brings them again
    window.undo_stack.undo()
    assert agreements.list_commitments(pid) == []
    qtbot.waitUntil(lambda: titles(today.models["today"]) == [])
    window.undo_stack.redo()
    assert [r.id for r in agreements.list_commitments(pid)] == [r.id for r in rows]
    qtbot.waitUntil(lambda: len(titles(today.models["today"])) == 1)

    # done on Today: the commitment is kept, a give of mine
    followups.complete(rows[0].task_id)
    assert agreements.list_commitments(pid)[0].kept

    # the agreement, printed to PDF from the dialog
    dialog = editor.open_agreement()  # a child of the editor, gone when closed
    assert [line.kept.isChecked() for line in dialog.lines] == [True, False]
    path = tmp_path / "agreement.pdf"
    assert dialog.output.save_as("pdf", str(path)) == str(path)
    text = " ".join(pdf_text(path).split())
    assert "Collaboration agreement" in text
    assert "What Tostadores gives" in text and "What Floristería Soler gives" in text
    assert "Feature their bouquets in our" in text and "(kept)" in text
    assert "Flowers on our counter every Monday" in text
    assert "Visits from the link" in text and "150.00" in text
    assert "For Tostadores:" in text and "For Floristería Soler:" in text
    assert "Marta Soler" in text
    monkeypatch.setattr(questions, "confirm", lambda *args, **kwargs: True)
    dialog.reject()


def test_accepting_one_proposal_on_the_proposals_page_opens_its_agreement(qtbot, demo_db):
    from coopeten_gui.ui.pages.proposals_page import ProposalsPage

    page = shown(qtbot, ProposalsPage(None))
    page.status_combo.setCurrentIndex(page.status_combo.findData("sent"))
    sent = page.model.rows()[0]
    assert page.select(sent.id)
    assert page.decide("accepted") == 1
    dialog = page.agreement_dialog
    assert dialog.isVisible() and dialog.proposal_id == sent.id
    assert dialog.lines == [] and dialog.empty.isVisible()
    # its "follow up on the proposal" was closed
    assert all(not t.title.startswith("Follow up on the proposal")
               for t in followups.list_tasks(proposal_id=sent.id))
    dialog.close()


def everything_shown(page: AlliancesPage) -> list:
    """Every cell's text and tooltip, and the details under the list."""
    model = page.model
    return [[(model.index(r, c).data(), model.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
             for c in range(model.columnCount())] for r in range(model.rowCount())] + [
        page.details.text()]


@pytest.fixture
def a_million(monkeypatch):
    """The page as it works with a million contacts: the list and the matcher's index
    read on worker threads (the real pool, as the window's)."""
    from coopeten_gui.services import balance, matching

    monkeypatch.setattr(balance, "QUICK_CONTACTS", 0)
    monkeypatch.setattr(matching, "BUILT_AT_ONCE", 0)
    monkeypatch.setattr(matching, "_index", None)


def test_a_large_ledger_and_the_next_gives_fill_in_from_workers(qtbot, alliances, monkeypatch):
    import threading

    from coopeten_gui.services import next_give

    at_once = shown(qtbot, AlliancesPage())
    at_once.reload()
    expected = everything_shown(at_once)
    assert "None of your open offers answers" in expected[-1]  # Lopsided's next give

    from coopeten_gui.services import balance, matching

    monkeypatch.setattr(balance, "QUICK_CONTACTS", 0)
    monkeypatch.setattr(matching, "BUILT_AT_ONCE", 0)
    monkeypatch.setattr(matching, "_index", None)
    may_build = threading.Event()  # the index takes its time, as at a million contacts
    builder = next_give.builder

    def slow_builder():
        work = builder()
        return lambda: may_build.wait(10) and work()

    monkeypatch.setattr(next_give, "builder", slow_builder)
    page = shown(qtbot, AlliancesPage())
    page.reload()
    assert page.model.rowCount() == 0  # the ids come back from a worker
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    # the relationship is shown at once, its next give once the index is built
    assert page.details.text().startswith("<b>Lopsided</b>")
    assert "open offers" not in page.details.text()
    assert page.model.index(2, NEXT).data() == ""
    may_build.set()
    qtbot.waitUntil(lambda: "open offers" in page.details.text())
    assert everything_shown(page) == expected
    assert page.model.index(2, NEXT).data() == "Office coffee subscription"

    # a write: the page reads the list again, the index reads in only what changed
    index = matching._index
    offers_asks.create(offers_asks.OfferAskData(contact_id=alliances["lopsided"], kind="ask",
                                                party="them", description="Fresh coffee"))
    page.reload()
    qtbot.waitUntil(lambda: "Office coffee subscription" in page.details.text())
    assert matching._index is index
    assert page.model.index(0, NEXT).data() == "Office coffee subscription"


def test_a_list_read_for_an_older_search_is_dropped(qtbot, alliances, a_million, monkeypatch):
    import threading

    from coopeten_gui.services import balance
    from coopeten_gui.ui.kit import background

    read = balance.ledger_ids
    newer_shown = threading.Event()

    def older_comes_back_last(**query):
        if query["text"] == "Even":
            newer_shown.wait(10)
        return read(**query)

    monkeypatch.setattr(balance, "ledger_ids", older_comes_back_last)
    page = shown(qtbot, AlliancesPage())
    qtbot.keyClicks(page.search, "Even")
    page.reload()
    page.search.clear()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    newer_shown.set()
    qtbot.waitUntil(lambda: not background.busy())  # the older answer came back
    assert [r.name for r in page.rows()] == ["Lopsided", "Even", "Quiet"]
    assert page.count_label.text() == "3 relationships"


def test_the_index_of_a_file_opened_during_its_build_is_built_off_the_window_too(
        qtbot, alliances, a_million, monkeypatch, tmp_path):
    import threading

    from coopeten_gui.services import next_give, session
    from coopeten_gui.storage import match_rows

    built_on = []
    reading = match_rows.all_open_rows

    def noted():
        built_on.append(threading.current_thread() is threading.main_thread())
        yield from reading()

    monkeypatch.setattr(match_rows, "all_open_rows", noted)
    may_build = threading.Event()
    builder = next_give.builder

    def slow_builder():
        work = builder()
        return lambda: may_build.wait(10) and work()

    monkeypatch.setattr(next_give, "builder", slow_builder)
    copy = session.backup_to(tmp_path / "copy.sqlite")  # the same relationships

    page = shown(qtbot, AlliancesPage())
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # the first file's index waits
    assert session.switch_to(copy).opened
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    may_build.set()
    qtbot.waitUntil(lambda: "open offers" in page.details.text())
    assert page.model.index(2, NEXT).data() == "Office coffee subscription"
    assert built_on and not any(built_on)  # every build on a worker, none on the window's
