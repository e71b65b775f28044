"""The fill buttons: fill empty fields from the checklist or severity assessment, and undo that."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.escalation import (
    EscalationNote,
    fill_from_checklist,
    fill_from_facts,
    fill_from_severity,
)
from desktop.core.i18n import translate
from desktop.ui.escalation.filling import FillRecord
from desktop.ui.escalation.form import EscalationForm
from desktop.ui.escalation.sources import WindowSources
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import core_text

CHECKLIST_TIP = translate(
    "FillBar", "Fill the empty fields from the case's reproduction checklist and facts."
)
SEVERITY_TIP = translate(
    "FillBar", "Fill empty severity and justification from the severity assessment."
)


class FillBar(QWidget):
    """Fills only empty fields (the core's rule), so nothing typed is overwritten.

    Signals:
        filled(): fields of the form changed (a fill or its undo).
        status_message(str): what was filled, or why nothing was.
    """

    filled = Signal()
    status_message = Signal(str)

    def __init__(
        self, form: EscalationForm, sources: WindowSources, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.sources = sources
        self._last: FillRecord | None = None
        self.checklist_button = QPushButton(self.tr("Fill from checklist"))
        self.checklist_button.clicked.connect(self.fill_from_checklist)
        self.severity_button = QPushButton(self.tr("Fill severity"))
        self.severity_button.clicked.connect(self.fill_severity)
        self.undo_button = QPushButton(self.tr("Undo fill"))
        self.undo_button.setToolTip(self.tr("Put back what the last fill changed."))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_fill)
        row = FlowLayout(self)
        for button in (self.checklist_button, self.severity_button, self.undo_button):
            row.addWidget(button)

    def refresh_sources(self) -> None:
        """Enable each fill button when its source exists; its tooltip says why not."""
        for button, why, tip in (
            (self.checklist_button, self.sources.checklist_unavailable(), CHECKLIST_TIP),
            (self.severity_button, self.sources.severity_unavailable(), SEVERITY_TIP),
        ):
            button.setEnabled(not why)
            keys = button.property("shortcut_hint")
            text = core_text(why or tip)
            button.setToolTip(f"{text} ({keys})" if keys and not why else text)

    def forget(self) -> None:
        """Another case is shown: there is nothing to undo."""
        self._set_last(None)

    def fill_from_checklist(self) -> None:
        """Fill empty fields from the checklist, then service and region from the case facts."""
        checklist = self.sources.checklist()
        note = self.form.note()
        filled = fill_from_checklist(note, checklist) if checklist is not None else note
        self._apply(self.tr("the checklist"), note, fill_from_facts(filled, self.sources.facts()))

    def fill_severity(self) -> None:
        """Fill empty severity and justification from the severity assessment."""
        note = self.form.note()
        severity = self.sources.severity() or {}
        self._apply(self.tr("the severity assessment"), note, fill_from_severity(note, severity))

    def undo_fill(self) -> None:
        """Put back the fields the last fill changed (fields edited since are kept)."""
        if self._last is None:
            return
        self.form.replace_fields(self._last.undo_changes(self.form.note()))
        self._set_last(None)
        self.status_message.emit(self.tr("Fill undone"))
        self.filled.emit()

    def _apply(self, source: str, old: EscalationNote, new: EscalationNote) -> None:
        record = FillRecord.between(source, old, new)
        if not record.after:
            self.status_message.emit(
                self.tr("Nothing to fill from {source}: its fields already have text").format(
                    source=source
                )
            )
            return
        self.form.replace_fields(record.after)
        self._set_last(record)
        self.status_message.emit(
            self.tr("Filled from {source}: {fields} (Undo fill reverts)").format(
                source=source, fields=record.labels()
            )
        )
        self.filled.emit()

    def _set_last(self, record: FillRecord | None) -> None:
        self._last = record
        self.undo_button.setEnabled(record is not None)
