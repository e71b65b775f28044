"""Start from a checklist template or a blank one: asked before replacing, always undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.checklist import Checklist, load_checklist_library
from desktop.ui.reproduction import file_actions
from desktop.ui.reproduction import pane as pane_module
from desktop.ui.reproduction.template_chooser import TemplateChooser
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import open_pane, three_steps

ECS = "ecs-task-health-check"


def _choose(monkeypatch: pytest.MonkeyPatch, template_id: str | None) -> list[TemplateChooser]:
    shown: list[TemplateChooser] = []

    class Choose(TemplateChooser):
        def exec(self) -> int:
            shown.append(self)
            return 1 if template_id is not None and self.select_id(template_id) else 0

    monkeypatch.setattr(file_actions, "TemplateChooser", Choose)
    return shown


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, what: str) -> bool:
        asked.append(what)
        return answer

    monkeypatch.setattr(pane_module, "confirm_replace", confirm)
    return asked


def test_start_from_a_bundled_template_into_a_blank_checklist(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = open_pane(qtbot, make_main_window())
    shown = _choose(monkeypatch, ECS)
    asked = _answer(monkeypatch, False)
    pane.actions_by_name["from_template"].trigger()
    expected = load_checklist_library().new_checklist(ECS)
    assert pane.checklist() == expected
    assert asked == []  # a blank checklist is replaced without asking
    titles = [shown[0].list.item(r).text() for r in range(shown[0].list.count())]
    assert len(titles) == 10 and all("From: Bundled" in title for title in titles)
    assert "ECS task fails its health check" in shown[0].preview.toPlainText()
    assert pane.model.rowCount() == len(expected.steps)
    assert pane.table.current_row() == 0
    assert pane.step_editor.editors["action"].toPlainText() == expected.steps[0].action
    pane.undo_stack.undo()
    assert pane.checklist() == Checklist()


def test_replacing_a_checklist_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(three_steps())
    _choose(monkeypatch, ECS)
    asked = _answer(monkeypatch, False)
    assert file_actions.start_from_template(pane) is False
    assert pane.checklist() == three_steps() and len(asked) == 1

    _answer(monkeypatch, True)
    assert file_actions.start_from_template(pane) is True
    assert pane.checklist().title == "ECS task fails its health check"
    pane.undo_stack.undo()
    assert pane.checklist() == three_steps()

    pane.new_blank()
    assert pane.checklist() == Checklist()
    pane.undo_stack.undo()
    assert pane.checklist() == three_steps()


def test_cancelling_the_chooser_changes_nothing(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = open_pane(qtbot, make_main_window())
    pane.replace_checklist(three_steps())
    _choose(monkeypatch, None)
    assert file_actions.start_from_template(pane) is False
    assert pane.checklist() == three_steps()


def test_personal_templates_are_offered_and_broken_ones_listed_with_their_error(
    qtbot: QtBot,
    make_main_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    personal = window.context.paths.personal_checklists
    personal.mkdir(parents=True)
    (personal / "ours.yaml").write_text(
        "title: Our VPN check\ndescription: Team VPN.\nsteps:\n"
        "  - action: ping 10.0.0.1\n    expected: replies\n",
        encoding="utf-8",
    )
    (personal / "broken.yaml").write_text(
        "title: Broken\nsteps:\n  - action: x\n    expected: [unclosed\n", encoding="utf-8"
    )
    shown = _choose(monkeypatch, "ours")
    assert file_actions.start_from_template(pane) is True
    assert pane.checklist().title == "Our VPN check"
    errors = shown[0].errors
    assert not errors.isHidden()
    assert "broken.yaml, line 5" in errors.text()
    texts = [shown[0].list.item(r).text() for r in range(shown[0].list.count())]
    assert any(text.startswith("Our VPN check") and str(personal) in text for text in texts)
