"""``import`` on files with broken records: the rest is imported, the records left out
are counted and named by line on stderr, and the exit status says it was done in part."""

from __future__ import annotations

from coopeten_gui.cli import main
from coopeten_gui.services import contact_list
from coopeten_gui.storage import database


def test_a_card_without_end_is_named_and_the_other_999_are_imported(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    database.open_database(db)
    database.close_database()
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {i}\r\nEMAIL:c{i}@example.com\r\n"
        + ("" if i == 0 else "END:VCARD\r\n") for i in range(1000))
    cards = tmp_path / "cards.vcf"
    cards.write_text(text, encoding="utf-8")
    status = main(["--db", str(db), "import", str(cards)])
    out, err = capsys.readouterr()
    assert status == 1  # done in part
    assert "new\t999" in out and "errors\t1" in out
    assert len(err.strip().splitlines()) == 1
    assert err.strip() == "Coopeten: Rows of the file left out: 1, starting on lines 1."
    database.open_database(db)
    try:
        assert contact_list.count() == 999
    finally:
        database.close_database()


def test_an_unclosed_quote_is_named_and_everything_else_imported(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    database.open_database(db)
    database.close_database()
    rows = ["Name,Email"] + [f"Person {i},p{i}@example.com" for i in range(2000)]
    rows[3] = '"' + rows[3]
    table = tmp_path / "people.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    status = main(["--db", str(db), "import", str(table)])
    out, err = capsys.readouterr()
    assert status == 1
    assert "new\t1999" in out
    assert "left out" in err and err.rstrip().endswith(" 4.")
    database.open_database(db)
    try:
        assert contact_list.count() == 1999
    finally:
        database.close_database()
