"""One contact: every detail on the left, and tabs for offers & asks, timeline,
follow-ups, proposals and cross-promotions.

Opening a contact runs a fixed, small number of queries (the contact and its lists,
one query per tab), whatever the number of rows. Writes made here are pushed onto
the window's undo stack; the page reloads whenever that stack moves.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Callable, Iterator

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.services import contact_list, contacts, labels
from coopeten_gui.services.common import NotFoundError
from coopeten_gui.services.contact_data import ContactRecord
from coopeten_gui.ui.kit import money_edit, questions, undo
from coopeten_gui.ui.kit.plain_text import plain
from coopeten_gui.ui.pages.contact_tabs.balance import BalanceTab
from coopeten_gui.ui.pages.contact_tabs.followups import FollowupsTab
from coopeten_gui.ui.pages.contact_tabs.matches import MatchesTab
from coopeten_gui.ui.pages.contact_tabs.offers_asks import OffersAsksTab
from coopeten_gui.ui.pages.contact_tabs.promotions import PromotionsTab
from coopeten_gui.ui.pages.contact_tabs.proposals import ProposalsTab
from coopeten_gui.ui.pages.contact_tabs.referrals import ReferralsTab
from coopeten_gui.ui.pages.contact_tabs.timeline import TimelineTab

if TYPE_CHECKING:
    from coopeten_gui.ui.dialogs.contact_dialog import ContactDialog
    from coopeten_gui.ui.dialogs.proposal_editor import ProposalEditor

_LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut


class ContactPage(QWidget):
    """Signals:
        back_requested(): the user wants the list again.
        data_changed(): something was written outside the undo stack (other pages reload).
        contact_opened(int): a link to another contact (who introduced this one) was followed.
        organization_opened(int): the organization's link was followed.
        proposal_opened(int): a proposal was double-clicked.
    """

    back_requested = Signal()
    data_changed = Signal()
    contact_opened = Signal(int)
    organization_opened = Signal(int)
    proposal_opened = Signal(int)

    def __init__(self, parent=None, *, tabs_later: bool = False) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.record: ContactRecord | None = None
        self.symbol = ""
        self.dialog: ContactDialog | ProposalEditor | None = None
        self.freshness = undo.Freshness(self, self.reload, stale=False)

        self.back_button = QPushButton(self.tr("← Contacts"), self)
        self.back_button.setFlat(True)
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.name_label = plain(QLabel(self))
        self.name_label.setObjectName("contact_name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        # a long name or title wraps rather than widening the window past the screen
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setOpenExternalLinks(False)
        self.subtitle.linkActivated.connect(self._link)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit every detail (F2)"))
        self.note_button = QPushButton(self.tr("Add note"), self)
        self.note_button.setToolTip(self.tr("Add a note, call, meeting or email (Ctrl+Shift+N)"))
        self.followup_button = QPushButton(self.tr("Add follow-up…"), self)
        self.followup_button.setToolTip(self.tr("Plan what to do next (Ctrl+Shift+F)"))
        self.proposal_button = QPushButton(self.tr("New proposal…"), self)
        self.proposal_button.setToolTip(self.tr("Write a proposal from a template (Ctrl+Shift+R)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Move this contact to the trash"))

        self.details = QLabel(self)
        self.details.setObjectName("contact_details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setOpenExternalLinks(False)
        self.details.linkActivated.connect(self._link)
        self.details.setContentsMargins(8, 8, 8, 8)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        details_scroll.setMinimumWidth(220)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for button in (self.edit_button, self.note_button, self.followup_button,
                       self.proposal_button, self.delete_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        splitter = QSplitter(self)
        splitter.addWidget(details_scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit)
        self.note_button.clicked.connect(self.add_note)
        self.followup_button.clicked.connect(self.add_followup)
        self.delete_button.clicked.connect(self.delete)
        self.proposal_button.clicked.connect(self.new_proposal)
        self._actions()
        self._unmade = self._making_tabs()
        if not tabs_later:
            self.make_tabs()

    def _making_tabs(self) -> Iterator[None]:
        """Each tab made and put in its place, one per step."""
        push = self._push
        self.offers_asks = OffersAsksTab(push, self)
        self.tabs.addTab(self.offers_asks, "")
        yield
        self.matches = MatchesTab(self)
        self.matches.contact_opened.connect(self.contact_opened)
        self.matches.counted.connect(lambda _count: self._tab_titles())
        self.matches.written.connect(self._written)
        self.tabs.addTab(self.matches, "")
        yield
        self.timeline = TimelineTab(push, self)
        self.tabs.addTab(self.timeline, "")
        yield
        self.followups = FollowupsTab(push, self)
        self.followups.written.connect(self._written)
        self.tabs.addTab(self.followups, "")
        yield
        self.proposals = ProposalsTab(self)
        self.proposals.proposal_opened.connect(self.open_proposal)
        self.proposals.proposal_opened.connect(self.proposal_opened)
        self.tabs.addTab(self.proposals, "")
        yield
        self.promotions = PromotionsTab(push, self)
        self.tabs.addTab(self.promotions, "")
        yield
        self.referrals = ReferralsTab(push, self)
        self.referrals.written.connect(self._written)
        self.tabs.addTab(self.referrals, "")
        yield
        self.balance = BalanceTab(self)
        self.tabs.addTab(self.balance, "")
        yield

    def make_next_tab(self) -> bool:
        """Make the next tab of a page made with ``tabs_later`` (the window makes its
        contact's page ahead a piece per turn, none over a few milliseconds, where the
        whole page held it 17 ms); False once every tab is made."""
        return next(self._unmade, False) is None

    def make_tabs(self) -> None:
        """Make every tab not made yet."""
        for _ in self._unmade:
            pass

    # -- showing ----------------------------------------------------------------------------

    def show_contact(self, contact_id: int) -> None:
        self.make_tabs()
        self.contact_id = contact_id
        self.freshness.watch()
        self.reload()

    def rehearse(self) -> None:
        """Show the list's first contact while the page is hidden, a step per turn of the
        event loop (none over a few milliseconds), then forget them: the first contact the
        user opens then shows as fast as the next ones (the first reads and the tabs'
        first rows each take a few milliseconds more, once). Stops as soon as a contact
        is opened."""
        if self.contact_id is not None or self.isVisible():
            return
        self.make_tabs()
        try:
            first = contact_list.contact_ids(limit=1)
            record = contacts.get(first[0]) if first else None
        except Exception:  # noqa: BLE001 - nobody asked: opening a contact will tell
            return
        if record is None:
            return
        steps = self._showing(record)

        def next_step() -> None:
            if not steps or self.contact_id is not None or self.isVisible():
                return
            try:
                with QSignalBlocker(self):  # nothing the window would hear of
                    steps.pop(0)()
            except Exception:  # noqa: BLE001 - as above
                return
            QTimer.singleShot(0, self, next_step)

        next_step()

    def reload(self) -> None:
        self.freshness.mark_fresh()
        if self.contact_id is None:
            return
        try:
            record = contacts.get(self.contact_id)
        except NotFoundError:
            record = None
        if record is None or record.deleted_at is not None:
            # undone, merged away or deleted while shown: nothing left to show here
            self.record = None
            self.back_requested.emit()
            return
        self.record = record
        for step in self._showing(record):
            step()

    def _showing(self, record: ContactRecord) -> list[Callable[[], object]]:
        """What showing ``record`` takes: its details, then each tab read and filled."""
        symbol = self.symbol = money_edit.currency_symbol()
        return [lambda: self._show_details(record),
                lambda: self.offers_asks.load(record.id, symbol, record.met_event_id),
                lambda: self.timeline.load(record.id),
                lambda: self.followups.load(record.id),
                lambda: self.proposals.load(record.id, symbol),
                lambda: self.promotions.load(record.id, symbol),
                lambda: self.balance.load(record.id, symbol),
                lambda: self.matches.load(record.id),
                self._tab_titles,
                lambda: self.referrals.load(record.id, symbol),
                self._referrals_title]

    def _show_details(self, record: ContactRecord) -> None:
        self.name_label.setText(record.display_name)
        self.subtitle.setText(self._subtitle_html(record))
        self.details.setText(self._details_html(record))

    def _referrals_title(self) -> None:
        count = self.referrals.count()
        self.tabs.setTabText(self.tabs.indexOf(self.referrals), self.tr("Referrals") + (
            f" ({QLocale().toString(count)})" if count else ""))

    # -- the user's actions -----------------------------------------------------------------

    def edit(self):
        if self.contact_id is None:
            return None
        from coopeten_gui.ui.pages.contacts_page import open_edit_dialog

        self.dialog = open_edit_dialog(self, self.contact_id, self._push)
        return self.dialog

    def add_note(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.start_note()

    def add_followup(self):
        self.tabs.setCurrentWidget(self.followups)
        self.dialog = self.followups.add()
        return self.dialog

    def new_proposal(self):
        """The proposal editor for a new proposal to this contact (ui.dialogs.proposal_editor)."""
        if self.contact_id is None:
            return None
        from coopeten_gui.ui.dialogs.proposal_editor import open_proposal_editor

        self.dialog = open_proposal_editor(self, contact_id=self.contact_id)
        self.dialog.data_changed.connect(self._written)
        return self.dialog

    def open_proposal(self, proposal_id: int):
        from coopeten_gui.ui.dialogs.proposal_editor import open_proposal_editor

        self.dialog = open_proposal_editor(self, proposal_id=proposal_id)
        self.dialog.data_changed.connect(self._written)
        return self.dialog

    def show_matches(self) -> None:
        """Who could help this contact and whom they could help."""
        self.tabs.setCurrentWidget(self.matches)

    def delete(self) -> bool:
        if self.record is None:
            return False
        text = self.tr("Move “%1” to the trash?").replace("%1", self.record.display_name)
        text += "\n" + self.tr("You can restore them from the Trash, or undo with Ctrl+Z.")
        if not questions.confirm(self, self.tr("Delete contact"), text, self.tr("Move to trash")):
            return False
        contacts.trash([self.record.id])
        self._push(undo.TrashContacts([self.record.id]))
        return True

    # -- internals --------------------------------------------------------------------------

    def _actions(self) -> None:
        for keys, slot in (
                ([QKeySequence(Qt.Key.Key_F2), QKeySequence("Ctrl+E")], self.edit),
                ([QKeySequence("Ctrl+Shift+N")], self.add_note),
                ([QKeySequence("Ctrl+Shift+F")], self.add_followup),
                ([QKeySequence("Ctrl+Shift+R")], self.new_proposal),
                ([QKeySequence(QKeySequence.StandardKey.Back)], self.back_requested.emit)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(_LOCAL)
            action.triggered.connect(slot)
            self.addAction(action)

    def _tab_titles(self) -> None:
        counts = (
            (self.offers_asks, self.tr("Offers && Asks"),
             self.offers_asks.count()),
            (self.timeline, self.tr("Timeline"), self.timeline.model.rowCount()),
            (self.followups, self.tr("Follow-ups"), self.followups.model.rowCount()),
            (self.proposals, self.tr("Proposals"), self.proposals.model.rowCount()),
            (self.promotions, self.tr("Cross-promotions"), self.promotions.model.rowCount()),
            (self.matches, self.tr("Matches"), self.matches.count()),
        )
        for tab, title, count in counts:
            self.tabs.setTabText(self.tabs.indexOf(tab),
                                 f"{title} ({QLocale().toString(count)})" if count else title)
        self.tabs.setTabText(self.tabs.indexOf(self.balance), self.tr("Give and take"))

    def _subtitle_html(self, record: ContactRecord) -> str:
        parts = []
        if record.job_title:
            parts.append(escape(record.job_title))
        if record.organization_id:
            parts.append(f"<a href='organization:{record.organization_id}'>"
                         f"{escape(record.organization_name)}</a>")
        parts.append(f"<b>{escape(labels.stage(record.stage))}</b>")
        return " · ".join(parts)

    def _details_html(self, record: ContactRecord) -> str:
        rows: list[tuple[str, str]] = []

        def add(title: str, html: str, label: str = "") -> None:
            shown = labels.detail_label(label)
            note = f" <span style='color: gray'>({escape(shown)})</span>" if shown else ""
            rows.append((title, html + note))

        for email in record.emails:
            add(self.tr("Email"), _link(f"mailto:{email.value}", email.value), email.label)
        for phone in record.phones:
            dial = "".join(c for c in phone.value if c.isdigit() or c == "+")
            add(self.tr("Phone"), _link(f"tel:{dial}", phone.value), phone.label)
        for url in record.urls:
            target = url.value if "://" in url.value else "https://" + url.value
            add(self.tr("Web"), _link(target, url.value), url.label)
        for address in record.addresses:
            lines = [address.street, address.extended, address.po_box,
                     " ".join(p for p in (address.postal_code, address.city) if p),
                     address.region, address.country]
            add(self.tr("Address"), "<br>".join(escape(x) for x in lines if x), address.label)
        if record.birthday:
            add(self.tr("Birthday"),
                escape(QLocale().toString(record.birthday, QLocale.FormatType.LongFormat)))
        if record.anniversary:
            add(self.tr("Anniversary"),
                escape(QLocale().toString(record.anniversary, QLocale.FormatType.LongFormat)))
        if record.keep_in_touch_weeks:
            add(self.tr("Keep in touch"),
                escape(self.tr("every %n week(s)", "", record.keep_in_touch_weeks)))
        if record.tags:
            add(self.tr("Tags"), ", ".join(escape(t) for t in record.tags))
        if record.audience_size:
            add(self.tr("Audience"), escape(self.tr("%Ln people", "", record.audience_size)))
        if record.met_event_name or record.met_where:
            add(self.tr("Met at"), escape(", ".join(
                x for x in (record.met_event_name, record.met_where) if x)))
        if record.introduced_by_id:
            add(self.tr("Introduced by"), f"<a href='contact:{record.introduced_by_id}'>"
                                          f"{escape(record.introduced_by_name)}</a>")
        table = "".join(
            f"<tr><td style='color: gray; padding-right: 10px'>{escape(title)}</td>"
            f"<td>{html}</td></tr>" for title, html in rows)
        html = f"<table cellspacing='0' cellpadding='3'>{table}</table>"
        if record.notes:
            html += ("<p style='color: gray; margin-top: 12px'>" + escape(self.tr("Notes"))
                     + "</p><p>" + escape(record.notes).replace("\n", "<br>") + "</p>")
        if not rows and not record.notes:
            html = "<p style='color: gray'>" + escape(self.tr(
                "No details yet. Press Edit to add emails, phones and more.")) + "</p>"
        return html

    def _link(self, target: str) -> None:
        kind, _, rest = target.partition(":")
        if kind == "contact" and rest.isdigit():
            self.contact_opened.emit(int(rest))
        elif kind == "organization" and rest.isdigit():
            self.organization_opened.emit(int(rest))
        else:
            QDesktopServices.openUrl(QUrl(target))

    def _push(self, command) -> None:
        self.freshness.push(command)

    def _written(self) -> None:
        """After a write that is not on the undo stack (a follow-up marked done)."""
        self.reload()
        self.data_changed.emit()


def _link(target: str, text: str) -> str:
    return f"<a href='{escape(target, quote=True)}'>{escape(text)}</a>"
