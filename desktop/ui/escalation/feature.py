"""Installs the internal escalation pane into the main window (see desktop.ui.features)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

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

    def fill(button: QPushButton) -> None:
        window.side_tabs.setCurrentWidget(pane)  # the engineer sees what was filled
        pane.refresh_sources()  # an assessment made since the case opened counts
        if button.isEnabled():
            button.click()
        else:
            window.statusBar().showMessage(button.toolTip(), STATUS_MS)

    bar = pane.fill_bar
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
        (
            QCoreApplication.translate("Feature", "Fill escalation from &checklist"),
            "Ctrl+Shift+K",
            lambda: fill(bar.checklist_button),
        ),
        (
            QCoreApplication.translate("Feature", "Fill escalation &severity"),
            "Ctrl+Shift+J",
            lambda: fill(bar.severity_button),
        ),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window.case_menu.addAction(action)
    for button, keys in (
        (bar.checklist_button, "Ctrl+Shift+K"),
        (bar.severity_button, "Ctrl+Shift+J"),
    ):
        button.setProperty("shortcut_hint", keys)
    bar.refresh_sources()
    severity = getattr(window, "severity_pane", None)
    if severity is not None:  # "Fill severity" comes on as soon as the case is assessed
        severity.severity_changed.connect(pane.refresh_sources)
    return pane
