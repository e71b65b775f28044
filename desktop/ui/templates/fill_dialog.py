"""The Ctrl+K dialog: find a template, fill in its form beside a live preview, insert it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from desktop.core.templating import (
    DEFAULT_LIMITS,
    RenderLimits,
    TemplateEntry,
    TemplateError,
    render_entry,
)
from desktop.ui.templates.case_context import known_values, render_context
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.fill_form import FillForm
from desktop.ui.templates.picker import TemplatePicker
from desktop.ui.templates.preview import PreviewPane

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

PREVIEW_DELAY_MS = 100
# The preview runs on the GUI thread (bundled templates take a few milliseconds); a runaway
# template is stopped sooner here than on Insert, so typing never stalls for long.
PREVIEW_LIMITS = RenderLimits(max_seconds=0.4)


class TemplateFillDialog(QDialog):
    """Picker | form | preview; Insert puts the text at the reply cursor as one undo step.

    Signals:
        inserted(str): a template's id, after its text went into the reply.
    """

    inserted = Signal(str)

    def __init__(self, context: InstallContext, catalog: TemplateCatalog) -> None:
        super().__init__(context.parent)
        self.setObjectName("templateFillDialog")
        self.setWindowTitle(self.tr("Insert a template"))
        self.main_context = context
        self.catalog = catalog
        self.picker = TemplatePicker(catalog)
        self.form = FillForm()
        self.preview = PreviewPane(self.tr("Preview (yellow: still to fill in)"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.picker, self.form, self.preview):
            splitter.addWidget(widget)
        splitter.setSizes([330, 420, 530])
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        buttons = QDialogButtonBox()
        self.insert_button = QPushButton(self.tr("&Insert at cursor"))
        self.insert_button.setToolTip(self.tr("Ctrl+Enter. Ctrl+Z in the reply takes it back."))
        self.replace_button = QPushButton(self.tr("&Replace draft"))
        self.replace_button.setToolTip(
            self.tr("Replace the whole reply. Ctrl+Z in the reply takes it back.")
        )
        buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.insert_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self.picker.current_changed.connect(self._on_picker_current_changed)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.form.values_changed.connect(self._timer.start)
        self.insert_button.clicked.connect(lambda: self.insert(replace=False))
        self.replace_button.clicked.connect(lambda: self.insert(replace=True))
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.insert(replace=False))
        catalog.reloaded.connect(self._on_catalog_reloaded)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = self.main_context.parent.screen().availableGeometry()
        self.resize(min(1300, screen.width() - 40), min(700, screen.height() - 40))

    def start(self, template_id: str = "") -> None:
        """Show the dialog for the case on screen, with an empty search (or ``template_id``)."""
        self.picker.search.clear()
        self.picker.set_language(self.main_context.facts().language)
        if template_id:
            self.picker.select_id(template_id)
        self._show_entry(self.picker.current_entry())
        self.open()
        self.picker.search.setFocus()

    @property
    def entry(self) -> TemplateEntry | None:
        """The template being filled in."""
        return self.form.entry

    def _on_picker_current_changed(self, entry: TemplateEntry | None) -> None:
        if entry is not self.form.entry:
            self._show_entry(entry)

    def _show_entry(self, entry: TemplateEntry | None) -> None:
        self.form.show_entry(entry, known_values(self.main_context))
        self.insert_button.setEnabled(entry is not None)
        self.replace_button.setEnabled(entry is not None)
        self.render_preview()

    def _on_picker_chosen(self, entry: TemplateEntry) -> None:
        if self.form.inputs:
            self.form.focus_first_field()
        else:
            self.insert_button.setFocus()

    def _on_catalog_reloaded(self) -> None:
        if self.isVisible():
            self._show_entry(self.picker.current_entry())

    def render_text(self, limits: RenderLimits = DEFAULT_LIMITS) -> str:
        """The template rendered with the form, fill markers for what is missing.

        Raises:
            TemplateError: the template cannot be rendered (file, line and message).
        """
        if self.entry is None:
            return ""
        context = render_context(self.main_context, self.form.values())
        return render_entry(self.entry, context, markers=True, limits=limits)

    def render_preview(self) -> None:
        """Render now and show the text or the error (the debounce timer calls this)."""
        self._timer.stop()
        try:
            self.preview.show_text(self.render_text(PREVIEW_LIMITS))
        except TemplateError as error:
            self.preview.show_problem(error.problem)

    def insert(self, *, replace: bool) -> bool:
        """Put the rendered text into the reply (at the cursor or over the draft), undoably."""
        entry = self.entry
        if entry is None:
            return False
        try:
            text = self.render_text()
        except TemplateError as error:
            self.preview.show_problem(error.problem)
            return False
        editor = self.main_context.reply_editor
        if replace:
            editor.replace_all_undoably(text)
        else:
            editor.insert_undoably(text)
        self.catalog.record_use(entry)
        self.accept()
        editor.setFocus()
        done = (
            self.tr("Replaced the draft with “{title}”; Ctrl+Z undoes it")
            if replace
            else self.tr("Inserted “{title}”; Ctrl+Z undoes it")
        )
        self.main_context.show_status(done.format(title=entry.title), 6000)
        self.inserted.emit(entry.id)
        return True
