"""The Organizations page: the list with people counts, details and people of the one
selected, opening a person, and new / edit / delete to the trash; a long list shows its
first rows at once and the rest once read on a worker."""

from __future__ import annotations

import pytest
from helpers import hold_the_rest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coopeten_gui.services import contacts, organizations
from coopeten_gui.ui.kit import background, questions
from coopeten_gui.ui.pages import organizations_page
from coopeten_gui.ui.pages.organizations_page import OrganizationsPage


@pytest.fixture
def held_rest(monkeypatch, demo_db):
    """The list reads its first 4 rows at once; the rest, read on a worker, waits until
    the test sets the event it is given."""
    yield from hold_the_rest(monkeypatch, organizations_page, 4, organizations,
                             "list_organizations")


@pytest.fixture
def page(qtbot, demo_db):
    page = OrganizationsPage()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def listed(page) -> dict[str, str]:
    model = page.table.model()
    return {model.index(r, 0).data(): model.index(r, 1).data()
            for r in range(model.rowCount())}


def people(page) -> list[str]:
    model = page.people.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_list_counts_people_and_shows_the_selected_ones(qtbot, page):
    assert listed(page)["Panadería Masa Madre"] == "2"
    assert len(listed(page)) == 15
    masa = next(i for n, i in contacts.organization_choices() if n == "Panadería Masa Madre")
    assert page.open_organization(masa)
    assert "Panadería Masa Madre" in page.details.text()
    assert people(page) == ["Javier Soler", "María Núñez"]
    assert page.people_title.text() == "People (2)"

    opened = []
    page.contact_opened.connect(opened.append)
    page.people.setFocus()
    page.people.setCurrentIndex(page.people.model().index(1, 0))
    qtbot.keyClick(page.people, Qt.Key.Key_Return)
    assert opened == [contacts.find_by_email("maria@masamadre.es")]


def shown(page) -> list[tuple[str, str]]:
    model = page.table.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def test_a_long_list_shows_its_first_rows_then_the_rest(qtbot, held_rest, page):
    everything = [(r.name, str(r.people)) for r in organizations.list_organizations()]
    assert len(everything) == 15
    assert shown(page) == everything[:4]
    held_rest.set()
    qtbot.waitUntil(lambda: shown(page) == everything)
    assert page.table.current_row().name == everything[0][0]


def test_an_organization_further_down_shows_at_once_and_is_selected_once_read(
        qtbot, held_rest, page):
    last = organizations.list_organizations()[-1]
    assert page.open_organization(last.id)
    assert last.name in page.details.text()
    assert page.current_id() == last.id
    held_rest.set()
    qtbot.waitUntil(lambda: page.table.current_row() is not None
                    and page.table.current_row().id == last.id)
    assert last.name in page.details.text()


def test_the_rest_of_a_list_no_longer_shown_is_dropped(qtbot, held_rest, page):
    qtbot.keyClicks(page.search_box, "masa")
    qtbot.waitUntil(lambda: list(listed(page)) == ["Panadería Masa Madre"])
    held_rest.set()
    qtbot.waitUntil(lambda: not background.busy())
    qtbot.wait(20)
    assert list(listed(page)) == ["Panadería Masa Madre"]


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_a_header_sorts_the_whole_list_and_the_selection_follows(qtbot, held_rest, page):
    everything = organizations.list_organizations()
    chosen = everything[1]
    page.select_organization(chosen.id)
    click_header(qtbot, page.table, 1)  # People, fewest first; ties by name
    assert shown(page) == [(r.name, str(r.people))
                           for r in sorted(everything[:4], key=lambda r: r.people)]
    held_rest.set()
    fewest_first = [(r.name, str(r.people)) for r in sorted(everything, key=lambda r: r.people)]
    qtbot.waitUntil(lambda: shown(page) == fewest_first)
    assert page.table.current_row().id == chosen.id
    click_header(qtbot, page.table, 1)
    # most first, ties the other way round: as Qt's sorting proxy gave them before
    most_first = fewest_first[::-1]
    assert shown(page) == most_first
    assert page.table.current_row().id == chosen.id
    assert chosen.name in page.details.text()
    page.reload()  # a write elsewhere: the order stays
    qtbot.waitUntil(lambda: len(shown(page)) == len(everything))
    assert shown(page) == most_first


def test_searching_narrows_the_list(qtbot, page):
    qtbot.keyClicks(page.search_box, "masa")
    qtbot.waitUntil(lambda: list(listed(page)) == ["Panadería Masa Madre"])


def test_new_edit_and_delete_to_the_trash(qtbot, page, monkeypatch):
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.keyClicks(dialog.edits["name"], "Horno San Pablo")
    qtbot.keyClicks(dialog.edits["email"], "not an email")
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog._errors["email"].text()
    assert "Horno San Pablo" not in listed(page)
    dialog.edits["email"].clear()
    qtbot.keyClicks(dialog.edits["email"], "hola@hornosanpablo.es")
    qtbot.keyClicks(dialog.edits["website"], "hornosanpablo.es")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert listed(page)["Horno San Pablo"] == "0"
    assert page.current_id() == dialog.saved_id
    assert "https://hornosanpablo.es" in page.details.text()

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.edits["sector"].setFocus()
    qtbot.keyClicks(dialog.edits["sector"], "Bakery")
    save(qtbot, dialog)
    assert organizations.get(page.current_id()).sector == "Bakery"

    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    org_id = page.current_id()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert organizations.get(org_id).deleted_at is not None
    assert "Horno San Pablo" not in listed(page)
    page.undo_stack.undo()
    assert "Horno San Pablo" in listed(page)
