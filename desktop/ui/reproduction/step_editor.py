"""The editor below the table for the selected step's long fields and its status."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklist import STATUS_LABELS, STATUSES, UpdateStep
from desktop.core.i18n import translate
from desktop.ui.i18n import core_text
from desktop.ui.reproduction.document import ChecklistDocument
from desktop.ui.reproduction.text_fields import StackTextEdit

TEXT_FIELDS: dict[str, tuple[str, str]] = {
    "action": (
        translate("StepEditor", "Action"),
        translate("StepEditor", "What to do: a command, a console click path, a request"),
    ),
    "expected": (
        translate("StepEditor", "Expected"),
        translate("StepEditor", "What should happen if all is well"),
    ),
    "actual": (
        translate("StepEditor", "Actual"),
        translate("StepEditor", "What happened when you ran it"),
    ),
    "evidence": (
        translate("StepEditor", "Evidence"),
        translate("StepEditor", "Request IDs, log lines, timestamps (UTC)"),
    ),
}


class StepEditor(QWidget):
    """Edits the step ``current_row()`` names; every keystroke is an undoable checklist edit."""

    def __init__(
        self,
        document: ChecklistDocument,
        current_row: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepEditor")
        self._document = document
        self._current_row = current_row
        self._showing = False
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("stepStatus")
        for status in STATUSES:
            self.status.addItem(core_text(STATUS_LABELS[status]), status)
        self.status.activated.connect(self._on_status_activated)
        self.editors: dict[str, StackTextEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(3)
        # Action and evidence get the full width; expected and actual sit side by side.
        places = {"action": (0, 0, 3), "expected": (1, 0, 1), "actual": (1, 2, 1)}
        places["evidence"] = (2, 0, 3)
        for name, (label_text, placeholder) in TEXT_FIELDS.items():
            editor = StackTextEdit(document, lines=3 if name == "action" else 2)
            editor.setObjectName(f"step_{name}")
            editor.setPlaceholderText(core_text(placeholder))
            editor.setAccessibleName(core_text(label_text))
            editor.textChanged.connect(lambda n=name, e=editor: self._on_text_changed(n, e))
            self.editors[name] = editor
            row, column, span = places[name]
            label = QLabel(core_text(label_text))
            label.setBuddy(editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, column)
            grid.addWidget(editor, row, column + 1, 1, span)
            grid.setRowStretch(row, 3 if name == "action" else 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        document.checklist_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the current values of the step being edited."""
        steps = self._document.checklist().steps
        row = self._current_row()
        step = steps[row] if 0 <= row < len(steps) else None
        self._showing = True
        try:
            for name, editor in self.editors.items():
                editor.show_value(getattr(step, name) if step else "")
                editor.setEnabled(step is not None)
            self.status.setEnabled(step is not None)
            # With no step the box shows nothing, not the last step's status.
            self.status.setCurrentIndex(-1 if step is None else self.status.findData(step.status))
        finally:
            self._showing = False
        if step is None:
            self.heading.setText(self.tr("No step selected — add one with Insert or “Add step”"))
        else:
            self.heading.setText(
                self.tr("Step {number} of {count}").format(number=row + 1, count=len(steps))
            )

    def _on_text_changed(self, name: str, editor: StackTextEdit) -> None:
        row = self._current_row()
        if self._showing or row < 0:
            return
        self._document.push(UpdateStep(row, {name: editor.toPlainText()}), typing=True)

    def _on_status_activated(self, _position: int) -> None:
        row = self._current_row()
        if row >= 0:
            status = str(self.status.currentData())
            self._document.push(UpdateStep(row, {"status": status}, self.tr("Set step status")))
