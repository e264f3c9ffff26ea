"""My business: the profile form, its errors beside the fields, and the logo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

from coopeten_gui.services import my_business
from coopeten_gui.ui.pages.my_business_form import LOGO_MAX_SIDE, MyBusinessForm


@pytest.fixture
def page(qtbot, demo_db):
    page = MyBusinessForm(None)
    qtbot.addWidget(page)
    page.show()
    return page


def image_file(path, width: int, height: int) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8553d"))
    assert image.save(str(path))
    return str(path)


def test_shows_the_profile(page):
    assert page.name_edit.text() == "Tostadores del Barrio"
    assert page.who_edit.toPlainText().startswith("Somos un tostadero familiar")
    assert page.email_edit.text() == "hola@tostadoresdelbarrio.es"
    assert page.signature_name_edit.text() == "Lucía Ferrer"
    assert page.currency_combo.currentText() == "EUR"
    assert page.logo_preview.text() == "No logo" and not page.remove_logo_button.isEnabled()


def test_saves_every_field(page, qtbot):
    page.name_edit.setText("Cafés Ferrer")
    page.tagline_edit.setText("Tostado cada martes")
    page.going_edit.setPlainText("Abrir un aula de barismo en 2027.")
    page.evidence_edit.setPlainText("40 clientes.")
    page.website_edit.setText("cafesferrer.es")
    page.signature_title_edit.setText("Gerente")
    page.currency_combo.setCurrentText("usd")
    saved = []
    page.saved.connect(lambda: saved.append(True))
    assert page.save()
    data = my_business.get()
    texts = data.texts["es"]
    assert (data.name, texts.tagline, texts.where_we_are_going, texts.evidence, data.website,
            texts.signature_title, data.currency) == (
        "Cafés Ferrer", "Tostado cada martes", "Abrir un aula de barismo en 2027.",
        "40 clientes.", "cafesferrer.es", "Gerente", "USD")
    assert data.language == "es"  # kept as it was
    assert saved and "Saved" in page.saved_label.text()


def test_errors_show_beside_the_field_and_nothing_is_lost(page):
    page.email_edit.setText("hola-at-tostadores")
    page.name_edit.setText("Nuevo nombre")
    assert not page.save()
    assert not page.errors["email"].isHidden()
    assert "is not an email address" in page.errors["email"].text()
    assert page.errors["currency"].isHidden()
    assert page.name_edit.text() == "Nuevo nombre"
    assert my_business.get().name == "Tostadores del Barrio"
    page.email_edit.setText("hola@cafes.es")
    page.currency_combo.setCurrentText("EURO")
    assert not page.save()
    assert page.errors["email"].isHidden() and not page.errors["currency"].isHidden()
    page.currency_combo.setCurrentText("EUR")
    assert page.save()
    assert my_business.get().email == "hola@cafes.es"


def test_email_is_checked_when_leaving_the_field(page):
    page.email_edit.setText("nope")
    page.email_edit.editingFinished.emit()
    assert not page.errors["email"].isHidden()
    page.email_edit.setText("ok@example.com")
    page.email_edit.editingFinished.emit()
    assert page.errors["email"].isHidden()


def test_logo_is_chosen_previewed_scaled_saved_and_removed(page, tmp_path):
    assert page.choose_logo(image_file(tmp_path / "logo.png", 120, 60))
    assert not page.logo_preview.pixmap().isNull()
    assert page.remove_logo_button.isEnabled() and page.dirty
    assert page.save()
    stored = my_business.get().logo
    assert stored and QImage.fromData(stored).size().width() == 120

    assert page.choose_logo(image_file(tmp_path / "huge.jpg", 3000, 1000))
    assert page.save()
    big = QImage.fromData(my_business.get().logo)
    assert max(big.width(), big.height()) == LOGO_MAX_SIDE and big.width() == 600

    page.remove_logo()
    assert page.logo_preview.text() == "No logo"
    assert page.save()
    assert my_business.get().logo is None


def test_a_file_that_is_not_an_image_is_refused(page, tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    assert not page.choose_logo(str(text))
    assert not page.errors["logo"].isHidden() and "notes.png" in page.errors["logo"].text()
    assert page.logo is None
    assert not page.choose_logo(str(tmp_path / "missing.png"))
    assert not page.errors["logo"].isHidden()


def test_revert_forgets_the_changes(page):
    page.name_edit.setText("Otro")
    page.name_edit.textEdited.emit("Otro")
    assert page.dirty
    page.revert_button.click()
    assert page.name_edit.text() == "Tostadores del Barrio" and not page.dirty


def test_my_business_has_a_page_of_its_own_and_settings_leads_there(qtbot, demo_db,
                                                                   tmp_path):
    from coopeten_gui.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "My business" in titles
    window.show_section("settings")
    window.settings_page.business_button.click()
    page = window.pages["business"]
    assert window.stack.currentWidget() is page
    assert isinstance(page.business, MyBusinessForm)
    changed = []
    window.data_changed.connect(lambda: changed.append(True))
    page.business.name_edit.setText("Tostadores")
    assert page.business.save()
    assert changed and my_business.get().name == "Tostadores"


def test_the_texts_are_edited_in_each_language(page, qtbot):
    assert page.text_language() == "es"
    assert page.tagline_edit.text() == "Café de especialidad tostado a la vuelta de la esquina"
    page.show_language("en")
    assert page.tagline_edit.text() == "Specialty coffee, roasted around the corner"
    page.tagline_edit.clear()
    qtbot.keyClicks(page.tagline_edit, "Roasted every Tuesday")
    page.show_language("es")  # what was typed in English stays while Spanish shows
    qtbot.keyClicks(page.signature_title_edit, " y tostadora")
    assert page.save()
    data = my_business.get()
    assert data.texts["en"].tagline == "Roasted every Tuesday"
    assert data.texts["es"].signature_title == "Fundadora y tostadora"
    assert data.texts["es"].tagline.startswith("Café de especialidad")


def test_the_proposal_editor_warns_when_the_letter_borrows_the_other_language(qtbot, page,
                                                                             monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coopeten_gui.services import contacts
    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

    monkeypatch.setattr(ProposalEditor, "_ask_unsaved",
                        lambda self: QMessageBox.StandardButton.Discard)
    page.show_language("en")
    page.evidence_edit.clear()
    assert page.save()
    editor = ProposalEditor(contact_id=contacts.find_by_email("tom@lacolmena.work"))
    qtbot.addWidget(editor)
    assert editor.language() == "en" and editor.choose_template("alliance_proposal")
    editor.write_from_template()
    qtbot.waitUntil(lambda: "Evidence" in editor.message_label.text(), timeout=5000)
    assert "Spanish" in editor.message_label.text()


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_label_has_room_for_its_whole_text(qtbot, demo_db, qapp, language):
    """A label is as wide as its text drawn: the underlined letter of its shortcut is
    drawn apart from the rest ("&Teléfono" lost its last letter in Spanish)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QFormLayout

    from coopeten_gui import translations

    translations.install(qapp, language)
    form = MyBusinessForm(None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    layout = form.findChild(QFormLayout)
    labels = [layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
              for row in range(layout.rowCount())
              if layout.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    texts = [label.text() for label in labels]
    assert ("&Teléfono" if language == "es" else "&Phone") in texts
    for label in labels:
        metrics = QFontMetrics(label.font())
        before, _, after = label.text().partition("&")
        drawn = sum(metrics.horizontalAdvance(part) for part in (before, after[:1], after[1:]))
        assert label.width() >= drawn, label.text()
