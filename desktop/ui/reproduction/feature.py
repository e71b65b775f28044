"""Installs the Reproduction tab into the main window (see desktop.ui.features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.case import CHECKLIST
from desktop.core.checklist import (
    Checklist,
    ChecklistLibrary,
    checklist_folders,
    load_checklist_library,
)
from desktop.core.checklist.stored import read_stored_checklist
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
    from desktop.ui.lazy_pane import LazyPane

TAB_TITLE = translate("Reproduction", "Reproduction")
STATUS_MS = 8000
# The steps table has six columns; below this width its cells are mostly "…".
COMFORTABLE_WIDTH = 560
MIN_CENTER_WIDTH = 480


class LazyChecklistSource(QObject):
    """The ``CHECKLIST_SOURCE`` provider, without building the Reproduction pane to give it.

    Until the pane is built the checklist is the case's stored one (nothing can have edited it);
    once built, the pane's live checklist, including edits not saved yet.

    Signals:
        checklist_changed(): the checklist changed (an edit, or another case was opened).
    """

    checklist_changed = Signal()

    def __init__(self, context: InstallContext, pane: LazyPane[ReproductionPane]) -> None:
        super().__init__(context.parent)
        self._context = context
        self._pane = pane
        pane.when_built(self._on_pane_built)
        context.case_opened.connect(self._on_case_opened)

    def _on_pane_built(self, pane: ReproductionPane) -> None:
        pane.checklist_changed.connect(self.checklist_changed)

    def checklist(self) -> Checklist:
        """The checklist now (``ChecklistSource``)."""
        pane = self._pane.built
        if pane is not None:
            return pane.checklist()
        checklist, _problem = read_stored_checklist(self._context.document(CHECKLIST))
        return checklist

    def _on_case_opened(self, _key: int) -> None:
        if self._pane.built is None:  # a built pane says so itself when it loads the case
            self.checklist_changed.emit()


def install(context: InstallContext) -> LazyPane[ReproductionPane]:
    """Add the Reproduction tab (its pane is built when first shown), bind its checklist to the
    case once built, and offer the checklist to others."""

    def load_library() -> ChecklistLibrary:
        settings, paths = context.app.settings, context.app.paths
        folders = checklist_folders(settings.team_template_folders, paths.personal_checklists)
        return load_checklist_library(folders)

    lazy = context.add_lazy_tab(
        ReproductionPane, lambda: ReproductionPane(load_library), core_text(TAB_TITLE)
    )
    source = LazyChecklistSource(context, lazy)  # connects first: others hear the pane's news

    def wire(pane: ReproductionPane) -> None:
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

    lazy.when_built(wire)
    context.add_action(
        Menu.CASE,
        QCoreApplication.translate("Feature", "Checklist &history…"),
        lambda: show_checklist_history(context, lazy.get()),
    )
    widened: list[bool] = []

    def on_shown() -> None:
        if not widened:
            # Once only, so a user who drags the splitter narrower keeps their choice.
            widened.append(context.widen_side_panel(COMFORTABLE_WIDTH, MIN_CENTER_WIDTH))

    context.when_tab_shown(lazy.page, on_shown)
    context.provide(CHECKLIST_SOURCE, source)
    return lazy


FEATURE = Feature("Reproduction", install, provides=(CHECKLIST_SOURCE,))
