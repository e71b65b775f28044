"""The checklist's title and environment (service, region, versions, settings, preconditions)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from desktop.core.checklist import ENVIRONMENT_FIELDS, UpdateHeader, environment_text
from desktop.core.i18n import translate
from desktop.ui.i18n import core_text
from desktop.ui.reproduction.document import ChecklistDocument
from desktop.ui.reproduction.elided_label import ElidedLabel
from desktop.ui.reproduction.text_fields import StackLineEdit, StackTextEdit

MULTI_LINE = ("settings", "preconditions")
PLACEHOLDERS = {
    "service": translate("HeaderForm", "e.g. Amazon ECS (Fargate)"),
    "region": translate("HeaderForm", "e.g. eu-west-1"),
    "versions": translate("HeaderForm", "Engine, runtime, SDK or platform versions"),
    "settings": translate(
        "HeaderForm", "Relevant configuration: timeouts, health checks, policies…"
    ),
    "preconditions": translate(
        "HeaderForm", "What must be true before step 1; IDs and times from the customer"
    ),
}


class HeaderForm(QWidget):
    """Title line plus a collapsible environment section; typing is undoable."""

    def __init__(self, document: ChecklistDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.title = StackLineEdit(document)
        self.title.setObjectName("checklistTitle")
        self.title.setPlaceholderText(self.tr("Checklist title, e.g. Lambda times out calling RDS"))
        self.title.textEdited.connect(lambda text: self._on_field_edited("title", text))
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Environment"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = ElidedLabel()
        self.summary.setObjectName("environmentSummary")
        self.editors: dict[str, StackLineEdit | StackTextEdit] = {}
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(18, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in ENVIRONMENT_FIELDS.items():
            editor: StackLineEdit | StackTextEdit
            if name in MULTI_LINE:
                editor = StackTextEdit(document, lines=2)
                editor.setMaximumHeight(editor.sizeHint().height())  # the steps need the room
                editor.textChanged.connect(lambda n=name, e=editor: self._on_text_changed(n, e))
            else:
                editor = StackLineEdit(document)
                editor.textEdited.connect(lambda text, n=name: self._on_field_edited(n, text))
            editor.setPlaceholderText(core_text(PLACEHOLDERS[name]))
            editor.setObjectName(f"environment_{name}")
            self.editors[name] = editor
            form.addRow(label, editor)
        toggle_row = QHBoxLayout()
        toggle_row.setContentsMargins(0, 0, 0, 0)
        toggle_row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        toggle_row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(toggle_row)
        layout.addWidget(self.body)
        self._showing = False
        self.set_expanded(False)
        document.checklist_changed.connect(self.refresh)
        self.refresh()

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the environment fields (a one-line summary shows when hidden)."""
        self.body.setVisible(expanded)
        self.summary.setVisible(not expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)

    def refresh(self) -> None:
        """Show the document's header values."""
        checklist = self._document.checklist()
        self._showing = True
        try:
            self.title.show_value(checklist.title)
            for name, editor in self.editors.items():
                editor.show_value(getattr(checklist, name))
                # A template's "what to record" is the placeholder, so it is never a value.
                editor.setPlaceholderText(checklist.hint(name) or PLACEHOLDERS[name])
        finally:
            self._showing = False
        text = " · ".join(environment_text(checklist).splitlines())
        self.summary.setText(text or self.tr("not recorded yet"))
        self.summary.setToolTip(environment_text(checklist))

    def _on_text_changed(self, name: str, editor: StackTextEdit) -> None:
        if not self._showing:
            self._on_field_edited(name, editor.toPlainText())

    def _on_field_edited(self, name: str, text: str) -> None:
        self._document.push(UpdateHeader({name: text}), typing=True)
