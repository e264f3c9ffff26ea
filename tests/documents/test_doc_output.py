"""Letters written out: PDF (pages, footers, mail merge), ODT, HTML, plain text, mailto."""

import errno
import re
import zipfile
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from coopeten_gui.documents import output
from coopeten_gui.documents.builtins import load_builtin
from coopeten_gui.documents.context import sample_context
from coopeten_gui.documents.output import (
    OutputError,
    build_document,
    letter_html,
    mailto_url,
    to_plain_text,
    write_html,
    write_odt,
    write_pdf,
    write_pdf_many,
)
from coopeten_gui.documents.sandbox import render_template

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date(2026, 11, 21)
PAGE_BREAK = '<p style="page-break-before: always;">'


def _letter(name: str, language: str, **contact):
    context = sample_context(language, TODAY)
    context["contact"].update(contact)
    body = render_template(load_builtin(name, language), context, language)
    return build_document(body, context["profile"], language), context


def _png_logo() -> bytes:
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#c4683a"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _media_box(path) -> tuple[float, float]:
    match = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", path.read_bytes())
    return float(match.group(1)), float(match.group(2))


# -- PDF -------------------------------------------------------------------------------------

def test_pdf_has_the_names(tmp_path, pdftotext):
    document, context = _letter("alliance_proposal", "es")
    path = tmp_path / "propuesta.pdf"
    pages = write_pdf(document, path)
    assert pages >= 1
    assert path.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "propuesta.pdf.partial").exists()
    text = pdftotext(path)
    assert context["contact"]["display_name"] in text
    assert context["profile"]["name"] in text
    assert context["profile"]["signature_name"] in text


def test_paper_follows_the_country_not_the_language(tmp_path):
    from PySide6.QtCore import QSettings

    english, _ = _letter("event_thanks", "en")
    spanish, _ = _letter("event_thanks", "es")
    settings = QSettings()
    try:
        settings.setValue("country", "US")
        write_pdf(english, tmp_path / "en.pdf")
        write_pdf(spanish, tmp_path / "es.pdf")
        assert _media_box(tmp_path / "en.pdf") == _media_box(tmp_path / "es.pdf") == (612, 792)
        settings.setValue("country", "ES")
        write_pdf(english, tmp_path / "en-a4.pdf", language="en")
        assert _media_box(tmp_path / "en-a4.pdf") == (595, 842)  # A4
    finally:
        settings.remove("country")


def test_page_numbers_from_page_two(tmp_path, pdftotext):
    body = ("<p>First page text.</p>" + f"{PAGE_BREAK}Second page text.</p>"
            + f"{PAGE_BREAK}Third page text.</p>")
    document = build_document(body, sample_context("en", TODAY)["profile"], "en")
    path = tmp_path / "three.pdf"
    assert write_pdf(document, path) == 3
    first, second, third = (pdftotext(path, page, page) for page in (1, 2, 3))
    assert "First page text." in first and not {"1", "2", "3"} & set(_lines(first))
    assert "Second page text." in second and _lines(second)[-1] == "2"
    assert "Third page text." in third and _lines(third)[-1] == "3"


def test_long_letter_flows_onto_more_pages(tmp_path, pdftotext):
    paragraph = "<p>" + "We would love to work together on this. " * 12 + "</p>"
    document = build_document(paragraph * 40, sample_context("en", TODAY)["profile"], "en")
    path = tmp_path / "long.pdf"
    pages = write_pdf(document, path)
    assert pages >= 3
    assert _lines(pdftotext(path, 2, 2))[-1] == "2"
    assert "Alba Moreno" in pdftotext(path, pages, pages)  # the signature stays on the last page


def test_html_string_is_accepted(tmp_path, pdftotext):
    path = tmp_path / "plain.pdf"
    assert write_pdf("<h1>Hello</h1><p>Plain HTML, no letterhead.</p>", path, language="es") == 1
    assert "Plain HTML" in pdftotext(path)


