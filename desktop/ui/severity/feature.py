"""Installs the Severity tab: its stored document, history entry and the SEVERITY provider."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, SignalInstance

from desktop.core.case import SEVERITY_ASSESSMENT
from desktop.core.i18n import translate
from desktop.core.severity import Answers, Catalog, load_definitions
from desktop.ui.document_binding import DocumentBinding
from desktop.ui.features import Feature
from desktop.ui.i18n import core_text
from desktop.ui.install_context import Menu
from desktop.ui.providers import SEVERITY
from desktop.ui.severity.pane import SeverityPane

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

TAB_TITLE = translate("Severity", "Severity")


def _catalog(context: InstallContext) -> Catalog:
    """The bundled definitions plus a team's own files in ``<data folder>/severity``."""
    return load_definitions([context.app.paths.root / "severity"])


class SeverityFeature:
    """The Severity tab's pane, offered to other features as a ``SeverityProvider``."""

    def __init__(self, pane: SeverityPane) -> None:
        self.pane = pane

    def assessment(self) -> dict[str, Any]:
        """The template ``severity`` mapping for the case on screen."""
        return self.pane.context()

    def justification(self) -> str:
        """The escalation note's severity justification ("" when not assessed)."""
        return self.pane.justification()

    @property
    def severity_changed(self) -> SignalInstance:
        """Emitted when the assessment changes (``SeverityProvider``)."""
        return self.pane.severity_changed

    def answers(self) -> Answers:
        """The answers to the severity questions as shown."""
        return self.pane.form.answers()

    def answer(self, answers: Answers) -> None:
        """Show ``answers``; they are assessed and saved as if the user had chosen them."""
        self.pane.form.set_answers(answers)
        self.pane.form.answers_edited.emit()


def install(context: InstallContext) -> SeverityFeature:
    """Add the Severity tab, its stored document, its history entry and the provider."""
    settings = context.app.settings
    pane = SeverityPane(
        _catalog(context),
        lambda: context.facts().severity,
        default_set=settings.severity_definitions,
        default_plan=settings.severity_plan,
    )
    context.add_tab(pane, core_text(TAB_TITLE))
    context.bind_document(
        DocumentBinding(
            SEVERITY_ASSESSMENT,
            pane.assessment_edited,
            pane.content,
            pane.load,
            QCoreApplication.translate("Severity", "Severity"),
        )
    )
    context.facts_edited.connect(pane.refresh)

    def on_severity_changed() -> None:
        flagged = bool(pane.result.mismatch)
        title = core_text(TAB_TITLE)
        context.set_tab_label(
            pane,
            f"{title} ⚠" if flagged else title,
            pane.result.banner_heading.text()
            if flagged
            else QCoreApplication.translate("Severity", "Assess the real impact"),
        )

    pane.severity_changed.connect(on_severity_changed)
    on_severity_changed()

    def on_settings_changed() -> None:
        current = context.app.settings
        pane.set_catalog(_catalog(context), current.severity_definitions, current.severity_plan)

    context.settings_changed.connect(on_settings_changed)

    def assess_severity() -> None:
        context.show_tab(pane)
        pane.assess_now()

    assess_text = QCoreApplication.translate("Feature", "&Assess severity")
    context.add_action(Menu.CASE, assess_text, assess_severity, "Ctrl+Shift+S")
    pane.assess_button.setToolTip(pane.assess_button.toolTip() + " (Ctrl+Shift+S)")  # i18n: key
    context.add_action(
        Menu.CASE,
        QCoreApplication.translate("Severity", "&Severity assessment history…"),
        lambda: context.show_history(SEVERITY_ASSESSMENT),
    )
    feature = SeverityFeature(pane)
    context.provide(SEVERITY, feature)
    return feature


FEATURE = Feature("Severity", install, provides=(SEVERITY,))
