"""Where the data lives, shown to the user: a path row with "Open folder", and Help → About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.about import AboutInfo


class DataFolderRow(QWidget):
    """The data folder's path (selectable, to paste into a file manager) and "Open folder"."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.path_label = QLabel(str(folder))
        self.path_label.setObjectName("dataFolderPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Show the data folder in your file manager"))
        self.open_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path_label, 1)
        layout.addWidget(self.open_button)

    def open_folder(self) -> bool:
        """Open the folder in the system's file manager; return whether that worked."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))


class AboutDialog(QDialog):
    """Help → About: the version, and where this installation keeps its data."""

    def __init__(
        self, data_folder: Path, parent: QWidget | None = None, details: AboutInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Casewright"))
        self.setMinimumWidth(480)
        self.details = details
        title = QLabel(f"<b>Casewright {__version__}</b>")  # i18n: name and version
        blurb = QLabel(
            self.tr("Offline assistant for support engineers' case replies and escalations.")
        )
        blurb.setWordWrap(True)
        where = QLabel(
            self.tr("Your cases, settings, templates and dictionary are in this data folder:")
        )
        where.setWordWrap(True)
        self.data_folder = DataFolderRow(data_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, blurb, where, self.data_folder):
            layout.addWidget(widget)
        if details is not None:  # engines and library versions, for a bug report
            self.resize(600, 480)
            self.report = QPlainTextEdit(details.report())
            self.report.setObjectName("aboutReport")
            self.report.setReadOnly(True)
            layout.addWidget(self.report, 1)
            self.copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
            self.copy.setToolTip(self.tr("Copy these details for a bug report"))
            self.copy.clicked.connect(self.copy_report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        """Put the details (version, data folder, engines, libraries) on the clipboard."""
        if self.details is not None:
            QApplication.clipboard().setText(self.details.report())
            self.copy.setText(self.tr("Copied"))
