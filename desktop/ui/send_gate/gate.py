"""The pre-send gate: the one way text leaves the app, to the clipboard or to a file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPlainTextEdit

from desktop.core.case import case_title
from desktop.core.gate.export import EXPORT_SUFFIXES, clipboard_flavours, export_text
from desktop.core.gate.privacy import internal_hosts
from desktop.core.gate.ruleset import load_ruleset
from desktop.core.i18n import translate
from desktop.ui import save_folder
from desktop.ui.clipboard import copy_rich
from desktop.ui.i18n import core_text
from desktop.ui.send_gate.dialog import GateDialog
from desktop.ui.send_gate.history import HistoryCleaner
from desktop.ui.send_gate.options import scan_options
from desktop.ui.send_gate.scanning import ScanFailed, scan_text

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)

_FILTERS = (
    ("Markdown", ".md"),
    (translate("SendGate", "Plain text"), ".txt"),
    (translate("SendGate", "Web page"), ".html"),
)


def _export_filters() -> tuple[str, dict[str, str]]:
    """The file dialog's filter line, in the UI language, and each filter name's suffix."""
    names = {core_text(name): suffix for name, suffix in _FILTERS}
    return ";;".join(f"{name} (*{suffix})" for name, suffix in names.items()), names


class SendGate(QObject):
    """Scans text before it is copied or exported and asks about what it finds.

    Text with no findings passes without a prompt. Blocks need a fix or a typed reason per
    finding; warnings need one "Send anyway".

    Signals:
        sent(str, str): text left the app: the action's title and "clipboard" or the file path.
    """

    sent = Signal(str, str)

    def __init__(self, context: InstallContext) -> None:
        super().__init__(context.parent)
        self._context = context
        self.history = HistoryCleaner(context, self)
        self._check_configuration()

    def _check_configuration(self) -> None:
        """Compile the configured rules now, so a bad setting stops the gate at start-up
        (Copy and Export then refuse) instead of at the first send."""
        list(internal_hosts("", scan_options(self._context, for_reply=False).internal_domains))

    # The reusable API ----------------------------------------------------------------------

    def approve(
        self,
        text: str,
        *,
        source_editor: QPlainTextEdit | None = None,
        title: str = "",
        customer_facing: bool = False,
    ) -> str | None:
        """Return the text that may leave the app (after any fixes), or None to stop.

        Args:
            text: the text about to leave.
            source_editor: the editor ``text`` comes from; fixes are applied to it as undoable
                edits (ignored when its text differs from ``text``).
            title: the action, shown on the panel's button ("Copy reply").
            customer_facing: also warn about escalation-note lines and remaining grammar issues.
        """
        title = title or self.tr("Send")
        context, window = self._context, self._context.parent
        options = scan_options(context, for_reply=customer_facing)
        try:
            findings = scan_text(context.app.tasks, text, options, window)
        except ScanFailed as error:
            QMessageBox.warning(window, title, str(error))
            return None
        if not findings:
            return text
        editor = source_editor
        if editor is not None and editor.toPlainText() != text:
            editor = None
        document = self.history.document_of(editor)
        problems = load_ruleset(options.rule_files).problems
        notes = [self.tr("Not used: {problem}").format(problem=p) for p in problems[:5]]
        dialog = GateDialog(
            text,
            findings,
            action=title,
            editor=editor,
            rescan=lambda again: scan_text(context.app.tasks, again, options, window),
            history_count=(lambda s: self.history.count(document, s)) if document else None,
            notes=notes,
            parent=window,
        )
        dialog.exec()
        dialog.deleteLater()
        if document is not None and dialog.clean_history:
            self.history.clean(document, dialog.redacted)
        if dialog.error:
            QMessageBox.warning(window, title, dialog.error)
        elif dialog.filling:
            context.show_status(self.tr("Type the missing value, then try again."), 8000)
        return dialog.approved_text

    def confirm_send(
        self,
        text: str,
        *,
        source_editor: QPlainTextEdit | None = None,
        title: str = "",
        customer_facing: bool = False,
    ) -> bool:
        """True when ``text`` may leave the app.

        With ``source_editor``, fixes land in that editor: send its text afterwards (or use
        :meth:`approve`, which returns the approved text).
        """
        title = title or self.tr("Copy escalation")
        approved = self.approve(
            text, source_editor=source_editor, title=title, customer_facing=customer_facing
        )
        return approved is not None and (approved == text or source_editor is not None)

    def copy_text(
        self,
        text: str,
        *,
        source_editor: QPlainTextEdit | None = None,
        title: str = "",
        customer_facing: bool = False,
    ) -> bool:
        """Check ``text``, then put it on the clipboard as plain text and HTML together."""
        title = title or self.tr("Copy")
        approved = self.approve(
            text, source_editor=source_editor, title=title, customer_facing=customer_facing
        )
        if approved is None:
            return False
        plain, html = clipboard_flavours(approved)
        copy_rich(plain, html)
        log.info("%s: copied %d characters", title, len(approved))
        self.sent.emit(title, "clipboard")
        return True

    def export_text(
        self,
        text: str,
        *,
        source_editor: QPlainTextEdit | None = None,
        title: str = "",
        file_stem: str = "reply",
        customer_facing: bool = False,
    ) -> Path | None:
        """Check ``text``, ask where to save it, and write ``.md``, ``.txt`` or ``.html``."""
        title = title or self.tr("Export")
        approved = self.approve(
            text, source_editor=source_editor, title=title, customer_facing=customer_facing
        )
        if approved is None:
            return None
        path = self._choose_path(title, file_stem)
        if path is None:
            return None
        try:
            export_text(path, approved, title=case_title(self._context.facts()))
        except (OSError, ValueError) as error:
            QMessageBox.warning(
                self._context.parent,
                title,
                self.tr("Nothing was written: {error}").format(error=error),
            )
            return None
        save_folder.remember(path)
        log.info("%s: exported %d characters", title, len(approved))
        self.sent.emit(title, str(path))
        return path

    # The reply -----------------------------------------------------------------------------

    def copy_reply(self) -> bool:
        """Copy reply: the reply editor's text through the gate to the clipboard."""
        editor = self._context.reply_editor
        copied = self.copy_text(
            editor.toPlainText(),
            source_editor=editor,
            title=self.tr("Copy reply"),
            customer_facing=True,
        )
        if copied:
            message = self.tr("Reply copied to the clipboard (plain text and formatted)")
            self._context.show_status(message, 4000)
        return copied

    def export_reply(self) -> Path | None:
        """Export reply…: the reply editor's text through the gate to a file."""
        editor = self._context.reply_editor
        facts = self._context.facts()
        stem = f"reply-{facts.case_id}" if facts.case_id.strip() else "reply"
        path = self.export_text(
            editor.toPlainText(),
            source_editor=editor,
            title=self.tr("Export reply"),
            file_stem="".join(c if c.isalnum() or c in "-_." else "_" for c in stem),
            customer_facing=True,
        )
        if path is not None:
            self._context.show_status(self.tr("Reply exported to {path}").format(path=path), 6000)
        return path

    def _choose_path(self, title: str, file_stem: str) -> Path | None:
        suggested = save_folder.suggested(f"{file_stem}.md")
        filters, suffixes = _export_filters()
        name, chosen = QFileDialog.getSaveFileName(self._context.parent, title, suggested, filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            kind = chosen.split(" (", 1)[0]
            path = path.with_name(path.name + suffixes.get(kind, ".md"))
        return path
