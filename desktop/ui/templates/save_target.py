"""Asks where to save a template: which library (personal or a team folder) and the file name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.templating import LibrarySource, TemplateNameError, template_path
from desktop.ui.long_lines import hold_long_lines


class SaveTargetDialog(QDialog):
    """Pick a writable library and a file name inside it; the full path is shown as you type."""

    def __init__(
        self, sources: list[LibrarySource], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save template to…"))
        self.sources = sources
        self.library = QComboBox()
        for source in sources:
            label = self.tr("Personal (only you)") if source.kind == "personal" else self.tr("Team: {name}").format(name=source.name)
            self.library.addItem(f"{label} — {source.root}", source)
        self.name = hold_long_lines(QLineEdit(name))
        self.name.setPlaceholderText(self.tr("reply/en/my-template.md.j2"))
        self.name.setMinimumWidth(360)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("formHelp")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Library"), self.library)
        form.addRow(self.tr("File name"), self.name)
        form.addRow("", self.where)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.library.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    def source(self) -> LibrarySource:
        """The library chosen."""
        source = self.library.currentData()
        assert isinstance(source, LibrarySource)
        return source

    def _update(self) -> None:
        try:
            path = template_path(self.source().root, self.name.text())
        except TemplateNameError as error:
            self.where.setText(str(error))
            ok = False
        else:
            exists = self.tr(" (replaces the file there)") if path.exists() else ""
            self.where.setText(self.tr("Saves to {path}").format(path=path) + exists)
            ok = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
