"""Light and dark: picks the scheme (system or Settings → Appearance) and hands out its colours."""

from __future__ import annotations

from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.palette import SCHEMES
from desktop.core.resources import ResourceError, read_bundled_text

_state = {"scheme": "light", "setting": "system"}
_following: set[int] = set()  # apps whose system colour-scheme signal is connected


def scheme_for(setting: str, system_scheme: Qt.ColorScheme) -> str:
    """``light`` or ``dark``: the setting when it names one, else the system's scheme."""
    if setting in SCHEMES:
        return setting
    return "dark" if system_scheme == Qt.ColorScheme.Dark else "light"


def current_scheme() -> str:
    """The scheme in use: ``light`` or ``dark``."""
    return _state["scheme"]


def hex_colour(name: str) -> str:
    """The active scheme's colour called ``name`` (see desktop/core/palette.py) as #rrggbb."""
    return SCHEMES[_state["scheme"]][name]


def colour(name: str) -> QColor:
    """The active scheme's colour called ``name`` as a QColor."""
    return QColor(hex_colour(name))


def _palette(scheme: str) -> QPalette:
    colours = SCHEMES[scheme]
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "window_text",
        QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alternate_base",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "button",
        QPalette.ColorRole.ButtonText: "button_text",
        QPalette.ColorRole.Highlight: "highlight",
        QPalette.ColorRole.HighlightedText: "highlighted_text",
        QPalette.ColorRole.ToolTipBase: "base",
        QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "muted_text",
        QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.BrightText: "internal_banner_text",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(colours[name]))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["muted_text"]))
    return palette


def style_sheet(scheme: str) -> str:
    """The bundled style sheet with the scheme's colours filled in ("" when it is missing)."""
    try:
        template = read_bundled_text("resources", "styles/casewright.qss")
    except (ResourceError, OSError, UnicodeDecodeError):
        return ""
    return Template(template).substitute(SCHEMES[scheme])


def apply_theme(app: QApplication, setting: str = "system") -> str:
    """Colour the app for ``setting`` (system, light or dark); return the scheme applied.

    With ``system`` the app follows the desktop when it switches between light and dark.
    """
    hints = QGuiApplication.styleHints()
    _state["setting"] = setting
    if setting in SCHEMES:
        hints.setColorScheme(Qt.ColorScheme.Dark if setting == "dark" else Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    scheme = scheme_for(setting, hints.colorScheme())
    _state["scheme"] = scheme
    app.setPalette(_palette(scheme))
    app.setStyleSheet(style_sheet(scheme))
    if id(app) not in _following:
        _following.add(id(app))
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    return scheme


def _follow_system(app: QApplication) -> None:
    if _state["setting"] not in SCHEMES:
        apply_theme(app, _state["setting"])
