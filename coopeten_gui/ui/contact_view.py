"""A read-only page showing one contact's details."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from coopeten_gui.services import contacts, labels


class ContactView(QWidget):
    """Signals:
        back_requested(): the user wants the list again.
    """

    back_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.back_button = QPushButton(self.tr("← Back to contacts"), self)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button)
        layout.addWidget(self.details)
        self.back_button.clicked.connect(self.back_requested)

    def show_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        record = contacts.get(contact_id)
        lines = [f"<h2>{escape(record.display_name)}</h2>"]
        subtitle = " · ".join(x for x in (record.job_title, record.organization_name) if x)
        if subtitle:
            lines.append(f"<p>{escape(subtitle)}</p>")
        rows = [(self.tr("Stage"), labels.stage(record.stage))]
        rows += [(self.tr("Email"), e.value) for e in record.emails]
        rows += [(self.tr("Phone"), p.value) for p in record.phones]
        rows += [(self.tr("Web"), u.value) for u in record.urls]
        rows += [(self.tr("Address"), a.one_line()) for a in record.addresses]
        if record.tags:
            rows.append((self.tr("Tags"), ", ".join(record.tags)))
        if record.audience_size:
            rows.append((self.tr("Audience"), str(record.audience_size)))
        if record.met_event_name:
            rows.append((self.tr("Met at"), record.met_event_name))
        if record.introduced_by_name:
            rows.append((self.tr("Introduced by"), record.introduced_by_name))
        lines.append("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>")
        if record.notes:
            lines.append(f"<p>{escape(record.notes)}</p>")
        self.details.setHtml("".join(lines))
