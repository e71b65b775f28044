"""Renders the note on screen through the chosen escalation template, for preview and output."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.escalation import DEFAULT_TEMPLATE, EscalationNote, render_escalation
from desktop.core.templating import TemplateError
from desktop.ui.escalation.preview import EscalationPreview
from desktop.ui.escalation.sources import WindowSources


class EscalationRenderer:
    """Combines the note with the case (facts, checklist, severity, names) and renders it."""

    def __init__(self, sources: WindowSources) -> None:
        self.sources = sources

    def render(self, template_id: str, note: EscalationNote) -> tuple[str, str]:
        """The Markdown and "" on success, or "" and a problem fit to show the user."""
        library = self.sources.library()
        entry = library.get(template_id or DEFAULT_TEMPLATE)
        if entry is None:
            return "", QCoreApplication.translate(
                "Rendering", "There is no escalation template {name}."
            ).format(name=repr(template_id or DEFAULT_TEMPLATE))
        engineer, team = self.sources.names()
        try:
            text = render_escalation(
                entry,
                self.sources.facts(),
                note,
                checklist=self.sources.checklist(),
                severity=self.sources.severity(),
                engineer_name=engineer,
                team_name=team,
            )
        except TemplateError as error:
            problem = error.problem
            return "", QCoreApplication.translate(
                "Rendering", "{title} cannot be rendered."
            ).format(title=entry.title) + f"\n\n{problem.file}:{problem.line}: " + (problem.message)
        return text, ""

    def show_in(self, preview: EscalationPreview, template_id: str, note: EscalationNote) -> None:
        """Render into ``preview`` (a problem is shown there instead of raised)."""
        text, problem = self.render(template_id, note)
        if problem:
            preview.show_problem(problem)
        else:
            entry = self.sources.library().get(template_id or DEFAULT_TEMPLATE)
            source = f" · {entry.source.name}" if entry is not None else ""
            preview.show_markdown(
                text,
                QCoreApplication.translate("Rendering", "Rendered with {name}").format(
                    name=template_id or DEFAULT_TEMPLATE
                )
                + source,
            )
