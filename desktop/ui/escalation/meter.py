"""The completeness meter: a score bar and the list of what is missing or weak."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escalation import FIELDS_BY_NAME, MISSING, Completeness
from desktop.ui.i18n import core_text
from desktop.ui.theme import colour

FIELD_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 4
_COLOURS = {MISSING: "error_text", "weak": "warning_text"}


def summary_text(completeness: Completeness) -> str:
    """One line: ready, or how many required fields are missing and how many are weak."""
    missing, weak = len(completeness.missing), len(completeness.weak)
    if not missing and not weak:
        return QCoreApplication.translate("Meter", "Ready to send: nothing missing")
    parts = []
    if missing:
        text = (
            QCoreApplication.translate("Meter", "{count} required field missing")
            if missing == 1
            else QCoreApplication.translate("Meter", "{count} required fields missing")
        )
        parts.append(text.format(count=missing))
    if weak:
        parts.append(QCoreApplication.translate("Meter", "{count} to improve").format(count=weak))
    prefix = QCoreApplication.translate("Meter", "Ready to send, ") if not missing else ""
    return prefix + " · ".join(parts)


class CompletenessMeter(QWidget):
    """Shows a :class:`Completeness`; clicking a finding asks for its field.

    Signals:
        field_activated(str): the user clicked the finding about this field.
    """

    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("completenessBar")
        self.bar.setRange(0, 100)
        self.bar.setFormat(self.tr("%p% complete"))
        self.bar.setMaximumWidth(150)
        self.status = QLabel()
        self.status.setObjectName("completenessStatus")
        self.status.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setObjectName("completenessFindings")
        self.findings.setWordWrap(True)
        self.findings.setToolTip(self.tr("Click a line to go to its field."))
        self.findings.itemClicked.connect(self._on_findings_item_clicked)
        self.findings.itemActivated.connect(self._on_findings_item_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.bar)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.findings)

    def show_completeness(self, completeness: Completeness) -> None:
        """Update the bar, the one-line summary and the findings list."""
        self.bar.setValue(completeness.score)
        state = "missing" if completeness.missing else "weak" if completeness.weak else "ready"
        if self.bar.property("state") != state:
            self.bar.setProperty("state", state)
            self.bar.style().unpolish(self.bar)
            self.bar.style().polish(self.bar)
        self.status.setText(summary_text(completeness))
        self.findings.clear()
        for finding in completeness.findings:
            label = FIELDS_BY_NAME[finding.field].label if finding.field in FIELDS_BY_NAME else ""
            level = self.tr("Missing") if finding.level == MISSING else self.tr("Weak")
            item = QListWidgetItem(f"{level} · {core_text(finding.message)}")
            item.setData(FIELD_ROLE, finding.field)
            item.setToolTip(
                self.tr("{field}: click to go to the field").format(field=core_text(label))
            )
            item.setForeground(colour(_COLOURS.get(finding.level, "text")))
            self.findings.addItem(item)
        self.findings.setVisible(bool(completeness.findings))
        rows = min(VISIBLE_ROWS, max(1, self.findings.count()))
        self.findings.setFixedHeight(rows * (self.fontMetrics().lineSpacing() + 6) + 6)

    def _on_findings_item_clicked(self, item: QListWidgetItem) -> None:
        name = item.data(FIELD_ROLE)
        if name:
            self.field_activated.emit(str(name))
