"""The gate panel offers to take redacted secrets out of the reply's saved versions too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY
from desktop.core.settings import Settings, save_settings
from desktop.ui.send_gate.dialog import GateDialog
from tests.ui.conftest import MakeWindow
from tests.ui.send_gate_helpers import AWS_KEY_ID, row_of, when_gate_opens

TEAM_RULES = r"""
[[rules]]
id = "acme-deploy-key"
description = "Acme deploy key"
regex = '''\b(acmedk_[a-z0-9]{32})\b'''
keywords = ["acmedk_"]

[[rules]]
id = "acme-broken"
regex = '''acme([unclosed'''
"""
DEPLOY_KEY = "acmedk_" + "9f3k2m8q1x7c4v6b0n5h2j8l3p9r7t1w"


def _window_with_saved_drafts(make_main_window: MakeWindow, drafts: list[str]) -> Any:
    window = make_main_window()
    key = window.context.writer.create_case().key
    for draft in drafts:
        window.context.writer.save_document(key, REPLY, draft)
    window.refresh_case_list()
    window.open_case(key)
    return window


def test_redacting_offers_to_clean_earlier_versions_and_says_how_many(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    drafts = ["Hello,", f"Hello, key {AWS_KEY_ID}", f"Hello, key {AWS_KEY_ID} was used."]
    window = _window_with_saved_drafts(make_main_window, drafts)
    key = window.current_key
    assert window.reply_editor.toPlainText() == drafts[-1]
    seen: dict[str, Any] = {}

    def redact_tick_and_copy(dialog: GateDialog) -> None:
        seen["before"] = dialog.history_box.isHidden()
        qtbot.mouseClick(row_of(dialog, "aws-access-token").fix, Qt.MouseButton.LeftButton)
        seen["offer"] = dialog.history_box.text()
        dialog.history_box.setChecked(True)
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    ran = when_gate_opens(redact_tick_and_copy)
    window.copy_reply()
    assert ran and seen["before"] is True
    assert "2 earlier saved versions" in seen["offer"]
    qtbot.waitUntil(lambda: "Removed the redacted secrets" in window.statusBar().currentMessage())
    assert "2 earlier versions" in window.statusBar().currentMessage()
    versions = window.context.store.history(key, REPLY)
    assert versions[0].content == "Hello, key [REDACTED: AWS access key] was used."
    assert all(AWS_KEY_ID not in v.content for v in versions)


def test_without_the_tick_the_history_is_left_alone(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = _window_with_saved_drafts(make_main_window, [f"key {AWS_KEY_ID}"])

    def redact_and_copy(dialog: GateDialog) -> None:
        qtbot.mouseClick(row_of(dialog, "aws-access-token").fix, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)

    when_gate_opens(redact_and_copy)
    window.copy_reply()
    window.context.tasks.wait_for_writes()
    contents = [v.content for v in window.context.store.history(window.current_key, REPLY)]
    assert any(AWS_KEY_ID in c for c in contents)


def test_a_teams_rule_file_from_settings_blocks_and_broken_rules_are_named(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    rules = tmp_path / ".gitleaks.toml"
    rules.write_text(TEAM_RULES, encoding="utf-8")
    save_settings(Settings(extra_secret_rules=[str(rules)]), data_dir / "settings.json")
    window = make_main_window()
    window.reply_editor.replace_all_undoably(f"Use {DEPLOY_KEY} to deploy.")
    seen: dict[str, Any] = {}

    def look(dialog: GateDialog) -> None:
        seen["kinds"] = [f.kind for f in dialog.findings]
        seen["notes"] = dialog.notes.text()
        seen["notes_shown"] = not dialog.notes.isHidden()

    when_gate_opens(look)
    window.copy_reply()
    assert seen["kinds"] == ["acme-deploy-key"]
    assert seen["notes_shown"] and f"{rules}: acme-broken:" in seen["notes"]
