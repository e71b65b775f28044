"""The Severity tab: assess the real impact and compare it with the customer's level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.severity import (
    DEFAULT_DEFINITIONS,
    Answers,
    Assessment,
    AssessmentError,
    Catalog,
    DefinitionSet,
    assess,
    empty_severity_context,
    from_json,
    severity_context,
    severity_justification,
    to_json,
)
from desktop.ui.i18n import core_text
from desktop.ui.severity.answers_form import AnswersForm
from desktop.ui.severity.result_view import ResultView
from desktop.ui.theme import hex_colour


class SeverityPane(QScrollArea):
    """Edits the case's severity assessment; holds no rules (``assess`` decides).

    Signals:
        assessment_edited(): the stored assessment changed (an answer, the definitions, the plan,
            or the customer's level of an assessed case); read ``content()``.
        severity_changed(): what templates see changed; read ``context()``.
    """

    assessment_edited = Signal()
    severity_changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        selected: Callable[[], str],
        *,
        default_set: str = DEFAULT_DEFINITIONS,
        default_plan: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("severityPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._selected = selected
        self._catalog = catalog
        self._default_set = default_set
        self._default_plan = default_plan
        self._assessment: Assessment | None = None
        self._assessed = False
        self._loading = False
        self.errors = QLabel()
        self.errors.setObjectName("severityErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setStyleSheet(f"color: {hex_colour('error_text')};")
        self.definitions = QComboBox()
        self.plan = QComboBox()
        self.form = AnswersForm()
        self.assess_button = QPushButton(self.tr("Assess with these answers"))
        self.assess_button.setToolTip(
            self.tr("Record the answers as they are (nothing is impaired).")
        )
        self.result = ResultView()
        intro = QLabel(self.tr("How bad is it really? Answer from what the customer told you."))
        intro.setWordWrap(True)
        choices = QFormLayout()
        choices.addRow(self.tr("Definitions"), self.definitions)
        choices.addRow(self.tr("Support plan"), self.plan)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.errors, intro):
            layout.addWidget(widget)
        layout.addLayout(choices)
        layout.addWidget(self.form)
        layout.addWidget(self.assess_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setWidget(body)
        self.definitions.currentIndexChanged.connect(self._on_definitions_changed)
        self.plan.currentIndexChanged.connect(self._on_choice_edited)
        self.form.answers_edited.connect(self._on_choice_edited)
        self.assess_button.clicked.connect(self._on_choice_edited)
        self.set_catalog(catalog, default_set, default_plan)

    # Definitions ---------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog, default_set: str, default_plan: str) -> None:
        """Use these definitions (after settings change); loader errors are shown, not raised."""
        current = self.current_definitions()
        self._catalog, self._default_set, self._default_plan = catalog, default_set, default_plan
        self._show_problem("")
        self._loading = True
        try:
            self.definitions.clear()
            for definitions in catalog.sets.values():
                self.definitions.addItem(core_text(definitions.name), definitions.id)
            wanted = current.id if current and self._assessed else default_set
            self._select_definitions(wanted)
        finally:
            self._loading = False
        self.setEnabled(bool(catalog.sets))
        self._update()

    def current_definitions(self) -> DefinitionSet | None:
        """The definitions set chosen in the tab."""
        return self._catalog.get(str(self.definitions.currentData() or ""))

    def current_plan(self) -> str:
        """The support plan chosen in the tab ("" when no definitions loaded)."""
        return str(self.plan.currentData() or "")

    def _select_definitions(self, set_id: str, plan: str = "") -> None:
        index = self.definitions.findData(set_id)
        if index < 0:
            index = max(0, self.definitions.findData(DEFAULT_DEFINITIONS))
        self.definitions.setCurrentIndex(index)
        self._fill_plans(plan or self._default_plan)

    def _fill_plans(self, wanted: str) -> None:
        definitions = self.current_definitions()
        self.plan.clear()
        if definitions is None:
            return
        for plan in definitions.plans:
            self.plan.addItem(core_text(plan), str(plan))
        self.plan.setCurrentIndex(self.plan.findData(definitions.plan_or_default(wanted)))

    # The case's document -------------------------------------------------------------------

    def load(self, text: str) -> None:
        """Show a case's stored assessment ("" when it was never assessed)."""
        problem = ""
        assessment = None
        if text.strip():
            try:
                assessment = from_json(text)
            except AssessmentError as error:
                problem = self.tr(
                    "The stored assessment could not be read ({error}); answer again."
                ).format(error=error)
        self._loading = True
        try:
            self._assessed = assessment is not None
            self.form.set_answers(assessment.answers if assessment else Answers())
            if assessment and self._catalog.get(assessment.definitions) is None:
                problem = self.tr(
                    "This case was assessed with the “{definitions}” definitions, "
                    "which are not available; showing the default ones."
                ).format(definitions=assessment.definitions)
            self._select_definitions(
                assessment.definitions if assessment else self._default_set,
                assessment.plan if assessment else "",
            )
        finally:
            self._loading = False
        self._show_problem(problem)
        self._update()

    def content(self) -> str:
        """The assessment as stored with the case ("" when not assessed)."""
        return to_json(self._assessment) if self._assessment else ""

    @property
    def assessment(self) -> Assessment | None:
        """The current assessment, or None when the case is not assessed."""
        return self._assessment

    def refresh(self) -> None:
        """Compare again (the customer's level in the case facts changed)."""
        self._update()
        if self._assessed and not self._loading:
            self.assessment_edited.emit()

    # What other features read --------------------------------------------------------------

    def context(self) -> dict[str, Any]:
        """The template ``severity`` mapping for the case on screen."""
        definitions = self.current_definitions()
        if definitions is None:
            return empty_severity_context(self._selected())
        return severity_context(
            definitions, self._selected(), self._assessment, self.current_plan()
        )

    def assess_now(self) -> None:
        """Record the answers as they are (as the Assess button does), then go on answering."""
        if self.assess_button.isVisible():
            self._on_choice_edited()
        self.form.production.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def justification(self) -> str:
        """The escalation note's severity justification ("" when not assessed)."""
        definitions = self.current_definitions()
        if definitions is None or self._assessment is None:
            return ""
        return severity_justification(definitions, self._assessment)

    # Internals -----------------------------------------------------------------------------

    def _show_problem(self, problem: str) -> None:
        lines = [
            self.tr("Severity definitions not loaded: {error}").format(error=e)
            for e in self._catalog.errors
        ]
        self.errors.setText("\n".join([*lines, problem] if problem else lines))
        self.errors.setVisible(bool(lines or problem))

    def _on_definitions_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_plans(self.current_plan() or self._default_plan)
        finally:
            self._loading = False
        self._on_choice_edited()

    def _on_choice_edited(self) -> None:
        if self._loading:
            return
        self._assessed = True
        self._update()
        self.assessment_edited.emit()

    def _update(self) -> None:
        definitions = self.current_definitions()
        self._assessment = None
        if definitions is not None and self._assessed:
            self._assessment = assess(
                definitions, self.form.answers(), self._selected(), self.current_plan()
            )
        self.assess_button.setVisible(definitions is not None and not self._assessed)
        if definitions is not None:
            self.result.show_result(
                definitions, self.current_plan(), self._selected(), self._assessment
            )
        self.severity_changed.emit()
