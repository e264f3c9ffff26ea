"""The contact list paints its rows itself (``ContactTableView``): what the user sees must be
what Qt's own table painting shows, pixel for pixel, in every state a row can be in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QTableView, QWidget

from coopeten_gui.services import contact_list, contacts
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.kit import contact_table_view
from coopeten_gui.ui.kit.contact_table_model import ContactTableModel
from coopeten_gui.ui.kit.contact_table_view import ContactTableView
from coopeten_gui.ui.pages.contacts_page import ContactsPage

SELECT_ROWS = (QItemSelectionModel.SelectionFlag.Select
               | QItemSelectionModel.SelectionFlag.Rows)


@pytest.fixture
def side_by_side(qtbot, db):
    """A ``ContactTableView`` and a plain ``QTableView`` over the same model, set up as the
    Contacts page sets its table up, in one active window; and a line edit to take the
    focus away from both."""
    for n in range(60):
        contacts.create(ContactData(
            given_name=f"Persona {n:02d}", family_name="Fernández de la Peña y Villanueva",
            organization_name="Cooperativa de Tostadores Artesanos del Barrio" if n % 3 else "",
            emails=[Labeled(f"persona{n}@ejemplo.es")],
            phones=[Labeled(f"+34 611 222 {n:03d}")] if n % 4 else [],
            audience_size=(n * 1250) if n % 2 else 0))
    model = ContactTableModel()
    model.refresh()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    views = []
    for kind in (QTableView, ContactTableView):
        view = kind(window)
        view.setModel(model)
        ContactsPage.set_up_table(view)
        view.setFixedSize(900, 400)
        layout.addWidget(view)
        views.append(view)
    elsewhere = QLineEdit(window)
    layout.addWidget(elsewhere)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield model, views[0], views[1], elsewhere
    window.close()  # held until the test is over


def _differing_pixels(qt_view: QTableView, own_view: QTableView) -> int:
    return _differing(_image(qt_view), _image(own_view))


def _image(view: QTableView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing(theirs: QImage, ours: QImage) -> int:
    assert theirs.size() == ours.size()
    if theirs == ours:
        return 0
    return sum(theirs.pixel(x, y) != ours.pixel(x, y)
               for y in range(theirs.height()) for x in range(theirs.width()))


def _both(views, action) -> None:
    for view in views:
        action(view)
    QApplication.processEvents()


def test_rows_unselected_selected_and_alternate_look_as_qt_paints_them(side_by_side):
    model, qt_view, own_view, elsewhere = side_by_side
    _both((qt_view, own_view), lambda v: v.selectionModel().select(model.index(1, 0),
                                                                   SELECT_ROWS))
    _both((qt_view, own_view), lambda v: v.selectionModel().select(model.index(4, 0),
                                                                   SELECT_ROWS))
    elsewhere.setFocus()
    QApplication.processEvents()
    # long names and companies are elided, audiences aligned right, empty cells left empty
    assert own_view.viewport().grab().toImage() != QImage()
    assert _differing_pixels(qt_view, own_view) == 0


def test_the_current_cell_of_a_focused_list_shows_the_styles_focus_frame(side_by_side):
    model, qt_view, own_view, elsewhere = side_by_side
    focused = []
    for view in (qt_view, own_view):
        view.setCurrentIndex(model.index(3, 1))
        elsewhere.setFocus()
        QApplication.processEvents()
        unfocused = _image(view)
        view.setFocus()
        QApplication.processEvents()
        assert view.hasFocus()
        focused.append(_image(view))
        assert _differing(unfocused, focused[-1]) > 0  # the focus shows
    assert _differing(*focused) == 0


def test_scrolled_moved_columns_and_a_disabled_list_look_as_qt_paints_them(side_by_side):
    model, qt_view, own_view, elsewhere = side_by_side
    elsewhere.setFocus()
    _both((qt_view, own_view), lambda v: v.verticalScrollBar().setValue(17))
    assert own_view.rowAt(0) > 0
    assert _differing_pixels(qt_view, own_view) == 0
    _both((qt_view, own_view), lambda v: v.horizontalHeader().moveSection(5, 0))
    _both((qt_view, own_view), lambda v: v.horizontalScrollBar().setValue(
        v.horizontalScrollBar().maximum()))
    assert own_view.horizontalHeader().offset() > 0
    assert _differing_pixels(qt_view, own_view) == 0
    _both((qt_view, own_view), lambda v: v.setEnabled(False))
    assert _differing_pixels(qt_view, own_view) == 0


def test_texts_kept_laid_out_stay_bounded(side_by_side, monkeypatch):
    model, _, own_view, _ = side_by_side
    monkeypatch.setattr(contact_table_view, "KEPT_TEXTS", 40)
    for top in range(0, 60, 5):
        own_view.verticalScrollBar().setValue(top)
        own_view.viewport().repaint()
    visible_cells = (own_view.rowAt(own_view.viewport().height() - 1)
                     - own_view.rowAt(0) + 1) * model.columnCount()
    assert 0 < len(own_view._texts) <= 40 + visible_cells


def test_a_contact_renamed_shows_its_new_name(qtbot, side_by_side):
    model, _, own_view, _ = side_by_side
    contact_id = model.contact_id(0)
    data = contacts.data_of(contacts.get(contact_id))
    data.given_name, data.display_name = "Abril", ""
    contacts.update(contact_id, data)
    model.refresh()
    own_view.viewport().repaint()
    assert model.index(0, 0).data().startswith("Abril")
    # the name as painted: the old text laid out is not reused for the new one
    assert any(key[0].startswith("Abril") for key in own_view._texts)


def test_the_rows_painted_are_read_in_one_query(side_by_side, monkeypatch):
    _, _, own_view, elsewhere = side_by_side
    model = ContactTableModel()  # its own: the other view reads its rows a page at a time
    model.refresh()
    own_view.setModel(model)
    QApplication.processEvents()
    reads = []
    real = contact_list.contact_rows
    monkeypatch.setattr(contact_list, "contact_rows",
                        lambda ids: reads.append(list(ids)) or real(ids))
    own_view.verticalScrollBar().setValue(30)
    own_view.viewport().repaint()
    first, last = own_view.rowAt(0), own_view.rowAt(own_view.viewport().height() - 1)
    assert first == 30
    assert reads == [[model.contact_id(row) for row in range(first, last + 1)]]
    own_view.viewport().repaint()  # painted again: nothing more to read
    assert len(reads) == 1
