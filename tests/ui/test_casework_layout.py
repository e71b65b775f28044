"""At 1366x768 nothing a support engineer needs is cut off: tabs, the case list, the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.casework_support import show_tab_of
from tests.ui.conftest import MakeWindow


def test_the_window_at_1366x768_shows_every_tab_and_button_whole(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window(show=False)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.side_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert tabs.tabBar().sizeHint().width() <= tabs.width(), (titles, tabs.width())
    assert window.case_list.width() >= 250
    assert window.reply_editor.width() >= 440

    pane = window.features.find(ReproductionPane)
    show_tab_of(window, pane)
    qtbot.waitUntil(pane.isVisible)
    buttons = [b for b in pane.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    assert "YAML" in [b.text() for b in buttons]
    for button in buttons:
        parent = button.parentWidget()
        inside = parent is not None and parent.rect().contains(button.geometry())
        assert inside and button.width() >= button.sizeHint().width(), button.text()


def test_every_side_tab_names_itself_in_full_in_its_tooltip(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    # Narrow windows and extra tabs (escalation, thread) elide the titles to "Se…", "W…".
    window = make_main_window(show=False)
    window.resize(904, 768)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.side_tabs
    for index in range(tabs.count()):
        title = tabs.tabText(index).replace("&", "")
        assert title and title in tabs.tabToolTip(index).replace("&", ""), title
