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
