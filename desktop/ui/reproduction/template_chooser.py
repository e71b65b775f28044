"""The "Start from template…" dialog: the checklist library, a preview, and broken files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklist import (
    ENVIRONMENT_FIELDS,
    ChecklistLibrary,
    ChecklistTemplate,
    checklist_to_markdown,
    template_matches,
)
from desktop.ui.long_lines import hold_long_lines
from desktop.ui.theme import hex_colour


def _origin(template: ChecklistTemplate) -> str:
    return (
        QCoreApplication.translate("Template_chooser", "Bundled")
        if template.origin == "bundled"
        else template.origin
    )


class TemplateChooser(QDialog):
    """Lists the library's templates (title, description, source); broken files with errors."""

    def __init__(self, library: ChecklistLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a checklist template"))
        self.resize(860, 540)
        self._templates = list(library.templates.values())
        self.search = hold_long_lines(QLineEdit())
        self.search.setObjectName("checklistTemplateSearch")
        self.search.setPlaceholderText(self.tr("Search checklists: service, symptom, error…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("checklistTemplates")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        for template in self._templates:
            text = f"{template.title}\n{template.description}\nFrom: {_origin(template)}"
            item = QListWidgetItem(text, self.list)
            item.setToolTip(template.source)
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        self.preview.setOpenLinks(False)
        self.errors = QLabel()
        self.errors.setObjectName("templateErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.setStyleSheet(f"color: {hex_colour('error_text')};")
        if library.errors:
            lines = [f"• {error}" for error in library.errors]
            self.errors.setText(
                self.tr("These template files could not be loaded:\n") + "\n".join(lines)
            )
        self.errors.setVisible(bool(library.errors))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([360, 500])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Use this template")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_list_row_changed(-1)
        if self._templates:
            self.list.setCurrentRow(0)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the list (Enter then takes it)."""
        if watched is self.search and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and event.type() == QKeyEvent.Type.KeyPress:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.list.count()) if not self.list.item(row).isHidden()]

    def _move(self, step: int) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        current = self.list.currentRow()
        position = rows.index(current) + step if current in rows else 0
        self.list.setCurrentRow(rows[max(0, min(position, len(rows) - 1))])

    def _on_search_text_changed(self, text: str) -> None:
        for row, template in enumerate(self._templates):
            self.list.item(row).setHidden(not template_matches(template, text))
        rows = self._visible_rows()
        if self.list.currentRow() not in rows:
            self.list.setCurrentRow(rows[0] if rows else -1)

    def chosen(self) -> ChecklistTemplate | None:
        """The highlighted template."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._templates) or self.list.item(row).isHidden():
            return None
        return self._templates[row]

    def select_id(self, template_id: str) -> bool:
        """Highlight the template with ``template_id``; return whether it exists."""
        for row, template in enumerate(self._templates):
            if template.id == template_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _on_list_row_changed(self, _row: int) -> None:
        template = self.chosen()
        if template is None:
            self.preview.clear()
        else:
            about = f"*{template.description}*\n\n" if template.description else ""
            hints = [
                f"- **{label}:** {hint}"
                for name, label in ENVIRONMENT_FIELDS.items()
                # "<family>" would be read as an HTML tag and hide the rest of the preview.
                if (hint := " ".join(template.checklist.hint(name).split()).replace("<", "\\<"))
            ]
            record = self.tr("**What to record**\n\n") + "\n".join(hints) + "\n\n" if hints else ""
            self.preview.setMarkdown(about + record + checklist_to_markdown(template.checklist))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(template is not None)
