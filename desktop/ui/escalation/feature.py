"""Installs the internal escalation pane into the main window (see desktop.ui.features)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextEdit

from desktop.core.case import ESCALATION
from desktop.core.i18n import translate
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.escalation.sources import WindowSources
from desktop.ui.features import Feature
from desktop.ui.i18n import core_text
from desktop.ui.install_context import Menu
from desktop.ui.providers import CHECKLIST_SOURCE, ESCALATION_FIELDS, SEVERITY, TEMPLATE_LIBRARY
from desktop.ui.registry import Absent

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

TAB_TITLE = translate("EscalationPane", "Escalation (internal)")
STATUS_MS = 8000


class EscalationFields:
    """The escalation pane's editable text fields (``TextFields``, for grammar checking)."""

    def __init__(self, pane: EscalationPane) -> None:
        self.pane = pane

    def text_fields(self) -> Sequence[QPlainTextEdit | QTextEdit]:
        """Every editable multi-line text field of the note."""
        plain: list[QPlainTextEdit | QTextEdit] = [*self.pane.findChildren(QPlainTextEdit)]
        found = [*plain, *self.pane.findChildren(QTextEdit)]
        return [field for field in found if not field.isReadOnly()]


def install(context: InstallContext) -> EscalationPane:
    """Add the Escalation tab in front, bind its note to the case as ``escalation`` JSON, and
    add its menu actions."""
    sources = WindowSources(context)
    pane = EscalationPane(sources)
    context.add_tab(pane, core_text(TAB_TITLE), first=True)
    binding = DocumentBinding(
        ESCALATION,
        pane.note_changed,
        pane.document_json,
        pane.show_document,
        QCoreApplication.translate("Feature", "Escalation"),
    )
    context.bind_document(binding)
    pane.status_message.connect(lambda text: context.show_status(text, STATUS_MS))
    context.case_opened.connect(lambda _key: pane.refresh_sources())
    context.facts_edited.connect(pane.schedule_refresh)

    def on_settings_changed() -> None:
        sources.reload_library()
        pane.reload_templates()

    context.settings_changed.connect(on_settings_changed)
    if not isinstance(templates := context.get(TEMPLATE_LIBRARY), Absent):
        templates.reloaded.connect(pane.reload_templates)  # read again (Reload, settings)
    if not isinstance(checklist := context.get(CHECKLIST_SOURCE), Absent):
        checklist.checklist_changed.connect(pane.schedule_refresh)

    def fill(button: QPushButton) -> None:
        context.show_tab(pane)  # the engineer sees what was filled
        pane.refresh_sources()  # an assessment made since the case opened counts
        if button.isEnabled():
            button.click()
        else:
            context.show_status(button.toolTip(), STATUS_MS)

    bar = pane.fill_bar
    translate = QCoreApplication.translate
    for text, slot, shortcut in (
        (translate("Feature", "Copy &escalation"), lambda: pane.copy_escalation(), "Ctrl+Shift+E"),
        (translate("Feature", "E&xport escalation…"), lambda: pane.export_escalation(), None),
        (
            translate("Feature", "Fill escalation from &checklist"),
            lambda: fill(bar.checklist_button),
            "Ctrl+Shift+K",
        ),
        (
            translate("Feature", "Fill escalation &severity"),
            lambda: fill(bar.severity_button),
            "Ctrl+Shift+J",
        ),
    ):
        context.add_action(Menu.CASE, text, slot, shortcut)
    for button, keys in (
        (bar.checklist_button, "Ctrl+Shift+K"),
        (bar.severity_button, "Ctrl+Shift+J"),
    ):
        button.setProperty("shortcut_hint", keys)
    bar.refresh_sources()
    if not isinstance(severity := context.get(SEVERITY), Absent):
        # "Fill severity" comes on as soon as the case is assessed.
        severity.severity_changed.connect(pane.refresh_sources)
    context.provide(ESCALATION_FIELDS, EscalationFields(pane))
    return pane


FEATURE = Feature(
    "Escalation",  # i18n: feature name for the log
    install,
    provides=(ESCALATION_FIELDS,),
    uses=(TEMPLATE_LIBRARY, CHECKLIST_SOURCE, SEVERITY),
)
