"""The template editor: errors with their line, a runaway template that does not freeze
the window, built-ins copied rather than changed, the variables list, and the user's own
templates saved, renamed and deleted."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QTimer

from coopeten_gui.documents.builtins import load_builtin
from coopeten_gui.services import contacts, templates
from coopeten_gui.ui.kit import questions
from coopeten_gui.ui.pages.template_editor import TemplateEditor


@pytest.fixture
def editor(qtbot, demo_db):
    editor = TemplateEditor(None)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def settle(qtbot, editor: TemplateEditor, timeout: int = 5000) -> None:
    """Wait for the pending preview (debounced, rendered off the UI thread)."""
    qtbot.waitUntil(lambda: not editor.preview_timer.isActive() and not editor.renderer.busy
                    and "…" not in editor.error_label.text(), timeout=timeout)


def test_builtins_and_own_templates_side_by_side(editor, qtbot):
    texts = [editor.template_list.item(i).text() for i in range(editor.template_list.count())]
    assert len(texts) == 14 and all("built-in" in t for t in texts)
    assert editor.current.key == "builtin:list_swap:es"
    assert editor.builtin_notice.isVisible() and not editor.delete_button.isEnabled()
    assert "{% set their_name" in editor.source_edit.toPlainText()
    settle(qtbot, editor)
    assert editor.error_label.text().startswith("No errors")
    assert "Tostadores del Barrio" in editor.preview.toPlainText()  # the user's letterhead


def test_the_agreement_previews_with_its_sample_commitments(editor, qtbot):
    assert editor.select("builtin:agreement:en")
    settle(qtbot, editor)
    assert editor.error_label.text().startswith("No errors")
    text = editor.preview.toPlainText()
    assert "Collaboration agreement" in text and "By when" in text and "For " in text


def test_a_broken_template_shows_its_line(editor, qtbot):
    editor.source_edit.setPlainText("<p>Hello</p>\n<p>{{ contact.display_name }}</p>\n"
                                    "<p>{% for x in %}</p>\n")
    settle(qtbot, editor)
    assert re.search(r"\bLine 3\b", editor.error_label.text()), editor.error_label.text()
    assert "Traceback" not in editor.error_label.text()
    assert editor.source_edit.extraSelections()  # the line is tinted
    editor.source_edit.setPlainText("<p>{{ contact.nickname }}</p>")
    settle(qtbot, editor)
    assert "Line 1" in editor.error_label.text() and "nickname" in editor.error_label.text()
    editor.source_edit.setPlainText("<p>{{ contact.display_name }}</p>")
    settle(qtbot, editor)
    assert editor.error_label.text().startswith("No errors")
    assert not editor.source_edit.extraSelections()
    editor.dirty = False


# The sandbox's watchdog raises its timeout from a trace hook; when that lands inside a
# garbage-collector callback some other test module installed (hypothesis counts GC time),
# Python reports it as "exception ignored" — the render still stops at its next line.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_runaway_template_does_not_freeze_the_window(editor, qtbot):
    settle(qtbot, editor)
    ticks = []
    timer = QTimer(editor, interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    editor.source_edit.setPlainText("{% for i in range(100000) %}{% for j in range(100000) %}"
                                    "{{ i }}{% endfor %}{% endfor %}")
    # the deadline stops it: the message comes, where an endless loop would never end
    qtbot.waitUntil(lambda: "seconds" in editor.error_label.text(), timeout=6000)
    timer.stop()
    # the event loop kept turning while the template ran: a window held for the whole
    # render would show one gap as long as the 1.5 s deadline (a loaded machine delays a
    # tick by a few tenths at worst, never by the deadline)
    gaps = [b - a for a, b in zip([started, *ticks], ticks)]
    assert len(ticks) > 10 and max(gaps) < 1.2
    editor.dirty = False


def test_editing_a_builtin_makes_a_copy_and_leaves_it_unchanged(editor, qtbot):
    before = load_builtin("event_thanks", "en")
    assert editor.select("builtin:event_thanks:en")
    assert editor.current.key == "builtin:event_thanks:en"
    assert editor.name_edit.isReadOnly()
    editor.source_edit.appendPlainText("<p>P.S. Coffee is on us.</p>")
    assert editor.dirty
    key = editor.save()
    assert key and key.startswith("user:")
    assert load_builtin("event_thanks", "en") == before
    copy = templates.get(int(key.split(":")[1]))
    assert copy.based_on == "event_thanks" and copy.language == "en"
    assert copy.body.endswith("<p>P.S. Coffee is on us.</p>")
    assert editor.current.key == key and not editor.current.builtin
    assert not editor.dirty and not editor.builtin_notice.isVisible()
    texts = [editor.template_list.item(i).text() for i in range(editor.template_list.count())]
    assert "Thank-you and follow-up after an event (my copy) — en" in texts
    assert len(texts) == 15


def test_own_templates_are_saved_renamed_and_deleted(editor, qtbot, monkeypatch):
    key = editor.new_template("Short thanks")
    assert editor.current.key == key and not editor.name_edit.isReadOnly()
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en"))
    editor.source_edit.setPlainText("<p>Thanks, {{ contact.given_name }}!</p>")
    editor.subject_edit.setText("Thanks from {{ profile.name }}")
    assert editor.save() == key
    row = templates.get(int(key.split(":")[1]))
    assert (row.name, row.language, row.subject) == ("Short thanks", "en",
                                                     "Thanks from {{ profile.name }}")
    assert editor.rename("Very short thanks")
    assert templates.get(row.id).name == "Very short thanks"
    assert editor.name_edit.text() == "Very short thanks"
    monkeypatch.setattr(questions, "confirm", lambda *args, **kwargs: True)
    assert editor.delete()
    assert templates.get(row.id).deleted_at is not None
    assert all(editor.template_list.item(i).data(256) != key
               for i in range(editor.template_list.count()))


def test_unsaved_changes_are_not_dropped_without_asking(editor, qtbot, monkeypatch):
    editor.source_edit.appendPlainText("<p>mine</p>")
    monkeypatch.setattr(questions, "ask_unsaved", lambda *args, **kwargs: questions.CANCEL)
    editor.template_list.setCurrentRow(3)
    assert editor.current.key == "builtin:list_swap:es"
    assert editor.source_edit.toPlainText().endswith("<p>mine</p>")
    monkeypatch.setattr(questions, "ask_unsaved", lambda *args, **kwargs: questions.DISCARD)
    editor.template_list.setCurrentRow(3)
    assert editor.current.key == "builtin:alliance_proposal:en"
    assert not editor.dirty


def test_double_click_inserts_a_variable_and_a_filter(editor, qtbot):
    editor.source_edit.setPlainText("")
    variables = editor.variables.topLevelItem(0)
    names = [variables.child(i).text(0) for i in range(variables.childCount())]
    assert "contact.given_name" in names and "promotions.totals.mine" in names
    assert variables.child(0).text(1)  # each has its meaning
    item = variables.child(names.index("contact.given_name"))
    editor.variables.itemDoubleClicked.emit(item, 0)
    filters = editor.variables.topLevelItem(1)
    date_filter = next(filters.child(i) for i in range(filters.childCount())
                       if filters.child(i).text(0) == "value|date('short')")
    editor.source_edit.moveCursor(editor.source_edit.textCursor().MoveOperation.End)
    editor.variables.itemDoubleClicked.emit(date_filter, 0)
    assert editor.source_edit.toPlainText() == "{{ contact.given_name }}|date('short')"
    editor.dirty = False


def test_preview_for_a_chosen_contact(editor, qtbot):
    tom = contacts.find_by_email("tom@lacolmena.work")
    editor.select("builtin:event_thanks:en")
    editor.preview_contact.set_contact(tom, "Tom Baker")
    editor.refresh_preview()
    settle(qtbot, editor)
    text = editor.preview.toPlainText()
    assert "Tom Baker" in text and "Dear Tom" in text
    assert "Thank you for our conversation" in editor.error_label.text()  # the subject
