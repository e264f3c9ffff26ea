"""The letter around a rendered body: letterhead, signature, and the QTextDocument of it all.

``letter_html`` gives the whole letter as HTML (standalone, with the logo inline, for
an HTML file or a browser); ``build_document`` gives the QTextDocument that the UI
previews and ``output`` writes. Needs a QGuiApplication (fonts), never QtWidgets.
"""

from __future__ import annotations

import base64
import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument, QTextFormat

from coopeten_gui.documents.resources import LOGO_URL, LetterDocument, sanitize

BODY_POINT_SIZE = 10.5
LOGO_HEIGHT_PX = 64
# Marks that ``build_document`` leaves on the root frame's format for the writers.
# Format properties rather than QObject dynamic properties: they survive ``clone()``,
# and reading a missing one gives ""/0 instead of None, which PySide6 6.12 on
# Python 3.11 returns with a reference too few (see ``mark``).
LANGUAGE_MARK = QTextFormat.Property.UserProperty + 0x0C01
# trailing blocks to keep on one page
KEEP_TOGETHER_MARK = QTextFormat.Property.UserProperty + 0x0C02
LOGO_MARK = QTextFormat.Property.UserProperty + 0x0C03


def _text(profile: dict[str, Any], key: str) -> str:
    return html.escape(str(profile.get(key) or "").strip())


def _letterhead(profile: dict[str, Any], logo_src: str | None) -> str:
    contact_line = " · ".join(
        value for value in (_text(profile, k) for k in ("address", "phone", "email", "website"))
        if value
    )
    lines = ['<span style="font-size: 17pt; font-weight: bold; color: '
             f'#1f3b4d;">{_text(profile, "name")}</span>']
    if profile.get("tagline"):
        lines.append('<span style="font-size: 10.5pt; font-style: italic; color: '
                     f'#4a6572;">{_text(profile, "tagline")}</span>')
    if contact_line:
        lines.append(f'<span style="font-size: 8.5pt; color: #555555;">{contact_line}</span>')
    text_cell = "<br>".join(lines)
    if logo_src:
        logo_cell = (
            f'<td width="{LOGO_HEIGHT_PX + 16}" valign="middle">'
            f'<img src="{html.escape(logo_src)}" height="{LOGO_HEIGHT_PX}" alt=""></td>'
        )
    else:
        logo_cell = ""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom: 6px;"><tr>'
        f'{logo_cell}<td valign="middle">{text_cell}</td></tr></table>'
        '<hr style="color: #9fb3bf;">'
    )


def _signature(profile: dict[str, Any]) -> str:
    lines = [f"<b>{_text(profile, 'signature_name')}</b>" if profile.get("signature_name") else ""]
    if profile.get("signature_title"):
        lines.append(_text(profile, "signature_title"))
    if profile.get("name"):
        lines.append(_text(profile, "name"))
    lines = [line for line in lines if line]
    if not lines:
        return ""
    return '<p style="margin-top: 28px;">' + "<br>".join(lines) + "</p>"


def letter_html(body_html: str, profile: dict[str, Any], language: str, logo: bytes | None = None,
                standalone: bool = True, signature: bool = True) -> str:
    """The whole letter as HTML: letterhead, ``body_html``, signature block (unless
    ``signature`` is False: a body with signature lines of its own, an agreement).

    ``standalone`` gives a complete UTF-8 page with the logo embedded as a data URI
    (for ``write_html`` or a browser); otherwise a fragment for ``build_document``
    that refers to the logo as the document resource ``coopeten:logo``.
    """
    logo_src = None
    if logo:
        encoded = base64.b64encode(logo).decode("ascii")
        logo_src = f"data:{_image_mime(logo)};base64,{encoded}" if standalone else LOGO_URL
    # the body may name files to load (see ``resources``): only allowed images stay
    content = (_letterhead(profile, logo_src) + sanitize(body_html or "")
               + (_signature(profile) if signature else ""))
    if not standalone:
        return content
    title = _text(profile, "name")
    lang = html.escape((language or "en").split("_")[0])
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<style>body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; max-width: 44em;'
        " margin: 2em auto; padding: 0 1em; color: #222; } table { border-collapse: collapse; }"
        " p { margin: 0 0 0.7em; } h4 { font-size: 1em; margin: 1.2em 0 0.3em; }</style>"
        f"</head><body>\n{content}\n</body></html>\n"
    )


def _image_mime(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] in (b"GIF8",):
        return "image/gif"
    if data.lstrip()[:5] in (b"<?xml", b"<svg "):
        return "image/svg+xml"
    return "application/octet-stream"


# Qt's rich text applies these to every element of the kind (it has no classes);
# a letter wants a little air between paragraphs and more above section titles.
_QT_STYLE = (
    "p { margin-top: 0px; margin-bottom: 8px; } "
    "h4 { margin-top: 14px; margin-bottom: 4px; } "
    "li { margin-bottom: 2px; }"
)


def build_document(body_html: str, profile: dict[str, Any], language: str,
                   logo: bytes | None = None, signature: bool = True,
                   title: str = "") -> LetterDocument:
    """A QTextDocument of the letter, for on-screen preview and for the writers below.

    ``profile`` is the context's ``profile`` dict; ``logo`` the image bytes (PNG,
    JPEG...), shown left of the business name when it can be decoded. ``title`` (the
    letter's subject) becomes the document's title, and so the PDF's; the business name
    when there is none.
    """
    document = LetterDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_QT_STYLE)
    image = QImage.fromData(logo) if logo else QImage()
    if not image.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), image)
    document.setHtml(letter_html(body_html, profile, language, logo if not image.isNull() else None,
                                 standalone=False, signature=signature))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                title.strip() or str(profile.get("name") or ""))
    frame_format = document.rootFrame().frameFormat()
    frame_format.setProperty(LANGUAGE_MARK, language or "")
    frame_format.setProperty(KEEP_TOGETHER_MARK, 2 if signature and _signature(profile) else 0)
    frame_format.setProperty(LOGO_MARK, 0 if image.isNull() else 1)
    document.rootFrame().setFrameFormat(frame_format)
    return document


def mark(document: QTextDocument, key: int) -> str | int:
    """A mark left by ``build_document`` ("" / 0 when absent).

    Only the typed getters are used: PySide6 6.12 on Python 3.11 hands back None
    from C++ without the reference it owes (void calls, null pointers, invalid
    QVariants); this module avoids such calls in loops.
    """
    frame_format = document.rootFrame().frameFormat()
    if key == LANGUAGE_MARK:
        return frame_format.stringProperty(key)
    return frame_format.intProperty(key)
