"""The collapsible form above the reply editor that holds a case's facts."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case import (
    FACT_LABELS,
    LANGUAGES,
    SEVERITIES,
    SEVERITY_LABELS,
    STATUS_LABELS,
    STATUSES,
    CaseFacts,
)
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import hold_long_lines

_CHOICES: dict[str, list[tuple[str, str]]] = {
    "language": [(code, f"{name} ({code})") for code, name in LANGUAGES.items()],
    "severity": [(code, SEVERITY_LABELS.get(code, code)) for code in SEVERITIES],
    "status": [(status, STATUS_LABELS.get(status, status)) for status in STATUSES],
}
# Shown in two columns so the form stays short on a 768-pixel-high laptop screen.
_WIDE = ("subject", "resource_ids")
_LEFT = ("case_id", "customer_org", "contact_name", "severity")
_RIGHT = ("language", "service", "region", "status")


class FactsForm(QWidget):
    """Edits a ``CaseFacts``; collapses to a one-line summary.

    Signals:
        facts_edited(): the user changed a fact; read ``facts()``.
    """

    facts_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setObjectName("factsToggle")
        self.toggle.setToolButtonStyle(self.toggle.toolButtonStyle().ToolButtonTextBesideIcon)
        self.toggle.setArrowType(self.toggle.arrowType().DownArrow)
        self.toggle.setAutoRaise(True)
        # The summary may be long (or translated): it is cut, never widening the window.
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.body = QWidget()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        for row, name in enumerate(_WIDE):
            self._add_field(grid, name, row, 0, span=3)
        for column, names in enumerate((_LEFT, _RIGHT)):
            for offset, name in enumerate(names):
                self._add_field(grid, name, len(_WIDE) + offset, column * 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_expanded)
        self._loading = False
        self._update_summary()

    def _add_field(
        self, grid: QGridLayout, name: str, row: int, column: int, span: int = 1
    ) -> None:
        editor = self._make_editor(name)
        self.editors[name] = editor
        label = QLabel(core_text(FACT_LABELS[name]))
        label.setBuddy(editor)
        editor.setAccessibleName(core_text(FACT_LABELS[name]).replace("&", ""))
        grid.addWidget(label, row, column)
        grid.addWidget(editor, row, column + 1, 1, span)

    def _make_editor(self, name: str) -> QLineEdit | QComboBox:
        if name in _CHOICES:
            combo = QComboBox()
            for code, label in _CHOICES[name]:
                combo.addItem(core_text(label), code)
            combo.currentIndexChanged.connect(self._on_editor_changed)
            return combo
        line = hold_long_lines(QLineEdit())
        line.textEdited.connect(self._on_editor_changed)
        return line

    def set_facts(self, facts: CaseFacts) -> None:
        """Show ``facts`` without announcing an edit."""
        self._loading = True
        for name, editor in self.editors.items():
            value = getattr(facts, name)
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0:  # keep values from newer versions or imports visible
                    editor.addItem(value, value)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            else:
                editor.setText(value)
                editor.setCursorPosition(0)
        self._loading = False
        self._update_summary()

    def facts(self) -> CaseFacts:
        """The facts as currently shown."""
        values = {}
        for spec in fields(CaseFacts):
            editor = self.editors[spec.name]
            values[spec.name] = (
                str(editor.currentData()) if isinstance(editor, QComboBox) else editor.text()
            )
        return CaseFacts(**values)

    def set_expanded(self, expanded: bool) -> None:
        """Show the whole form, or only its one-line summary."""
        self.toggle.setChecked(expanded)
        self.body.setVisible(expanded)
        self.toggle.setArrowType(
            self.toggle.arrowType().DownArrow if expanded else self.toggle.arrowType().RightArrow
        )

    def _on_editor_changed(self) -> None:
        self._update_summary()
        if not self._loading:
            self.facts_edited.emit()

    def _update_summary(self) -> None:
        facts = self.facts()
        severity = core_text(SEVERITY_LABELS.get(facts.severity, facts.severity))
        parts = [facts.case_id, facts.customer_org, facts.contact_name, severity]
        summary = " · ".join(part for part in parts if part)
        title = self.tr("Case facts")
        self.toggle.setText(f"{title} — {summary}" if summary else title)
