"""The Backups dialog: back up now, see it listed, restore it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coopeten_gui.services import contact_list, contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.safe_start import Damage
from coopeten_gui.ui.dialogs import recovery_dialog
from coopeten_gui.ui.dialogs.backups_dialog import BackupsDialog


def test_back_up_now_then_restore(qtbot, demo_db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    dialog = BackupsDialog(tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert not dialog.backup_button.isEnabled()  # made on a worker thread
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.backup_button.isEnabled()
    assert dialog.table.item(0, 2).text() == "Manual"
    contacts.create(ContactData(given_name="Made after the backup"))
    assert contact_list.count() == 41
    restored = []
    dialog.restored.connect(lambda: restored.append(True))
    assert dialog.restore_selected(confirmed=True)
    assert restored and contact_list.count() == 40
    assert "kept as" in shown[0]
    assert list(demo_db.parent.glob("demo.sqlite.*.before-restore"))


def test_recovery_question_offers_the_backup(qtbot, tmp_path, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QDialog

    from coopeten_gui.services.backups import BackupInfo

    seen = {}

    def fake_exec(dialog):
        seen["advice"] = dialog.advice.text()
        seen["enabled"] = dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", fake_exec)
    backup = BackupInfo(tmp_path / "x.sqlite", datetime(2026, 11, 20, 18, 30), 1000, False)
    choice = recovery_dialog.ask_recovery(
        Damage(tmp_path / "db.sqlite", "malformed", backup, [backup]))
    assert choice == recovery_dialog.Choice(recovery_dialog.RESTORE, backup)
    assert "2026" in seen["advice"] and seen["enabled"]
