"""The rendered reply shows the checklist's steps in the order the engineer put them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.checklist import FAILED, PASSED, UpdateStep, template_context
from desktop.core.templating import TemplateLibrary, build_context, render_entry
from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.conftest import MakeWindow
from tests.ui.reproduction_support import focus, open_pane, three_steps


def test_the_reproduced_reply_lists_the_steps_in_checklist_order(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    pane = open_pane(qtbot, window)
    pane.replace_checklist(three_steps())
    focus(qtbot, pane.table)
    pane.table.select_row(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    for row, status in enumerate((PASSED, PASSED, FAILED)):
        pane.document.push(UpdateStep(row, {"status": status}))
    pane.document.push(UpdateStep(2, {"actual": "HTTP 504"}))

    entry = TemplateLibrary.load(personal=False).get("reply/en/reproduced")
    assert entry is not None
    context = build_context(
        window.facts_form.facts(),
        {"what_it_means": "It points to the proxy.", "next_steps": ""},
        checklist=template_context(window.features.find(ReproductionPane).checklist()),
    )
    reply = render_entry(entry, context)
    assert "Here is how we reproduced the issue" in reply
    first, second, third = (
        reply.index(f"{n}. {a}") for n, a in ((1, "two"), (2, "one"), (3, "three"))
    )
    assert first < second < third
    assert "What happened: HTTP 504" in reply
