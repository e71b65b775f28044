"""Installs the Reproduction tab into the main window (see desktop.ui.features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.core.case import CHECKLIST
from desktop.core.checklist import ChecklistLibrary, checklist_folders, load_checklist_library
from desktop.core.i18n import translate
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.i18n import core_text
from desktop.ui.reproduction.history import show_checklist_history
from desktop.ui.reproduction.pane import ReproductionPane

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TAB_TITLE = translate("Reproduction", "Reproduction")
STATUS_MS = 8000
# The steps table has six columns; below this width its cells are mostly "…".
COMFORTABLE_WIDTH = 560
MIN_CENTER_WIDTH = 480


def install(window: MainWindow) -> ReproductionPane:
    """Add the Reproduction tab, bind its checklist to the case and expose it as
    ``window.reproduction``."""

    def load_library() -> ChecklistLibrary:
        settings, paths = window.context.settings, window.context.paths
        folders = checklist_folders(settings.team_template_folders, paths.personal_checklists)
        return load_checklist_library(folders)

    pane = ReproductionPane(load_library)
    window.side_tabs.addTab(pane, core_text(TAB_TITLE))
    window.reproduction = pane  # type: ignore[attr-defined]
    window.bind_document(
        DocumentBinding(
            CHECKLIST,
            pane.checklist_changed,
            pane.document_json,
            pane.show_document,
            QCoreApplication.translate("Feature", "Checklist"),
        )
    )
    pane.status_message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    history = QAction(QCoreApplication.translate("Feature", "Checklist &history…"), window)
    history.triggered.connect(lambda: show_checklist_history(window, pane))
    window.case_menu.addAction(history)
    window.reproduction_history_action = history  # type: ignore[attr-defined]
    widened: list[bool] = []

    def on_tab_changed(index: int) -> None:
        if window.side_tabs.widget(index) is pane and not widened:
            widened.append(widen_side_panel(window))

    window.side_tabs.currentChanged.connect(on_tab_changed)
    return pane


def widen_side_panel(window: MainWindow) -> bool:
    """The first time the tab is shown, make the side panel wide enough for the table.

    Takes the width from the reply column, never leaving it under ``MIN_CENTER_WIDTH``;
    happens once, so a user who drags the splitter narrower keeps their choice.
    """
    splitter = window.splitter
    sizes = splitter.sizes()
    side = splitter.indexOf(window.side_tabs)
    center = side - 1
    if side < 1 or sizes[side] >= COMFORTABLE_WIDTH:
        return False
    gain = min(COMFORTABLE_WIDTH - sizes[side], sizes[center] - MIN_CENTER_WIDTH)
    if gain <= 0:
        return False
    sizes[side] += gain
    sizes[center] -= gain
    splitter.setSizes(sizes)
    return True
