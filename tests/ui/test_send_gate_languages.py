"""The gate panel names secret findings in the UI language; the reply keeps English markers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.gate.rule_names import RULE_NAMES
from desktop.core.gate.ruleset import load_ruleset
from desktop.core.resources import read_bundled_text
from desktop.core.settings import Settings, save_settings
from desktop.ui.i18n import install_translation
from desktop.ui.send_gate.dialog import GateDialog
from tests.ui.send_gate_helpers import AWS_KEY_ID, GITHUB_PAT, row_of, when_gate_opens


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_translation("en")


def test_every_bundled_secret_rule_has_a_chinese_and_a_japanese_name() -> None:
    table = yaml.safe_load(read_bundled_text("resources", RULE_NAMES))
    missing = [
        f"{rule.id} ({rule.label})"
        for rule in load_ruleset().rules
        if not all(table.get(str(rule.label), {}).get(lang) for lang in ("zh_TW", "ja"))
    ]
    assert not missing, "add to resources/gate/rule_names.yaml: " + ", ".join(missing)


@pytest.mark.parametrize(
    ("language", "aws", "github"),
    [("zh_TW", "AWS 存取金鑰", "GitHub 權杖"), ("ja", "AWS アクセスキー", "GitHub トークン")],
)
def test_secret_findings_are_named_in_the_ui_language(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    data_dir: Path,
    back_to_english: None,
    language: str,
    aws: str,
    github: str,
) -> None:
    save_settings(Settings(language=language), data_dir / "settings.json")
    window = make_main_window()
    window.reply_editor.replace_all_undoably(f"key {AWS_KEY_ID}\ntoken {GITHUB_PAT}\n")
    seen: dict[str, str] = {}

    def look_then_redact(dialog: GateDialog) -> None:
        row = row_of(dialog, "aws-access-token")
        seen["title"] = row.kind_label.text()
        seen["message"] = row.message.text()
        seen["github"] = row_of(dialog, "github-token").kind_label.text()
        for kind in ("aws-access-token", "github-token"):
            qtbot.mouseClick(row_of(dialog, kind).fix, Qt.MouseButton.LeftButton)
        dialog.reject()

    ran = when_gate_opens(look_then_redact)
    window.copy_reply()
    assert ran
    assert aws in seen["title"] and "AWS access key" not in seen["title"]
    assert aws in seen["message"] and "access key" not in seen["message"]
    assert github in seen["github"]
    # The markers written into the reply are English, whatever language the engineer reads.
    assert window.reply_editor.toPlainText() == (
        "key [REDACTED: AWS access key]\ntoken [REDACTED: GitHub token]\n"
    )
    assert QApplication.activeModalWidget() is None
