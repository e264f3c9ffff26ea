"""What a letter may load: the business's logo and images written into the template.

Qt's rich text loads whatever an ``<img src>``, a ``background`` attribute or a CSS
``url()`` names: ``/dev/zero`` until memory runs out (the PDF writer then aborts), or any
local file, which then travels inside the PDF sent to someone else. A letter's HTML
(the rendered template, a proposal's body) therefore goes through ``sanitize`` before
Qt sees it: images stay only as the logo (``coopeten:logo``, added by the letter
itself) or as ``data:`` URIs of a bitmap format within ``MAX_INLINE_CHARS`` and
``MAX_IMAGE_SIDE``; every other reference is dropped, the text around it kept.
``LetterDocument`` refuses the same resources again, should one get through.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from html.parser import HTMLParser

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument

LOGO_URL = "coopeten:logo"
#: Largest ``data:`` image kept, in characters of the URI (about 1.5 MB of image).
MAX_INLINE_CHARS = 2_000_000
#: Largest width or height of an image kept, in pixels (a poster at print resolution).
MAX_IMAGE_SIDE = 5000
# Bitmaps only: an SVG can name other files itself.
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif|bmp|webp);base64,([A-Za-z0-9+/=\s]+)$",
                         re.IGNORECASE)
# Elements that load something else or run something; dropped with what they hold.
_DROPPED = {"link", "script", "iframe", "object", "embed", "base", "meta", "frame",
            "frameset", "applet", "audio", "video", "source", "track", "svg", "math"}
_VOID = {"img", "br", "hr", "col", "input", "area", "wbr"}
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_CSS_LOADS = re.compile(r"@import[^;]*;?|\b(?:url|image|image-set|-webkit-image-set)\s*\([^)]*\)?",
                        re.IGNORECASE)


def allowed_image(src: str) -> bool:
    """The logo, or a bitmap ``data:`` URI within the size caps."""
    src = src.strip()
    if src == LOGO_URL:
        return True
    if len(src) > MAX_INLINE_CHARS:
        return False
    match = _DATA_IMAGE.match(src)
    if not match:
        return False
    try:
        data = base64.b64decode("".join(match.group(2).split()), validate=True)
    except (binascii.Error, ValueError):
        return False
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()  # read from the header, nothing decoded
    return size.isValid() and 0 < size.width() <= MAX_IMAGE_SIDE \
        and 0 < size.height() <= MAX_IMAGE_SIDE


def clean_css(css: str) -> str:
    """``css`` without anything it would load (``url()``, ``@import``)."""
    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else ""
        return match.group(2)

    return _CSS_LOADS.sub("none", _CSS_ESCAPE.sub(unescape, css))


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._dropping: list[str] = []  # open dropped elements
        self._raw: str | None = None  # inside <style> (or a dropped <script>)

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        kept = []
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on") or name in ("background", "srcset", "lowsrc", "dynsrc",
                                                "poster", "data", "codebase", "xmlns"):
                continue
            if name == "src":
                if tag != "img" or value is None or not allowed_image(value):
                    return None  # an image that may not load: leave the element out
                value = value.strip()
            elif name == "style" and value is not None:
                value = clean_css(value)
            elif value is not None and "url(" in value.lower().replace(" ", ""):
                value = clean_css(value)
            kept.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
        if tag == "img" and not any(a.startswith("src=") for a in kept):
            return None
        return "".join(" " + a for a in kept)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        tag = tag.lower()
        if self._dropping or tag in _DROPPED:
            if not closed and tag not in _VOID:
                self._dropping.append(tag)
            return
        attributes = self._attributes(tag, attrs)
        if attributes is None:
            return
        self.out.append(f"<{tag}{attributes}{' /' if closed else ''}>")
        if tag == "style" and not closed:
            self._raw = "style"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self._dropping:
            if tag in self._dropping:
                while self._dropping and self._dropping.pop() != tag:
                    pass
            return
        if tag in _DROPPED or tag in _VOID:
            return
        if tag == "style":
            self._raw = None
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        if self._raw == "style":
            self.out.append(clean_css(data).replace("<", ""))
        else:
            self.out.append(html.escape(data, quote=False))

    def handle_decl(self, decl: str) -> None:
        if decl.lower().strip() == "doctype html":
            self.out.append(f"<!{decl}>")

    # comments, processing instructions and CDATA are left out
    def handle_comment(self, data: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def sanitize(markup: str) -> str:
    """``markup`` with every resource a letter may not load taken out (see the module)."""
    if not markup:
        return markup or ""
    parser = _Sanitizer()
    parser.feed(markup)
    parser.close()
    return "".join(parser.out)


class LetterDocument(QTextDocument):
    """A QTextDocument that loads nothing from files or the network: only resources
    added to it (the logo) and ``allowed_image`` data URIs."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt API
        # (PySide6 passes the kind as a plain int)
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            text = name.toString() if isinstance(name, QUrl) else name
            if text.startswith("data:") and allowed_image(text):
                return super().loadResource(kind, name)
            return QImage()
        return ""
