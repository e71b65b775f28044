"""What the escalation pane reads from the rest of the window: facts, checklist, severity, library.

Other features are optional: the reproduction feature is found as ``window.reproduction``
(``checklist()``) and the severity feature as ``window.severity_context`` (the template
``severity`` mapping, or a function returning it). Without them the stored case documents
are used for rendering, and the fill buttons say why they are off.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.case import CHECKLIST, SEVERITY_ASSESSMENT, CaseFacts
from desktop.core.checklist import Checklist
from desktop.core.escalation import checklist_from_document, severity_from_document
from desktop.core.i18n import translate
from desktop.core.templating import TemplateLibrary

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

NO_REPRODUCTION = translate(
    "Sources", "The Reproduction tab is not part of this Casewright, so there is no checklist."
)
NO_SEVERITY_FEATURE = translate("Sources", "Severity assessment is not part of this Casewright.")
NO_ASSESSMENT = translate("Sources", "This case has no severity assessment yet.")


class WindowSources:
    """Reads the case on screen from the main window, preferring unsaved edits."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._library: TemplateLibrary | None = None

    def approve_for_sending(self, text: str, title: str) -> str | None:
        """Run ``text`` through the pre-send gate when it is installed; None means do not send.

        The escalation is rendered, so fixes (redactions) apply to the text that leaves, not to
        the note's fields.
        """
        gate = getattr(self.window, "send_gate", None)
        if gate is None:
            return text
        approved: str | None = gate.approve(text, title=title)
        return approved

    def facts(self) -> CaseFacts:
        """The case facts as shown (including edits not saved yet)."""
        return self.window.facts_form.facts()

    def _stored(self, kind: str) -> str:
        key = self.window.current_key
        if key is None:
            return ""
        pending = self.window.context.autosaver.unsaved_content(key, kind)
        return (
            pending if pending is not None else self.window.context.store.load_document(key, kind)
        )

    def checklist(self) -> Checklist | None:
        """The reproduction checklist: live from its tab, else as stored, else None."""
        pane = getattr(self.window, "reproduction", None)
        if pane is not None and callable(getattr(pane, "checklist", None)):
            try:
                live = pane.checklist()
            except Exception:  # another feature's bug must not break the escalation
                log.exception("the reproduction pane could not give its checklist")
            else:
                return live if isinstance(live, Checklist) else None
        return checklist_from_document(self._stored(CHECKLIST))

    def checklist_unavailable(self) -> str:
        """Why "Fill from checklist" is off ("" when it is on)."""
        return "" if getattr(self.window, "reproduction", None) is not None else NO_REPRODUCTION

    def severity(self) -> dict[str, Any] | None:
        """The ``severity`` template mapping: from the severity feature, else as stored."""
        live: object = getattr(self.window, "severity_context", None)
        if callable(live):
            try:
                live = live()
            except Exception:  # another feature's bug must not break the escalation
                log.exception("the severity feature could not give its context")
                live = None
        if isinstance(live, Mapping):
            return dict(live)
        return severity_from_document(self._stored(SEVERITY_ASSESSMENT))

    def severity_unavailable(self) -> str:
        """Why "Fill severity" is off ("" when it is on)."""
        if getattr(self.window, "severity_context", None) is None:
            return NO_SEVERITY_FEATURE
        severity = self.severity() or {}
        return "" if severity.get("assessed") or severity.get("assessed_name") else NO_ASSESSMENT

    def library(self) -> TemplateLibrary:
        """The template library (personal, team folders, bundled), loaded once.

        When the Templates feature is installed its catalog already holds the library; it is
        shared rather than read from disk a second time.
        """
        templates = getattr(self.window, "templates", None)
        if templates is not None:
            shared: TemplateLibrary = templates.catalog.library
            return shared
        if self._library is None:
            settings = self.window.context.settings
            self._library = TemplateLibrary.load(
                [Path(folder) for folder in settings.team_template_folders],
                data_dir=self.window.context.paths.root,
            )
        return self._library

    def reload_library(self) -> None:
        """Read the template folders again (after a settings change)."""
        self._library = None

    def names(self) -> tuple[str, str]:
        """The engineer's and team's names from settings."""
        settings = self.window.context.settings
        return settings.engineer_name, settings.team_name
