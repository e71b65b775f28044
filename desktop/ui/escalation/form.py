"""The escalation note as a form: the 13 numbered items, each field with its hint, scrolling."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.case import CaseFacts
from desktop.core.escalation import (
    FIELDS,
    ITEM_TITLES,
    Completeness,
    EscalationNote,
    FieldSpec,
)
from desktop.ui.escalation.field_widgets import FieldEditor, TextField, make_editor
from desktop.ui.i18n import core_text
from desktop.ui.theme import hex_colour


def _label_html(text: str, required: bool) -> str:
    mark = f' <span style="color:{hex_colour("error_text")}">*</span>'  # i18n: markup
    return text + (mark if required else "")


class EscalationForm(QScrollArea):
    """Shows an :class:`EscalationNote` and writes the user's edits back.

    Signals:
        edited(): the user changed a field (or a fill replaced one).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationForm")
        self.setWidgetResizable(True)
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        body = QWidget()
        body.setObjectName("escalationFormBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 8)
        layout.setSpacing(2)
        legend = QLabel(
            self.tr("Fields marked{mark} are required. Hover a field for its hint.").format(
                mark=_label_html("", True)
            )
        )
        legend.setObjectName("escalationLegend")
        legend.setWordWrap(True)  # long in Japanese; never widens the pane
        layout.addWidget(legend)
        for item, specs in groupby(FIELDS, key=lambda spec: spec.item):
            self._add_item(layout, item, list(specs))
        layout.addStretch(1)
        self.setWidget(body)

    def _add_item(self, layout: QVBoxLayout, item: int, specs: list[FieldSpec]) -> None:
        single = len(specs) == 1
        title = f"{item}. {core_text(ITEM_TITLES[item])}"
        heading = QLabel(_label_html(title, single and specs[0].required))
        heading.setObjectName("escalationItem")
        layout.addWidget(heading)
        rows = QFormLayout()
        rows.setContentsMargins(0, 0, 0, 6)
        rows.setVerticalSpacing(4)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = make_editor(spec)
            editor.setObjectName(f"escalation_{spec.name}")
            editor.value_edited.connect(self.edited)
            self.editors[spec.name] = editor
            label = QLabel(_label_html(core_text(spec.label), spec.required))
            label.setToolTip(core_text(spec.hint))
            label.setBuddy(editor)
            self.labels[spec.name] = label
            if single:
                label.hide()  # the item heading says it
                rows.addRow(editor)
            elif spec.multiline:
                rows.addRow(label)
                rows.addRow(editor)
            else:
                rows.addRow(label, editor)
        layout.addLayout(rows)

    def note(self) -> EscalationNote:
        """The note as shown."""
        return EscalationNote(**{name: editor.value() for name, editor in self.editors.items()})

    def set_note(self, note: EscalationNote) -> None:
        """Show ``note`` (loading a case: undo history starts afresh, no ``edited``)."""
        for name, editor in self.editors.items():
            editor.set_value(getattr(note, name))

    def replace_fields(self, changes: dict[str, str]) -> None:
        """Change some fields as one user edit each (Ctrl+Z in a field takes it back)."""
        for name, text in changes.items():
            self.editors[name].replace_value(text)

    def focus_field(self, name: str) -> None:
        """Scroll to field ``name`` and put the cursor in it."""
        editor = self.editors[name]
        self.ensureWidgetVisible(editor, 0, 80)
        editor.setFocus()

    def show_fallbacks(self, facts: CaseFacts) -> None:
        """An empty service or region field shows what the escalation takes from the facts."""
        for name in ("service", "region"):
            editor = self.editors[name]
            value = getattr(facts, name).strip()
            hint = (
                self.tr("From the case facts: {value}").format(value=value)
                if value
                else core_text(editor.spec.hint)
            )
            if isinstance(editor, TextField) and editor.hint != hint:
                editor.hint = hint
                editor.viewport().update()

    def show_findings(self, completeness: Completeness) -> None:
        """Mark fields that are missing or weak (their border), with the reason as tooltip.

        An empty note gets no marks: a page of red boxes helps nobody start.
        """
        started = any(editor.value().strip() for editor in self.editors.values())
        for name, editor in self.editors.items():
            findings = completeness.for_field(name) if started else ()
            state = findings[0].level if findings else ""
            if editor.property("finding") != state:
                editor.setProperty("finding", state)
                editor.style().unpolish(editor)
                editor.style().polish(editor)
            reasons = "\n".join(core_text(f.message) for f in findings)
            editor.setToolTip(core_text(editor.spec.hint) + (f"\n\n{reasons}" if reasons else ""))
