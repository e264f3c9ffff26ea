"""The contact service: validation, editing, listing, tags, trash."""

from __future__ import annotations

import pytest

from coopeten_gui.services import contact_list, contacts, events, organizations
from coopeten_gui.services.common import NotFoundError, ValidationError
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress


def _person(**kw) -> ContactData:
    base = dict(given_name="María", family_name="Núñez", organization_name="Panadería Sol",
                emails=[Labeled("maria@sol.es", "work"), Labeled("maria.n@gmail.com", "home")],
                phones=[Labeled("+34 600 123 456", "cell")])
    base.update(kw)
    return ContactData(**base)


def test_create_and_read_back_every_detail(db):
    data = _person(urls=[Labeled("https://sol.es", "work")],
                   addresses=[PostalAddress("work", street="Calle Mayor 1", city="Valencia",
                                            postal_code="46001", country="España")],
                   birthday="1985-04-12", tags=["pan", "barrio", "pan"], audience_size="3200",
                   notes="Conocida en el desayuno", photo=b"\x89PNG...", photo_type="png")
    cid = contacts.create(data)
    got = contacts.get(cid)
    assert got.display_name == "María Núñez"
    assert [e.value for e in got.emails] == ["maria@sol.es", "maria.n@gmail.com"]
    assert [e.label for e in got.emails] == ["work", "home"]
    assert got.phones == [Labeled("+34 600 123 456", "cell")]
    assert got.urls == [Labeled("https://sol.es", "work")]
    assert got.addresses[0].city == "Valencia" and got.addresses[0].postal_code == "46001"
    assert str(got.birthday) == "1985-04-12"
    assert got.tags == ["barrio", "pan"]
    assert got.audience_size == 3200
    assert got.organization_name == "Panadería Sol"
    assert got.photo == b"\x89PNG..." and got.photo_type == "png"


@pytest.mark.parametrize("data, field", [
    (ContactData(), "given_name"),
    (ContactData(given_name="  "), "given_name"),
    (ContactData(given_name="Ana", emails=[Labeled("ana at example")]), "emails"),
    (ContactData(given_name="Ana", phones=[Labeled("call me")]), "phones"),
    (ContactData(given_name="Ana", birthday="12/04/1985"), "birthday"),
    (ContactData(given_name="Ana", stage="friend"), "stage"),
    (ContactData(given_name="Ana", audience_size=-5), "audience_size"),
])
def test_invalid_contacts_are_refused_with_the_field_named(db, data, field):
    with pytest.raises(ValidationError) as caught:
        contacts.create(data)
    assert caught.value.field == field
    assert caught.value.message  # a sentence for the user
    assert contact_list.count() == 0


def test_an_email_or_a_phone_alone_is_enough(db):
    a = contacts.create(ContactData(emails=[Labeled("solo@example.com")]))
    b = contacts.create(ContactData(phones=[Labeled("+34 600 000 001")]))
    assert contacts.get(a).display_name == "solo@example.com"
    assert contacts.get(b).display_name == "+34 600 000 001"


def test_update_replaces_details(db):
    cid = contacts.create(_person(tags=["a"]))
    data = contacts.data_of(contacts.get(cid))
    data.emails = [Labeled("nueva@sol.es", "work")]
    data.tags = ["b"]
    data.stage = "ally"
    contacts.update(cid, data)
    got = contacts.get(cid)
    assert [e.value for e in got.emails] == ["nueva@sol.es"]
    assert got.tags == ["b"] and got.stage == "ally"
    assert contacts.find_by_email("maria@sol.es") is None
    assert contacts.find_by_email("NUEVA@sol.es") == cid


def test_get_of_a_missing_contact_says_so(db):
    with pytest.raises(NotFoundError):
        contacts.get(12345)


def test_list_filters_sorting_and_paging(db):
    ev = events.create(events.EventData(name="Desayuno", starts_at="2026-11-01 08:30"))
    ids = {}
    for given, org, stage, tag in [("Carlos", "Zeta", "new", "x"), ("Ana", "Alfa", "ally", "y"),
                                   ("Berta", "Alfa", "new", "x"), ("Ángel", "", "meeting", "")]:
        ids[given] = contacts.create(ContactData(given_name=given, organization_name=org,
                                                 stage=stage, tags=[tag] if tag else []))
    events.add_attendee(ev, ids["Berta"])
    names = lambda rows: [r.display_name for r in rows]  # noqa: E731
    # accents do not change the order: Ana, Ángel, Berta, Carlos
    assert names(contact_list.list_contacts()) == ["Ana", "Ángel", "Berta", "Carlos"]
    assert names(contact_list.list_contacts(sort="name", descending=True))[0] == "Carlos"
    assert names(contact_list.list_contacts(sort="organization"))[:2] == ["Ana", "Berta"]
    by_tag = contact_list.list_contacts(contact_list.ContactQuery(tag="X"))
    assert names(by_tag) == ["Berta", "Carlos"]
    by_stage = contact_list.list_contacts(contact_list.ContactQuery(stage="new"))
    assert names(by_stage) == ["Berta", "Carlos"]
    alfa = organizations.id_for_name("alfa")
    assert names(contact_list.list_contacts(contact_list.ContactQuery(organization_id=alfa))) == [
        "Ana", "Berta"]
    assert names(contact_list.list_contacts(contact_list.ContactQuery(event_id=ev))) == ["Berta"]
    assert names(contact_list.list_contacts(offset=1, limit=2)) == ["Ángel", "Berta"]
    assert contact_list.count(contact_list.ContactQuery(stage="new")) == 2


def test_contact_rows_fetch_the_first_email_and_phone(db):
    cid = contacts.create(_person())
    row = contact_list.contact_rows([cid])[cid]
    assert (row.email, row.phone, row.organization) == (
        "maria@sol.es", "+34 600 123 456", "Panadería Sol")


def test_trash_restore_and_purge(db):
    keep = contacts.create(ContactData(given_name="Keep"))
    gone = contacts.create(_person())
    assert contacts.trash([gone]) == 1
    assert [r.id for r in contact_list.list_contacts()] == [keep]
    trashed = contact_list.list_contacts(contact_list.ContactQuery(trash=True))
    assert [r.id for r in trashed] == [gone]
    assert contact_list.search_contacts("maria") == []
    assert contacts.restore([gone]) == 1
    assert [r.display_name for r in contact_list.search_contacts("maria")] == ["María Núñez"]
    # purge only empties the trash: a live contact is not deleted
    assert contacts.purge([gone]) == 0
    contacts.trash([gone])
    assert contacts.purge([gone]) == 1
    with pytest.raises(NotFoundError):
        contacts.get(gone)


def test_bulk_tag_and_stage(db):
    a = contacts.create(ContactData(given_name="A"))
    b = contacts.create(ContactData(given_name="B"))
    contacts.add_tag([a, b], "Feria 2026")
    contacts.add_tag([a], "feria 2026")  # same tag whatever the case
    assert contacts.tags_of(a) == ["Feria 2026"] and contacts.all_tags() == ["Feria 2026"]
    contacts.remove_tag([b], "FERIA 2026")
    assert contacts.tags_of(b) == []
    assert contacts.set_stage([a, b], "contacted") == 2
    assert {contacts.get(a).stage, contacts.get(b).stage} == {"contacted"}
    with pytest.raises(ValidationError):
        contacts.set_stage([a], "married")
