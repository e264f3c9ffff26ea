"""Ctrl+K: every kind of record, found whatever the accents, and a readable answer."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from coopeten_gui.services import contacts, events, followups, offers_asks, proposals
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import text_match
from coopeten_gui.ui.dialogs.global_search import KINDS, search_everything


@pytest.fixture
def records(db):
    ana = contacts.create(ContactData(given_name="Ana", family_name="Ruiz"))
    event = events.create(events.EventData(name="Desayuno en el Café Central",
                                           starts_at=datetime(2026, 3, 5, 8, 30)))
    offers_asks.create(offers_asks.OfferAskData(contact_id=ana, kind="offer",
                                            description="Café para los desayunos del barrio"))
    task = followups.create(followups.FollowupData(title="Llamar a Ana por el CAFÉ de marzo",
                                       due_at=datetime(2026, 3, 9, 9)))
    proposal = proposals.create(proposals.ProposalData(contact_id=ana,
                                                       title="Campaña café y libros"))
    return {"event": event, "followup": task, "proposal": proposal}


def test_cafe_finds_every_kind_spelled_with_an_accent(records):
    found = {(hit.kind, hit.id) for hit in search_everything("cafe")}
    assert {("event", records["event"]), ("followup", records["followup"]),
            ("proposal", records["proposal"])} <= found
    assert any(kind == "offer_ask" for kind, _ in found)
    # and the other way round: typed with the accent, found without it
    contacts.create(ContactData(given_name="Jose", organization_name="Cafe Sin Tilde"))
    events.create(events.EventData(name="Cafe sin tilde", starts_at=datetime(2026, 4, 1)))
    assert "Cafe sin tilde" in {hit.title for hit in search_everything("CAFÉ sin")}


def test_opening_a_found_follow_up_and_proposal(records, qtbot, tmp_path, monkeypatch):
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog
    from coopeten_gui.ui.kit import questions
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    monkeypatch.setattr(questions, "ask_unsaved", lambda *a, **k: questions.DISCARD)
    hits = {hit.kind: hit for hit in search_everything("cafe")}
    window.open_search_hit(hits["proposal"])
    editors = window.pages["proposals"].editors
    assert editors and editors[-1].proposal_id == records["proposal"]
    opened = []
    monkeypatch.setattr(FollowupDialog, "exec", lambda self: opened.append(self.task_id) or 0)
    window.open_search_hit(hits["followup"])
    assert opened == [records["followup"]]


def test_glob_patterns_take_symbols_literally(db):
    assert text_match.word_pattern("a*b?") == "*[aáàâäãåAÁÀÂÄÃÅ][*][bB][?]*"


def _luminance(color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) \
        + 0.0722 * channel(color.blueF())


def test_nothing_found_is_readable_and_whole(db, qtbot, tmp_path):
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    popup = window.search_everywhere()
    typed = "una búsqueda bastante larga que no encuentra nada en ninguna parte"
    popup.edit.setText(typed)
    popup.run_search()
    label = popup.empty
    # both halves of the search answer from their workers
    qtbot.waitUntil(lambda: typed in label.text(), timeout=10_000)
    assert label.isVisible()
    assert label.isEnabled()
    text = label.palette().color(label.foregroundRole())
    back = popup.palette().color(QPalette.ColorRole.Window)
    light, dark = sorted((_luminance(text), _luminance(back)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5
    # the whole sentence fits in the line it is given
    width = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= width \
        or label.height() >= label.heightForWidth(label.width())


def _popup(qtbot, tmp_path):
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window, window.search_everywhere()


def test_typing_never_waits_for_the_tables_to_be_read(records, qtbot, tmp_path,
                                                      monkeypatch):
    """Offers and asks, follow-ups and proposals are found by reading whole tables
    (seconds at a million contacts): read on a worker, they join the contacts found at
    once, and the result chosen meanwhile stays chosen."""
    import threading

    window, popup = _popup(qtbot, tmp_path)
    read_on, release = [], threading.Event()
    reading = text_match.offers_asks

    def offers_asks(text, limit):
        read_on.append(threading.current_thread() is threading.main_thread())
        release.wait(10)  # as long as the test says: the table is "being read"
        return reading(text, limit)

    monkeypatch.setattr(text_match, "offers_asks", offers_asks)
    contacts.create(ContactData(given_name="Cafetera", family_name="Ruiz"))
    qtbot.keyClicks(popup.edit, "cafe")
    qtbot.waitUntil(lambda: any(popup.model.hit(r).kind == "contact"
                                for r in range(popup.model.rowCount())), timeout=10_000)
    assert read_on == [False]
    assert "offers and asks" in popup.empty.text()  # still searching, and says so
    first_event = next(r for r in range(popup.model.rowCount())
                       if popup.model.hit(r).kind == "event")
    popup.results.setCurrentIndex(popup.model.index(first_event, 0))

    release.set()
    qtbot.waitUntil(lambda: any(popup.model.hit(r).kind == "offer_ask"
                                for r in range(popup.model.rowCount())), timeout=10_000)
    kinds = [popup.model.hit(r).kind for r in range(popup.model.rowCount())]
    assert kinds == sorted(kinds, key=KINDS.index)  # contacts first, as before
    assert popup.model.hit(popup.results.currentIndex().row()).id == records["event"]
    assert popup.empty.isHidden()


def test_a_new_word_abandons_the_reading_of_the_last(records, qtbot, tmp_path):
    window, popup = _popup(qtbot, tmp_path)
    qtbot.keyClicks(popup.edit, "cafe")
    popup.run_search()
    first = list(popup._tasks)
    popup.edit.setText("zzzz")
    popup.run_search()
    assert all(task.progress.cancelled for task in first)
    qtbot.waitUntil(lambda: "zzzz" in popup.empty.text(), timeout=10_000)
    assert popup.model.rowCount() == 0  # nothing of "cafe" came back late
    qtbot.wait(50)
    assert popup.model.rowCount() == 0


def test_a_search_told_to_stop_gives_up(records, monkeypatch):
    from coopeten_gui.services import search_everywhere
    from coopeten_gui.storage import stopping

    assert search_everywhere.search("cafe", stop=lambda: False)
    assert search_everywhere.search("cafe", stop=lambda: True) is None
    # told while SQLite reads (asked every few of its steps here, not every 100,000)
    monkeypatch.setattr(stopping, "STEPS", 5)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3

    assert search_everywhere.search("cafe", kinds=("followup",), stop=stop) is None
    assert len(asked) > 3
    # the connection reads on as before, without being asked
    assert [found.kind for found in search_everywhere.search("cafe", kinds=("followup",))] \
        == ["followup"]
