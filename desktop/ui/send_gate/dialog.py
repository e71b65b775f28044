"""The gate panel: what was found in text about to leave the app, with fixes and overrides."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.gate import Finding, decide, finding_key, shift_after_edit
from desktop.core.gate.decision import FindingKey, GateDecision
from desktop.core.gate.redact import secrets_to_redact
from desktop.core.gate.review import describe, fix_replacement, summary
from desktop.ui.i18n import core_text
from desktop.ui.send_gate.editing import Edit, apply_edits, select_span
from desktop.ui.send_gate.row import FindingRow
from desktop.ui.send_gate.scanning import ScanFailed
from desktop.ui.theme import hex_colour

log = logging.getLogger(__name__)

MAX_ROWS = 100  # a pasted log can hold thousands; the first hundred, then "Redact all"
MAX_REDACT_ROUNDS = 10
Rescan = Callable[[str], list[Finding]]
HistoryCount = Callable[[Iterable[str]], int]  # saved versions holding any of these values


class GateDialog(QDialog):
    """Lists findings; fixes go to ``editor`` as undoable edits, then the text is scanned again.

    After ``exec()``: ``approved_text`` is the text that may be sent (None when not approved),
    ``filling`` is True when the engineer chose to fill a marker, ``error`` says why a rescan
    failed, ``redacted`` maps each redacted secret to its marker, and ``clean_history`` says
    whether the engineer asked to remove those secrets from the document's saved versions.
    """

    def __init__(
        self,
        text: str,
        findings: list[Finding],
        *,
        action: str,
        editor: QPlainTextEdit | None,
        rescan: Rescan,
        history_count: HistoryCount | None = None,
        notes: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendGate")
        self.setWindowTitle(
            self.tr("{action}: check before it leaves Casewright").format(action=action)
        )
        self.resize(780, min(560, 150 + 80 * min(len(findings), MAX_ROWS)))
        self.approved_text: str | None = None
        self.filling = False
        self.error = ""
        self._action = action
        self._text = text
        self._findings = findings
        self._editor = editor
        self._rescan = rescan
        self._overrides: dict[FindingKey, tuple[Finding, str]] = {}
        self._history_count = history_count
        self.redacted: dict[str, str] = {}
        self.summary = QLabel()
        self.summary.setObjectName("gateSummary")
        self.summary.setWordWrap(True)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.notes = QLabel("\n".join(notes))
        self.notes.setObjectName("gateNotes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(self.notes.text()))
        self.history_box = QCheckBox()
        self.history_box.setObjectName("gateCleanHistory")
        self.history_box.hide()
        self.redact_all = QPushButton(self.tr("Redact all secrets"))
        self.redact_all.setToolTip(
            self.tr(
                "Replace every secret (keys, tokens, passwords) with a marker. Warnings such as"
                " e-mail addresses and account IDs are left for you to decide one by one."
            )
        )
        self.cancel = QPushButton(self.tr("Cancel"))
        self.primary = QPushButton(action)
        for button in (self.redact_all, self.cancel, self.primary):
            button.setAutoDefault(False)  # Enter in a reason field must never send
        # Keys for the panel's buttons: deliberate chords, never a bare Enter.
        redact = QShortcut(QKeySequence("Alt+R"), self)
        redact.setWhatsThis(self.tr("Redact all secrets in the gate panel"))
        redact.activated.connect(lambda: _click_if(self.redact_all.isVisible(), self.redact_all))
        self.redact_all.setToolTip(self.redact_all.toolTip() + " (Alt+R)")  # i18n: key name
        self.cancel.setToolTip(self.tr("Send nothing (Esc)"))
        self.primary.setToolTip(self.tr("Send the text as it is now (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            send = QShortcut(QKeySequence(keys), self)
            send.setWhatsThis(self.tr("Send from the gate panel"))
            send.activated.connect(lambda: _click_if(self.primary.isEnabled(), self.primary))
        buttons = QHBoxLayout()
        buttons.addWidget(self.redact_all)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.history_box)
        layout.addLayout(buttons)
        self.redact_all.clicked.connect(self._on_redact_all_clicked)
        self.cancel.clicked.connect(self.reject)
        self.primary.clicked.connect(self._on_primary_clicked)
        self._rebuild()

    @property
    def clean_history(self) -> bool:
        """The engineer asked to take the redacted secrets out of the saved versions too."""
        box = self.history_box
        return bool(self.redacted) and not box.isHidden() and box.isChecked()

    @property
    def findings(self) -> list[Finding]:
        """The findings of the text as it is now."""
        return list(self._findings)

    def decision(self, warnings_acknowledged: bool = False) -> GateDecision:
        """The gate's verdict for the text as it is now, with the overrides given so far."""
        reasons = {key: reason for key, (_f, reason) in self._overrides.items()}
        return decide(self._findings, reasons, warnings_acknowledged)

    def rows_shown(self) -> list[FindingRow]:
        """The finding rows on screen, in order."""
        items = (self.rows_layout.itemAt(i) for i in range(self.rows_layout.count()))
        return [w for item in items if item and isinstance(w := item.widget(), FindingRow)]

    # Building ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        while (item := self.rows_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # not painted again while waiting for deletion
                widget.deleteLater()
        editable = self._editor is not None
        for view in describe(self._text, self._findings, MAX_ROWS):
            entry = self._overrides.get(finding_key(view.finding))
            row = FindingRow(view, editable=editable, override_reason=entry[1] if entry else "")
            row.go_to_requested.connect(self._on_row_go_to)
            row.fix_requested.connect(self._on_row_fix)
            row.override_given.connect(self._on_row_override_given)
            self.rows_layout.addWidget(row)
        if len(self._findings) > MAX_ROWS:
            more = QLabel(
                self.tr("…and {count} more not listed.").format(
                    count=len(self._findings) - MAX_ROWS
                )
            )
            self.rows_layout.addWidget(more)
        self.rows_layout.addStretch(1)
        decision = self.decision()
        blocked = bool(decision.unresolved_blocks)
        self.summary.setText(core_text(summary(decision, len(self._overrides))))
        colour = (
            hex_colour("error_text")
            if blocked
            else hex_colour("warning_text")
            if decision.unacknowledged_warnings
            else ""
        )
        self.summary.setStyleSheet(f"font-weight: bold; color: {colour};" if colour else "")
        self.redact_all.setVisible(bool(secrets_to_redact(self._findings)))
        warnings_only = not blocked and bool(decision.unacknowledged_warnings)
        self.primary.setText(self.tr("Send anyway") if warnings_only else self._action)
        self.primary.setEnabled(not blocked)

    # Fixes ---------------------------------------------------------------------------------

    def _edit(self, edits: list[Edit]) -> None:
        if self._editor is not None:
            apply_edits(self._editor, edits)
        else:  # rendered text (e.g. an escalation): fix the text that will leave
            text = self._text
            for start, end, replacement in sorted(edits, reverse=True):
                text = text[:start] + replacement + text[end:]
            self._text = text
        for start, end, replacement in sorted(edits, reverse=True):
            shifted = {}
            for finding, reason in self._overrides.values():
                moved = shift_after_edit(finding, start, end, len(replacement))
                if moved is not None:
                    shifted[finding_key(moved)] = (moved, reason)
            self._overrides = shifted
        if self._editor is not None:
            self._text = self._editor.toPlainText()
        try:
            self._findings = self._rescan(self._text)
        except ScanFailed as error:
            self.error = str(error)
            self.reject()
            return
        current = {finding_key(f) for f in self._findings}
        self._overrides = {k: v for k, v in self._overrides.items() if k in current}
        self._rebuild()

    def _on_row_go_to(self, finding: Finding) -> None:
        if self._editor is not None:
            select_span(self._editor, finding.start, finding.end)

    def _remember_redactions(self, edits: list[Edit]) -> None:
        """Note each blocking secret about to be redacted, and offer to clean the history."""
        blocks = {(f.start, f.end) for f in self._findings if f.blocks and f.fix == "redact"}
        for start, end, replacement in edits:
            if (start, end) in blocks and self._text[start:end].strip():
                self.redacted[self._text[start:end]] = replacement
        if self._history_count is None or not self.redacted:
            return
        count = self._history_count(self.redacted)
        if count == 1:
            offer = self.tr("Also remove the redacted secrets from the earlier saved version")
        else:
            offer = self.tr(
                "Also remove the redacted secrets from the {count} earlier saved versions"
            ).format(count=count)
        self.history_box.setText(offer)
        self.history_box.setVisible(count > 0)

    def _on_row_fix(self, finding: Finding) -> None:
        replacement = fix_replacement(finding)
        if replacement is None:  # a value only the engineer knows: go there and let them type
            if self._editor is None:
                return  # nothing to type into: the engineer fixes the source and copies again
            select_span(self._editor, finding.start, finding.end)
            self.filling = True
            self.reject()
            return
        self._remember_redactions([(finding.start, finding.end, replacement)])
        self._edit([(finding.start, finding.end, replacement)])

    def _on_redact_all_clicked(self) -> None:
        # Secrets glued together show their boundary only once a neighbour is a marker, so
        # redact, rescan and repeat while the rescan finds more (each round is one undo step).
        for _round in range(MAX_REDACT_ROUNDS):
            edits: list[Edit] = [
                (finding.start, finding.end, replacement)
                for finding in secrets_to_redact(self._findings)
                if (replacement := fix_replacement(finding))
            ]
            if not edits:
                return
            self._remember_redactions(edits)
            self._edit(edits)
            if self.error or not any(f.blocks and f.fix == "redact" for f in self._findings):
                return

    def _on_row_override_given(self, finding: Finding, reason: str) -> None:
        self._overrides[finding_key(finding)] = (finding, reason)
        self._rebuild()

    def _on_primary_clicked(self) -> None:
        decision = self.decision(warnings_acknowledged=True)
        if not decision.allowed:
            return
        if self._overrides:
            kinds = sorted({f.kind for f, _reason in self._overrides.values()})
            log.info("sending with %d overridden block(s): %s", len(self._overrides), kinds)
        self.approved_text = self._text
        self.accept()


def _click_if(condition: bool, button: QPushButton) -> None:
    if condition:
        button.click()
