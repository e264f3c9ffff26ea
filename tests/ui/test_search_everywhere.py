"""Ctrl+K: every kind of record, found whatever the accents, and a readable answer."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from coopeten_gui.services import contacts, events, followups, offers_asks, proposals
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import text_match
from coopeten_gui.ui.dialogs.global_search import search_everything


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
    assert label.isVisible() and typed in label.text()
    assert label.isEnabled()
    text = label.palette().color(label.foregroundRole())
    back = popup.palette().color(QPalette.ColorRole.Window)
    light, dark = sorted((_luminance(text), _luminance(back)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5
    # the whole sentence fits in the line it is given
    width = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= width \
        or label.height() >= label.heightForWidth(label.width())
