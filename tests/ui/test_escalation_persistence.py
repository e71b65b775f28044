"""The escalation note is part of the case: saved as JSON, restored, never loses text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.case import ESCALATION, CaseFacts
from desktop.core.escalation import note_from_json, note_to_json
from desktop.core.escalation.samples import sample_note
from tests.ui.conftest import MakeWindow
from tests.ui.escalation_helpers import EKS_FACTS, pane_of, seed_store, type_into, wait_saved

LEGACY = "Internal: ECR pulls fail with 403 on new nodes.\n\nAsk: is AMI v20241121 at fault? 你好"


def test_a_legacy_plain_text_note_loads_without_loss(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    (key,) = seed_store(data_dir, [(EKS_FACTS, {ESCALATION: LEGACY})])
    window = make_main_window()
    window.open_case(key)
    pane = pane_of(window)
    assert pane.form.editors["summary"].value() == LEGACY
    assert pane.notice.isVisibleTo(pane) and "free text" in pane.notice.text()
    # Nothing is rewritten until the engineer edits; then it is saved as a note, text intact.
    assert window.context.store.load_document(key, ESCALATION) == LEGACY
    type_into(qtbot, window, "ask", "Is AMI v20241121 at fault?")
    wait_saved(qtbot, window)
    saved = note_from_json(window.context.store.load_document(key, ESCALATION))
    assert saved.summary == LEGACY and saved.ask == "Is AMI v20241121 at fault?"


def test_an_unreadable_document_loads_into_the_summary_with_a_notice(
    make_main_window: MakeWindow, data_dir: Path
) -> None:
    broken = '{"summary": "half-written'
    (key,) = seed_store(data_dir, [(EKS_FACTS, {ESCALATION: broken})])
    window = make_main_window()
    window.open_case(key)
    assert pane_of(window).form.editors["summary"].value() == broken
    assert "could not be read" in pane_of(window).notice.text()


def test_the_note_survives_case_switch_and_reopen(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    data_dir: Path,
    reopen: Callable[[Any], Any],
) -> None:
    other = CaseFacts(case_id="OTHER-1", subject="S3 403")
    first, second = seed_store(data_dir, [(EKS_FACTS, {}), (other, {})])
    window = make_main_window()
    window.open_case(first)
    type_into(qtbot, window, "summary", "ECR pulls return 403 on nodes launched after 01:55 UTC")
    pane = pane_of(window)
    pane.form.editors["reproducibility"].replace_value("intermittent")
    type_into(qtbot, window, "steps", "1. kubectl rollout restart\n2. kubectl describe pod")
    window.open_case(second)
    assert pane.form.editors["summary"].value() == ""
    assert pane.form.editors["reproducibility"].value() == ""
    window.open_case(first)
    assert (
        pane.form.editors["steps"].value() == "1. kubectl rollout restart\n2. kubectl describe pod"
    )
    wait_saved(qtbot, window)
    reopened = reopen(window)
    reopened.open_case(first)
    note = pane_of(reopened).note()
    assert note.summary == "ECR pulls return 403 on nodes launched after 01:55 UTC"
    assert note.reproducibility == "intermittent"
    stored = json.loads(reopened.context.store.load_document(first, ESCALATION))
    assert stored["version"] == 1 and stored["steps"].startswith("1. kubectl")


def test_history_restores_an_earlier_note(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path, monkeypatch: Any
) -> None:
    (key,) = seed_store(data_dir, [(EKS_FACTS, {ESCALATION: note_to_json(sample_note())})])
    window = make_main_window()
    window.open_case(key)
    pane = pane_of(window)
    pane.form.editors["summary"].replace_value("A rewrite I regret")
    wait_saved(qtbot, window)

    from desktop.ui import main_window as main_window_module
    from desktop.ui.history_dialog import HistoryDialog

    class PickOldest(HistoryDialog):
        def exec(self) -> int:
            self.list.setCurrentRow(self.list.count() - 1)
            return 1

    monkeypatch.setattr(main_window_module, "HistoryDialog", PickOldest)
    window.show_history(ESCALATION)
    assert pane.note() == sample_note()
    wait_saved(qtbot, window)
    assert note_from_json(window.context.store.load_document(key, ESCALATION)) == sample_note()
