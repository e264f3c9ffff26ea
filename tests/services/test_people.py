"""Phones read as numbers, "not a duplicate" remembered, anniversaries and the
keep-in-touch rhythm: the services under Contacts, Duplicates and Today."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coopeten_gui.services import (
    contact_list,
    contacts,
    duplicates,
    interactions,
    keep_in_touch,
    phones,
)
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData, Labeled
from coopeten_gui.services.formats import vcard
from coopeten_gui.storage.models import db as storage


@pytest.fixture(autouse=True)
def _spain():
    phones.set_default_region("ES")
    yield
    phones.set_default_region("ES")


def person(given: str, family: str = "", phone: str = "", **extra) -> int:
    return contacts.create(ContactData(given_name=given, family_name=family,
                                       phones=[Labeled(phone)] if phone else [], **extra))


def found(text: str) -> list[int]:
    return contact_list.contact_ids(contact_list.ContactQuery(text=text))


# -- phones ---------------------------------------------------------------------------------


def test_a_phone_is_stored_as_typed_with_its_international_form(db):
    ana = person("Ana", phone="600 123 456")
    value, e164, national = db_row("SELECT value, e164, national FROM contact_phone "
                                   "WHERE contact_id = ?", ana)
    assert (value, e164, national) == ("600 123 456", "+34600123456", "600123456")


def db_row(sql, *params):
    return storage.execute_sql(sql, params).fetchone()


def test_numbers_without_country_code_are_read_in_the_users_country(db):
    phones.set_default_region("CR")
    assert phones.parse("8888-1234").e164 == "+50688881234"
    phones.set_default_region("ES")
    assert phones.parse("8888-1234").e164 == ""  # too short for a Spanish number
    assert phones.parse("+506 8888 1234").e164 == "+50688881234"
    assert phones.parse("0034 600 123 456").e164 == "+34600123456"


def test_typed_phones_are_checked_as_numbers(db):
    for bad, words in (("600 1234", "too short"), ("+34 600 123 456 789 12", "too long"),
                       ("+999 600 123 456", "country code")):
        with pytest.raises(ValidationError) as raised:
            contacts.create(ContactData(given_name="Eva", phones=[Labeled(bad)]))
        assert words in raised.value.message and raised.value.field == "phones"
    # short codes and extensions stay possible
    assert contacts.create(ContactData(given_name="Centralita", phones=[Labeled("1004")]))
    assert contact_list.count() == 1


def test_searching_the_national_digits_finds_a_number_with_country_code(db):
    ana = person("Ana", phone="+34 600 123 456")
    person("Luis", phone="+34 611 000 000")
    assert found("600123456") == [ana]
    assert found("+34 600 123 456") == [ana]


def test_duplicates_are_found_across_formats_even_for_short_national_numbers(db):
    phones.set_default_region("CR")
    first = person("Carlos", "Mora", phone="+506 8888 1234")
    second = person("Carla", "Vargas", phone="8888-1234")
    pairs = duplicates.find_duplicates()
    assert [(p.first_id, p.second_id) for p in pairs] == [(first, second)]
    assert pairs[0].reasons[0].code == "phone"


def test_phones_written_before_numbers_were_read_are_filled_in(db):
    ana = person("Ana", phone="600 123 456")
    storage.execute_sql("UPDATE contact_phone SET e164 = NULL, national = NULL")
    assert found("600123456") == [ana]  # the typed digits still match
    assert phones.fill_in_missing() == 1
    assert db_row("SELECT e164 FROM contact_phone")[0] == "+34600123456"
    assert phones.fill_in_missing() == 0


# -- not a duplicate ----------------------------------------------------------------------


def test_a_pair_marked_different_is_never_proposed_again_until_undone(db):
    first = person("Laura", "García", phone="600 111 222")
    second = person("Laura", "García")
    assert len(duplicates.find_duplicates()) == 1
    duplicates.mark_different(second, first)  # either order
    assert duplicates.find_duplicates() == []
    assert duplicates.different_people() == {(first, second)}
    duplicates.unmark_different(first, second)
    assert len(duplicates.find_duplicates()) == 1


def test_a_contact_cannot_be_different_from_itself(db):
    ana = person("Ana")
    with pytest.raises(ValidationError):
        duplicates.mark_different(ana, ana)


# -- anniversaries and the keep-in-touch rhythm ----------------------------------------------


def test_anniversary_and_rhythm_are_kept_and_travel_in_vcards(db):
    ana = person("Ana", anniversary=date(2015, 6, 20), keep_in_touch_weeks=4)
    record = contacts.get(ana)
    assert (record.anniversary, record.keep_in_touch_weeks) == (date(2015, 6, 20), 4)
    for version, line in (("4.0", "\r\nANNIVERSARY:"), ("3.0", "\r\nX-ANNIVERSARY:")):
        card = vcard.write_vcard(contacts.data_of(record), version)
        assert line in card
        [(back, _)] = list(vcard.parse_vcards(card.encode()))
        assert back.anniversary == date(2015, 6, 20)


def test_birthdays_and_anniversaries_of_the_coming_week(db):
    today = date(2026, 12, 6)
    ana = person("Ana", birthday=date(1990, 12, 6))
    luis = person("Luis", anniversary=date(2010, 12, 12))
    person("Eva", birthday=date(1990, 12, 13))      # a week away: not yet
    gone = person("Pablo", birthday=date(1980, 12, 7))
    contacts.trash([gone])
    rows = keep_in_touch.upcoming_dates(today)
    assert [(r.contact_id, r.kind, r.on, r.years) for r in rows] == [
        (ana, "birthday", date(2026, 12, 6), 36), (luis, "anniversary", date(2026, 12, 12), 16)]


def test_the_year_turns_and_leap_day_birthdays_are_not_forgotten(db):
    eva = person("Eva", birthday=date(2000, 1, 2))
    leap = person("Leo", birthday=date(2004, 2, 29))
    assert [r.contact_id for r in keep_in_touch.upcoming_dates(date(2026, 12, 30))] == [eva]
    assert [(r.contact_id, r.on) for r in keep_in_touch.upcoming_dates(date(2027, 2, 25))] == [
        (leap, date(2027, 2, 28))]


def test_a_lapsed_rhythm_surfaces_and_an_interaction_resets_it(db):
    today = date.today()
    ana = person("Ana", keep_in_touch_weeks=2)
    person("Luis", keep_in_touch_weeks=0)
    interactions.create(interactions.InteractionData(
        contact_id=ana, kind="call", occurred_at=datetime.now() - timedelta(days=20),
        summary="Llamada"))
    rows, total = keep_in_touch.lapsed(today)
    assert total == 1 and rows[0].contact_id == ana
    assert rows[0].due_on == (today - timedelta(days=20)) + timedelta(weeks=2)
    interactions.create(interactions.InteractionData(
        contact_id=ana, kind="call", occurred_at=datetime.now(), summary="Otra"))
    assert keep_in_touch.lapsed(today) == ([], 0)
