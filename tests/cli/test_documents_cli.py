"""The letter commands: ``templates`` and ``render``, their output and exit status, and
one clear sentence (never a traceback) for every way a render can go wrong."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILTINS = {(name, language) for name in ("list_swap", "alliance_proposal", "introduction",
                                          "introduction_opt_in", "introduction_joint",
                                          "event_thanks", "agreement")
            for language in ("es", "en")}


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-letters") / "demo.db"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


def lines(result: subprocess.CompletedProcess) -> set[tuple[str, ...]]:
    return {tuple(line.split("\t")) for line in result.stdout.splitlines()}


def test_templates_lists_the_builtins_name_tab_language(demo_file):
    result = run("--db", str(demo_file), "templates")
    assert result.returncode == 0, result.stderr
    assert lines(result) == BUILTINS
    assert len(result.stdout.splitlines()) == len(BUILTINS)


def test_templates_includes_the_user_s_own(demo_file, tmp_path):
    copy = tmp_path / "mine.db"
    shutil.copy(demo_file, copy)
    from coopeten_gui.services import templates
    from coopeten_gui.storage import database

    database.open_database(copy)
    try:
        templates.create(templates.TemplateData(name="Gracias breve", body="<p>Hola</p>",
                                                language="es"))
    finally:
        database.close_database()
    result = run("--db", str(copy), "templates")
    assert result.returncode == 0
    assert lines(result) == BUILTINS | {("Gracias breve", "es")}
    rendered = run("--db", str(copy), "render", "--template", "Gracias breve", "--contact", "1",
                   "--out", str(tmp_path / "g.html"))
    assert rendered.returncode == 0, rendered.stderr
    assert "<p>Hola</p>" in (tmp_path / "g.html").read_text(encoding="utf-8")


def test_templates_without_a_database_lists_the_builtins(tmp_path):
    result = run("--db", str(tmp_path / "none.db"), "templates")
    assert result.returncode == 0
    assert lines(result) == BUILTINS
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("suffix, magic", [(".pdf", b"%PDF-"), (".odt", b"PK"),
                                           (".html", b"<!DOCTYPE html>")])
def test_render_writes_by_extension(demo_file, tmp_path, suffix, magic):
    out = tmp_path / f"letter{suffix}"
    result = run("--db", str(demo_file), "render", "--template", "alliance_proposal",
                 "--contact", "maria@masamadre.es", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(magic)
    assert "María Núñez" in result.stdout and str(out) in result.stdout
    assert result.stderr == ""


def test_render_pdf_text_and_language(demo_file, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "swap.pdf"
    result = run("--db", str(demo_file), "render", "--template", "list_swap", "--contact",
                 "maria@masamadre.es", "--out", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "María Núñez" in text and "Tostadores del Barrio" in text
    assert "A promotion swap between" in text  # English, though María writes in Spanish
    default = tmp_path / "default.pdf"
    run("--db", str(demo_file), "render", "--template", "list_swap", "--contact",
        "maria@masamadre.es", "--out", str(default))
    text = subprocess.run(["pdftotext", str(default), "-"], capture_output=True, text=True).stdout
    assert "Propuesta de intercambio" in text  # her own language by default


def test_render_from_a_template_file(demo_file, tmp_path):
    source = tmp_path / "short.en.html"
    source.write_text("<p>Hello {{ contact.given_name }}, from {{ profile.name }}.</p>",
                      encoding="utf-8")
    out = tmp_path / "short.html"
    result = run("--db", str(demo_file), "render", "--template", str(source), "--contact", "1",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Hello María, from Tostadores del Barrio." in out.read_text(encoding="utf-8")


def fails(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stdout == ""
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, message


def test_render_a_broken_template_file_names_the_line(demo_file, tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<p>Hello</p>\n<p>{{ contact.display_name }}</p>\n"
                      "<p>{{ contact.given_name( }}</p>\n", encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = run("--db", str(demo_file), "render", "--template", str(broken), "--contact", "1",
                 "--out", str(out))
    fails(result, "broken.html", "line 3")
    assert not out.exists()
    runaway = tmp_path / "runaway.html"
    runaway.write_text("{% for i in range(100000) %}{% for j in range(100000) %}"
                       "{% endfor %}{% endfor %}", encoding="utf-8")
    fails(run("--db", str(demo_file), "render", "--template", str(runaway), "--contact", "1",
              "--out", str(out)), "runaway.html", "seconds")
    assert not out.exists()


def test_render_refusals_are_one_sentence(demo_file, tmp_path):
    out = str(tmp_path / "x.pdf")
    fails(run("--db", str(demo_file), "render", "--template", "no_such_letter", "--contact", "1",
              "--out", out), "no_such_letter")
    fails(run("--db", str(demo_file), "render", "--template", "list_swap", "--contact",
              "nobody@example.com", "--out", out), "nobody@example.com")
    fails(run("--db", str(demo_file), "render", "--template", "list_swap", "--contact", "9999",
              "--out", out), "9999")
    fails(run("--db", str(demo_file), "render", "--template", "list_swap", "--contact", "1",
              "--out", str(tmp_path / "x.docx")), "x.docx")
    fails(run("--db", str(demo_file), "render", "--template", "list_swap", "--contact", "1",
              "--out", str(tmp_path / "missing" / "x.pdf")), "x.pdf")
    fails(run("--db", str(tmp_path / "none.db"), "render", "--template", "list_swap",
              "--contact", "1", "--out", out), "none.db")
    assert not list(tmp_path.glob("x.*"))


def test_render_eml_is_a_draft_to_the_contact_with_the_pdf(demo_file, tmp_path):
    import email
    import email.policy

    copy = tmp_path / "mail.db"
    shutil.copy(demo_file, copy)
    out = tmp_path / "letter.eml"
    result = run("--db", str(copy), "render", "--template", "alliance_proposal",
                 "--contact", "tom@lacolmena.work", "--out", str(out))
    assert result.returncode == 0, result.stderr
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "tom@lacolmena.work"
    assert message["Subject"] and "hola@tostadoresdelbarrio.es" in message["From"]
    assert "Tom" in message.get_body(("plain",)).get_content()
    assert "<" in message.get_body(("html",)).get_content()
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename().endswith(".pdf")
    assert pdf.get_content().startswith(b"%PDF-")

    from coopeten_gui.services import contacts, interactions
    from coopeten_gui.storage import database

    database.open_database(copy)
    try:
        latest = interactions.timeline(contacts.find_by_email("tom@lacolmena.work"))[0]
        assert latest.kind == "email" and message["Subject"] in latest.summary
    finally:
        database.close_database()
