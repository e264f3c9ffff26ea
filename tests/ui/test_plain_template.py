"""The template editor's plain mode: the letter's text, fields as named chips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from coopeten_gui.services import letter_templates
from coopeten_gui.ui.pages import plain_template
from coopeten_gui.ui.pages.plain_template import PLAIN_MODE_KEY, from_plain, to_plain
from coopeten_gui.ui.pages.template_editor import TemplateEditor


@pytest.fixture(autouse=True)
def _no_choice_kept():
    QSettings().remove(PLAIN_MODE_KEY)
    yield
    QSettings().remove(PLAIN_MODE_KEY)


@pytest.fixture
def editor(qtbot, demo_db):
    made = TemplateEditor(None)
    qtbot.addWidget(made)
    made.show()
    return made


def settle(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: not editor.preview_timer.isActive() and not editor.renderer.busy
                    and "…" not in editor.error_label.text(), timeout=5000)


def test_plain_is_the_default_and_a_template_with_conditions_is_explained(editor):
    assert editor.plain_mode() and editor.plain_edit.isVisible()
    assert not editor.source_edit.isVisible()
    shown = editor.plain_edit.text.toPlainText()
    assert "{{" not in shown and "{%" not in shown
    assert "«Your business name»" in shown  # {{ profile.name }}, by its name
    assert "«⚙ if" in shown  # a condition, as a locked chip
    assert editor.plain_edit.text.isReadOnly()
    assert "source" in editor.plain_edit.notice.text()


def test_a_letter_written_in_plain_mode_saves_as_jinja2(editor, qtbot):
    editor.new_template("Gracias")
    plain = editor.plain_edit
    assert not plain.text.isReadOnly() and plain.field_combo.isEnabled()
    cursor = plain.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    plain.text.setTextCursor(cursor)
    plain.text.insertPlainText("Thank you for the coffee, ")
    index = plain.field_combo.findData("contact.given_name")
    plain.field_combo.activated.emit(index)
    source = editor.source_edit.toPlainText()
    assert "Thank you for the coffee, {{ contact.given_name }}" in source
    assert "{{ today|date }}" in source  # the chips it opened with came back as they were
    assert editor.dirty
    key = editor.save()
    saved = letter_templates.user_template(int(key.split(":")[1]))
    assert "{{ contact.given_name }}" in saved.source
    settle(qtbot, editor)
    assert editor.error_label.text().startswith("No errors")


def test_the_source_is_one_click_away_and_the_choice_is_kept(editor, qtbot, demo_db):
    editor.mode_bar.setCurrentIndex(1)
    assert editor.source_edit.isVisible() and "{% set" in editor.source_edit.toPlainText()
    again = TemplateEditor(None)
    qtbot.addWidget(again)
    again.show()
    assert not again.plain_mode()
    again.mode_bar.setCurrentIndex(0)
    assert plain_template.plain_mode_chosen()


def test_chips_come_back_as_the_exact_source(qapp):
    source = ('<p>{{ today|date }}</p>{%- if contact.job_title %}<p>{{ contact.job_title }}'
              '</p>{% endif %}{# note #}<p>{{ contact.nickname|upper }}</p>')
    shown, chips = to_plain(source)
    assert "{{" not in shown and "{%" not in shown
    back = from_plain(f"<html><body>{shown}</body></html>", chips)
    assert back == source
