"""Letters as plain text (for email bodies) and as ``mailto:`` links.

Pure Python (``html.parser``), so it needs no QGuiApplication and behaves the same
everywhere: paragraphs become blank-line separated, ``<br>`` a line break, list
items "- ", table rows "cell | cell", links "text (address)".
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
    "ul", "ol", "address", "section", "article", "header", "footer", "center",
}
_HIDDEN = {"head", "style", "script", "title"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.line: list[str] = []
        self.lines: list[str] = []
        self.hidden = 0
        self.lists: list[list[Any]] = []  # [kind, counter]
        self.cells: list[str] | None = None
        self.links: list[str | None] = []
        self.preformatted = 0
        self.prefix = ""  # list marker for the current line, kept out of space folding

    # Lines and paragraphs --------------------------------------------------------

    def _end_line(self) -> None:
        text = "".join(self.line)
        if not self.preformatted:
            text = " ".join(text.split(" ")).strip()
            text = re.sub(" {2,}", " ", text)
        self.line = []
        if text or self.preformatted:
            self.lines.append(self.prefix + text)
        self.prefix = ""

    def _end_paragraph(self) -> None:
        self._end_line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines = []

    # HTMLParser hooks -------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self._end_line()
        elif tag == "hr":
            self._end_paragraph()
        elif tag in ("ul", "ol"):
            if not self.lists:
                self._end_paragraph()
            else:
                self._end_line()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._end_line()
            indent = "  " * max(len(self.lists) - 1, 0)
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.prefix = f"{indent}{self.lists[-1][1]}. "
            else:
                self.prefix = f"{indent}- "
        elif tag == "tr":
            self._end_line()
            self.cells = []
        elif tag in ("td", "th"):
            if self.cells is not None:
                self._close_cell()
        elif tag == "a":
            self.links.append(attributes.get("href"))
        elif tag == "img":
            alt = attributes.get("alt")
            if alt:
                self.line.append(alt)
        elif tag in _BLOCKS:
            if tag == "pre":
                self.preformatted += 1
            if not self.lists:
                self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self._end_paragraph()
        elif tag == "li":
            self._end_line()
        elif tag == "tr":
            self._end_row()
        elif tag == "a":
            href = self.links.pop() if self.links else None
            self._append_link(href)
        elif tag in _BLOCKS:
            if tag == "pre":
                self.preformatted = max(self.preformatted - 1, 0)
            if tag == "table":
                self._end_row()
            if not self.lists:
                self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.preformatted:
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._end_line()
                self.line.append(part)
            return
        self.line.append(_SPACES.sub(" ", data))

    # Tables and links -----------------------------------------------------------

    def _close_cell(self) -> None:
        text = " ".join("".join(self.line).split())
        self.line = []
        if self.cells is not None and (text or self.cells):
            self.cells.append(text)

    def _end_row(self) -> None:
        if self.cells is None:
            return
        self._close_cell()
        cells = self.cells
        self.cells = None
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            self.lines.append(" | ".join(cells))

    def _append_link(self, href: str | None) -> None:
        if not href or href.startswith("#"):
            return
        target = href[7:] if href.lower().startswith("mailto:") else href
        shown = "".join(self.line)
        if target and target not in shown:
            self.line.append(f" ({target})")

    def finish(self) -> str:
        self._end_row()
        self._end_paragraph()
        return "\n\n".join(self.paragraphs)


def to_plain_text(html: str) -> str:
    """Readable plain text of an HTML letter (or of any HTML fragment)."""
    builder = _TextBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.finish()


def mailto_url(to: str | list[str], subject: str = "", body_text: str = "") -> str:
    """A ``mailto:`` URL (RFC 6068): addresses comma-separated, everything percent-encoded
    as UTF-8, spaces as %20 (never "+"), line breaks as CRLF."""
    addresses = [to] if isinstance(to, str) else list(to)
    path = ",".join(quote(address.strip(), safe="@")
                    for address in addresses if address and address.strip())
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body_text:
        body = body_text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append("body=" + quote(body, safe=""))
    return "mailto:" + path + ("?" + "&".join(fields) if fields else "")
