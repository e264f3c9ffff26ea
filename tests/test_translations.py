"""Spanish ships complete: every text the code marks for translation has a finished
Spanish translation in the catalogue, and the compiled catalogue is in step with it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                           "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool(
        (translation.text or "").strip())


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        tool = Path(shutil.which("pyside6-lupdate") or "")
    return tool


def test_every_marked_text_has_a_spanish_translation(tmp_path):
    tool = lupdate()
    assert tool.is_file(), "pyside6-lupdate comes with PySide6"
    sources = sorted(str(p) for p in (REPO / "coopeten_gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    assert len(wanted) > 500
    shipped = messages(TRANSLATIONS / "coopeten_es.ts")
    missing = sorted(key for key in wanted if key not in shipped or not finished(shipped[key]))
    assert missing == [], f"{len(missing)} text(s) without Spanish, first: {missing[:5]}"


@pytest.mark.parametrize("language", ["es", "en"])
def test_compiled_catalogues_load(language):
    translator = QTranslator()
    assert translator.load(f"coopeten_{language}", str(TRANSLATIONS))
    if language == "es":
        assert translator.translate("MainWindow", "Today") == "Hoy"
    assert translator.translate("ContactPage", "%Ln people", "", 2) != ""


# -- one word per idea in Spanish --------------------------------------------------------------

def _spanish() -> dict[tuple[str, str], str]:
    found = {}
    for key, message in messages(TRANSLATIONS / "coopeten_es.ts").items():
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        found[key] = " || ".join(f.text or "" for f in forms) if forms else translation.text or ""
    return found


def test_leads_and_revenue_are_one_word_each_in_the_window_and_the_letters():
    spanish = _spanish()
    for (context, source), text in spanish.items():
        if source.replace("&", "") == "Leads":
            assert text.replace("&", "") == "Clientes potenciales", context
        if source.replace("&", "") == "Revenue":
            assert text.replace("&", "") == "Ingresos", context
    for template in (REPO / "resources" / "templates").glob("*.es.html"):
        text = template.read_text(encoding="utf-8")
        assert "Leads" not in text and "Facturación" not in text, template.name
    swap = (REPO / "resources" / "templates" / "list_swap.es.html").read_text(encoding="utf-8")
    assert "<td>Clientes potenciales</td>" in swap and "<td>Ingresos</td>" in swap


def test_the_enter_key_is_intro_throughout():
    for (context, source), text in _spanish().items():
        if "Enter" in source and "Enter" not in text.replace("Entrar", ""):
            continue
        assert "Enter" not in source or "Intro" in text, (context, source, text)


def test_what_one_contact_offers_and_asks_is_said_of_one_person():
    spanish = _spanish()
    assert spanish[("Exchange", "They offer")] == "Ofrece"
    assert spanish[("Exchange", "They ask")] == "Pide"
    assert spanish[("OffersAsks", "They offer me")] == "Me ofrece"
    assert spanish[("OffersAsks", "They ask")] == "Me pide"


def test_argparse_words_are_spanish_on_a_spanish_command_line():
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--lang", "es", "render"],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode != 0
    assert "uso: " in result.stderr and "faltan estos argumentos" in result.stderr
