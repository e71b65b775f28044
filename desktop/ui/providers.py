"""What features offer each other: small Protocols and the typed keys they are registered under.

A feature that offers something registers an object satisfying one of these Protocols with
``context.provide(KEY, obj)``; a feature that uses it asks ``context.providers.get(KEY)`` and
gets the object or an :class:`~desktop.ui.registry.Absent` saying why it is not there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from desktop.ui.registry import Key

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from desktop.core.checklist import Checklist
    from desktop.core.severity import Answers
    from desktop.core.templating import TemplateLibrary


class Gate(Protocol):
    """The pre-send gate: the one way text leaves the app."""

    def approve(
        self,
        text: str,
        *,
        source_editor: QPlainTextEdit | None = None,
        title: str = "Send",  # i18n: a protocol default
        customer_facing: bool = False,
    ) -> str | None:
        """The text that may leave (after any fixes), or None to stop."""
        ...

    def copy_reply(self) -> bool:
        """Copy the reply on screen through the gate; True when it was copied."""
        ...

    def export_reply(self) -> Path | None:
        """Export the reply on screen through the gate; the file written, or None."""
        ...

    @property
    def sent(self) -> SignalInstance:
        """``sent(str, str)``: text left the app: the action's title, "clipboard" or the path."""
        ...


class ChecklistSource(Protocol):
    """The open case's reproduction checklist as the user sees it."""

    def checklist(self) -> Checklist:
        """The checklist now, including edits not saved yet."""
        ...

    @property
    def checklist_changed(self) -> SignalInstance:
        """Emitted when the checklist changes."""
        ...


class SeverityProvider(Protocol):
    """The open case's severity assessment."""

    def assessment(self) -> dict[str, Any]:
        """The template ``severity`` mapping for the case on screen."""
        ...

    def justification(self) -> str:
        """The escalation note's severity justification ("" when not assessed)."""
        ...

    def answers(self) -> Answers:
        """The answers to the severity questions as shown."""
        ...

    @property
    def severity_changed(self) -> SignalInstance:
        """Emitted when the assessment changes."""
        ...

    def answer(self, answers: Answers) -> None:
        """Show ``answers``; they are assessed and saved as if the user had chosen them."""
        ...


class GrammarIssues(Protocol):
    """Grammar problems still in the reply."""

    def remaining(self) -> Sequence[tuple[int, int, str]]:
        """``(start, end, message)`` per issue, as Python offsets into the reply's text."""
        ...


class GrammarEngines(Protocol):
    """The writing-check engines and their state, one line each ("Harper: ready")."""

    def engine_lines(self) -> list[str]:
        """``label: state`` per engine."""
        ...


class TemplateLibrarySource(Protocol):
    """The loaded template library, shared so it is read from disk once."""

    def library(self) -> TemplateLibrary:
        """The library as last loaded."""
        ...

    @property
    def reloaded(self) -> SignalInstance:
        """Emitted after the library was read again."""
        ...


class CaseThread(Protocol):
    """The customer's side of the case on screen (the queue feature)."""

    def messages(self) -> list[dict[str, str]]:
        """The customer's messages: ``text`` and ``received_at`` (ISO time) each."""
        ...

    def customer_time_zone(self) -> str:
        """The customer's time zone chosen for the case ("" if none)."""
        ...


class TextFields(Protocol):
    """Editable text fields of a pane that other features may check (grammar)."""

    def text_fields(self) -> Sequence[QPlainTextEdit | QTextEdit]:
        """The fields, in the order they appear."""
        ...


GATE: Key[Gate] = Key("pre-send gate")  # i18n: key
CHECKLIST_SOURCE: Key[ChecklistSource] = Key("Reproduction checklist")  # i18n: key
SEVERITY: Key[SeverityProvider] = Key("Severity assessment")  # i18n: key
GRAMMAR_ISSUES: Key[GrammarIssues] = Key("grammar issues")  # i18n: key
GRAMMAR_ENGINES: Key[GrammarEngines] = Key("writing checks")  # i18n: key
TEMPLATE_LIBRARY: Key[TemplateLibrarySource] = Key("template library")  # i18n: key
ESCALATION_FIELDS: Key[TextFields] = Key("escalation fields")  # i18n: key
CASE_THREAD: Key[CaseThread] = Key("Queue's case thread")  # i18n: key
