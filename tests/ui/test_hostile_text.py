"""Data that looks like markup is shown as the text it is: a contact named
``<img src="/dev/zero">`` cannot make the window load a file, and ``<h1>`` or ``<a href>``
in a name neither grows into a heading nor becomes a link."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractItemView, QLabel

from coopeten_gui.services import contacts, events, followups, offers_asks, proposals
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.storage import database
from coopeten_gui.ui.main_window import SECTIONS, MainWindow

REPO_ROOT = Path(__file__).resolve().parents[2]

BOMB = '<img src="/dev/zero" width=10>'
HEADING = "<h1>Huge</h1>"
LINK = "<a href='https://example.com'>click</a>"
EVENT_IDS: list[int] = []


def hostile_contact(name: str) -> int:
    """A contact, its organization, a follow-up due today and an offer, all named
    ``name``."""
    contact_id = contacts.create(ContactData(
        display_name=name, given_name=name, organization_name=name, job_title=name,
        emails=[Labeled("x@example.com", "work")], notes=name, tags=[name[:30]],
        met_where=name))
    followups.create(followups.FollowupData(title=name, contact_id=contact_id, due_at=date.today()))
    offers_asks.create(offers_asks.OfferAskData(contact_id=contact_id, description=name))
    event_id = events.create(events.EventData(name=name, place=name, organiser=name,
                                              notes=name, starts_at=datetime.now()))
    events.add_attendee(event_id, contact_id, talked_about=name)
    EVENT_IDS.append(event_id)
    return contact_id


def test_an_image_in_a_name_loads_nothing_under_a_memory_limit(_demo_template, tmp_path):
    path = tmp_path / "bomb.sqlite"
    shutil.copy(_demo_template, path)
    database.open_database(path)
    try:
        contact_id = hostile_contact(BOMB)
        proposal_id = proposals.create(proposals.ProposalData(
            contact_id=contact_id, title=BOMB, language="es",
            body_html='<p>Hola</p><img src="/dev/zero">'
                      '<p style="background: url(/dev/zero)">x</p>'))
    finally:
        database.close_database()
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("hostile_window.py")), str(path),
         str(contact_id), str(proposal_id), str(tmp_path / "s.ini")],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "shown" in result.stdout


def rendered_as_markup(widget, payload: str) -> list[str]:
    """The labels and tooltips under ``widget`` that would render ``payload`` as
    markup."""
    found = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            column = 0
            while model.index(row, column).isValid():
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                column += 1
                if isinstance(tip, str) and payload in tip and QtGuiNamespace.mightBeRichText(tip):
                    found.append(f"tooltip of {type(model).__name__}: {tip[:80]}")
    for label in widget.findChildren(QLabel):
        text = label.text()
        if payload not in text:
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text))
        if rich:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:80]}")
    return found


@pytest.mark.parametrize("payload", [HEADING, LINK])
def test_markup_in_a_name_is_shown_as_text(qtbot, demo_db, tmp_path, payload):
    contact_id = hostile_contact(payload)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    found = []
    for section in SECTIONS:
        window.show_section(section)
        found += rendered_as_markup(window, payload)
    window.open_event(EVENT_IDS[-1])
    found += rendered_as_markup(window, payload)
    window.open_contact(contact_id)
    page = window.contact_view
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        found += rendered_as_markup(window, payload)
    popup = window.search_everywhere()
    popup.edit.setText(payload[1:4])
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0)
    found += rendered_as_markup(popup, payload)
    assert page.name_label.text() == payload
    assert payload in page.details.text() or "&lt;" in page.details.text()
    assert "\n".join(sorted(set(found))) == ""
    # the name takes one line of ordinary height, not a heading's (where it has the room:
    # a long name wraps rather than widen the window)
    assert page.name_label.heightForWidth(2000) < 3 * page.fontMetrics().height()


def test_tooltips_and_messages_with_markup_show_it_as_text():
    from coopeten_gui.ui.kit import plain_text

    shown = plain_text.literal(HEADING + "\nsecond line")
    assert "&lt;h1&gt;" in shown and "<h1>" not in shown
    assert plain_text.literal("María Núñez") == "María Núñez"
