"""Installs the Reproduction tab into the main window (see desktop.ui.features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.case import CHECKLIST
from desktop.core.checklist import ChecklistLibrary, checklist_folders, load_checklist_library
from desktop.core.i18n import translate
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.features import Feature
from desktop.ui.i18n import core_text
from desktop.ui.install_context import Menu
from desktop.ui.providers import CHECKLIST_SOURCE
from desktop.ui.reproduction.history import show_checklist_history
from desktop.ui.reproduction.pane import ReproductionPane

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

TAB_TITLE = translate("Reproduction", "Reproduction")
STATUS_MS = 8000
# The steps table has six columns; below this width its cells are mostly "…".
COMFORTABLE_WIDTH = 560
MIN_CENTER_WIDTH = 480


def install(context: InstallContext) -> ReproductionPane:
    """Add the Reproduction tab, bind its checklist to the case and offer it to others."""

    def load_library() -> ChecklistLibrary:
        settings, paths = context.app.settings, context.app.paths
        folders = checklist_folders(settings.team_template_folders, paths.personal_checklists)
        return load_checklist_library(folders)

    pane = ReproductionPane(load_library)
    context.add_tab(pane, core_text(TAB_TITLE))
    context.bind_document(
        DocumentBinding(
            CHECKLIST,
            pane.checklist_changed,
            pane.document_json,
            pane.show_document,
            QCoreApplication.translate("Feature", "Checklist"),
        )
    )
    pane.status_message.connect(lambda text: context.show_status(text, STATUS_MS))
    context.add_action(
        Menu.CASE,
        QCoreApplication.translate("Feature", "Checklist &history…"),
        lambda: show_checklist_history(context, pane),
    )
    widened: list[bool] = []

    def on_shown() -> None:
        if not widened:
            # Once only, so a user who drags the splitter narrower keeps their choice.
            widened.append(context.widen_side_panel(COMFORTABLE_WIDTH, MIN_CENTER_WIDTH))

    context.when_tab_shown(pane, on_shown)
    context.provide(CHECKLIST_SOURCE, pane)
    return pane


# i18n: a feature name or a message for developers and the log
FEATURE = Feature("Reproduction", install, provides=(CHECKLIST_SOURCE,))
