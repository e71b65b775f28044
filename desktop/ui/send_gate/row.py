"""One finding in the gate panel: what, where, a masked excerpt, and its buttons."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.gate import Finding, valid_override_reason
from desktop.core.gate.review import FIX_LABELS, FindingView
from desktop.core.i18n import translate
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import hold_long_lines
from desktop.ui.theme import hex_colour

# (chip text, chip background, row accent) per state; blocks red, warnings amber.
_CHIPS = {
    "block": (translate("FindingRow", "BLOCKS"), "chip_block", "accent_block"),
    "warn": (translate("FindingRow", "WARNING"), "chip_warn", "accent_warn"),
    "overridden": (translate("FindingRow", "OVERRIDDEN"), "chip_overridden", "accent_overridden"),
}


def _plain_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class FindingRow(QFrame):
    """Shows one finding; never holds or shows the unmasked matched value.

    Signals:
        go_to_requested(object): select the finding in the editor.
        fix_requested(object): apply the finding's fix (redact, fill or remove).
        override_given(object, str): the engineer typed an accepted reason to send it anyway.
    """

    go_to_requested = Signal(object)
    fix_requested = Signal(object)
    override_given = Signal(object, str)

    def __init__(
        self,
        view: FindingView,
        *,
        editable: bool,
        override_reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding: Finding = view.finding
        self.setObjectName("findingRow")
        state = "overridden" if override_reason else self.finding.severity
        chip_text, chip_name, accent_name = _CHIPS[state]
        chip_colour, accent = hex_colour(chip_name), hex_colour(accent_name)
        self.setStyleSheet(
            f"QFrame#findingRow {{ border-left: 4px solid {accent};"
            f" background: {hex_colour('row_background')}; }}"
        )
        self.chip = QLabel(core_text(chip_text))
        self.chip.setObjectName("severityChip")
        self.chip.setStyleSheet(
            f"background: {chip_colour}; color: {hex_colour('chip_text')}; font-weight: bold;"
            " padding: 1px 5px; border-radius: 3px;"
        )
        label = core_text(self.finding.label)
        title = html.escape(label[:1].upper() + label[1:])
        self.kind_label = QLabel(
            f"<b>{title}</b> · " + self.tr("line {line}").format(line=view.line)
        )
        self.excerpt = _plain_label(view.excerpt, "findingExcerpt")
        self.excerpt.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message = _plain_label(core_text(self.finding.message), "findingMessage")
        self.message.setStyleSheet(f"color: {hex_colour('text')};")
        self.go_to = QPushButton(self.tr("Go to"))
        self.go_to.setVisible(editable)
        self.fix = QPushButton(core_text(FIX_LABELS.get(self.finding.fix, "")))
        # Without an editor (rendered text) redact and remove still work; "fill" needs typing.
        fixable_here = editable or self.finding.fix in ("redact", "remove")
        self.fix.setVisible(fixable_here and self.finding.fix in FIX_LABELS)
        self.override = QPushButton(
            self.tr("Override…") if not override_reason else self.tr("Change reason…")
        )
        self.override.setVisible(self.finding.blocks)
        top = QHBoxLayout()
        top.addWidget(self.chip)
        top.addWidget(self.kind_label, 1)
        for button in (self.go_to, self.fix, self.override):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.excerpt)
        layout.addWidget(self.message)
        if override_reason:
            layout.addWidget(
                _plain_label(self.tr("Override reason: {reason}").format(reason=override_reason))
            )
        self.reason_box = QWidget()
        self.reason = hold_long_lines(QLineEdit())
        self.reason.setPlaceholderText(
            self.tr("Why is it safe to send? e.g. the customer's own test key")
        )
        self.reason.setText(override_reason)
        self.confirm = QPushButton(self.tr("Accept reason"))
        self.confirm.setEnabled(valid_override_reason(override_reason))
        self.confirm.setAutoDefault(False)
        reason_layout = QHBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason, 1)
        reason_layout.addWidget(self.confirm)
        self.reason_box.hide()
        layout.addWidget(self.reason_box)
        self.go_to.clicked.connect(lambda: self.go_to_requested.emit(self.finding))
        self.fix.clicked.connect(lambda: self.fix_requested.emit(self.finding))
        self.override.clicked.connect(self._on_override_clicked)
        self.reason.textChanged.connect(self._on_reason_changed)
        self.reason.returnPressed.connect(self._on_confirm_clicked)
        self.confirm.clicked.connect(self._on_confirm_clicked)

    def _on_override_clicked(self) -> None:
        self.reason_box.show()
        self.reason.setFocus()

    def _on_reason_changed(self, text: str) -> None:
        self.confirm.setEnabled(valid_override_reason(text))
        self.confirm.setToolTip(
            "" if self.confirm.isEnabled() else self.tr("Type a reason (a few words).")
        )

    def _on_confirm_clicked(self) -> None:
        if valid_override_reason(self.reason.text()):
            self.override_given.emit(self.finding, self.reason.text().strip())
