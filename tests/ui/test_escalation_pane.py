"""The escalation pane: internal fields, the completeness meter, preview, copy and export."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from desktop.core.escalation import FIELDS, REQUIRED_FIELDS
from desktop.core.escalation.samples import sample_note
from desktop.ui.escalation.field_widgets import ChoiceField
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.escalation_helpers import EKS_FACTS, pane_of, seed_store, type_into
from tests.ui.typed_widgets import as_a

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def window(make_main_window: MakeWindow, data_dir: Path) -> Any:
    seed_store(data_dir, [(EKS_FACTS, {})])
    return make_main_window()


def test_an_internal_tab_with_every_field_and_its_hint(window: MainWindow) -> None:
    pane = pane_of(window)
    assert window.side_tabs.tabText(window.side_tabs.indexOf(pane)) == "Escalation (internal)"
    assert "INTERNAL" in pane.banner.text() and "never sent to the customer" in pane.banner.text()
    assert list(pane.form.editors) == [spec.name for spec in FIELDS]
    for spec in FIELDS:
        editor = pane.form.editors[spec.name]
        hint = editor.hint if not isinstance(editor, ChoiceField) else ""
        assert spec.hint in hint + editor.toolTip()
    # Nothing here can put text into the customer reply.
    labels = [b.text() for b in pane.findChildren(QAbstractButton)]
    labels += [a.text() for a in pane.findChildren(QAction)]
    assert "Copy escalation" in labels
    assert not any("reply" in label.lower() for label in labels)


def test_typing_updates_the_meter_and_clears_findings(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_of(window)
    # Service and region come from the case facts, so they are not missing.
    start = pane.meter.bar.value()
    assert "11 required fields missing" in pane.meter.status.text()
    type_into(
        qtbot, window, "summary", "Pods stay in ImagePullBackOff since 02:10 UTC on new nodes"
    )
    qtbot.waitUntil(lambda: "10 required fields missing" in pane.meter.status.text(), timeout=3000)
    score = pane.meter.bar.value()
    assert score > start
    findings = [pane.meter.findings.item(i).text() for i in range(pane.meter.findings.count())]
    assert not any("Summary" in text for text in findings)
    assert any("The ask" in text for text in findings)
    type_into(qtbot, window, "ask", "Did AMI v20241121 change ECR credential signing?")
    qtbot.waitUntil(lambda: pane.meter.bar.value() > score, timeout=3000)


def test_weak_fields_are_listed_and_marked(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_of(window)
    type_into(qtbot, window, "expected", "Pod runs")
    type_into(qtbot, window, "actual", "Pod runs")
    qtbot.waitUntil(lambda: pane.form.editors["actual"].property("finding") == "weak", timeout=3000)
    findings = [pane.meter.findings.item(i).text() for i in range(pane.meter.findings.count())]
    assert any("Expected and actual results are the same" in text for text in findings)


def test_clicking_a_finding_puts_the_cursor_in_its_field(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_of(window)
    window.activateWindow()
    pane.tabs.setCurrentWidget(pane.preview)
    items = [pane.meter.findings.item(i) for i in range(pane.meter.findings.count())]
    ask = next(item for item in items if "The ask" in item.text())
    pane.meter.findings.scrollToItem(ask)
    rect = pane.meter.findings.visualItemRect(ask)
    qtbot.mouseClick(pane.meter.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.tabs.currentWidget() is pane.form
    qtbot.waitUntil(lambda: pane.form.editors["ask"].hasFocus(), timeout=3000)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def test_copy_with_a_missing_field_warns_and_copies_only_when_confirmed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    pane.form.set_note(sample_note().with_changes(ask="", evidence=""))
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    asked = _answer(monkeypatch, No)
    assert pane.copy_escalation() is False
    assert clipboard.text() == "before"
    assert "The ask" in asked[0] and "Evidence" in asked[0] and "Summary" not in asked[0]
    _answer(monkeypatch, Yes)
    assert pane.copy_escalation() is True
    assert clipboard.text().startswith("# Escalation: case 171234500022")
    assert "<h2>Summary</h2>" in clipboard.mimeData().html()


def test_a_complete_note_copies_without_asking_and_plain_text_has_no_markup(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    pane.form.set_note(sample_note())
    asked = _answer(monkeypatch, No)
    assert pane.copy_escalation(plain=True) is True
    assert asked == []
    text = QApplication.clipboard().text()
    assert (
        text.startswith("Escalation: case 171234500022") and "**" not in text and "## " not in text
    )
    assert "<strong>" in QApplication.clipboard().mimeData().html()


def test_export_writes_the_markdown_atomically(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    pane.form.set_note(sample_note())
    target = tmp_path / "exports" / "eks-escalation"
    target.parent.mkdir()
    (target.parent / "eks-escalation.md").write_text("an older export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), "Markdown"))
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def recording_replace(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)
    assert pane.export_escalation() is True
    written = target.parent / "eks-escalation.md"
    assert written.read_text(encoding="utf-8").startswith("# Escalation: case 171234500022")
    assert "Fargate platform 1.4.0" in written.read_text(encoding="utf-8")
    assert replaced and replaced[0][1] == str(written)  # a temporary file renamed into place
    assert sorted(p.name for p in target.parent.iterdir()) == ["eks-escalation.md"]


def test_export_of_an_incomplete_note_needs_confirmation(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    asked = _answer(monkeypatch, No)
    assert pane.export_escalation(tmp_path / "x.md") is False
    assert not (tmp_path / "x.md").exists()
    assert all(label in asked[0] for label in ("Summary", "The ask"))
    assert "Service" not in asked[0]  # the case facts give it
    _answer(monkeypatch, Yes)
    assert pane.export_escalation(tmp_path / "x.md") is True
    assert "_Not provided._" in (tmp_path / "x.md").read_text(encoding="utf-8")


def test_preview_renders_the_chosen_template_with_a_source_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_of(window)
    type_into(qtbot, window, "summary", "Pods stay in ImagePullBackOff on new nodes")
    pane.tabs.setCurrentWidget(pane.preview)
    browser = pane.preview.browser
    qtbot.waitUntil(lambda: "Pods stay in ImagePullBackOff" in browser.toPlainText(), timeout=3000)
    assert browser.toPlainText().startswith("Escalation: case 171234500022")  # rendered, no '#'
    pane.preview.source_toggle.setChecked(True)
    assert browser.toPlainText().startswith("# Escalation: case 171234500022")
    assert pane.template_combo.currentData() == "escalation/standard"
    pane.template_combo.setCurrentIndex(pane.template_combo.findData("escalation/brief"))
    assert browser.toPlainText().startswith("**[ESCALATION]**")
    type_into(qtbot, window, "ask", "Is AMI v20241121 known to break ECR pulls?")
    pane.tabs.setCurrentWidget(pane.preview)
    qtbot.waitUntil(lambda: "AMI v20241121" in browser.toPlainText(), timeout=3000)


def test_required_fields_are_marked_in_the_form(window: MainWindow) -> None:
    pane = pane_of(window)
    for name in REQUIRED_FIELDS:
        label = pane.form.labels[name]
        assert "*" in label.text() or label.isHidden()


def test_team_formats_appear_beside_the_bundled_ones(
    make_main_window: MakeWindow, data_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    seed_store(data_dir, [(EKS_FACTS, {})])
    personal = data_dir / "templates" / "escalation"
    personal.mkdir(parents=True)
    (personal / "storage-intake.md.j2").write_text(
        "{#-- casewright\ntitle: Storage team intake\n--#}\n"
        "STORAGE INTAKE {{ case_id }}: {{ escalation.summary }}\n",
        encoding="utf-8",
    )
    window = make_main_window()
    pane = pane_of(window)
    combo = pane.template_combo
    index = combo.findData("escalation/storage-intake")
    assert index >= 0 and combo.itemText(index) == "Storage team intake (Personal)"
    assert combo.currentData() == "escalation/standard"  # the default stays first
    pane.form.set_note(sample_note())
    combo.setCurrentIndex(index)
    pane.tabs.setCurrentWidget(pane.preview)
    assert pane.preview.browser.toPlainText().startswith("STORAGE INTAKE 171234500022: ECS tasks")

    team = tmp_path / "team-lib" / "escalation"
    team.mkdir(parents=True)
    (team / "db-team.md.j2").write_text("DB {{ case_id }}\n", encoding="utf-8")
    from desktop.ui import main_window as main_window_module
    from desktop.ui.settings_dialog import SettingsDialog

    class AddTeamFolder(SettingsDialog):
        def exec(self) -> int:
            folders = as_a(QPlainTextEdit, self.editors["team_template_folders"])
            folders.setPlainText(str(team.parent))
            return 1

    monkeypatch.setattr(main_window_module, "SettingsDialog", AddTeamFolder)
    window.edit_settings()
    assert combo.findData("escalation/db-team") >= 0
    assert combo.currentData() == "escalation/storage-intake"  # the choice is kept
