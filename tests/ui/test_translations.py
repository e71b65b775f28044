"""The UI in Traditional Chinese and Japanese: system language, Settings → Language, .qm files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop.core.i18n import translate
from desktop.core.settings import Settings, save_settings
from desktop.ui.i18n import chosen_language, core_text, install_translation, system_language

REPO_ROOT = Path(__file__).resolve().parents[2]
I18N = REPO_ROOT / "resources" / "i18n"

_MENUS = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window
app = QApplication([])
window, messages = build_main_window(DataPaths(Path(sys.argv[1])), with_features=False)
print(json.dumps([a.text() for a in window.menuBar().actions()]))
window.context.close()
"""


@pytest.fixture
def back_to_english() -> Iterator[None]:
    """Tests that switch the language leave the English UI for the tests after them."""
    yield
    install_translation("en")


def _menus_in_a_fresh_app(tmp_path: Path, **environment: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(environment, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _MENUS, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_the_app_started_with_a_taiwanese_locale_has_chinese_menus(
    tmp_path: Path, qapp: Any
) -> None:
    assert _menus_in_a_fresh_app(tmp_path, LANG="zh_TW.UTF-8") == [
        "檔案(&F)",
        "編輯(&E)",
        "案件(&C)",
        "檢視(&V)",
        "說明(&H)",
    ]


@pytest.mark.slow
def test_settings_language_overrides_the_system_locale(tmp_path: Path, qapp: Any) -> None:
    save_settings(Settings(language="ja"), tmp_path / "data" / "settings.json")
    menus = _menus_in_a_fresh_app(tmp_path, LANG="zh_TW.UTF-8")
    assert menus == ["ファイル(&F)", "編集(&E)", "ケース(&C)", "表示(&V)", "ヘルプ(&H)"]


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("ja_JP", "ja"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("zh_CN", "en"),  # no Simplified Chinese translation: English, not Traditional
    ],
)
def test_system_locales_map_to_a_translation(locale: str, language: str, qapp: Any) -> None:
    assert system_language(QLocale(locale)) == language
    assert chosen_language("", QLocale(locale)) == language
    assert chosen_language("ja", QLocale(locale)) == "ja"


def test_choosing_japanese_in_settings_shows_japanese_after_a_restart(
    make_main_window: Callable[..., Any],
    reopen: Callable[[Any], Any],
    monkeypatch: pytest.MonkeyPatch,
    back_to_english: None,
) -> None:
    from PySide6.QtWidgets import QComboBox, QMessageBox

    from desktop.ui import main_window as main_window_module
    from desktop.ui.settings_dialog import SettingsDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    class ChooseJapanese(SettingsDialog):
        def exec(self) -> int:
            combo = self.editors["language"]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findText("日本語"))
            return 1

    monkeypatch.setattr(main_window_module, "SettingsDialog", ChooseJapanese)
    window = make_main_window()
    window.edit_settings()
    assert told == ["Restart Casewright to see the new language."]
    assert window.menuBar().actions()[0].text() == "&File"  # not switched half-way
    again = reopen(window)
    assert [a.text() for a in again.menuBar().actions()][:3] == [
        "ファイル(&F)",
        "編集(&E)",
        "ケース(&C)",
    ]
    assert again.facts_form.toggle.text().startswith("ケース情報")


def test_core_messages_are_shown_translated_with_their_values(back_to_english: None) -> None:
    message = translate("MainWindow", "Saved {time}").format(time="14:05:09")
    assert core_text(message) == "Saved 14:05:09"
    install_translation("zh_TW")
    assert core_text(message) == "已於 14:05:09 儲存"
    assert core_text("plain text is left alone") == "plain text is left alone"


def test_committed_qm_files_are_built_from_the_committed_ts_files(
    tmp_path: Path, qapp: Any
) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts_file in sorted(I18N.glob("casewright_*.ts")):
        built = tmp_path / ts_file.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease), "-silent", str(ts_file), "-qm", str(built)], check=True, timeout=60
        )
        committed = ts_file.with_suffix(".qm")
        assert committed.read_bytes() == built.read_bytes(), (
            f"{committed.name} is stale: run python scripts/update_translations.py"
        )
