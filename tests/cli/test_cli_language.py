"""The command line speaks the language of --lang (or the system's), --help included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args, env_lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "LANG": env_lang, "LC_ALL": env_lang,
           "QT_QPA_PLATFORM": "offscreen", "HOME": str(REPO)}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, env=env)


def test_help_follows_lang():
    spanish = run("--lang", "es", "--help")
    assert spanish.returncode == 0
    assert "Coopeten, el CRM de alianzas." in spanish.stdout
    english = run("--lang", "en", "--help")
    assert "Coopeten, the alliance CRM." in english.stdout


def test_help_follows_the_system_language():
    assert "Coopeten, el CRM de alianzas." in run("--help", env_lang="es_ES.UTF-8").stdout


def test_a_commands_help_follows_lang():
    result = run("--lang", "es", "render", "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert "el idioma de la carta" in result.stdout


def test_argparse_s_own_words_go_through_the_translators():
    import argparse

    from coopeten_gui.cli import argparse_words as cli_argparse

    cli_argparse.speak()
    assert argparse._("usage: ") == "usage: "  # English: the source text
    assert set(cli_argparse.MESSAGES) >= {"usage: ", "options"}
    result = run("--lang", "en", "render")
    assert "the following arguments are required" in result.stderr
