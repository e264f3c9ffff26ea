"""Walks through the window: introduce two contacts from a match, follow the referral to
business closed, add one by hand, and restore a full export into a new database."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopeten_gui.services import (
    contact_list,
    contacts,
    followups,
    interactions,
    json_export,
    offers_asks,
    referrals,
)
from coopeten_gui.storage import database
from coopeten_gui.ui.dialogs import restore_export
from coopeten_gui.ui.kit import background, letter_output
from coopeten_gui.ui.kit.row_model import RowRole
from coopeten_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def no_popups(monkeypatch):
    shown = []
    monkeypatch.setattr(letter_output, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(restore_export, "warn", lambda parent, text: shown.append(text))
    return shown


def the_pair() -> tuple[int, int]:
    """A match between two contacts who write in different languages, made for the walk:
    an English-speaking coworking manager asks, a Spanish-speaking bookseller offers."""
    tom = contacts.find_by_email("tom@lacolmena.work")
    andres = contacts.find_by_email("andres@elfaro.es")
    ask = offers_asks.create(offers_asks.OfferAskData(
        contact_id=tom, kind="ask", description="Book talks for our coworkers",
        category_id=offers_asks.category_id("training")))
    offer = offers_asks.create(offers_asks.OfferAskData(
        contact_id=andres, kind="offer", description="Presentaciones de libros con autores",
        category_id=offers_asks.category_id("training")))
    return ask, offer


def select_match(page, ask_id: int, offer_id: int) -> None:
    table = page.matches
    for row in range(table.proxy.rowCount()):
        match = table.proxy.index(row, 0).data(RowRole)
        if (match.ask_id, match.offer_id) == (ask_id, offer_id):
            table.selectRow(row)
            return
    raise AssertionError("the match is not in the list")


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_introduce_from_a_match_then_close_the_referral(qtbot, window, tmp_path, no_popups):
    ask_id, offer_id = the_pair()
    tom = contacts.find_by_email("tom@lacolmena.work")
    andres = contacts.find_by_email("andres@elfaro.es")
    window.show_section("exchanges")
    page = window.pages["exchanges"]
    page.reload()
    page.tabs.setCurrentIndex(1)
    select_match(page, ask_id, offer_id)
    qtbot.mouseClick(page.introduce_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)

    # two letters, one to each side, each in that contact's language
    assert dialog.tabs.count() == 2
    assert dialog.tabs.tabText(0) == "To Tom Baker (English)"
    assert dialog.tabs.tabText(1) == "To Andrés Martí (Español)"
    english, spanish = dialog.letter_texts()
    for text in (english, spanish):
        assert "Book talks for our coworkers" in text
        assert "Presentaciones de libros con autores" in text
    assert "Would you like me to introduce you to Andrés" in english
    assert "¿Quieres que os presente?" in spanish
    assert "Book talks" in dialog.match_label.text()

    # saving both as PDF: the first one records the introduction, once
    files = []
    for index in (0, 1):
        dialog.tabs.setCurrentIndex(index)
        files.append(dialog.output.save_as("pdf", str(tmp_path / f"letter{index}.pdf")))
    assert all(files) and no_popups == []
    assert "Would you like me to introduce you" in pdf_text(files[0])
    assert "presente" in pdf_text(files[1])
    assert dialog.referral_id is not None
    assert dialog.state.text().startswith("Recorded")

    # the database: both timelines, the follow-up a week later, one referral
    for contact_id, other in ((tom, "Andrés Martí"), (andres, "Tom Baker")):
        entries = [e for e in interactions.timeline(contact_id) if e.kind == "introduction"]
        assert [e.summary for e in entries] == [f"Introduced to {other}"]
    follow_up = [t for t in followups.list_tasks(contact_id=tom) if "connect" in t.title]
    assert len(follow_up) == 1
    assert (follow_up[0].due_at.date() - entries[0].occurred_at.date()).days == 7
    made = [r for r in referrals.list_referrals() if r.ask_id == ask_id]
    assert len(made) == 1 and made[0].id == dialog.referral_id
    assert (made[0].from_contact_id, made[0].to_contact_id, made[0].about_contact_id) == (
        None, tom, andres)
    dialog.close()

    # on screen: Tom's timeline and referrals tab
    window.open_contact(tom)
    view = window.contact_view
    timeline = [view.timeline.model.row(r) for r in range(view.timeline.model.rowCount())]
    assert any(e.summary == "Introduced to Andrés Martí" for e in timeline)
    assert view.tabs.tabText(view.tabs.indexOf(view.referrals)).startswith("Referrals (")
    shown = view.referrals.model.rows()
    assert made[0].id in [r.id for r in shown]
    assert "received 1" in view.referrals.summary.text()  # Tom received this one
    planned = [view.followups.model.row(r) for r in range(view.followups.model.rowCount())]
    assert "Did Tom Baker and Andrés Martí connect?" in [t.title for t in planned]
    window.open_contact(andres)
    timeline = [view.timeline.model.row(r) for r in range(view.timeline.model.rowCount())]
    assert any(e.summary == "Introduced to Tom Baker" for e in timeline)

    # the referral closes business: typed in the window, seen in the Referrals list
    window.show_section("referrals")
    listing = window.pages["referrals"]
    listing.reload()
    row = next(r for r in range(listing.table.proxy.rowCount())
               if listing.table.proxy.index(r, 0).data(RowRole).id == made[0].id)
    listing.table.selectRow(row)
    qtbot.mouseClick(listing.closed_button, Qt.MouseButton.LeftButton)
    closing = listing.referral_actions.dialog
    assert closing.status.currentData() == "closed"
    closing.value.selectAll()
    qtbot.keyClicks(closing.value, "1500")
    save = closing.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not closing.isVisible()
    assert referrals.get(made[0].id).status == "closed"
    assert referrals.get(made[0].id).value_cents == 150_000
    index = next(r for r in range(listing.table.proxy.rowCount())
                 if listing.table.proxy.index(r, 0).data(RowRole).id == made[0].id)
    cells = [listing.table.proxy.index(index, c).data() for c in range(6)]
    assert cells[4] == "Business closed" and "1,500" in cells[5]
    assert "business closed" in listing.summary.text()
    # and undo takes the closing back
    window.undo_stack.undo()
    assert referrals.get(made[0].id).status == "given"


def test_add_a_referral_by_hand_and_filter(qtbot, window):
    window.show_section("referrals")
    page = window.pages["referrals"]
    page.reload()
    before = page.model.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.referral_actions.dialog
    tom = contacts.find_by_email("tom@lacolmena.work")
    dialog.from_contact.set_contact(tom)  # as picked from the suggestions
    qtbot.keyClicks(dialog.about_text, "Oficina Nomada, need coffee")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.model.rowCount() == before + 1
    newest = page.model.row(0)
    assert (newest.from_name, newest.to_contact_id, newest.about) == (
        "Tom Baker", None, "Oficina Nomada, need coffee")
    assert any(e.kind == "referral" for e in interactions.timeline(tom))

    # a name typed but never picked is not taken for "me"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.referral_actions.dialog
    qtbot.keyClicks(dialog.to_contact, "Nadie Conocido")
    qtbot.waitUntil(lambda: not dialog.to_contact._timer.isActive())  # its search ran
    qtbot.keyClicks(dialog.about_text, "x")
    dialog.accept()
    assert dialog.isVisible() and page.model.rowCount() == before + 1
    dialog.reject()

    # filters: by contact, by status
    page.contact.set_contact(tom)
    assert {r.id for r in page.model.rows()} == {
        r.id for r in referrals.list_referrals(contact_id=tom)}
    page.contact.set_contact(None)
    page.status.setCurrentIndex(page.status.findData("no_deal"))
    page.reload_list()
    assert all(r.status == "no_deal" for r in page.model.rows())

    # delete one, find it in the trash, restore it
    page.status.setCurrentIndex(0)
    page.reload_list()
    page.table.selectRow(0)
    gone = page.table.current_row().id
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert gone not in [r.id for r in page.model.rows()]
    page.status.setCurrentIndex(page.status.findData("trash"))
    page.reload_list()
    assert [r.id for r in page.model.rows()] == [gone]
    assert page.delete_button.text() == "Restore"
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert referrals.get(gone).deleted_at is None
    window.undo_stack.undo()  # the restore undone: back in the trash
    assert referrals.get(gone).deleted_at is not None


def test_an_empty_list_says_what_referrals_are_for(qtbot, tmp_path, db):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.show_section("referrals")
    page = window.pages["referrals"]
    assert page.empty.isVisible() and "referral slips" in page.empty.text()
    assert page.model.rowCount() == 0


def test_restore_from_a_full_export_opens_the_new_database(qtbot, window, tmp_path, no_popups,
                                                           monkeypatch):
    export = tmp_path / "all.json"
    json_export.export_json(export)
    target = tmp_path / "moved.sqlite"
    monkeypatch.setattr(restore_export, "ask_source", lambda parent: str(export))
    monkeypatch.setattr(restore_export, "ask_target", lambda parent, source: str(target))
    background.use_synchronous_pool(True)
    try:
        window.restore_export_action.trigger()
    finally:
        background.use_synchronous_pool(False)
    assert no_popups == []
    assert database.database_path() == target
    assert len(contact_list.contact_ids()) == 40
    assert "Restored" in window.statusBar().currentMessage()

    # a second time into the same file: refused, and the window keeps its database
    window.restore_export_action.trigger()
    assert no_popups and "already exists" in no_popups[-1]
    assert database.database_path() == target


def test_the_joint_letter_emails_both_and_records_once(qtbot, window, monkeypatch, no_popups):
    ask_id, offer_id = the_pair()
    opened = []
    monkeypatch.setattr(letter_output, "open_url", lambda url: opened.append(url.toString())
                        or True)
    from coopeten_gui.ui.dialogs.introduction_dialog import open_introduction

    dialog = open_introduction(window, ask_id, offer_id)
    qtbot.addWidget(dialog)
    dialog.joint.click()
    assert dialog.tabs.count() == 1
    assert dialog.tabs.tabText(0) == "To Tom Baker and Andrés Martí (English)"
    assert dialog.email_current()
    # a draft for the mail program, addressed to both sides
    from email import policy
    from email.parser import BytesParser
    from pathlib import Path
    from urllib.parse import unquote, urlparse

    draft = Path(unquote(urlparse(opened[0]).path))
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["To"] == "tom@lacolmena.work, andres@elfaro.es"
    assert message["X-Unsent"] == "1"
    dialog.email_current()  # a second time: the introduction is recorded once
    assert len([r for r in referrals.list_referrals() if r.ask_id == ask_id]) == 1
    notes = referrals.get(dialog.referral_id).notes
    assert notes == "One introduction letter to both."


def test_a_pair_that_cannot_be_introduced_says_why(qtbot, window, no_popups):
    ask_id, _offer_id = the_pair()
    from coopeten_gui.ui.dialogs.introduction_dialog import open_introduction

    assert open_introduction(window, ask_id, ask_id) is None
    assert no_popups == ["An introduction needs someone's ask and someone else's offer."]
