"""Installing Coopeten's and Qt's own translations for a language (or the system's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopeten_gui.paths import resources_dir

SUPPORTED = ("en", "es")


def resolve_language(requested: str | None = None) -> str:
    """``es`` or ``en``: the requested one if supported, else the system's, else English."""
    for candidate in (requested, QLocale.system().name()):
        if candidate:
            code = candidate.split("_")[0].split("-")[0].lower()
            if code in SUPPORTED:
                return code
    return "en"


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Replace the installed translators with those for the language; return its code.

    Switching at run time works: the old translators are removed first. Texts already
    on screen keep their language until rebuilt (the main window's ``rebuild``).
    """
    language = resolve_language(requested)
    for old in getattr(app, "_coopeten_translators", []):
        app.removeTranslator(old)
    installed = []
    # English needs its catalogue too: it holds the plural forms ("1 contact", "2 contacts")
    # of the "%n contact(s)" source texts
    catalogues = [(str(resources_dir() / "translations"), f"coopeten_{language}")]
    if language != "en":
        catalogues.append(
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._coopeten_translators = installed  # type: ignore[attr-defined]  # alive as the app is
    app._coopeten_language = language  # type: ignore[attr-defined]
    # dates and money follow the system's regional habits when it speaks the same language
    system = QLocale.system()
    QLocale.setDefault(system if system.name().startswith(language) else QLocale(language))
    return language


def current_language(app: QCoreApplication | None = None) -> str:
    """The language last installed (``en`` before any)."""
    app = app or QCoreApplication.instance()
    return getattr(app, "_coopeten_language", "en") if app is not None else "en"
