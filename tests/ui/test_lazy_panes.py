"""Side-tab panes are built when their tab is first shown, or when something needs them first:
start-up does not wait for them, and nothing the user can do finds one missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST
from desktop.core.checklist import FAILED, PASSED, Checklist, Step
from desktop.core.checklist.serial import checklist_to_json
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.grammar.writing_pane import WritingPane
from desktop.ui.lazy_pane import LazyPage, LazyPane
from desktop.ui.providers import CHECKLIST_SOURCE, GATE
from desktop.ui.queue.thread_view import ThreadView
from desktop.ui.registry import Absent
from desktop.ui.reproduction.pane import ReproductionPane
from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.templates.library_view import LibraryView
from tests.ui.casework_support import CTRL, SHIFT, activate, focus
from tests.ui.send_gate_helpers import AWS_KEY_ID, when_gate_opens

LAZY = {"Templates": LibraryView, "Reproduction": ReproductionPane, "Writing": WritingPane}


def _page(window: Any, title: str) -> LazyPage:
    tabs = window.side_tabs
    [page] = [tabs.widget(i) for i in range(tabs.count()) if tabs.tabText(i) == title]
    assert isinstance(page, LazyPage)
    return page


def _stored_checklist(window: Any) -> Checklist:
    """Save a checklist with a failed step for the open case, as an earlier session did."""
    checklist = Checklist(
        title="S3 403 after bucket policy change",
        steps=(
            Step(action="aws s3 ls s3://logs", expected="listing", actual="ok", status=PASSED),
            Step(action="aws s3 cp x s3://logs", expected="upload", actual="403", status=FAILED),
        ),
    )
    window.context.store.save_document(window.current_key, CHECKLIST, checklist_to_json(checklist))
    key = window.current_key
    window.open_case(window.context.store.create_case().key)  # load it as a case switch does
    window.open_case(key)
    return checklist


def test_tabs_not_yet_shown_have_no_pane_and_the_front_one_has(
    make_main_window: Callable[..., Any],
) -> None:
    window = make_main_window()
    for title in [*LAZY, "Thread"]:
        assert _page(window, title).pane is None, title
    assert window.side_tabs.currentWidget() is window.features.find(EscalationPane)
    assert window.features.find(EscalationPane).isVisible()


def test_a_tab_clicked_the_first_time_builds_its_pane_with_the_open_case(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    stored = _stored_checklist(window)
    page = _page(window, "Reproduction")
    tabs = window.side_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert isinstance(page.pane, ReproductionPane)
    assert page.pane.isVisible()
    assert page.pane.checklist() == stored
    assert _page(window, "Templates").pane is None  # the others still wait


@pytest.mark.parametrize("title", [*LAZY, "Thread"])
def test_ctrl_number_builds_the_tab_and_puts_the_focus_in_its_pane(
    qtbot: QtBot, make_main_window: Callable[..., Any], title: str
) -> None:
    window = make_main_window()
    page = _page(window, title)
    index = window.side_tabs.indexOf(page)
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key(Qt.Key.Key_1 + index), CTRL)
    assert window.side_tabs.currentWidget() is page
    expected: type[QWidget] = {**LAZY, "Thread": ThreadView}[title]
    assert isinstance(page.pane, expected)
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is page.pane or page.pane.isAncestorOf(focused))


def test_fill_from_checklist_reads_the_stored_checklist_without_building_its_tab(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    _stored_checklist(window)
    focus(qtbot, window.reply_editor)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_K, CTRL | SHIFT)  # Fill from checklist
    note = window.features.find(EscalationPane).note()
    assert "aws s3 cp x s3://logs" in note.steps and "403" in note.steps
    assert _page(window, "Reproduction").pane is None


def test_the_checklist_provider_follows_the_pane_once_it_is_built(
    make_main_window: Callable[..., Any],
) -> None:
    window = make_main_window()
    stored = _stored_checklist(window)
    source = window.providers.get(CHECKLIST_SOURCE)
    assert not isinstance(source, Absent)
    heard: list[bool] = []
    source.checklist_changed.connect(lambda: heard.append(True))
    assert source.checklist() == stored and _page(window, "Reproduction").pane is None

    pane = window.features.find(ReproductionPane)  # built on demand
    edited = Checklist(title="Edited, not saved yet")
    pane.replace_checklist(edited)
    assert source.checklist() == edited
    assert heard  # the escalation's meter hears edits made in the built pane


def test_copy_is_gated_though_no_side_tab_was_ever_shown(
    qtbot: QtBot, make_main_window: Callable[..., Any]
) -> None:
    window = make_main_window()
    assert not isinstance(window.providers.get(GATE), Absent)  # the gate is never lazy
    QApplication.clipboard().setText("before")
    window.reply_editor.setPlainText(f"Hello,\n\nYour CLI used key {AWS_KEY_ID} yesterday.\n")
    seen: list[bool] = []

    def look_then_cancel(dialog: GateDialog) -> None:
        seen.append(dialog.primary.isEnabled())
        dialog.reject()

    ran = when_gate_opens(look_then_cancel)
    activate(qtbot, window)
    qtbot.keyClick(window.reply_editor, Qt.Key.Key_C, CTRL | SHIFT)  # Copy reply
    qtbot.waitUntil(lambda: bool(ran), timeout=10000)
    assert seen == [False]  # blocked until the key is redacted
    assert QApplication.clipboard().text() == "before"
    for title in LAZY:
        assert _page(window, title).pane is None


def test_a_lazy_pane_is_built_once_and_wired_in_order() -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("pane"))
        return built[-1]

    lazy: LazyPane[QLabel] = LazyPane(QLabel, build)
    calls: list[str] = []
    lazy.when_built(lambda pane: calls.append(f"first {pane.text()}"))
    lazy.when_built(lambda _pane: calls.append("second"))
    assert lazy.built is None and not built and not calls
    assert lazy.get() is lazy.page.build() is lazy.get() is built[0]
    assert len(built) == 1 and calls == ["first pane", "second"]
    lazy.when_built(lambda _pane: calls.append("late"))  # already built: called at once
    assert calls[-1] == "late"
    assert lazy.page.focusProxy() is built[0]


def test_a_pane_that_asks_for_itself_while_being_built_is_a_clear_error() -> None:
    holder: list[LazyPane[QWidget]] = []

    def build() -> QWidget:
        holder[0].get()
        return QWidget()

    holder.append(LazyPane(QWidget, build))
    with pytest.raises(RuntimeError, match="asked for itself"):
        holder[0].get()
