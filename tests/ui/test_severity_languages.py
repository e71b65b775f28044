"""The Severity tab in Traditional Chinese and Japanese: levels, criteria and reasons translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.core.settings import Settings, save_settings
from desktop.core.severity import from_json
from desktop.ui.i18n import install_translation
from desktop.ui.severity.feature import SeverityFeature
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a

# Names that stay as they are in every language (brands and a plan's product name).
_KEPT = re.compile(
    r"AWS|Enterprise On-Ramp|On-Ramp|Google|Cloud|Microsoft|Azure|Professional|Direct|P[1-4]"
)
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_translation("en")


def _shown_texts(pane: QWidget) -> list[str]:
    texts = [
        label.text()
        for label in pane.findChildren(QLabel)
        if label.isVisibleTo(pane) and label.text()
    ]
    for combo in pane.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def _english_left(pane: QWidget) -> list[str]:
    return [text for text in _shown_texts(pane) if _ENGLISH_WORD.search(_KEPT.sub("", text))]


@pytest.mark.parametrize(
    ("language", "level", "users", "reason_bit", "explanation_bit"),
    [
        ("zh_TW", "生產系統停機", "影響約 12 位使用者", "正式環境的系統停機", "建議調高等級"),
        ("ja", "本番システムのダウン", "約 12 人", "本番システムがダウン", "引き上げを提案"),
    ],
)
def test_the_severity_tab_speaks_the_ui_language(
    make_main_window: MakeWindow,
    data_dir: Path,
    back_to_english: None,
    language: str,
    level: str,
    users: str,
    reason_bit: str,
    explanation_bit: str,
) -> None:
    save_settings(Settings(language=language), data_dir / "settings.json")
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    combo = as_a(QComboBox, window.facts_form.editors["severity"])
    combo.setCurrentIndex(combo.findData("low"))  # the customer chose the lowest level
    pane.form.production.setChecked(True)
    pane.form.state.setCurrentIndex(pane.form.state.findData("down"))
    pane.form.users.setValue(12)
    result = pane.result
    assert result.recommended_card.name.text() == level
    assert reason_bit in result.recommended_card.detail.text()
    assert users in result.recommended_card.detail.text()
    assert explanation_bit in result.banner_text.text()
    assert not _english_left(pane), _english_left(pane)
    for set_id in ("gcp", "azure"):  # the other providers' definitions too
        pane.definitions.setCurrentIndex(pane.definitions.findData(set_id))
        assert not _english_left(pane), f"{set_id}: {_english_left(pane)}"
    # What is stored and what templates see stays English, whatever the UI language.
    stored = from_json(pane.content())
    assert stored.reason.startswith("Production is down")
    assert window.features.find(SeverityFeature).assessment()["definitions"] == (
        "Microsoft Azure Support"
    )


def test_a_team_file_without_translations_shows_its_english_in_a_chinese_ui(
    make_main_window: MakeWindow, data_dir: Path, back_to_english: None
) -> None:
    team = data_dir / "severity"
    team.mkdir(parents=True)
    (team / "ours.yaml").write_text(
        "id: ours\nname: Our support\nsource: https://intranet.example/severity\n"
        "plans: [Standard]\nlevels:\n"
        "  - {code: low, name: Question, criteria: Asks., response_time: {Standard: 2d}}\n"
        "rules:\n  - level: low\n    reason: Nothing is down\n",
        encoding="utf-8",
    )
    save_settings(Settings(language="zh_TW"), data_dir / "settings.json")
    window = make_main_window()
    pane = window.features.find(SeverityFeature).pane
    assert not pane.errors.isVisibleTo(pane)
    pane.definitions.setCurrentIndex(pane.definitions.findData("ours"))
    pane.assess_now()
    assert pane.result.recommended_card.name.text() == "Question"
    assert pane.result.recommended_card.detail.text() == "Nothing is down。"
    assert pane.result.recommended_card.meta.text().startswith("低")  # the facts form's word
