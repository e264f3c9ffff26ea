"""Mail merge from the window: three contacts to one PDF or one PDF each, in the
background with a progress bar, and Cancel that leaves no file."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from coopeten_gui.services import contact_list, contacts, interactions
from coopeten_gui.ui.dialogs.mail_merge_dialog import MailMergeDialog
from coopeten_gui.ui.pages.proposals_page import ProposalsPage

EMAILS = ("maria@masamadre.es", "andres@elfaro.es", "tom@lacolmena.work")
NAMES = ("María Núñez", "Andrés Martí", "Tom Baker")


@pytest.fixture
def three(demo_db) -> list[int]:
    return [contacts.find_by_email(e) for e in EMAILS]


@pytest.fixture
def dialog(qtbot, three):
    dialog = MailMergeDialog(None, three)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pdf(path) -> tuple[str, int]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return text, pages


def run(qtbot, dialog: MailMergeDialog) -> None:
    finished = []
    dialog.finished.connect(lambda code: finished.append(code))
    assert dialog.start() is not None
    assert not dialog.run_button.isEnabled()  # once is enough
    qtbot.waitUntil(lambda: bool(finished) or dialog.task is None, timeout=20000)


def test_three_contacts_into_one_pdf(qtbot, dialog, tmp_path):
    assert "3" in dialog.selection_radio.text() and dialog.selection_radio.isChecked()
    assert "3" in dialog.count_label.text()
    assert dialog.choose_template("event_thanks")
    target = tmp_path / "out" / "thanks"
    target.parent.mkdir()
    dialog.file_edit.setText(str(target))  # ".pdf" is added
    messages = []
    dialog.status_message.connect(messages.append)
    run(qtbot, dialog)
    assert dialog.merge_result is not None and dialog.merge_result.letters == 3
    assert [p.name for p in target.parent.iterdir()] == ["thanks.pdf"]
    text, pages = pdf(target.parent / "thanks.pdf")
    assert pages >= 3
    for name in NAMES:
        assert name in text
    assert messages and "thanks.pdf" in messages[-1]
    assert not dialog.isVisible()  # done: the dialog closes


def test_each_letter_of_a_mail_merge_is_on_its_contacts_timeline(qtbot, dialog, three,
                                                                 tmp_path):
    assert dialog.choose_template("event_thanks")
    dialog.file_edit.setText(str(tmp_path / "thanks.pdf"))
    run(qtbot, dialog)
    for contact_id in three:
        latest = interactions.timeline(contact_id)[0]
        assert "mail merge" in latest.summary and latest.kind == "note"


def test_three_contacts_one_pdf_each(qtbot, dialog, tmp_path):
    dialog.choose_template("alliance_proposal")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.folder_radio.setChecked(True)
    folder = tmp_path / "letters"
    dialog.folder_edit.setText(str(folder))
    run(qtbot, dialog)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in NAMES)
    text, _ = pdf(folder / "Tom Baker.pdf")
    assert "Tom Baker" in text and "An alliance between" in text
    text, _ = pdf(folder / "María Núñez.pdf")
    assert "An alliance between" in text  # English for everyone, as chosen


def test_cancel_leaves_no_file(qtbot, demo_db, tmp_path):
    everyone = contact_list.contact_ids()
    for single in (True, False):
        dialog = MailMergeDialog(None, everyone)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.choose_template("list_swap")
        out = tmp_path / ("one" if single else "each")
        out.mkdir()
        dialog.file_edit.setText(str(out / "all.pdf"))
        dialog.folder_edit.setText(str(out))
        (dialog.single_radio if single else dialog.folder_radio).setChecked(True)
        task = dialog.start()
        task.progress.cancel()  # as the progress dialog's Cancel button does
        qtbot.waitUntil(lambda dialog=dialog: dialog.task is None, timeout=20000)
        assert "Cancelled" in dialog.error_label.text()
        assert list(out.iterdir()) == []
        assert dialog.isVisible() and dialog.run_button.isEnabled()  # ready to try again


def test_everyone_with_a_tag(qtbot, demo_db):
    dialog = MailMergeDialog(None, [])
    qtbot.addWidget(dialog)
    assert not dialog.selection_radio.isEnabled() and dialog.tag_radio.isChecked()
    assert not dialog.run_button.isEnabled()  # no tag chosen yet
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("boletín"))
    ids = dialog.recipients()
    names = {contacts.get(i).display_name for i in ids}
    assert {"Andrés Martí", "Tom Baker"} <= names and "María Núñez" not in names
    assert dialog.run_button.isEnabled()
    assert str(len(ids)) in dialog.count_label.text()


def test_a_template_of_my_own_keeps_its_language(qtbot, demo_db):
    from coopeten_gui.services import templates

    templates.create(templates.TemplateData(name="Nota breve", body="<p>Hola</p>",
                                            language="es"))
    dialog = MailMergeDialog(None, [1])
    qtbot.addWidget(dialog)
    assert dialog.choose_template("Nota breve")
    assert not dialog.language_combo.isEnabled()
    assert dialog.choose_template("list_swap")
    assert dialog.language_combo.isEnabled()


def test_the_proposals_page_merges_the_contacts_list_selection(qtbot, three):
    page = ProposalsPage(None, selected_contacts=lambda: three[:2])
    qtbot.addWidget(page)
    dialog = page.mail_merge()
    assert dialog.recipients() == three[:2]
    dialog.close()