def test_mail_merge_one_letter_per_contact(tmp_path, pdftotext):
    names = ["Lucía Fernández", "Martín Ruiz", "Carmen Ortega"]
    documents = [_letter("event_thanks", "es", display_name=name,
                         given_name=name.split()[0])[0] for name in names]
    path = tmp_path / "merge.pdf"
    pages = write_pdf_many(documents, path)
    assert pages >= 3
    text = pdftotext(path)
    for name in names:
        assert name in text
    # One-page letters: each starts on its own page, and none has a page number.
    for page, name in enumerate(names, start=1):
        page_text = pdftotext(path, page, page)
        assert name in page_text
        assert str(page) not in _lines(page_text)


def test_mail_merge_numbers_pages_per_letter(tmp_path, pdftotext):
    profile = sample_context("en", TODAY)["profile"]
    two_pages = build_document(f"<p>Letter A.</p>{PAGE_BREAK}Letter A, continued.</p>", profile,
                               "en")
    one_page = build_document("<p>Letter B.</p>", profile, "en")
    path = tmp_path / "merge.pdf"
    assert write_pdf_many([two_pages, one_page], path) == 3
    assert _lines(pdftotext(path, 2, 2))[-1] == "2"
    third = pdftotext(path, 3, 3)
    assert "Letter B." in third and "3" not in _lines(third) and "2" not in _lines(third)


# Qt says it could not start painting into the file: that is what this test provokes
@pytest.mark.qt_log_ignore("QPainter::begin")
def test_pdf_into_a_missing_folder_fails_cleanly(tmp_path):
    document, _ = _letter("introduction", "en")
    with pytest.raises(OutputError) as raised:
        write_pdf(document, tmp_path / "missing" / "letter.pdf")
    assert "letter.pdf" in str(raised.value)


def test_preview_document_is_left_as_it_was(tmp_path):
    document, _ = _letter("introduction", "en")
    size = document.pageSize()
    write_pdf(document, tmp_path / "letter.pdf")
    assert document.pageSize() == size


def test_logo_is_used(tmp_path):
    context = sample_context("en", TODAY)
    document = build_document("<p>Hi</p>", context["profile"], "en", logo=_png_logo())
    assert not document.resource(QTextDocument.ResourceType.ImageResource,
                                 QUrl(output.LOGO_URL)).isNull()
    assert "coopeten:logo" in document.toHtml()
    broken = build_document("<p>Hi</p>", context["profile"], "en", logo=b"not an image")
    assert "coopeten:logo" not in broken.toHtml()
    write_pdf(document, tmp_path / "logo.pdf")


# -- ODT and HTML ---------------------------------------------------------------------------------

def test_odt_is_an_opendocument_zip(tmp_path):
    document, context = _letter("list_swap", "es")
    path = tmp_path / "carta.odt"
    write_odt(document, path)
    with zipfile.ZipFile(path) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = archive.read("content.xml").decode("utf-8")
    assert context["contact"]["display_name"] in content
    assert context["profile"]["name"] in content


def test_html_file_is_standalone_utf8(tmp_path):
    context = sample_context("es", TODAY)
    body = render_template(load_builtin("introduction", "es"), context, "es")
    path = tmp_path / "carta.html"
    write_html(letter_html(body, context["profile"], "es", logo=_png_logo()), path)
    text = path.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in text
    assert "Lucía Fernández Ortega" in text
    assert 'src="data:image/png;base64,' in text


def test_html_from_a_document_embeds_its_images(tmp_path):
    context = sample_context("en", TODAY)
    document = build_document("<p>Hi</p>", context["profile"], "en", logo=_png_logo())
    path = tmp_path / "letter.html"
    write_html(document, path)
    text = path.read_text(encoding="utf-8")
    assert "charset" in text and "data:image/png;base64," in text and "coopeten:logo" not in text


