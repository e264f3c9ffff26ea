"""The complete JSON export holds every row of every table."""

from __future__ import annotations

import base64
import json

from coopeten_gui.services import contact_list, contacts, json_export, stats
from coopeten_gui.storage.models import ALL_MODELS


def test_everything_is_exported_trash_and_photos_included(demo_db, tmp_path):
    trashed = contact_list.search_contacts("María")[0].id
    data = contacts.data_of(contacts.get(trashed))
    data.photo, data.photo_type = b"\x89PNG\r\n\x1a\nfake", "png"
    contacts.update(trashed, data)
    contacts.trash([trashed])
    out = tmp_path / "all.json"
    counts = json_export.export_json(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "coopeten-export" and document["schema_version"] >= 1
    assert set(document["tables"]) == {m._meta.table_name for m in ALL_MODELS}
    assert len(document["tables"]["contact"]) == 40 == counts["contact"]
    maria = next(c for c in document["tables"]["contact"] if c["id"] == trashed)
    assert maria["deleted_at"] is not None
    assert base64.b64decode(maria["photo"]["$base64"]) == b"\x89PNG\r\n\x1a\nfake"
    live = dict(stats.counts())
    assert len([e for e in document["tables"]["offer_ask"] if e["deleted_at"] is None]) >= \
        live["offers_asks"]
    assert not list(tmp_path.glob("*.partial"))


def test_cancel_keeps_the_previous_file_and_leaves_no_partial(demo_db, tmp_path):
    out = tmp_path / "x.json"
    out.write_text("previous export", encoding="utf-8")
    seen = []

    def cancel_after_two_calls(rows: int) -> bool:
        seen.append(rows)
        return len(seen) < 2

    assert json_export.export_json(out, progress=cancel_after_two_calls, every=10) == {}
    assert seen == [10, 20]
    assert out.read_text(encoding="utf-8") == "previous export"
    assert not list(tmp_path.glob("*.partial"))
