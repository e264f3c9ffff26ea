"""A form refused by the service marks every field at fault at once, the same way."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contacts, events, followups, organizations
from coopeten_gui.services.common import ValidationError, ValidationErrors
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.ui.kit.forms import ErrorLabel


def test_the_contact_service_names_every_field_at_fault(db):
    data = ContactData(emails=[Labeled("ana@", "work")], phones=[Labeled("abc", "mobile")],
                       birthday="31/02/1990")
    with pytest.raises(ValidationErrors) as caught:
        contacts.create(data)
    assert {e.field for e in caught.value.errors} == {"emails", "phones", "birthday"}
    assert isinstance(caught.value, ValidationError)  # still read as the first one


def test_one_fault_is_a_plain_validation_error(db):
    with pytest.raises(ValidationError) as caught:
        organizations.create(organizations.OrganizationData(name=""))
    assert not isinstance(caught.value, ValidationErrors) and caught.value.field == "name"


def test_the_event_and_follow_up_services_too(db):
    with pytest.raises(ValidationErrors) as caught:
        events.create(events.EventData(name=" ", starts_at="soon", cost="lots"))
    assert {e.field for e in caught.value.errors} == {"name", "starts_at", "cost"}
    with pytest.raises(ValidationErrors) as caught:
        followups.create(followups.FollowupData(title="", due_at="tomorrow"))
    assert {e.field for e in caught.value.errors} == {"title", "due_at"}


def _shown(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(ErrorLabel)
            if label.isVisibleTo(dialog)]


def test_the_contact_dialog_marks_every_field(qtbot, db):
    from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog

    dialog = ContactDialog(save=contacts.create)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.emails.value_edits()[0].setText("ana@")
    dialog.phones.value_edits()[0].setText("abc")
    dialog.accept()
    shown = _shown(dialog)
    assert dialog.isVisible() and len(shown) == 2
    assert any("ana@" in text for text in shown) and any("abc" in text for text in shown)


def test_the_event_dialog_marks_every_field_with_the_same_error_line(qtbot, db):
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog

    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cost_edit.setText("lots")
    dialog.accept()  # no name, and a cost that is no amount
    shown = _shown(dialog)
    assert len(shown) == 2 and any("lots" in text for text in shown)
    assert dialog.errors.label("name").isVisible() and dialog.errors.label("cost").isVisible()
    assert isinstance(dialog.errors.label("name"), ErrorLabel)


def test_the_organization_dialog_marks_every_field(qtbot, db):
    from coopeten_gui.services.organizations import OrganizationData
    from coopeten_gui.ui.pages.organizations_page import OrganizationDialog

    dialog = OrganizationDialog(OrganizationData(email="nope"), organizations.create)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert len(_shown(dialog)) == 2 and dialog.isVisible()
