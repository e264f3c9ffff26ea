"""Real vCard exports (Android, iPhone, Gmail, Outlook 2007, Evolution, RFC 6350), read field by
field, then written as 4.0 and 3.0 and read again."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.fields import formatted_name
from coopeten_gui.services.formats.vcard import parse_vcards, write_vcards

TESTS = Path(__file__).resolve().parents[2]
VCARDS = TESTS / "data" / "vcard"
SHARED = TESTS.parent / ".." / "shared" / "fixtures" / "vcard"
FIXTURES = sorted(p.name for p in VCARDS.glob("*.vcf"))

APACHE_NOTE = (
    'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY '
    "EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF "
    "MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE "
    "COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, "
    "EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF "
    "SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) "
    "HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR "
    "TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS "
    "SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."
)


def read(name: str) -> list[ContactData]:
    results = list(parse_vcards((VCARDS / name).read_bytes()))
    errors = [e for _, e in results if e]
    assert not errors, errors
    return [c for c, _ in results]


def emails(contact: ContactData) -> list[tuple[str, str]]:
    return [(e.value, e.label) for e in contact.emails]


def phones(contact: ContactData) -> list[tuple[str, str]]:
    return [(p.value, p.label) for p in contact.phones]


def sha(data: bytes | None) -> str:
    return hashlib.sha256(data or b"").hexdigest()[:16]


def test_in_repo_copies_match_the_shared_fixtures():
    if not SHARED.is_dir():
        pytest.skip("the shared fixture folder is not next to this checkout")
    for path in SHARED.iterdir():
        assert (VCARDS / path.name).read_bytes() == path.read_bytes(), path.name
    assert (VCARDS / "README.md").read_bytes() == (SHARED.parent / "README.md").read_bytes()
    assert (VCARDS / "LICENSE-ez-vcard").is_file()


def test_iphone_export():
    [john] = read("John_Doe_IPHONE.vcf")
    assert (john.prefix, john.given_name, john.middle_name, john.family_name, john.suffix) == (
        "Mr.", "John", "Richter,James", "Doe", "Sr.")
    # FN differs from the name parts (no comma), so it is kept as written
    assert john.display_name == "Mr. John Richter James Doe Sr."
    assert john.nickname == "Johny"
    assert (john.organization_name, john.department, john.job_title) == (
        "IBM", "Accounting", "Money Counter")
    assert emails(john) == [("john.doe@ibm.com", "")]
    assert phones(john) == [
        ("905-555-1234", "cell,voice"), ("905-666-1234", "home,voice"),
        ("905-777-1234", "work,voice"), ("905-888-1234", "home,fax"),
        ("905-999-1234", "work,fax"), ("905-111-1234", "pager"),
        # item2.TEL with item2.X-ABLabel:_$!<AssistantPhone>!$_
        ("905-222-1234", "assistantphone"),
    ]
    assert john.addresses == [
        PostalAddress("home", street="Silicon Alley 5,", city="New York", region="New York",
                      postal_code="12345", country="United States of America"),
        PostalAddress("work", street="Street4\nBuilding 6\nFloor 8", city="New York",
                      postal_code="12345", country="USA"),
    ]
    assert john.urls == [Labeled("http://www.ibm.com", "homepage")]
    assert john.birthday == date(2012, 6, 6)
    assert john.photo_type == "jpeg"
    assert len(john.photo) == 32531
    assert john.photo.startswith(b"\xff\xd8\xff") and john.photo.endswith(b"\xff\xd9")
    assert sha(john.photo) == "e01af63d0602d72a"
    assert john.notes == "" and john.tags == []
    # Apple's country lines have no field: kept verbatim, with their groups
    assert john.extra_vcard.split("\n") == [
        "item3.X-ABADR:Silicon Alley",
        "item4.X-ABADR:Street 4, Building 6,\\n Floor 8\\nNew York\\nUSA",
    ]


def test_android_export():
    cards = read("John_Doe_ANDROID.vcf")
    assert len(cards) == 6
    first, second, third, fourth, fifth, sixth = cards
    assert emails(first) == [("john.doe@company.com", "")]
    assert emails(second) == [("jane.doe@company.com", "")]
    assert formatted_name(first) == "john.doe@company.com"
    assert all(c.tags == ["My Contacts"] for c in (first, second, third, fourth, sixth))

    # quoted-printable UTF-8 names
    assert third.family_name == "Ñ Ñ Ñ Ñ"
    assert third.display_name == "Ñ Ñ Ñ Ñ Ñ"
    assert phones(third) == [("123456789", "cell")]

    # a name split over two lines by a QP soft line break
    assert fourth.family_name == " ".join(["Ñ"] * 11)
    assert formatted_name(fourth) == " ".join(["Ñ"] * 11)
    assert phones(fourth) == [("123456", "cell"), ("234567", "home"), ("3456789", "cell"),
                              ("45678901", "home")]
    note = (("Ñ " * 7 + "Ñ") * 2 + "Ñ " * 5).strip()
    assert fourth.notes == note + "\n" + note   # two NOTE lines, both kept

    assert (fifth.given_name, fifth.family_name, fifth.display_name) == (
        "Ñ Ñ Ñ", "Ñ Ñ", "Ñ Ñ Ñ Ñ")
    assert phones(fifth) == [("123456", "cell"), ("123456", "work"), ("123456", "work,fax")]
    assert emails(fifth) == [("bob@company.com", "work"), ("Ñ" * 14, "")]
    assert fifth.organization_name == "Ñ" * 12
    assert [u.value for u in fifth.urls] == ["www.company.com", "http://www.company.com"]
    # the fixture's photo is cut short: its start is kept
    assert fifth.photo_type == "jpeg" and fifth.photo.startswith(b"\xff\xd8\xff\xe0")
    assert len(fifth.photo) == 876
    assert fifth.extra_vcard == "ORG:" + "Ñ" * 12   # the second, identical ORG

    assert sixth.family_name == "ÑÑÑÑ"
    assert emails(sixth) == [("henry@company.com", "")]
    assert phones(sixth) == [("55556666", "cell")]
    assert sixth.organization_name == "Ñ" * 44
    # the second ORG ends in a stray byte (=80): replaced, not a crash
    assert sixth.extra_vcard == "ORG:" + "Ñ" * 44 + "\ufffd\nORG:" + "Ñ" * 44


def test_gmail_export():
    [john] = read("John_Doe_GMAIL.vcf")
    assert (john.prefix, john.given_name, john.middle_name, john.family_name, john.suffix) == (
        "Mr.", "John", "Richter, James", "Doe", "Sr.")
    # an unescaped comma in FN is kept (vobject would cut the name there)
    assert formatted_name(john) == "Mr. John Richter, James Doe Sr."
    assert emails(john) == [("john.doe@ibm.com", "home")]
    assert phones(john) == [("905-555-1234", "cell"), ("905-666-1234", "home")]
    assert john.addresses == [PostalAddress(
        "home", extended="Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\n"
        "United States of America")]
    assert (john.organization_name, john.job_title) == ("IBM", "Money Counter")
    assert john.birthday == date(1980, 3, 22)
    assert john.urls == [Labeled("http://www.ibm.com", "work")]   # Gmail's "http\://"
    assert john.notes == APACHE_NOTE + "\nFavotire Color: Blue"
    assert john.extra_vcard.split("\n") == [
        "X-PHONETIC-FIRST-NAME:Jon",
        "X-PHONETIC-LAST-NAME:Dow",
        "item1.X-ABDATE:1975-03-01",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
        "item2.X-ABRELATEDNAMES:Jenny",
        "item2.X-ABLabel:_$!<Spouse>!$_",
    ]


def test_gmail_list_export():
    cards = read("gmail-list.vcf")
    assert [(c.given_name, c.family_name, emails(c)) for c in cards] == [
        ("Arnold", "Smith", [("asmithk@gmail.com", "")]),
        ("Chris", "Beatle", [("chrisy55d@yahoo.com", "")]),
        ("Doug", "White", [("dwhite@gmail.com", "")]),
    ]
    assert [formatted_name(c) for c in cards] == ["Arnold Smith", "Chris Beatle", "Doug White"]


def test_outlook_2007_export():
    [mike] = read("outlook-2007.vcf")
    assert (mike.prefix, mike.given_name, mike.middle_name, mike.family_name, mike.suffix) == (
        "Mr.", "Michael", "", "Angstadt", "Jr.")
    assert formatted_name(mike) == "Mr. Michael Angstadt Jr."
    assert mike.nickname == "Mike"
    assert (mike.organization_name, mike.department, mike.job_title) == (
        "TheCompany", "TheDepartment", "TheJobTitle")
    assert mike.notes == (
        "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n"
        "But I'm not sure because there's text formatting going on here.\n"
        "It does not preserve the formatting")
    assert phones(mike) == [("(111) 555-1111", "work,voice"), ("(111) 555-2222", "home,voice"),
                            ("(111) 555-4444", "cell,voice"), ("(111) 555-3333", "work,fax")]
    assert mike.addresses == [PostalAddress(
        "work", extended="TheOffice", street="222 Broadway", city="New York", region="NY",
        postal_code="99999", country="USA")]
    assert mike.urls == [Labeled("http://mikeangstadt.name", "home"),
                         Labeled("http://mikeangstadt.name", "work")]
    assert mike.birthday == date(1922, 3, 10)
    assert mike.anniversary == date(2012, 8, 1)    # X-MS-ANNIVERSARY:20120801
    assert emails(mike) == [("mike.angstadt@gmail.com", "")]
    assert mike.photo_type == "jpeg" and len(mike.photo) == 2324
    assert mike.photo.endswith(b"\xff\xd9") and sha(mike.photo) == "5a0fae04fa507f6a"
    extra = mike.extra_vcard.split("\n")
    assert [line.split(":")[0] for line in extra] == [
        "X-MS-TEL;VOICE;CALLBACK", "LABEL;WORK;PREF", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "ROLE",
        "KEY;X509;ENCODING=BASE64", "X-MS-IMADDRESS",
        "X-MS-OL-DESIGN;CHARSET=utf-8", "X-MS-MANAGER", "X-MS-ASSISTANT", "X-MS-SPOUSE", "FBURL",
    ]
    # a quoted-printable LABEL is kept decoded, its line breaks escaped
    assert extra[1] == "LABEL;WORK;PREF:222 Broadway\\nNew York, NY 99999\\nUSA"
    assert extra[3] == "ROLE:TheProfession"
    assert extra[4].startswith("KEY;X509;ENCODING=BASE64:MIIB/jCCAWugAwIBAgIQDdkWkvA2cqtGkw2P4")
    assert extra[4].endswith("zIDBOSyypTmzxC+JPmyn/8vZleIz8CYnwmfBEg==")
    assert extra[-1] == "FBURL:http://website.com/mycal"
    assert "REV" not in mike.extra_vcard and "VERSION" not in mike.extra_vcard


def test_evolution_export():
    [john] = read("John_Doe_EVOLUTION.vcf")
    assert (john.prefix, john.given_name, john.middle_name, john.family_name, john.suffix) == (
        "Mr.", "John", "Richter, James", "Doe", "Sr.")
    assert formatted_name(john) == "Mr. John Richter, James Doe Sr."
    assert john.nickname == "Johny"
    # ORG:IBM;Accounting;Dungeon: the units below the organisation make the department
    assert (john.organization_name, john.department, john.job_title) == (
        "IBM", "Accounting;Dungeon", "Money Counter")
    assert john.urls == [Labeled("http://www.ibm.com", "")]   # folded inside the address
    assert phones(john) == [("905-666-1234", "cell"), ("905-555-1234", "work,voice")]
    assert emails(john) == [("john.doe@ibm.com", "work")]
    assert john.addresses == [PostalAddress(
        "home", po_box="ASB-123", street="15 Crescent moon drive", city="Albaney",
        region="New York", postal_code="12345", country="United States of America")]
    assert john.birthday == date(1980, 3, 22)
    assert john.tags == ["VIP"]
    assert john.uid == "477343c8e6bf375a9bac1f96a5000837"
    assert john.notes == APACHE_NOTE
    assert john.extra_vcard.split("\n") == [
        'X-COUCHDB-APPLICATION-ANNOTATIONS:{"Evolution":{"revision":"2012-03-05T13:32:54Z"}}',
        'X-AIM;TYPE=HOME;X-COUCHDB-UUID="cb9e11fc-bb97-4222-9cd8-99820c1de454":johnny5@aol.com',
        "X-EVOLUTION-FILE-AS:Doe\\, John",
        "X-EVOLUTION-SPOUSE:Maria",
        "X-EVOLUTION-MANAGER:Big Blue",
        "X-EVOLUTION-ASSISTANT:Little Red",
    ]
    assert john.anniversary == date(1980, 3, 22)


def test_rfc6350_example():
    [simon] = read("rfc6350-example.vcf")
    assert (simon.given_name, simon.family_name, simon.suffix) == (
        "Simon", "Perreault", "ing. jr,M.Sc.")
    assert simon.display_name == "Simon Perreault"
    assert simon.organization_name == "Viagenie"
    assert phones(simon) == [("+1-418-656-9254 ext. 102", "work,voice"),
                             ("+1-418-262-6501", "work,cell,voice,video,text")]
    assert emails(simon) == [("simon.perreault@viagenie.ca", "work")]
    assert simon.addresses == [PostalAddress(
        "work", extended="Suite D2-630", street="2875 Laurier", city="Quebec", region="QC",
        postal_code="G1V 2M2", country="Canada")]
    assert simon.urls == [Labeled("http://nomis80.org", "home")]
    # a birthday without a year has no date, nor an anniversary with a time: kept as written
    assert simon.birthday is None and simon.anniversary is None
    assert simon.extra_vcard.split("\n") == [
        "BDAY:--0203",
        "ANNIVERSARY:20090808T1430-0500",
        "GENDER:M",
        "LANG;PREF=1:fr",
        "LANG;PREF=2:en",
        "GEO;TYPE=work:geo:46.772673,-71.282945",
        "KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc",
        "TZ:-0500",
    ]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@pytest.mark.parametrize("name", FIXTURES)
def test_export_and_import_again_gives_the_same_contacts(name, version):
    first = read(name)
    text = write_vcards(first, version)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:" + version + "\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    again = [c for c, e in parse_vcards(text.encode("utf-8")) if not e]
    assert again == first
    # and once more: the export of the re-import is the same text
    assert write_vcards(again, version) == text


def test_fixture_counts():
    counts = {name: len(read(name)) for name in FIXTURES}
    assert counts == {
        "John_Doe_ANDROID.vcf": 6, "John_Doe_EVOLUTION.vcf": 1, "John_Doe_GMAIL.vcf": 1,
        "John_Doe_IPHONE.vcf": 1, "gmail-list.vcf": 3, "outlook-2007.vcf": 1,
        "rfc6350-example.vcf": 1,
    }
