"""What the user sees when the database turns out to be damaged at start-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from coopeten_gui.i18n import translate
from coopeten_gui.services.safe_start import Damage

RESTORE, SALVAGE, QUIT = "restore", "salvage", "quit"


def ask_recovery(damage: Damage, parent: QWidget | None = None) -> str:
    """Explain the damage plainly and return the user's choice: RESTORE, SALVAGE or QUIT."""
    from PySide6.QtWidgets import QMessageBox  # only ever asked on damage: not loaded to start

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RecoveryDialog", "Your data needs repair"))
    box.setText(translate(
        "RecoveryDialog", "Coopeten found damage in your database, probably from a crash or a "
                       "disk problem. Nothing will be deleted: the damaged file is kept aside."))
    restore = None
    if damage.backup is not None:
        when = QLocale().toString(damage.backup.created_at, QLocale.FormatType.LongFormat)
        box.setInformativeText(translate("RecoveryDialog", 
            "The newest good backup is from {when}. Restoring it brings back your data as it "
            "was then. Or Coopeten can try to save what can still be read.").format(when=when))
        restore = box.addButton(translate("RecoveryDialog", "Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(translate("RecoveryDialog", 
            "There is no backup to restore. Coopeten can try to save what can still be read "
            "into a new database."))
    salvage = box.addButton(translate("RecoveryDialog", "Save what can be read"),
                            QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(str(damage.reason))
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    if clicked is salvage:
        return SALVAGE
    return QUIT
