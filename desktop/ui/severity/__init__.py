"""The severity assistant feature: a "Severity" tab whose assessment is stored with the case.

Other features read ``window.severity_context()`` (the template ``severity`` mapping) and
``window.severity_justification()`` (text for the escalation note), and may connect to
``window.severity_pane.severity_changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.case import SEVERITY_ASSESSMENT
from desktop.core.i18n import translate
from desktop.core.severity import Catalog, load_definitions
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.i18n import core_text
from desktop.ui.severity.pane import SeverityPane

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TAB_TITLE = translate("Severity", "Severity")


def _catalog(window: MainWindow) -> Catalog:
    """The bundled definitions plus a team's own files in ``<data folder>/severity``."""
    return load_definitions([window.context.paths.root / "severity"])


def install(window: MainWindow) -> None:
    """Add the Severity tab, its stored document, its history entry and the context hooks."""
    settings = window.context.settings
    pane = SeverityPane(
        _catalog(window),
        lambda: window.facts_form.facts().severity,
        default_set=settings.severity_definitions,
        default_plan=settings.severity_plan,
    )
    window.severity_pane = pane  # type: ignore[attr-defined]
    window.side_tabs.addTab(pane, core_text(TAB_TITLE))
    window.bind_document(
        DocumentBinding(
            SEVERITY_ASSESSMENT,
            pane.assessment_edited,
            pane.content,
            pane.load,
            QCoreApplication.translate("Severity", "Severity"),
        )
    )
    window.severity_context = pane.context  # type: ignore[attr-defined]
    window.severity_justification = pane.justification  # type: ignore[attr-defined]
    window.facts_form.facts_edited.connect(pane.refresh)

    def on_severity_changed() -> None:
        index = window.side_tabs.indexOf(pane)
        flagged = bool(pane.result.mismatch)
        title = core_text(TAB_TITLE)
        window.side_tabs.setTabText(index, f"{title} ⚠" if flagged else title)
        window.side_tabs.setTabToolTip(
            index,
            pane.result.banner_heading.text()
            if flagged
            else QCoreApplication.translate("Severity", "Assess the real impact"),
        )

    pane.severity_changed.connect(on_severity_changed)
    on_severity_changed()

    def on_settings_changed() -> None:
        current = window.context.settings
        pane.set_catalog(_catalog(window), current.severity_definitions, current.severity_plan)

    window.settings_changed.connect(on_settings_changed)

    def assess_severity() -> None:
        window.side_tabs.setCurrentWidget(pane)
        pane.assess_now()

    assess_text = QCoreApplication.translate("Feature", "&Assess severity")
    window.case_menu.addAction(window._action(assess_text, "Ctrl+Shift+S", assess_severity))
    pane.assess_button.setToolTip(pane.assess_button.toolTip() + " (Ctrl+Shift+S)")  # i18n: key
    window.case_menu.addAction(
        window._action(
            QCoreApplication.translate("Severity", "&Severity assessment history…"),
            None,
            lambda: window.show_history(SEVERITY_ASSESSMENT),
        )
    )
