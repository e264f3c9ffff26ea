"""Every window and dialog fits a small laptop screen with its buttons in sight."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMainWindow,
    QScrollArea,
    QWidget,
)

import coopeten_gui.ui
from coopeten_gui import translations
from coopeten_gui.services import contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.ui.kit import fit

SMALL = QRect(0, 0, 1024, 600)
UI_DIR = Path(coopeten_gui.ui.__file__).parent


def _window_classes() -> set[str]:
    """Every class of the ui package that is a window of its own."""
    found = set()
    for module_info in pkgutil.walk_packages([str(UI_DIR)], "coopeten_gui.ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            if issubclass(cls, (QDialog, QMainWindow)) or (
                    issubclass(cls, QWidget) and name.endswith("Window")):
                found.add(name)
    return found


def _factories(parent):
    from coopeten_gui.services import offers_asks, proposals, referrals, safe_start
    from coopeten_gui.services.offers_asks import OfferAskData
    from coopeten_gui.services.organizations import OrganizationData
    from coopeten_gui.services.promotions import PromotionData
    from coopeten_gui.ui.dialogs.agreement_dialog import AgreementDialog
    from coopeten_gui.ui.dialogs.alliance_report_dialog import AllianceReportDialog
    from coopeten_gui.ui.dialogs.backups_dialog import BackupsDialog
    from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog
    from coopeten_gui.ui.dialogs.duplicates_dialog import DuplicatesDialog
    from coopeten_gui.ui.dialogs.event_dialog import EventDialog
    from coopeten_gui.ui.dialogs.export_dialog import ExportDialog
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog, RescheduleDialog
    from coopeten_gui.ui.dialogs.global_search import GlobalSearch
    from coopeten_gui.ui.dialogs.import_dialog import ImportDialog
    from coopeten_gui.ui.dialogs.introduction_dialog import IntroductionDialog
    from coopeten_gui.ui.dialogs.mail_merge_dialog import MailMergeDialog
    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor
    from coopeten_gui.ui.dialogs.quick_capture import QuickCaptureWindow
    from coopeten_gui.ui.dialogs.recovery_dialog import RecoveryDialog
    from coopeten_gui.ui.dialogs.referral_dialog import ReferralDialog
    from coopeten_gui.ui.dialogs.trash_dialog import TrashDialog
    from coopeten_gui.ui.pages.contact_tabs.offers_asks import OfferAskDialog
    from coopeten_gui.ui.pages.contact_tabs.promotions import PromotionDialog
    from coopeten_gui.ui.pages.organizations_page import OrganizationDialog

    contact_id = contacts.create(ContactData(given_name="María", family_name="Pérez",
                                             organization_name="Café Pérez"))
    other_id = contacts.create(ContactData(given_name="Tom", family_name="Baker"))
    ask_id = offers_asks.create(OfferAskData(contact_id=contact_id, kind="ask",
                                           description="Café de especialidad"))
    offer_id = offers_asks.create(OfferAskData(contact_id=other_id, kind="offer",
                                             description="Specialty coffee roasting"))
    proposal_id = proposals.create(proposals.ProposalData(contact_id=contact_id,
                                                          title="Intercambio"))
    damage = safe_start.Damage(Path(parent.settings.fileName()).parent / "coopeten.sqlite",
                               "damaged", None)
    return {
        "MainWindow": lambda: parent,
        "RecoveryDialog": lambda: RecoveryDialog(damage, parent),
        "AgreementDialog": lambda: AgreementDialog(proposal_id, parent),
        "ReferralDialog": lambda: ReferralDialog(referrals.ReferralData(), lambda d: None,
                                                 parent),
        "IntroductionDialog": lambda: IntroductionDialog(ask_id, offer_id, parent),
        "AllianceReportDialog": lambda: AllianceReportDialog(parent),
        "ProposalEditor": lambda: _discarding(ProposalEditor(parent, contact_id=contact_id)),
        "ContactDialog": lambda: ContactDialog(parent=parent),
        "EventDialog": lambda: EventDialog(parent),
        "FollowupDialog": lambda: FollowupDialog(parent),
        "RescheduleDialog": lambda: RescheduleDialog(parent, datetime(2026, 5, 4, 9), "Call"),
        "QuickCaptureWindow": lambda: QuickCaptureWindow(parent),
        "ImportDialog": lambda: ImportDialog(parent),
        "MailMergeDialog": lambda: MailMergeDialog(parent, [contact_id]),
        "ExportDialog": lambda: ExportDialog(parent),
        "DuplicatesDialog": lambda: DuplicatesDialog(parent),
        "TrashDialog": lambda: TrashDialog(parent),
        "BackupsDialog": lambda: BackupsDialog(Path(parent.settings.fileName()).parent,
                                               parent),
        "GlobalSearch": lambda: GlobalSearch(parent),
        "OrganizationDialog": lambda: OrganizationDialog(OrganizationData(), lambda d: 1,
                                                         parent),
        "OfferAskDialog": lambda: OfferAskDialog(OfferAskData(contact_id=contact_id),
                                                 lambda d: None, "€", parent=parent),
        "PromotionDialog": lambda: PromotionDialog(PromotionData(contact_id=contact_id),
                                                   lambda d: None, parent),
        "RecordDialog": None,  # the frame of the three above, never shown alone
        "GuardedDialog": None,  # the base of the dialogs that ask before dropping edits
    }


def _discarding(editor):
    editor.ask_unsaved = lambda: "discard"
    return editor


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(fit, "available_geometry", lambda widget=None: QRect(SMALL))
    return SMALL


def _outside(window: QWidget, screen: QRect) -> list[str]:
    """The window's frame and buttons that are not on the screen."""
    problems = []
    if not screen.contains(window.frameGeometry()):
        problems.append(f"window {window.frameGeometry()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        scroller = button.parentWidget()
        while scroller is not None and scroller is not window \
                and not isinstance(scroller, QScrollArea):
            scroller = scroller.parentWidget()
        if isinstance(scroller, QScrollArea):
            continue  # reached by scrolling
        top_left = button.mapToGlobal(button.rect().topLeft())
        place = QRect(top_left, button.size())
        if not screen.contains(place):
            problems.append(f"button {button.text() or button.objectName()!r} at {place}")
    return problems


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_window_fits_a_1024x600_screen(qtbot, db, tmp_path, small_screen, language):
    from coopeten_gui.ui.main_window import MainWindow

    translations.install(QApplication.instance(), language)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # a size kept from a larger screen
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window._save_layout()
    window.close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    factories = _factories(window)
    assert _window_classes() <= set(factories), "a new window is missing from this test"
    failures = {}
    for name, make in factories.items():
        if make is None:
            continue
        made = make()
        if made is not window:
            qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        problems = _outside(made, small_screen)
        if problems:
            failures[name] = problems
        made.close()
    assert failures == {}


def test_the_proposal_editor_keeps_its_buttons_on_a_1024x600_screen(qtbot, db, small_screen):
    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

    translations.install(QApplication.instance(), "es")  # the widest of the two
    contact_id = contacts.create(ContactData(given_name="Ana"))
    editor = _discarding(ProposalEditor(None, contact_id=contact_id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.height() <= 600 - fit.FRAME.height()
    assert editor.width() <= 1024
    for button in (editor.preview_button, editor.export_button, editor.save_button,
                   editor.sent_button):
        bottom = button.mapToGlobal(button.rect().bottomRight())
        assert bottom.y() < 600 and bottom.x() < 1024, button.text()


def test_a_kept_size_comes_back_only_within_the_screen(qtbot, db, small_screen):
    from coopeten_gui.ui.dialogs.followup_dialog import FollowupDialog

    dialog = FollowupDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(700, 500)
    dialog.close()  # the size is kept
    again = FollowupDialog(None)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 500)
    again.resize(700, 500)
    again.close()
    QSettings().setValue("windows/FollowupDialog/size", QSize(2000, 1400))  # a larger screen's
    third = FollowupDialog(None)
    qtbot.addWidget(third)
    third.show()
    limit = fit.largest_size(third)
    assert third.width() <= limit.width() and third.height() <= limit.height()


def test_a_window_taller_than_the_screen_scrolls_above_its_buttons(qtbot, small_screen):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QLabel("tall")
    tall.setMinimumHeight(900)
    layout.addWidget(tall)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(buttons)
    fit.fit_to_screen(dialog, remember=False)
    dialog.show()
    assert tall.parentWidget().parentWidget().parentWidget() is dialog.findChild(
        QScrollArea, "fit_scroll")
    ok = buttons.buttons()[0]
    assert ok.mapToGlobal(ok.rect().bottomLeft()).y() < 600


def test_every_dialog_made_in_place_is_fitted():
    """Dialogs made on the spot (not a class of their own) call the helper too."""
    for path in UI_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if any(f"{kind}(" in text for kind in ("= QDialog", "QPrintPreviewDialog(")):
            assert "fit_to_screen(" in text, path.name


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_and_a_full_contact_keep_the_main_window_on_a_1024x600_screen(
        qtbot, demo_db, tmp_path, small_screen, language):
    """A page the window shows, or makes ahead (a contact's, a second after start), can
    only widen it: every one together must still leave it on the screen."""
    import sqlite3

    from coopeten_gui.ui import pages_registry
    from coopeten_gui.ui.main_window import MainWindow

    translations.install(QApplication.instance(), language)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in pages_registry.SECTIONS:
        window.show_section(key)
    # the demo's contact with something in most tabs: offers and asks, follow-ups, the
    # history, referrals
    busiest = sqlite3.connect(demo_db).execute(
        "SELECT contact_id FROM offer_ask GROUP BY contact_id ORDER BY count(*) DESC"
    ).fetchone()[0]
    window.open_contact(busiest)
    qtbot.wait(50)
    largest = fit.largest_size(window)
    assert window.minimumSizeHint().width() <= largest.width()
    assert window.minimumSizeHint().height() <= largest.height()
    assert _outside(window, small_screen) == []
