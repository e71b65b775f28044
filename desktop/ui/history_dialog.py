"""The draft history browser: pick a saved version and restore it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store import Version


def local_time(saved_at: str) -> str:
    """A stored UTC timestamp as local date and time for people."""
    try:
        moment = datetime.fromisoformat(saved_at).astimezone()
    except ValueError:
        return saved_at
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class HistoryDialog(QDialog):
    """Lists saved versions, newest first, with a read-only preview."""

    def __init__(self, title: str, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.versions = versions
        self.list = QListWidget()
        for version in versions:
            first_line = version.content.strip().split("\n", 1)[0][:60]
            QListWidgetItem(f"{local_time(version.saved_at)}\n{first_line}", self.list)
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setAccessibleName(self.tr("Preview of the chosen version"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        restore = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        restore.setText(self.tr("Restore this version"))
        restore.setEnabled(False)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if versions:
            self.list.setCurrentRow(0)

    def chosen(self) -> Version | None:
        """The version the user picked."""
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _on_list_row_changed(self, row: int) -> None:
        version = self.chosen()
        self.preview.setPlainText(version.content if version else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(version is not None)
        del row
