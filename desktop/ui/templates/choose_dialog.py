"""A small "which template?" dialog (for Edit template…), built on the picker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.core.templating import TemplateEntry
from desktop.ui.templates.catalog import TemplateCatalog
from desktop.ui.templates.picker import TemplatePicker


class ChooseTemplateDialog(QDialog):
    """Type to find a template; Enter or OK chooses it."""

    def __init__(self, catalog: TemplateCatalog, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = TemplatePicker(catalog)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(lambda _entry: self.accept())
        self.picker.refresh()
        self.picker.search.setFocus()
        self.resize(460, 520)

    def chosen(self) -> TemplateEntry | None:
        """The template highlighted when the dialog was accepted."""
        return self.picker.current_entry()
