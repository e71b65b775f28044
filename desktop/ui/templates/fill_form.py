"""The fill-in form: what the template asks for, and the case facts it uses (overridable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case import FACT_LABELS
from desktop.core.templating import TemplateEntry, facts_used, field_label
from desktop.ui.templates.field_widgets import FieldInput
from desktop.ui.theme import hex_colour
from desktop.core.i18n import translate
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import hold_long_lines

SETTING_LABELS = {
    "engineer_name": translate("Settings", "Your name"),
    "team_name": translate("Settings", "Team name"),
}


class FillForm(QScrollArea):
    """Builds inputs for one template's fields; case facts are prefilled in their own section.

    Signals:
        values_changed(): the user edited a field or a fact; read ``values()``.
    """

    values_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillForm")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs: dict[str, FieldInput] = {}
        self.fact_inputs: dict[str, QLineEdit] = {}
        self.entry: TemplateEntry | None = None
        self.show_entry(None, {})

    def show_entry(self, entry: TemplateEntry | None, known: dict[str, str]) -> None:
        """Build the form for ``entry``; ``known`` holds case facts and settings by name."""
        self.entry = entry
        self.inputs, self.fact_inputs = {}, {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        if entry is None:
            layout.addWidget(_wrapped(self.tr("Choose a template on the left to fill it in.")))
            layout.addStretch(1)
            self.setWidget(body)
            return
        title = _wrapped(f"<b>{_escape(entry.title)}</b>")
        title.setObjectName("formTitle")
        layout.addWidget(title)
        if entry.summary["description"]:
            layout.addWidget(_wrapped(_escape(str(entry.summary["description"])), "formHelp"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = entry.form_fields()
        for field in fields:
            field_input = FieldInput(field)
            field_input.edited.connect(self.values_changed)
            self.inputs[field.name] = field_input
            label = QLabel(field_label(field, entry.language))
            label.setBuddy(field_input.widget)
            field_input.widget.setAccessibleName(label.text())  # text boxes ignore buddies
            label.setWordWrap(True)
            form.addRow(label, field_input)
            if field.help:
                form.addRow("", _wrapped(_escape(field.help), "formHelp"))
        if not fields:
            form.addRow(_wrapped(self.tr("This template asks for nothing beyond the case facts.")))
        layout.addLayout(form)
        self._add_facts(layout, entry, known)
        layout.addStretch(1)
        self.setWidget(body)

    def _add_facts(self, layout: QVBoxLayout, entry: TemplateEntry, known: dict[str, str]) -> None:
        names = facts_used(entry)
        if not names:
            return
        self.facts_toggle = QToolButton()
        self.facts_toggle.setCheckable(True)
        self.facts_toggle.setObjectName("factsUsedToggle")
        self.facts_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.facts_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.facts_toggle.setAutoRaise(True)
        self.facts_toggle.setText(
            self.tr("Case facts used ({count}) — change them for this reply only").format(
                count=len(names)
            )
        )
        self.facts_body = QWidget()
        facts_form = QFormLayout(self.facts_body)
        facts_form.setContentsMargins(12, 0, 0, 0)
        for name in names:
            edit = hold_long_lines(QLineEdit(known.get(name, "")))
            edit.setCursorPosition(0)
            edit.setPlaceholderText(
                self.tr("(not set in Settings)")
                if name in SETTING_LABELS
                else self.tr("(empty in the case)")
            )
            edit.textEdited.connect(self.values_changed)
            self.fact_inputs[name] = edit
            facts_form.addRow(core_text(FACT_LABELS.get(name) or SETTING_LABELS.get(name, name)), edit)
        self.facts_body.setVisible(False)
        self.facts_toggle.toggled.connect(self._on_facts_toggle_toggled)
        layout.addWidget(self.facts_toggle)
        layout.addWidget(self.facts_body)

    def _on_facts_toggle_toggled(self, expanded: bool) -> None:
        self.facts_body.setVisible(expanded)
        self.facts_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )

    def values(self) -> dict[str, Any]:
        """Form values by variable name, case-fact overrides included."""
        values: dict[str, Any] = {name: edit.text() for name, edit in self.fact_inputs.items()}
        values.update({name: field_input.value() for name, field_input in self.inputs.items()})
        return values

    def focus_first_field(self) -> None:
        """Put the cursor in the first input (or nowhere if the template asks for nothing)."""
        if self.inputs:
            next(iter(self.inputs.values())).widget.setFocus()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    if name == "formHelp":
        label.setStyleSheet(f"color: {hex_colour('muted_text')};")
    return label
