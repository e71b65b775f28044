"""The template editor for team leads: highlighted Jinja, lint as you type, sample preview, save."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.templating import (
    LibrarySource,
    TemplateEntry,
    TemplateError,
    TemplateNameError,
    TemplateProblem,
    lint_source,
    render_sample,
    save_template,
)
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.fill_dialog import PREVIEW_LIMITS
from desktop.ui.templates.highlighter import JinjaHighlighter
from desktop.ui.templates.preview import PreviewPane
from desktop.ui.templates.save_target import SaveTargetDialog
from desktop.ui.theme import colour
from desktop.ui.long_lines import PlainTextField

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

LINT_DELAY_MS = 300
# i18n: the new template's source (metadata and Jinja), not UI text
NEW_TEMPLATE = """{#-- casewright
title: New reply
description: When to use this reply.
tags: []
language: en
audience: customer
variables:
  next_step:
    label: What happens next
    help: One sentence the customer can act on.
    kind: multiline
    sample: We will check the logs and update you within 4 hours.
--#}
{% include "partials/en/greeting.j2" %}

{{ next_step }}

{% include "partials/en/signature.j2" %}
"""


@dataclass
class SaveTarget:
    """Where Save writes: a library and a file name inside it."""

    source: LibrarySource
    relative: str


class TemplateEditorDialog(QDialog):
    """Edits one template's source; bundled templates are saved as a personal override.

    Signals:
        saved(str): the file path written.
    """

    saved = Signal(str)

    def __init__(
        self, context: InstallContext, catalog: TemplateCatalog, entry: TemplateEntry | None = None
    ) -> None:
        super().__init__(context.parent)
        self.setObjectName("templateEditor")
        self.main_context, self.catalog, self.entry = context, catalog, entry
        self.target = _initial_target(catalog, entry)
        self.info = QLabel()
        self.info.setObjectName("editorInfo")
        self.info.setWordWrap(True)
        self.editor = PlainTextField()
        self.editor.setObjectName("templateSource")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0))
        self.editor.setFont(mono)
        self.highlighter = JinjaHighlighter(self.editor.document())
        self.preview = PreviewPane(self.tr("Preview with sample values"))
        self.problems = QListWidget()
        self.problems.setObjectName("lintProblems")
        self.problems_heading = QLabel(self.tr("Problems"))
        self.problems_heading.setObjectName("paneHeading")
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.preview)
        problems_box = QWidget()
        box_layout = QVBoxLayout(problems_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.position = QLabel()
        self.position.setObjectName("cursorPosition")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.problems_heading, 1)
        heading_row.addWidget(self.position)
        box_layout.addLayout(heading_row)
        box_layout.addWidget(self.problems, 1)
        side.addWidget(problems_box)
        side.setSizes([470, 150])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setSizes([700, 560])
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_as_button = QPushButton(self.tr("Save &to…"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LINT_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        self.problems.itemActivated.connect(self._on_problems_item_activated)
        self.problems.itemClicked.connect(self._on_problems_item_activated)
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.close)
        self.editor.setPlainText(entry.text if entry is not None else NEW_TEMPLATE)
        self.editor.document().setModified(False)
        self.editor.document().modificationChanged.connect(lambda _: self._update_info())
        self.current_problems: list[TemplateProblem] = []
        screen = context.parent.screen().availableGeometry()
        self.resize(min(1300, screen.width() - 40), min(700, screen.height() - 40))
        self._update_info()
        self.check()

    # Checking ------------------------------------------------------------------------------

    def _file_name(self) -> str:
        return self.target.relative if self.target is not None else self.tr("<new template>")

    def _roots(self) -> tuple[Path, ...]:
        if self.target is not None:
            return self.target.source.roots
        return self.catalog.library.sources[0].roots if self.catalog.library.sources else ()

    def check(self) -> None:
        """Lint the text, underline problem lines, and render the sample preview."""
        self._timer.stop()
        text, file, roots = self.editor.toPlainText(), self._file_name(), self._roots()
        self.current_problems = lint_source(text, file=file, roots=roots)
        self._show_problems()
        try:
            self.preview.show_text(
                render_sample(text, file=file, roots=roots, limits=PREVIEW_LIMITS)
            )
        except TemplateError as error:
            self.preview.show_problem(error.problem)

    def _show_problems(self) -> None:
        self.problems.clear()
        selections = []
        for problem in self.current_problems:
            item = QListWidgetItem(
                self.tr("Line {line}: {severity}: {message}").format(
                    line=problem.line, severity=problem.severity, message=problem.message
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.line)
            item.setForeground(
                colour("error_text" if problem.severity == "error" else "warning_text")
            )
            self.problems.addItem(item)
            selections.append(self._underline(problem))
        self.editor.setExtraSelections(selections)
        errors = sum(1 for p in self.current_problems if p.severity == "error")
        warnings = len(self.current_problems) - errors
        self.problems_heading.setText(
            self.tr("Problems: {errors} error(s), {warnings} warning(s)").format(
                errors=errors, warnings=warnings
            )
            if self.current_problems
            else self.tr("Problems: none")
        )

    def _underline(self, problem: TemplateProblem) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(
            colour("underline_spelling" if problem.severity == "error" else "finding_weak")
        )
        fmt.setToolTip(problem.message)
        selection.format = fmt
        block = self.editor.document().findBlockByNumber(max(problem.line - 1, 0))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def underlined_lines(self) -> list[int]:
        """1-based lines that carry a wavy underline now."""
        return [s.cursor.block().blockNumber() + 1 for s in self.editor.extraSelections()]

    def _on_editor_cursor_position_changed(self) -> None:
        cursor = self.editor.textCursor()
        self.position.setText(
            self.tr("Line {line}, column {column}").format(
                line=cursor.blockNumber() + 1, column=cursor.positionInBlock() + 1
            )
        )

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole))
        block = self.editor.document().findBlockByNumber(max(line - 1, 0))
        self.editor.setTextCursor(QTextCursor(block))
        self.editor.centerCursor()
        self.editor.setFocus()

    # Saving --------------------------------------------------------------------------------

    def _update_info(self) -> None:
        entry, target = self.entry, self.target
        modified = self.tr(" (unsaved changes)") if self.editor.document().isModified() else ""
        if target is None:
            text = (
                self.tr("New template, not saved yet. “Save to…” picks your personal folder "
                "or a team folder.")
            )
        elif entry is not None and entry.source.kind == "bundled" and not self._saved_once:
            path = target.source.root / target.relative
            text = self.tr(
                "<b>Bundled template {id}.</b> Saving makes a personal copy at {path} that "
                "overrides the bundled one."
            ).format(id=entry.id, path=path)
        else:
            text = f"<b>{target.source.name}</b>: {target.source.root / target.relative}"
            if entry is not None and entry.source.kind == "bundled":
                text += self.tr(" — your personal copy; it overrides the bundled template.")
        self.info.setText(text + modified)
        title = entry.title if entry is not None else self.tr("New template")
        self.setWindowTitle(self.tr("Template editor — {title}").format(title=title))

    _saved_once = False

    def save(self) -> bool:
        """Save to the current target (asks where first for a new template)."""
        if self.target is None:
            return self.save_as()
        return self._write(self.target)

    def save_as(self) -> bool:
        """Ask for a library and a file name, then save there."""
        sources = [s for s in self.catalog.library.sources if s.kind != "bundled"]
        name = self.target.relative if self.target is not None else "reply/en/new-reply.md.j2"
        dialog = SaveTargetDialog(sources, name, self)
        if not dialog.exec():
            return False
        return self._write(SaveTarget(dialog.source(), dialog.name.text().strip()))

    def _write(self, target: SaveTarget) -> bool:
        try:
            path = save_template(target.source.root, target.relative, self.editor.toPlainText())
        except (TemplateNameError, OSError) as error:
            QMessageBox.warning(self, self.tr("Template not saved"), self.tr("Could not save the template: {error}").format(error=error))
            return False
        self.target = target
        self._saved_once = True
        self.editor.document().setModified(False)
        self.catalog.reload()
        saved = self.catalog.library.get(_id_of(target.relative))
        note = self.tr(" It overrides the bundled template.") if saved and saved.overrides_bundled else ""
        self._update_info()
        self.main_context.show_status(self.tr("Saved {path}.").format(path=path) + note, 6000)
        self.saved.emit(str(path))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save unsaved changes."""
        if self.confirm_discard():
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        """Escape and Close ask about unsaved changes too."""
        if self.confirm_discard():
            super().reject()

    def confirm_discard(self) -> bool:
        """True if the editor may close: nothing unsaved, saved now, or the user discards."""
        if not self.editor.document().isModified():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved template"), self.tr("Save your changes to this template?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )  # fmt: skip
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self.editor.document().setModified(False)
            return True
        return False


def _id_of(relative: str) -> str:
    from desktop.core.templating import template_id

    return template_id(relative)


def _initial_target(catalog: TemplateCatalog, entry: TemplateEntry | None) -> SaveTarget | None:
    if entry is None:
        return None
    if entry.source.kind != "bundled":
        return SaveTarget(entry.source, entry.relative_path)
    personal = next((s for s in catalog.library.sources if s.kind == "personal"), None)
    return SaveTarget(personal, entry.relative_path) if personal is not None else None
