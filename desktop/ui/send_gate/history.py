"""Removes secrets the gate redacted from the saved versions of the document they came from."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.gate.history import clean_history, versions_holding
from desktop.ui.tasks import Operation

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)

Document = tuple[int, str]  # (case key, document kind)


class HistoryCleaner(QObject):
    """Counts and rewrites a document's saved versions on the serial store writer.

    Signals:
        cleaned(int): the number of earlier versions the redacted secrets were removed from.
        failed(str): the rewrite failed; the message says why.
    """

    cleaned = Signal(int)
    failed = Signal(str)

    def __init__(self, context: InstallContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.cleaned.connect(self._on_cleaned)
        self.failed.connect(self._on_failed)

    def document_of(self, editor: QPlainTextEdit | None) -> Document | None:
        """The open case's document shown in ``editor``, if it is one."""
        key = self._context.current_key
        kind = self._context.document_shown_in(editor) if editor is not None else None
        return None if key is None or kind is None else (key, kind)

    def count(self, document: Document, secrets: Iterable[str]) -> int:
        """How many saved versions of ``document`` hold any of ``secrets``."""
        key, kind = document
        versions = self._context.app.store.history(key, kind)
        return versions_holding((v.content for v in versions), list(secrets))

    def clean(self, document: Document, replacements: Mapping[str, str]) -> None:
        """Rewrite every saved version with the same redaction, after pending saves land."""
        key, kind = document
        context = self._context.app
        context.autosaver.flush()  # the redacted text is saved first, in order
        replacements = dict(replacements)
        operation = Operation(
            lambda: clean_history(context.writer, key, kind, replacements),
            describe="remove redacted secrets from saved versions",
        )
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        context.tasks.start(operation, serial_writer=True)

    @Slot(object)
    def _on_operation_succeeded(self, count: object) -> None:
        self.cleaned.emit(count if isinstance(count, int) else 0)

    @Slot(str)
    def _on_operation_failed(self, message: str) -> None:
        self.failed.emit(message)

    def _on_cleaned(self, count: int) -> None:
        if count == 1:
            message = self.tr("Removed the redacted secrets from 1 earlier version.")
        else:
            message = self.tr("Removed the redacted secrets from {count} earlier versions.").format(
                count=count
            )
        self._context.show_status(message, 8000)

    def _on_failed(self, message: str) -> None:
        log.warning("removing redacted secrets from saved versions failed")
        self._context.show_status(
            self.tr("Could not remove the secrets from the saved versions: {reason}").format(
                reason=message
            ),
            10000,
        )
