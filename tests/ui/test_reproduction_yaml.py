"""Copy as Markdown, and YAML export/import through the tab's own functions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.checklist import FAILED, Checklist, Step, checklist_to_markdown
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import open_pane, three_steps

HANDOFF = Checklist(
    title="ALB returns 502 — 日本語 🙂",
    service="Elastic Load Balancing",
    region="ap-northeast-1",
    versions="1.20",
    settings="idle timeout 60\nkeep-alive 75",
    preconditions="Since 2026-11-26T22:10Z",
    steps=(
        Step("curl -sv https://api.example.com/health", "HTTP 200", "HTTP 502", FAILED, "req 7"),
        Step("aws elbv2 describe-target-health --target-group-arn <tg>", "healthy", "", "blocked"),
        Step("Line one\nline two: with colon", "yes: no", "- dash", "passed", "# hash"),
    ),
)


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _open(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, title: str, text: str, *_rest: object) -> int:
        shown.append(f"{title}\n{text}")
        return 0

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_export_then_import_gives_the_same_checklist(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    pane.replace_checklist(HANDOFF)
    folder = tmp_path / "exports"
    folder.mkdir()
    _save_to(monkeypatch, folder / "handoff")  # no suffix: .yaml is added
    pane.actions_by_name["export_yaml"].trigger()
    written = folder / "handoff.yaml"
    assert written.read_text(encoding="utf-8").startswith("# Casewright reproduction checklist")
    assert list(folder.iterdir()) == [written]  # no temporary file left behind
    assert "exported" in window.statusBar().currentMessage()

    pane.replace_checklist(Checklist())
    _open(monkeypatch, written)
    pane.actions_by_name["import_yaml"].trigger()
    assert pane.checklist() == HANDOFF
    pane.undo_stack.undo()
    assert pane.checklist() == Checklist()


def test_malformed_yaml_shows_the_line_and_changes_nothing(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(three_steps())
    depth = pane.undo_stack.count()
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Broken\nsteps:\n  - action: one\n    status: done\n", encoding="utf-8")
    shown = _warnings(monkeypatch)
    _open(monkeypatch, bad)
    pane.actions_by_name["import_yaml"].trigger()
    assert len(shown) == 1
    assert "Line 4" in shown[0] and "done" in shown[0]
    assert "not changed" in shown[0]
    assert pane.checklist() == three_steps()
    assert pane.undo_stack.count() == depth

    bad.write_text("title: [unclosed\nsteps: []\n", encoding="utf-8")
    pane.actions_by_name["import_yaml"].trigger()
    assert len(shown) == 2 and "Line " in shown[1] and "not valid YAML" in shown[1]
    assert pane.checklist() == three_steps()


def test_export_to_an_unwritable_place_says_so(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(three_steps())
    shown = _warnings(monkeypatch)
    _save_to(monkeypatch, tmp_path / "no-such-folder" / "x.yaml")
    pane.actions_by_name["export_yaml"].trigger()
    assert len(shown) == 1 and "not exported" in shown[0]


def test_copy_as_markdown_puts_numbered_steps_on_the_clipboard(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(HANDOFF)
    pane.actions_by_name["copy_markdown"].trigger()
    text = QApplication.clipboard().text()
    assert text == checklist_to_markdown(HANDOFF)
    assert text.index("1. ") < text.index("2. ") < text.index("3. ")
