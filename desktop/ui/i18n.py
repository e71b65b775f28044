"""Loads the UI translation (system language or Settings → Language) and translates core text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.i18n import LocalizedText, Message, escape_fields
from desktop.core.resources import ResourceError, bundled_path

# UI languages with a translation, as Settings stores them; English is the source text.
UI_LANGUAGES: tuple[str, ...] = ("en", "zh_TW", "ja")
_TRADITIONAL_CHINESE = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_BABEL_LOCALES = {"zh_TW": "zh_Hant_TW", "ja": "ja_JP"}
_current = {"language": "en"}


def system_language(locale: QLocale | None = None) -> str:
    """The UI language for the system locale: zh_TW for Traditional Chinese, ja, else en."""
    for tag in (locale or QLocale.system()).uiLanguages():
        tag = tag.lower().replace("_", "-")
        if tag.startswith(_TRADITIONAL_CHINESE):
            return "zh_TW"
        if tag == "ja" or tag.startswith("ja-"):
            return "ja"
        if tag == "en" or tag.startswith("en-"):
            return "en"
    return "en"


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The language Settings asks for, or the system's when it says "System language"."""
    return setting if setting in UI_LANGUAGES else system_language(locale)


def install_translation(language: str) -> str:
    """Replace the installed translators with ``language``'s; return the language in use.

    Loads Casewright's own ``casewright_<language>.qm`` and Qt's ``qtbase_<language>.qm``
    (standard buttons and dialogs). English, or a missing file, leaves the source text.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translation needs a QApplication")  # i18n: for developers
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = "en"
    if language not in UI_LANGUAGES or language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    try:
        path = bundled_path("resources", f"i18n/casewright_{language}.qm")
    except ResourceError:
        return "en"
    if not ours.load(str(path)):
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    _current["language"] = language
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def babel_locale() -> str | None:
    """The Babel locale of the UI language for dates (None in English: the default format)."""
    return _BABEL_LOCALES.get(_current["language"])


def current_language() -> str:
    """The UI language in use: ``en``, ``zh_TW`` or ``ja``."""
    return _current["language"]


def core_text(text: Any) -> str:
    """Show a core message or data text in the UI language (a plain string is shown as it is)."""
    if isinstance(text, LocalizedText):
        return text.in_language(_current["language"])
    if not isinstance(text, Message):
        return "" if text is None else str(text)
    if text.data is not None:
        data = text.data.in_language(_current["language"])
        translated = escape_fields(data, text.values)
    else:
        translated = QCoreApplication.translate(text.context, text.source)
    if not text.values:
        return translated
    values = {name: core_text(value) for name, value in text.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return str(text)
