"""Installs the internal escalation pane into the main window (see desktop.ui.features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.core.case import ESCALATION
from desktop.core.i18n import translate
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.escalation.sources import WindowSources
from desktop.ui.i18n import core_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TAB_TITLE = translate("EscalationPane", "Escalation (internal)")
STATUS_MS = 8000


def install(window: MainWindow) -> EscalationPane:
    """Add the Escalation tab, bind its note to the case as ``escalation`` JSON, add menu
    actions, and expose the pane as ``window.escalation_pane``."""
    sources = WindowSources(window)
    pane = EscalationPane(sources)
    window.side_tabs.insertTab(0, pane, core_text(TAB_TITLE))
    window.side_tabs.setCurrentIndex(0)
    window.escalation_pane = pane  # type: ignore[attr-defined]
    binding = DocumentBinding(
        ESCALATION,
        pane.note_changed,
        pane.document_json,
        pane.show_document,
        QCoreApplication.translate("Feature", "Escalation"),
    )
    window.bind_document(binding)
    pane.status_message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    window.case_opened.connect(lambda _key: pane.refresh_sources())
    window.facts_form.facts_edited.connect(pane.schedule_refresh)

    def on_settings_changed() -> None:
        sources.reload_library()
        pane.reload_templates()

    window.settings_changed.connect(on_settings_changed)
    templates = getattr(window, "templates", None)
    if templates is not None:  # the shared library was read again (Reload, settings)
        templates.catalog.reloaded.connect(pane.reload_templates)
    reproduction = getattr(window, "reproduction", None)
    if reproduction is not None and hasattr(reproduction, "checklist_changed"):
        reproduction.checklist_changed.connect(pane.schedule_refresh)
    for text, shortcut, slot in (
        (
            QCoreApplication.translate("Feature", "Copy &escalation"),
            "Ctrl+Shift+E",
            lambda: pane.copy_escalation(),
        ),
        (
            QCoreApplication.translate("Feature", "E&xport escalation…"),
            None,
            lambda: pane.export_escalation(),
        ),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window.case_menu.addAction(action)
    return pane
