"""What an export writes, byte for byte: the vCard and CSV writers and the exporter against
files written before they were made fast (``tests/data/export/``), and the JSON export
against the plain rule it follows (each row a dict, Python's own JSON encoder)."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from coopeten_gui import __version__
from coopeten_gui.services import contact_list, contacts, exporter, json_export
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.formats import csv_export, vcard
from coopeten_gui.storage import database
from coopeten_gui.storage.models import ALL_MODELS
from tests.services.export_samples import samples

EXPECTED = Path(__file__).resolve().parents[1] / "data" / "export"


def expected_text(name: str) -> str:
    text = (EXPECTED / name).read_bytes().decode("utf-8")
    return text.replace("Coopeten VERSION//", f"Coopeten {__version__}//")


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_the_vcard_writer_writes_what_it_always_wrote(version):
    assert vcard.write_vcards(samples(), version) == expected_text(f"samples-{version}.vcf")


def test_the_csv_writer_writes_what_it_always_wrote():
    out = io.StringIO(newline="")
    assert csv_export.write_csv(samples(), out) == len(samples())
    assert out.getvalue() == expected_text("samples.csv")


@pytest.fixture
def stored(db):
    for data in samples():
        contacts.create(data, imported=True)
    return db


@pytest.mark.parametrize("fmt, name", [("vcard", "stored-4.0.vcf"), ("vcard3", "stored-3.0.vcf"),
                                       ("csv", "stored.csv")])
def test_an_export_of_stored_contacts_writes_what_it_always_wrote(stored, tmp_path, fmt, name):
    out = tmp_path / "out"
    assert exporter.export(fmt, out) == len(samples())
    assert out.read_bytes() == expected_text(name).encode("utf-8")  # the CSV's BOM included


def test_chosen_contacts_come_in_the_order_given_repeats_and_unknown_ids_included(stored,
                                                                                  tmp_path):
    ids = contact_list.contact_ids()
    chosen = [ids[3], ids[0], 999_999, ids[3], ids[-1]]
    out = tmp_path / "some.vcf"
    assert exporter.export("vcard", out, chosen) == 4
    cards = out.read_bytes().decode("utf-8").split("BEGIN:VCARD\r\n")[1:]
    every = expected_text("stored-4.0.vcf").split("BEGIN:VCARD\r\n")[1:]
    assert cards == [every[3], every[0], every[3], every[-1]]


# -- the JSON export --------------------------------------------------------------------

def reference_json(path: Path) -> str:
    """What follows ``"tables": {`` in a JSON export, by the rule as first written: every
    row of every table a dict, written by ``json`` with ``ensure_ascii=False``; bytes as
    ``{"$base64": …}``."""
    conn = sqlite3.connect(path)

    def plain(value):
        if isinstance(value, bytes):
            return {"$base64": base64.b64encode(value).decode("ascii")}
        return value

    parts = []
    for number, model in enumerate(ALL_MODELS):
        table = model._meta.table_name
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        columns = [c[0] for c in cursor.description]
        rows = [json.dumps({c: plain(v) for c, v in zip(columns, row)}, ensure_ascii=False)
                for row in cursor]
        parts.append(("," if number else "") + f"\n{json.dumps(table)}: ["
                     + ",".join("\n  " + row for row in rows) + "\n]")
    conn.close()
    return "".join(parts) + "\n}}\n"


def tables_part(text: str) -> str:
    return text[text.index('"tables": {') + len('"tables": {'):]


def test_the_json_export_follows_the_rule_for_every_kind_of_value(demo_db, tmp_path):
    for data in samples():
        contacts.create(data, imported=True)
    conn = database.connection()
    # values SQLite keeps as they came: a REAL in an INTEGER column, text and bytes where
    # the schema expects something else, every control character, the largest integers
    conn.execute("UPDATE offer_ask SET value_cents = 1234.5 WHERE id = "
                 "(SELECT min(id) FROM offer_ask)")
    conn.execute("UPDATE offer_ask SET value_cents = 0.1 + 0.2 WHERE id = "
                 "(SELECT max(id) FROM offer_ask)")
    conn.execute("UPDATE contact SET audience_size = 9223372036854775807, "
                 "notes = ? WHERE id = (SELECT min(id) FROM contact)",
                 ("".join(map(chr, range(32))) + '"\\/\u2028\u2029\x7f😀ñ',))
    conn.execute("UPDATE contact SET met_where = x'00ff10' WHERE id = "
                 "(SELECT max(id) FROM contact)")
    conn.execute("UPDATE contact SET keep_in_touch_weeks = -9223372036854775808 WHERE id = "
                 "(SELECT min(id) + 1 FROM contact)")
    conn.execute("UPDATE profile SET logo = x'89504e47', name = 'Quesería \"La Vieja\"'")
    conn.commit()
    out = tmp_path / "all.json"
    counts = json_export.export_json(out)
    text = out.read_text(encoding="utf-8")
    assert tables_part(text) == reference_json(demo_db)
    header = json.loads(text)
    assert header["app_version"] == __version__
    assert datetime.fromisoformat(header["exported_at"])
    assert counts == {table: len(rows) for table, rows in header["tables"].items()}
    assert header["tables"]["offer_ask"][0]["value_cents"] == 1234.5


def test_a_new_database_exports_every_table(db, tmp_path):
    out = tmp_path / "new.json"
    counts = json_export.export_json(out)
    assert set(counts) == {m._meta.table_name for m in ALL_MODELS}
    assert counts["contact"] == 0 and counts["profile"] == 1
    assert tables_part(out.read_text(encoding="utf-8")) == reference_json(db)


def test_an_anniversary_travels_in_an_exported_vcard(db, tmp_path):
    contacts.create(ContactData(given_name="Ana", anniversary=date(2015, 6, 20)))
    for fmt, line in (("vcard", "\r\nANNIVERSARY:20150620\r\n"),
                      ("vcard3", "\r\nX-ANNIVERSARY:2015-06-20\r\n")):
        out = tmp_path / f"{fmt}.vcf"
        exporter.export(fmt, out)
        text = out.read_bytes().decode("utf-8")
        assert line in text
        [(back, _)] = list(vcard.parse_vcards(text.encode()))
        assert back.anniversary == date(2015, 6, 20)


def test_the_exporter_builds_each_contact_in_the_order_of_its_fields(db):
    import dataclasses

    # _load_batch passes every field by position, in this order
    assert exporter._FIELDS == tuple(f.name for f in dataclasses.fields(ContactData))
    stored = ContactData(given_name="Ana", family_name="Sol", middle_name="Luz",
                         prefix="Dra.", suffix="Jr.", nickname="Anita",
                         organization_name="Masa Madre", job_title="Panadera",
                         department="Hornos", birthday=date(1990, 2, 3),
                         anniversary=date(2015, 6, 20), notes="Nota", stage="ally",
                         audience_size=1200, met_where="Feria", language="es",
                         uid="urn:uuid:1", tags=["feria"])
    contact_id = contacts.create(stored)
    [loaded] = exporter.contact_data([contact_id])
    for name in exporter._FIELDS:
        if name not in ("display_name", "keep_in_touch_weeks", "met_event_id",
                        "introduced_by_id", "extra_vcard"):
            assert getattr(loaded, name) == getattr(stored, name), name
    assert loaded.display_name == "Dra. Ana Luz Sol Jr."
