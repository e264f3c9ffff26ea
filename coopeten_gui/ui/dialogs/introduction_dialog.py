"""Introducing two contacts from a match: ``open_introduction(parent, ask_id, offer_id)``.

The dialog says what the one asks and the other offers, lets the user choose a pair of
double-opt-in letters (one to each side, each in that contact's language) or one
joint letter, previews them, and prints, saves, copies or emails each one with the
same actions as every other letter (``ui.kit.letter_output``). The first letter printed,
saved or emailed records the introduction (``services.introductions``): both
timelines, a follow-up a week later and a referral; "Mark as sent" does the same for
letters sent another way.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.i18n import translate
from coopeten_gui.services import introductions, letter_rendering
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit import letter_output
from coopeten_gui.ui.kit.fit import fit_to_screen
from coopeten_gui.ui.kit.letter_output import LetterOutput

#: how each letter language is named on its tab
LANGUAGE_NAMES = {"es": "Español", "en": "English"}


def open_introduction(parent: QWidget | None, ask_id: int, offer_id: int
                      ) -> IntroductionDialog | None:
    """The introduction dialog for one match (an ask and an offer, by their ids), shown
    non-modal; None (after saying why) when the pair cannot be introduced."""
    try:
        dialog = IntroductionDialog(ask_id, offer_id, parent)
    except ServiceError as error:
        letter_output.warn(parent, translate("IntroductionDialog", "Introduce"), str(error))
        return None
    dialog.open()
    return dialog


class IntroductionDialog(QDialog):
    """Signals:
        recorded(int): the introduction was recorded (the referral's id).
        data_changed(): something was written (the window refreshes its pages).
        status_message(str): something to show in the status bar.
    """

    recorded = Signal(int)
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, ask_id: int, offer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IntroductionDialog")
        self.ask_id, self.offer_id = ask_id, offer_id
        self.sides = introductions.sides(ask_id, offer_id)
        self.letters: list[letter_rendering.Letter] = []
        self.referral_id: int | None = None
        self.setWindowTitle(self.tr("Introduce %1 and %2").replace(
            "%1", self.sides.asker_name).replace("%2", self.sides.offerer_name))

        self.match_label = QLabel(self)
        self.match_label.setObjectName("introduction_match")
        self.match_label.setWordWrap(True)
        self.match_label.setText(self._match_html())
        self.opt_in = QRadioButton(self.tr("Ask each one first: two letters, one to each side "
                                           "(double opt-in)"), self)
        self.joint = QRadioButton(self.tr("Introduce them now: one letter to both"), self)
        self.opt_in.setChecked(True)
        self.styles = QButtonGroup(self)
        self.styles.addButton(self.opt_in)
        self.styles.addButton(self.joint)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("introduction_letters")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()

        self.output = LetterOutput(self, self.current_letter, self._file_stem)
        self.output.status_message.connect(self.status_message)
        self.preview_button = QPushButton(self.tr("Print pre&view…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save &as"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button.setMenu(self.output.save_menu())
        self.copy_button = QPushButton(self.tr("C&opy text"), self)
        self.email_button = QPushButton(self.tr("E&mail…"), self)
        self.sent_button = QPushButton(self.tr("Mark as s&ent"), self)
        self.sent_button.setToolTip(self.tr(
            "Record the introduction without printing or emailing from here"))
        self.state = QLabel(self)
        self.state.setObjectName("introduction_state")
        self.state.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button,
                       self.save_button, self.copy_button, self.email_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.match_label)
        layout.addWidget(self.opt_in)
        layout.addWidget(self.joint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.state)
        layout.addLayout(buttons)

        for made in self.output.actions():
            if made is not self.output.print_action:  # printing here also records
                self.addAction(made)  # their shortcuts work anywhere in the dialog
        self.print_button.setShortcut(self.output.print_action.shortcut())
        self.output.saved.connect(lambda _path: self.mark_sent())
        self.preview_button.clicked.connect(self.output.print_preview)
        self.print_button.clicked.connect(lambda: self.print_current())
        self.pdf_button.clicked.connect(lambda: self.output.save_as("pdf"))
        self.copy_button.clicked.connect(self.output.copy_text)
        self.email_button.clicked.connect(lambda: self.email_current())
        self.sent_button.clicked.connect(lambda: self.mark_sent())
        self.styles.buttonClicked.connect(lambda _button: self.write())
        close.rejected.connect(self.close)

        self.write()
        self._show_state()
        # fits a 1024×600 screen with room for the window's frame
        self.resize(860, 540)
        fit_to_screen(self)

    # -- the letters -------------------------------------------------------------------------

    def letter_style(self) -> str:
        return "joint" if self.joint.isChecked() else "opt_in"

    def write(self) -> None:
        """(Re)write the letters of the chosen style and show them, one tab each."""
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.problem.hide()
        try:
            self.letters = introductions.prepare(self.ask_id, self.offer_id, self.letter_style())
        except ServiceError as error:
            self.letters = []
            self._problem(str(error))
        except Exception as error:  # noqa: BLE001 - a broken copy of the template: say it, keep the dialog
            self.letters = []
            self._problem(str(error))
        for letter in self.letters:
            view = QTextBrowser(self)
            view.setObjectName("introduction_letter")
            blank = letter_rendering.Letter("", "", letter.language, {}, None)
            look = letter_rendering.document(blank)
            view.document().setDefaultStyleSheet(look.defaultStyleSheet())
            view.document().setDefaultFont(look.defaultFont())
            view.setHtml(letter.body_html)
            self.tabs.addTab(view, self.tr("To %1 (%2)").replace(
                "%1", letter.contact_name).replace(
                "%2", LANGUAGE_NAMES.get(letter.language, letter.language)))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self.output.set_enabled(bool(self.letters))
        for button in (self.preview_button, self.print_button, self.pdf_button,
                       self.save_button, self.copy_button, self.email_button):
            button.setEnabled(bool(self.letters))

    def current_letter(self) -> letter_rendering.Letter | None:
        index = self.tabs.currentIndex()
        return self.letters[index] if 0 <= index < len(self.letters) else None

    def letter_texts(self) -> list[str]:
        return [letter.plain_text() for letter in self.letters]

    # -- sending -----------------------------------------------------------------------------

    def print_current(self) -> bool:
        printed = self.output.print_letter()
        if printed:
            self.mark_sent()
        return printed

    def email_current(self) -> str:
        url = self.output.email()
        if url:
            self.mark_sent()
        return url

    def mark_sent(self) -> int | None:
        """Record the introduction once (later letters of the same dialog add nothing)."""
        if self.referral_id is not None:
            return self.referral_id
        try:
            done = introductions.record_introduction(self.ask_id, self.offer_id,
                                                     self.letter_style())
        except ServiceError as error:
            letter_output.warn(self, self.tr("Introduce"), str(error))
            return None
        self.referral_id = done.referral_id
        self._show_state()
        self.status_message.emit(self.tr("Introduction recorded on both timelines."))
        self.recorded.emit(done.referral_id)
        self.data_changed.emit()
        return done.referral_id

    # -- internals ---------------------------------------------------------------------------

    def _match_html(self) -> str:
        from html import escape

        ask, offer = self.sides.ask, self.sides.offer
        return (self.tr("<b>%1</b> is looking for: “%2”").replace(
                    "%1", escape(self.sides.asker_name)).replace("%2", escape(ask.description))
                + "<br>" + self.tr("<b>%1</b> offers: “%2”").replace(
                    "%1", escape(self.sides.offerer_name)).replace(
                    "%2", escape(offer.description)))

    def _show_state(self) -> None:
        if self.referral_id is not None:
            due = introductions.follow_up_date()
            self.state.setText(self.tr(
                "Recorded: the introduction is on both timelines, a referral from you to %1 "
                "was noted, and a follow-up asks on %2 whether they connected.").replace(
                "%1", self.sides.asker_name).replace(
                "%2", QLocale().toString(due.date(), QLocale.FormatType.LongFormat)))
            self.sent_button.setEnabled(False)
            return
        earlier = introductions.introduced_on(self.ask_id, self.offer_id)
        text = self.tr("Printing, saving or emailing a letter records the introduction on "
                       "both timelines, with a follow-up in a week and a referral.")
        if earlier is not None:
            text = self.tr("You already introduced them on %1.").replace(
                "%1", QLocale().toString(earlier, QLocale.FormatType.ShortFormat)) + " " + text
        self.state.setText(text)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _file_stem(self) -> str:
        letter = self.current_letter()
        return letter.subject if letter is not None else ""
