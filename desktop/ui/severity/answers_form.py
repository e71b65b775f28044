"""The assessment questions: what the engineer learnt about the customer's real impact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.severity import STATE_LABELS, STATES, Answers
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import hold_long_lines

MAX_USERS = 10_000_000


class AnswersForm(QWidget):
    """Edits an ``Answers``.

    Signals:
        answers_edited(): the engineer changed an answer; read ``answers()``.
    """

    answers_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.production = QCheckBox(self.tr("Production is affected"))
        self.state = QComboBox()
        for state in STATES:
            self.state.addItem(core_text(STATE_LABELS[state]), state)
        self.critical_business = QCheckBox(self.tr("Critical business functions are unavailable"))
        self.workaround = QCheckBox(self.tr("A workaround keeps the business going"))
        self.users = QSpinBox()
        self.users.setRange(0, MAX_USERS)
        self.users.setSpecialValueText(self.tr("Not known"))
        self.users.setGroupSeparatorShown(True)
        self.deadline = hold_long_lines(QLineEdit())
        self.deadline.setPlaceholderText(self.tr("e.g. go-live Friday 09:00 JST; empty if none"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.production)
        layout.addRow(self.tr("The system is"), self.state)
        layout.addRow(self.critical_business)
        layout.addRow(self.workaround)
        layout.addRow(self.tr("Users affected"), self.users)
        layout.addRow(self.tr("Deadline"), self.deadline)
        self.production.toggled.connect(self._on_edited)
        self.state.currentIndexChanged.connect(self._on_edited)
        self.critical_business.toggled.connect(self._on_edited)
        self.workaround.toggled.connect(self._on_edited)
        self.users.valueChanged.connect(self._on_edited)
        self.deadline.textEdited.connect(self._on_edited)
        self._loading = False

    def answers(self) -> Answers:
        """The answers as shown."""
        return Answers(
            production=self.production.isChecked(),
            state=str(self.state.currentData()),
            critical_business=self.critical_business.isChecked(),
            workaround=self.workaround.isChecked(),
            users=self.users.value() or None,
            deadline=self.deadline.text().strip(),
        )

    def set_answers(self, answers: Answers) -> None:
        """Show ``answers`` without announcing an edit."""
        self._loading = True
        try:
            self.production.setChecked(answers.production)
            self.state.setCurrentIndex(max(0, self.state.findData(answers.state)))
            self.critical_business.setChecked(answers.critical_business)
            self.workaround.setChecked(answers.workaround)
            self.users.setValue(min(answers.users or 0, MAX_USERS))
            self.deadline.setText(answers.deadline)
        finally:
            self._loading = False

    def _on_edited(self) -> None:
        if not self._loading:
            self.answers_edited.emit()
