"""Proposals in the window: contact → proposal → PDF → sent → follow-up on Today, the
proposal editor's template, language, formatting and output, and the Proposals page."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from coopeten_gui.services import contacts, followups, interactions, proposals
from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor, body_fragment
from coopeten_gui.ui.kit import letter_output, questions
from coopeten_gui.ui.main_window import MainWindow
from coopeten_gui.ui.pages.proposals_page import ProposalsPage


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def _no_questions_on_close(monkeypatch):
    """Editors left open are closed by pytest-qt: answer "discard" rather than block."""
    monkeypatch.setattr(ProposalEditor, "_ask_unsaved",
                        lambda self: questions.DISCARD)


@pytest.fixture
def yes(monkeypatch):
    """Every confirmation answered "go ahead"."""
    monkeypatch.setattr(questions, "confirm", lambda *args, **kwargs: True)


def written(qtbot, editor: ProposalEditor, text: str = "") -> None:
    """Wait for the letter the editor renders off the UI thread."""
    qtbot.waitUntil(lambda: not editor.renderer.busy and editor.body.toPlainText().strip()
                    and text in editor.body.toPlainText(), timeout=5000)


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_contact_to_proposal_to_pdf_to_sent_to_today(qtbot, window, monkeypatch, tmp_path, yes):
    andres = contacts.find_by_email("andres@elfaro.es")
    window.open_contact(andres)
    page = window.stack.currentWidget()
    assert page.name_label.text() == "Andrés Martí"

    # a new proposal from the contact page
    qtbot.mouseClick(page.proposal_button, Qt.MouseButton.LeftButton)
    editor = page.dialog
    assert isinstance(editor, ProposalEditor) and editor.isVisible()
    written(qtbot, editor)
    assert editor.language() == "es"  # Andrés writes in Spanish

    # choose the alliance proposal and write the letter from it
    assert editor.choose_template("alliance_proposal")
    qtbot.mouseClick(editor.write_button, Qt.MouseButton.LeftButton)
    written(qtbot, editor, "Quiénes somos")
    assert editor.title_edit.text() == ("Propuesta de alianza entre Tostadores del Barrio y "
                                        "Librería El Faro")
    editor.title_edit.setText("Café para las presentaciones de libros")
    editor.value_spin.set_cents(45000)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    proposal_id = editor.proposal_id
    assert proposal_id is not None and not editor.dirty
    stored = proposals.get(proposal_id)
    assert stored.status == "draft" and stored.value_cents == 45000
    assert stored.template_name == "alliance_proposal" and stored.language == "es"
    assert "Quiénes somos" in stored.body_html and "<body" not in stored.body_html

    # export it as PDF
    target = tmp_path / "propuesta.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    editor.output.pdf_action.trigger()
    text = pdf_text(target)
    assert "Andrés Martí" in text and "Tostadores del Barrio" in text
    assert "Saved" in editor.message_label.text()

    # mark it sent: a follow-up a week later, the contact's timeline, the status
    qtbot.mouseClick(editor.sent_button, Qt.MouseButton.LeftButton)
    assert proposals.get(proposal_id).status == "sent"
    assert "Sent" in editor.status_label.text()
    assert not editor.sent_button.isEnabled()
    editor.close()  # the editor window goes away (deleted on close)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))

    follow_up = next(t for t in followups.list_tasks(contact_id=andres)
                     if t.proposal_id == proposal_id)
    assert "Café para las presentaciones de libros" in follow_up.title

    # the follow-up is on Today, coming up
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    today = window.today_page
    assert window.stack.currentWidget() is today
    upcoming = today.models["upcoming"]
    titles = [upcoming.index(row, 0).data() for row in range(upcoming.rowCount())]
    assert follow_up.title in titles

    # the contact's Proposals tab and the Proposals page know it too
    window.open_contact(andres)
    assert any(r.id == proposal_id for r in page.proposals.model.rows())
    window.show_section("proposals")
    listed = window.pages["proposals"].model.rows()
    assert next(r for r in listed if r.id == proposal_id).status == "sent"


def test_an_english_contact_gets_english_templates(qtbot, demo_db):
    tom = contacts.find_by_email("tom@lacolmena.work")
    editor = ProposalEditor(None, contact_id=tom)
    qtbot.addWidget(editor)
    written(qtbot, editor, "Dear Tom")
    assert editor.language() == "en"
    # a list swap is running with Tom, so that is where a new proposal starts
    assert editor.template().name == "list_swap"
    assert {editor.template_combo.itemText(i) for i in range(editor.template_combo.count())} >= {
        "List swap", "Strategic alliance proposal"}
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("es"))
    assert editor.template().language == "es" and editor.template().name == "list_swap"
    editor.dirty = False


def test_editor_formats_saves_reopens_and_decides(qtbot, demo_db, yes):
    maria = contacts.find_by_email("maria@masamadre.es")
    editor = ProposalEditor(None, contact_id=maria)
    qtbot.addWidget(editor)
    written(qtbot, editor)
    editor.body.selectAll()
    editor.bold_action.trigger()
    assert "font-weight" in editor.body_html()
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.insertPlainText("\nUna idea más")
    editor.bullets_action.trigger()
    assert editor.body.textCursor().currentList() is not None
    assert "<ul" in editor.body_html()
    editor.bullets_action.trigger()  # again: back to a paragraph
    assert editor.body.textCursor().currentList() is None
    editor.numbers_action.trigger()
    assert "<ol" in editor.body_html()
    editor.title_edit.clear()
    assert editor.save() is None
    assert not editor.title_error.isHidden()  # beside the field, nothing lost
    editor.title_edit.setText("Intercambio de primavera")
    proposal_id = editor.save()
    assert editor.title_error.isHidden()
    editor.close()

    again = ProposalEditor(None, proposal_id=proposal_id)
    qtbot.addWidget(again)
    assert again.title_edit.text() == "Intercambio de primavera"
    assert again.template().name == proposals.get(proposal_id).template_name
    assert not again.dirty
    assert again.decide("declined")
    assert proposals.get(proposal_id).status == "declined"
    assert not again.accepted_button.isEnabled()
    assert contacts.get(maria).stage == "ally"  # a declined proposal takes nothing away


def test_closing_with_changes_asks(qtbot, demo_db):
    maria = contacts.find_by_email("maria@masamadre.es")
    editor = ProposalEditor(None, contact_id=maria)
    qtbot.addWidget(editor)
    editor.show()
    written(qtbot, editor)

    editor.ask_unsaved = lambda: questions.CANCEL
    editor.close()
    assert editor.isVisible() and editor.proposal_id is None
    editor.ask_unsaved = lambda: questions.SAVE
    editor.close()
    assert not editor.isVisible() and editor.proposal_id is not None


def test_copy_text_and_email(qtbot, demo_db, monkeypatch):
    tom = contacts.find_by_email("tom@lacolmena.work")
    editor = ProposalEditor(None, contact_id=tom)
    qtbot.addWidget(editor)
    written(qtbot, editor)
    text = editor.output.copy_text()
    assert QGuiApplication.clipboard().text() == text
    assert text.startswith(editor.body.toPlainText().split("\n")[0].strip()) or "Tom Baker" in text
    assert "Lucía Ferrer" in text  # the signature travels with it
    opened = []
    monkeypatch.setattr(letter_output, "open_url", lambda url: opened.append(url) or True)
    path = editor.output.email()
    assert path.endswith(".eml") and opened and opened[0].toLocalFile() == path
    message = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and "tom@lacolmena.work" in message["To"]
    assert "Tom Baker" in message.get_body(("plain",)).get_content()
    pdf = next(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")
    # noted on Tom's timeline as an email
    assert interactions.timeline(tom)[0].kind == "email"
    editor.dirty = False


def test_an_output_error_is_one_message_and_nothing_written(qtbot, demo_db, tmp_path, monkeypatch):
    maria = contacts.find_by_email("maria@masamadre.es")
    editor = ProposalEditor(None, contact_id=maria)
    qtbot.addWidget(editor)
    written(qtbot, editor)
    warnings = []
    monkeypatch.setattr(letter_output, "warn", lambda parent, title, text: warnings.append(text))
    target = tmp_path / "missing" / "letter.pdf"
    assert editor.output.save_as("pdf", str(target)) is None
    assert warnings and "letter.pdf" in warnings[0] and "Traceback" not in warnings[0]
    assert not target.parent.exists()
    good = tmp_path / "letter.odt"
    assert editor.output.save_as("odt", str(good)) == str(good)
    assert good.read_bytes()[:2] == b"PK"
    editor.dirty = False


def test_print_preview_opens(qtbot, demo_db):
    maria = contacts.find_by_email("maria@masamadre.es")
    editor = ProposalEditor(None, contact_id=maria)
    qtbot.addWidget(editor)
    written(qtbot, editor)
    dialog = editor.output.print_preview()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    editor.dirty = False


def test_printing_breaks_pages_as_the_pdf_does(qtbot, demo_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from coopeten_gui.services import letter_rendering
    from coopeten_gui.ui.kit.letter_output import paint_letter

    tom = contacts.find_by_email("tom@lacolmena.work")
    editor = ProposalEditor(None, contact_id=tom)
    qtbot.addWidget(editor)
    written(qtbot, editor)
    editor.body.append("<p>" + "Más café, menos prisa. " * 400 + "</p>")  # a long letter
    letter = editor.current_letter()
    pdf = letter_rendering.write_letter(letter, tmp_path / "letter.pdf")
    printer = editor.output._printer(letter)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = paint_letter(printer, letter_rendering.document(letter))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages_of_pdf = int(next(line.split()[-1] for line in info.splitlines()
                            if line.startswith("Pages:")))
    assert printed >= 2 and printed == pages_of_pdf
    text = pdf_text(tmp_path / "printed.pdf")
    pages = text.split("\f")
    assert pages[1].strip().endswith("2")  # numbered from page two
    editor.dirty = False


def test_body_fragment_keeps_only_the_body():
    html = ('<!DOCTYPE HTML><html><head><style>p{}</style></head>'
            '<body style="font-size:10pt;">\n<p>Hola</p></body></html>')
    assert body_fragment(html) == "<p>Hola</p>"
    assert body_fragment("<p>already a fragment</p>") == "<p>already a fragment</p>"


# -- the Proposals page -------------------------------------------------------------------------

@pytest.fixture
def page(qtbot, demo_db):
    page = ProposalsPage(None)
    qtbot.addWidget(page)
    page.show()
    return page


def test_page_lists_and_filters_by_status(page):
    assert page.model.rowCount() == 5
    page.status_combo.setCurrentIndex(page.status_combo.findData("sent"))
    assert [r.status for r in page.model.rows()] == ["sent"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert [r.title for r in page.model.rows()] == ["Coffee partnership for La Colmena"]
    assert page.model.index(0, 1).data() == "Sophie Laurent"


def test_page_marks_sent_decides_and_deletes(qtbot, page, yes):
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    draft = page.model.rows()[0]
    assert page.select(draft.id)
    assert page.sent_button.isEnabled()
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert proposals.get(draft.id).status == "sent"
    assert page.model.rowCount() == 0  # no drafts left
    page.status_combo.setCurrentIndex(0)
    page.select(draft.id)
    assert not page.sent_button.isEnabled() and page.accepted_button.isEnabled()
    page.decide("accepted")
    assert proposals.get(draft.id).status == "accepted"
    assert contacts.get(draft.contact_id).stage == "ally"
    page.select(draft.id)
    assert page.delete_selected() == 1
    assert all(r.id != draft.id for r in page.model.rows())


def test_page_opens_a_proposal_once(qtbot, page):
    row = page.model.rows()[0]
    page.select(row.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(page.editors) == 1
    editor = page.editors[0]
    assert editor.proposal_id == row.id and editor.title_edit.text() == row.title
    assert page.open_proposal(row.id) is editor
    editor.close()
    QApplication.processEvents()


def test_new_proposal_from_the_page(qtbot, page):
    sophie = contacts.find_by_email("sophie@lacolmena.work")
    editor = page.new_proposal(sophie)
    written(qtbot, editor, "Sophie")
    editor.title_edit.setText("Café para La Colmena")
    editor.save()
    assert any(r.title == "Café para La Colmena" for r in page.model.rows())
    editor.close()
