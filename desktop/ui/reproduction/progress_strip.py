"""The progress bar ("3 of 10 steps run") and the Reproduced / Not reproduced indicator."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.core.checklist import Checklist, Verdict, progress, verdict
from desktop.ui.i18n import core_text


class ProgressStrip(QWidget):
    """Shows how far the reproduction got; the wording comes from the core."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("checklistProgress")
        self.bar.setTextVisible(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("reproducedState")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.verdict)
        self.current: Verdict | None = None
        self.show_checklist(Checklist())

    def show_checklist(self, checklist: Checklist) -> None:
        """Update the bar and the indicator for ``checklist``."""
        state = progress(checklist)
        shown = verdict(state)
        self.current = shown
        self.bar.setRange(0, max(state.total, 1))
        self.bar.setValue(state.run_count)
        self.bar.setFormat(core_text(shown.run_text))
        self.bar.setToolTip(
            self.tr("{passed} passed, {failed} failed, {blocked} blocked").format(
                passed=state.passed, failed=state.failed, blocked=state.blocked
            )
        )
        self.verdict.setText(core_text(shown.label))
        self.verdict.setToolTip(core_text(shown.detail))
        self.verdict.setProperty("verdict", shown.key)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
