"""The internal escalation pane: the structured note, its completeness, preview, copy and export.

Nothing here flows into the customer reply: the pane has no insert-into-reply action.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escalation import (
    Completeness,
    EscalationNote,
    assess_for_case,
    escalation_templates,
    load_note,
    note_to_json,
)
from desktop.core.i18n import translate
from desktop.ui.escalation.fill_bar import FillBar
from desktop.ui.escalation.form import EscalationForm
from desktop.ui.escalation.meter import CompletenessMeter
from desktop.ui.escalation.output_actions import (
    ask_export_path,
    confirm_incomplete,
    copy_markdown,
    export_markdown,
)
from desktop.ui.escalation.preview import EscalationPreview
from desktop.ui.escalation.rendering import EscalationRenderer
from desktop.ui.escalation.sources import WindowSources
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import core_text

INTERNAL_BANNER = translate(
    "EscalationPane", "INTERNAL · escalation for the product team · never sent to the customer"
)
REFRESH_MS = 300


class EscalationPane(QWidget):
    """Edits the case's escalation note (document kind ``escalation``, JSON).

    Signals:
        note_changed(): the user (or a fill) changed the note; read :meth:`document_json`.
        status_message(str): something to tell the user in the status bar.
    """

    note_changed = Signal()
    status_message = Signal(str)

    def __init__(self, sources: WindowSources, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationPane")
        self.sources = sources
        self.renderer = EscalationRenderer(sources)
        self._preview_stale = True
        self.banner = QLabel(core_text(INTERNAL_BANNER))
        self.banner.setObjectName("internalBanner")
        self.banner.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("escalationNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.form = EscalationForm()
        self.meter = CompletenessMeter()
        self.preview = EscalationPreview()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("escalationTabs")
        self.tabs.addTab(self.form, self.tr("Note"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.fill_bar = FillBar(self.form, sources)
        self.fill_bar.filled.connect(self._on_fill_bar_filled)
        self.fill_bar.status_message.connect(self.status_message)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.fill_bar)
        layout.addWidget(self.meter)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._output_row())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.form.edited.connect(self._on_form_edited)
        self.meter.field_activated.connect(self.focus_field)
        self.tabs.currentChanged.connect(lambda _index: self._render_if_visible())
        self.reload_templates()
        self.refresh()

    # Layout --------------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("escalationTemplate")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(12)
        self.template_combo.setToolTip(
            self.tr("The format: your team's escalation templates appear here.")
        )
        self.template_combo.currentIndexChanged.connect(lambda _i: self._on_template_changed())
        self.copy_button = QToolButton()
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.copy_action = QAction(self.tr("Copy escalation"), self)
        self.copy_action.setToolTip(
            self.tr("Copy as Markdown (rich text for editors that take it).")
        )
        self.copy_action.triggered.connect(lambda: self.copy_escalation())
        self.copy_plain_action = QAction(self.tr("Copy as plain text"), self)
        self.copy_plain_action.triggered.connect(lambda: self.copy_escalation(plain=True))
        self.copy_button.setDefaultAction(self.copy_action)
        self.copy_button.addAction(self.copy_plain_action)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the escalation as a Markdown (.md) file."))
        self.export_button.clicked.connect(lambda: self.export_escalation())

    def _output_row(self) -> FlowLayout:
        row = FlowLayout()
        row.addWidget(QLabel(self.tr("Format")))
        row.addWidget(self.template_combo)
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        return row

    # The document --------------------------------------------------------------------------

    def note(self) -> EscalationNote:
        """The note as shown."""
        return self.form.note()

    def completeness(self) -> Completeness:
        """The completeness of the note as it will be rendered (with the case facts)."""
        return assess_for_case(self.form.note(), self.sources.facts())

    def document_json(self) -> str:
        """The note as the case's ``escalation`` document."""
        return note_to_json(self.form.note())

    def show_document(self, text: str) -> None:
        """Show a stored document; text that is not a note is kept in the summary, with notice."""
        loaded = load_note(text)
        self.form.set_note(loaded.note)
        self.notice.setText(loaded.notice)
        self.notice.setVisible(bool(loaded.notice))
        if loaded.notice:
            self.status_message.emit(loaded.notice)
        self.fill_bar.forget()
        self.refresh_sources()
        self.refresh()

    def _on_fill_bar_filled(self) -> None:
        self.note_changed.emit()
        self.refresh()

    def _on_form_edited(self) -> None:
        self.note_changed.emit()
        self._timer.start()

    # Meter and preview ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Update the meter, the field marks and (when shown) the preview now."""
        self._timer.stop()
        completeness = self.completeness()
        self.form.show_fallbacks(self.sources.facts())
        self.meter.show_completeness(completeness)
        self.form.show_findings(completeness)
        self._preview_stale = True
        self._render_if_visible()

    def schedule_refresh(self) -> None:
        """Refresh after a short pause (something the preview uses changed)."""
        self._timer.start()

    def focus_field(self, name: str) -> None:
        """Show the Note tab with the cursor in field ``name``."""
        self.tabs.setCurrentWidget(self.form)
        self.form.focus_field(name)

    def _render_if_visible(self) -> None:
        if self._preview_stale and self.tabs.currentWidget() is self.preview:
            self._preview_stale = False
            self.renderer.show_in(self.preview, self.current_template(), self.form.note())

    def current_template(self) -> str:
        """The chosen escalation template's id."""
        return str(self.template_combo.currentData() or "")

    def reload_templates(self) -> None:
        """List the library's escalation templates again, keeping the current choice."""
        chosen = self.current_template()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for entry in escalation_templates(self.sources.library()):
            source = "" if entry.source.kind == "bundled" else f" ({entry.source.name})"
            self.template_combo.addItem(entry.title + source, entry.id)
            last = self.template_combo.count() - 1
            description = entry.summary["description"]
            self.template_combo.setItemData(last, description, Qt.ItemDataRole.ToolTipRole)
        index = self.template_combo.findData(chosen) if chosen else 0
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        self._on_template_changed()

    def _on_template_changed(self) -> None:
        self._preview_stale = True
        self._render_if_visible()

    def refresh_sources(self) -> None:
        """Enable the fill buttons whose source exists (call when the case or features change)."""
        self.fill_bar.refresh_sources()

    # Copy and export -----------------------------------------------------------------------

    def copy_escalation(self, *, plain: bool = False) -> bool:
        """Copy the rendered escalation after confirming when required fields are empty."""
        if not confirm_incomplete(self, self.completeness(), self.tr("Copy")):
            return False
        markdown = self._render_or_warn()
        if markdown is None:
            return False
        markdown = self.sources.approve_for_sending(markdown, self.tr("Copy escalation"))
        if markdown is None:
            return False
        copy_markdown(markdown, plain=plain)
        kind = self.tr("plain text") if plain else "Markdown"
        self.status_message.emit(
            self.tr("Escalation copied as {kind} (internal: not for the customer)").format(
                kind=kind
            )
        )
        return True

    def export_escalation(self, path: Path | None = None) -> bool:
        """Export to a ``.md`` file (asking where unless ``path`` is given)."""
        if not confirm_incomplete(self, self.completeness(), self.tr("Export")):
            return False
        markdown = self._render_or_warn()
        if markdown is None:
            return False
        markdown = self.sources.approve_for_sending(markdown, self.tr("Export escalation"))
        if markdown is None:
            return False
        target = path or ask_export_path(self, self.sources.facts().case_id)
        if target is None or not export_markdown(self, markdown, target):
            return False
        self.status_message.emit(self.tr("Escalation exported to {target}").format(target=target))
        return True

    def _render_or_warn(self) -> str | None:
        markdown, problem = self.renderer.render(self.current_template(), self.form.note())
        if problem:
            QMessageBox.warning(self, self.tr("Escalation not rendered"), problem)
            return None
        return markdown