def test_html_fragment_gets_a_page(tmp_path):
    path = tmp_path / "fragment.html"
    write_html("<p>Hola, Lucía</p>", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "letter.html"
    path.write_text("the good letter", encoding="utf-8")

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", disk_full)
    with pytest.raises(OutputError) as raised:
        write_html("<p>new</p>", path)
    assert "letter.html" in str(raised.value) and "No space left on device" in str(raised.value)
    assert path.read_text(encoding="utf-8") == "the good letter"
    assert list(tmp_path.iterdir()) == [path]


def test_cannot_replace_a_folder(tmp_path):
    target = tmp_path / "letter.odt"
    target.mkdir()
    document, _ = _letter("introduction", "en")
    with pytest.raises(OutputError):
        write_odt(document, target)
    assert target.is_dir() and not (tmp_path / "letter.odt.partial").exists()


# -- plain text and mailto ---------------------------------------------------------------

def test_plain_text_of_a_letter():
    html = (
        "<p align='right'>21 de noviembre de 2026</p>"
        "<p>Lucía Fernández<br>Café &amp; Té</p>"
        "<h4>Lo que te ofrecemos</h4>"
        "<ul>\n<li>Una mención</li>\n<li>Un  taller\n de torno</li>\n</ul>"
        "<table><tr><th></th><th>Nosotros</th><th>Vosotros</th></tr>"
        "<tr><td>Audiencia</td><td>2.400</td><td>3.200</td></tr></table>"
        "<p>Escríbeme a <a href='mailto:hola@alba.es'>mi correo</a> o visita "
        "<a href='https://alba.es'>https://alba.es</a>.</p>"
    )
    assert to_plain_text(html) == (
        "21 de noviembre de 2026\n\n"
        "Lucía Fernández\nCafé & Té\n\n"
        "Lo que te ofrecemos\n\n"
        "- Una mención\n- Un taller de torno\n\n"
        "Nosotros | Vosotros\nAudiencia | 2.400 | 3.200\n\n"
        "Escríbeme a mi correo (hola@alba.es) o visita https://alba.es."
    )


def test_plain_text_of_a_builtin_letter(context_en):
    text = to_plain_text(render_template(load_builtin("alliance_proposal", "en"), context_en, "en"))
    assert "Dear Sarah," in text
    assert "- A featured mention" in text
    assert "<" not in text and "&#39;" not in text


def test_mailto_is_percent_encoded():
    url = mailto_url(["lucia@cafe.es", "martín@imprenta.es"], "Propuesta: Café & Té?",
                     "Hola, Lucía:\n\n100% sí.")
    assert url.startswith("mailto:lucia@cafe.es,mart%C3%ADn@imprenta.es?subject=")
    assert "+" not in url and " " not in url
    assert "%0D%0A%0D%0A" in url
    parts = urlsplit(url)
    fields = parse_qs(parts.query)
    assert unquote(parts.path) == "lucia@cafe.es,martín@imprenta.es"
    assert fields["subject"] == ["Propuesta: Café & Té?"]
    assert fields["body"] == ["Hola, Lucía:\r\n\r\n100% sí."]


def test_mailto_with_only_an_address():
    assert mailto_url("a@b.es") == "mailto:a@b.es"


def test_page_boundary_lines_are_not_duplicated(tmp_path, pdftotext):
    """Each word once in the PDF text: lines of the neighbouring page are not drawn hidden."""
    words = [f"w{p}_{i}" for p in range(40) for i in range(60)]
    body = "".join("<p>" + " ".join(words[p * 60:(p + 1) * 60]) + "</p>" for p in range(40))
    document = build_document(body, sample_context("es", TODAY)["profile"], "es")
    path = tmp_path / "words.pdf"
    assert write_pdf(document, path) >= 3
    found = [word for word in pdftotext(path).split() if word.startswith("w") and "_" in word]
    assert sorted(found) == sorted(words)
