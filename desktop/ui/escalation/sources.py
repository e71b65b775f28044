"""What the escalation pane reads from the rest of the window: facts, checklist, severity, library.

Other features are optional providers (``desktop.ui.providers``): without the checklist or
severity provider the stored case documents are used for rendering, and the fill buttons say
why they are off.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.case import CHECKLIST, SEVERITY_ASSESSMENT, CaseFacts
from desktop.core.checklist import Checklist
from desktop.core.escalation import checklist_from_document, severity_from_document
from desktop.core.i18n import translate
from desktop.core.templating import TemplateLibrary
from desktop.ui.providers import CHECKLIST_SOURCE, GATE, SEVERITY, TEMPLATE_LIBRARY
from desktop.ui.registry import Absent

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)

NO_ASSESSMENT = translate("Sources", "This case has no severity assessment yet.")


class WindowSources:
    """Reads the case on screen through the install context, preferring unsaved edits."""

    def __init__(self, context: InstallContext) -> None:
        self.context = context
        self._library: TemplateLibrary | None = None

    def approve_for_sending(self, text: str, title: str) -> str | None:
        """Run ``text`` through the pre-send gate; None means do not send.

        The escalation is rendered, so fixes (redactions) apply to the text that leaves, not to
        the note's fields. Without a gate nothing is sent (fail closed), and the user is told why.
        """
        gate = self.context.get(GATE)
        if isinstance(gate, Absent):
            self.context.show_status(f"{title} refused: {gate.message()}", 15000)
            return None
        return gate.approve(text, title=title)

    def facts(self) -> CaseFacts:
        """The case facts as shown (including edits not saved yet)."""
        return self.context.facts()

    def checklist(self) -> Checklist | None:
        """The reproduction checklist: live from its tab, else as stored, else None."""
        source = self.context.get(CHECKLIST_SOURCE)
        if not isinstance(source, Absent):
            try:
                return source.checklist()
            except Exception:  # another feature's bug must not break the escalation
                log.exception("the reproduction pane could not give its checklist")
        return checklist_from_document(self.context.document(CHECKLIST))

    def checklist_unavailable(self) -> str:
        """Why "Fill from checklist" is off ("" when it is on)."""
        source = self.context.get(CHECKLIST_SOURCE)
        return source.message() if isinstance(source, Absent) else ""

    def severity(self) -> dict[str, Any] | None:
        """The ``severity`` template mapping: from the severity feature, else as stored."""
        provider = self.context.get(SEVERITY)
        if not isinstance(provider, Absent):
            try:
                return dict(provider.assessment())
            except Exception:  # another feature's bug must not break the escalation
                log.exception("the severity feature could not give its context")
        return severity_from_document(self.context.document(SEVERITY_ASSESSMENT))

    def severity_unavailable(self) -> str:
        """Why "Fill severity" is off ("" when it is on)."""
        provider = self.context.get(SEVERITY)
        if isinstance(provider, Absent):
            return provider.message()
        severity = self.severity() or {}
        return "" if severity.get("assessed") or severity.get("assessed_name") else NO_ASSESSMENT

    def library(self) -> TemplateLibrary:
        """The template library (personal, team folders, bundled), loaded once.

        When the Templates feature is installed its catalog already holds the library; it is
        shared rather than read from disk a second time.
        """
        shared = self.context.get(TEMPLATE_LIBRARY)
        if not isinstance(shared, Absent):
            return shared.library()
        if self._library is None:
            settings = self.context.app.settings
            self._library = TemplateLibrary.load(
                [Path(folder) for folder in settings.team_template_folders],
                data_dir=self.context.app.paths.root,
            )
        return self._library

    def reload_library(self) -> None:
        """Read the template folders again (after a settings change)."""
        self._library = None

    def names(self) -> tuple[str, str]:
        """The engineer's and team's names from settings."""
        settings = self.context.app.settings
        return settings.engineer_name, settings.team_name
