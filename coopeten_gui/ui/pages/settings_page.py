"""The Settings page: which database, language, look, reminders, follow-up delay, and
the categories of help people exchange.

Window-wide changes (another database, another language) are asked of the main
window through signals; the page itself only stores options and edits categories.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopeten_gui.country import user_country
from coopeten_gui.services import labels, offers_asks, phones, session
from coopeten_gui.services.common import ServiceError
from coopeten_gui.ui.kit.country_combo import CountryCombo
from coopeten_gui.ui.kit.page_heading import page_heading
from coopeten_gui.ui.kit.plain_text import literal, plain
from coopeten_gui.ui.kit.settings import COUNTRY, Options
from coopeten_gui.ui.pages.backup_folder import BackupFolderChooser

CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole


class SettingsPage(QWidget):
    """Signals:
        open_database_requested(): choose another database file to open.
        new_database_requested(): choose where to create a new, empty one.
        language_changed(str): "" (the system's), "es" or "en" was chosen.
        appearance_changed(str): "system", "light" or "dark" was chosen.
        reminders_changed(bool): reminders were turned on or off.
        data_changed(): categories were edited.
        business_requested(): the user wants the My business page.
    """

    open_database_requested = Signal()
    new_database_requested = Signal()
    language_changed = Signal(str)
    appearance_changed = Signal(str)
    reminders_changed = Signal(bool)
    data_changed = Signal()
    business_requested = Signal()

    def __init__(self, parent: QWidget | None = None, options: Options | None = None) -> None:
        super().__init__(parent)
        self.options = options or Options()
        # confirmations go through here, so tests can answer them
        self.confirm: Callable[[str, str], bool] = self._ask

        # database
        self.database_label = plain(QLabel(self))
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open another database…"), self)
        self.new_button = QPushButton(self.tr("&New empty database…"), self)
        self.open_button.clicked.connect(self.open_database_requested)
        self.new_button.clicked.connect(self.new_database_requested)
        db_buttons = QHBoxLayout()
        db_buttons.addWidget(self.open_button)
        db_buttons.addWidget(self.new_button)
        db_buttons.addStretch(1)
        db_box = QGroupBox(self.tr("Database"), self)
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(self.database_label)
        db_layout.addLayout(db_buttons)
        # where backups go (a USB stick, a synced folder); default: beside the database
        self.backup_folder = BackupFolderChooser(self.options, db_box)
        db_layout.addWidget(QLabel(self.tr("Backup folder"), db_box))
        db_layout.addWidget(self.backup_folder)

        # general
        self.language_combo = QComboBox(self)
        # each language is named in itself, so it can be found whatever the current one
        self.language_combo.addItem(self.tr("System language"), "")
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        self.country_combo = CountryCombo(self)
        self.country_combo.setToolTip(self.tr("Letters are printed on Letter paper in the "
                                              "United States, Canada, Mexico and a few more "
                                              "countries of the Americas, on A4 elsewhere"))
        self.appearance_combo = QComboBox(self)
        self.appearance_combo.addItem(self.tr("Follow the system"), "system")
        self.appearance_combo.addItem(self.tr("Light"), "light")
        self.appearance_combo.addItem(self.tr("Dark"), "dark")
        self.reminders_check = QCheckBox(self.tr("Notify me when a follow-up falls due"), self)
        self.delay_spin = QSpinBox(self)
        self.delay_spin.setRange(0, 365)
        self.delay_spin.setSuffix(self.tr(" day(s)"))
        general_box = QGroupBox(self.tr("General"), self)
        general = QFormLayout(general_box)
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        general.addRow(self.tr("&Language"), self.language_combo)
        general.addRow(self.tr("Coun&try"), self.country_combo)
        general.addRow(self.tr("&Appearance"), self.appearance_combo)
        general.addRow(self.tr("&Reminders"), self.reminders_check)
        general.addRow(self.tr("Default follow-up &delay"), self.delay_spin)

        # categories
        self.category_list = QListWidget(self)
        self.category_list.setEditTriggers(QListWidget.EditTrigger.DoubleClicked
                                           | QListWidget.EditTrigger.EditKeyPressed)
        self.category_list.setMinimumHeight(200)
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(self.tr("New category, e.g. “Photography”"))
        self.add_category_button = QPushButton(self.tr("Add"), self)
        self.rename_category_button = QPushButton(self.tr("Rename"), self)
        self.remove_category_button = QPushButton(self.tr("Remove"), self)
        self.category_error = plain(QLabel(self))
        self.category_error.setStyleSheet("color: #c62828;")
        self.category_error.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.category_edit, 1)
        add_row.addWidget(self.add_category_button)
        add_row.addWidget(self.rename_category_button)
        add_row.addWidget(self.remove_category_button)
        categories_box = QGroupBox(self.tr("Categories of help"), self)
        categories = QVBoxLayout(categories_box)
        explanation = QLabel(self.tr("The kinds of help people offer and ask for. Double-click "
                                     "(or F2) to rename; removing one hides it from the lists "
                                     "but keeps it on what was filed under it."), self)
        explanation.setWordWrap(True)
        categories.addWidget(explanation)
        categories.addWidget(self.category_list, 1)
        categories.addLayout(add_row)
        categories.addWidget(self.category_error)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(page_heading(content, self.tr("Settings")))
        # "My business" has its own page in the navigation; a way there from here too
        self.business_button = QPushButton(self.tr("My &business: the letterhead and signature "
                                                   "of every letter…"), content)
        self.business_button.clicked.connect(self.business_requested)
        # the quick switches first (language, reminders…), the long forms after them
        content_layout.addWidget(general_box)
        content_layout.addWidget(db_box)
        content_layout.addWidget(self.business_button, 0, Qt.AlignmentFlag.AlignLeft)
        content_layout.addWidget(categories_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.reload()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.appearance_combo.currentIndexChanged.connect(self._appearance_chosen)
        self.country_combo.currentIndexChanged.connect(self._country_chosen)
        self.reminders_check.toggled.connect(self._reminders_toggled)
        self.delay_spin.valueChanged.connect(self._delay_changed)
        self.add_category_button.clicked.connect(self.add_category)
        self.category_edit.returnPressed.connect(self.add_category)
        self.rename_category_button.clicked.connect(self._start_rename)
        self.remove_category_button.clicked.connect(self.remove_category)
        self.category_list.itemChanged.connect(self._category_edited)

    def reload(self) -> None:
        path = session.current_path()
        self.database_label.setText(self.tr("Open now: {path}").format(path=path) if path
                                    else self.tr("No database is open."))
        for combo, value in ((self.language_combo, self.options.language),
                             (self.appearance_combo, self.options.appearance)):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(blocked)
        blocked = self.country_combo.blockSignals(True)
        self.country_combo.set_code(self.options.get(COUNTRY))
        self.country_combo.blockSignals(blocked)
        for widget, setter in ((self.reminders_check, lambda: self.reminders_check.setChecked(
                self.options.reminders_enabled)),
                (self.delay_spin, lambda: self.delay_spin.setValue(self.options.follow_up_days))):
            blocked = widget.blockSignals(True)
            setter()
            widget.blockSignals(blocked)
        self._load_categories()

    # -- categories ----------------------------------------------------------------------------

    def add_category(self) -> None:
        self._show_category_error("")
        try:
            new_id = offers_asks.add_category(self.category_edit.text())
        except ServiceError as exc:
            self._show_category_error(str(exc))
            return
        self.category_edit.clear()
        self._load_categories(select=new_id)
        self.data_changed.emit()

    def remove_category(self) -> None:
        item = self.category_list.currentItem()
        if item is None:
            return
        if not self.confirm(self.tr("Remove category"),
                            self.tr("Remove “{name}” from the list of categories?").format(
                                name=item.text())):
            return
        row = self.category_list.currentRow()
        offers_asks.remove_category(item.data(CATEGORY_ID_ROLE))
        self._load_categories()
        self.category_list.setCurrentRow(min(row, self.category_list.count() - 1))
        self.data_changed.emit()

    def rename_category(self, category_id: int, name: str) -> bool:
        self._show_category_error("")
        try:
            offers_asks.rename_category(category_id, name)
        except ServiceError as exc:
            self._show_category_error(str(exc))
            self._load_categories(select=category_id)
            return False
        self._load_categories(select=category_id)
        self.data_changed.emit()
        return True

    def _load_categories(self, select: int | None = None) -> None:
        blocked = self.category_list.blockSignals(True)
        self.category_list.clear()
        for row in offers_asks.categories():
            item = QListWidgetItem(labels.category(row.key, row.name))
            item.setData(CATEGORY_ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.category_list.addItem(item)
            if row.id == select:
                self.category_list.setCurrentItem(item)
        self.category_list.blockSignals(blocked)

    def _category_edited(self, item: QListWidgetItem) -> None:
        category_id = item.data(CATEGORY_ID_ROLE)
        current = {row.id: labels.category(row.key, row.name) for row in offers_asks.categories()}
        if current.get(category_id) == item.text().strip():
            return
        self.rename_category(category_id, item.text())

    def _start_rename(self) -> None:
        item = self.category_list.currentItem()
        if item is not None:
            self.category_list.editItem(item)

    def _show_category_error(self, message: str) -> None:
        self.category_error.setText(message)
        self.category_error.setVisible(bool(message))

    # -- options --------------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        code = self.language_combo.currentData()
        self.options.language = code
        self.language_changed.emit(code)

    def _country_chosen(self) -> None:
        self.options.country = self.country_combo.code()
        # numbers typed from now on without a country code are read in this one
        phones.set_default_region(user_country(self.options.qsettings))

    def _appearance_chosen(self) -> None:
        value = self.appearance_combo.currentData()
        self.options.appearance = value
        self.appearance_changed.emit(value)

    def _reminders_toggled(self, on: bool) -> None:
        self.options.reminders_enabled = on
        self.reminders_changed.emit(on)

    def _delay_changed(self, days: int) -> None:
        self.options.follow_up_days = days

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, literal(text)) == QMessageBox.StandardButton.Yes
