"""Dark mode: Settings → Appearance or the system scheme recolours the whole app, live."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.core.palette import DARK, LIGHT
from desktop.core.settings import Settings, save_settings
from desktop.ui.theme import apply_theme, current_scheme, hex_colour, scheme_for
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a


@pytest.fixture
def back_to_light(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")
    apply_theme(qapp, "system")


def test_the_setting_wins_over_the_system_scheme() -> None:
    assert scheme_for("dark", Qt.ColorScheme.Light) == "dark"
    assert scheme_for("light", Qt.ColorScheme.Dark) == "light"
    assert scheme_for("system", Qt.ColorScheme.Dark) == "dark"
    assert scheme_for("system", Qt.ColorScheme.Unknown) == "light"


def test_dark_setting_recolours_palette_style_sheet_and_named_colours(
    back_to_light: QApplication,
) -> None:
    app = back_to_light
    assert apply_theme(app, "dark") == "dark" == current_scheme()
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK["window"]
    assert app.palette().color(QPalette.ColorRole.Text).name() == DARK["text"]
    assert DARK["internal_banner"] in app.styleSheet()
    assert LIGHT["escalation_window"] not in app.styleSheet()
    assert hex_colour("error_text") == DARK["error_text"]
    apply_theme(app, "light")
    assert app.palette().color(QPalette.ColorRole.Base).name() == LIGHT["base"]
    assert hex_colour("error_text") == LIGHT["error_text"]


def test_a_window_started_with_dark_appearance_is_dark_and_switches_back_live(
    make_main_window: MakeWindow,
    data_dir: Any,
    monkeypatch: pytest.MonkeyPatch,
    back_to_light: QApplication,
) -> None:
    from desktop.ui import main_window as main_window_module
    from desktop.ui.settings_dialog import SettingsDialog

    save_settings(Settings(color_scheme="dark"), data_dir / "settings.json")
    window = make_main_window()
    editor = window.reply_editor
    assert editor.palette().color(QPalette.ColorRole.Base).name() == DARK["base"]
    grabbed = editor.grab().toImage()
    middle = grabbed.pixelColor(grabbed.width() // 2, grabbed.height() // 2)
    assert middle.lightness() < 80  # the editor really paints dark

    class ChooseLight(SettingsDialog):
        def exec(self) -> int:
            combo = as_a(QComboBox, self.editors["color_scheme"])
            combo.setCurrentIndex(combo.findData("light"))
            return 1

    monkeypatch.setattr(main_window_module, "SettingsDialog", ChooseLight)
    window.edit_settings()
    assert current_scheme() == "light"
    grabbed = editor.grab().toImage()
    assert grabbed.pixelColor(grabbed.width() // 2, grabbed.height() // 2).lightness() > 200
