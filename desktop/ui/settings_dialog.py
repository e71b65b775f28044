"""The Settings dialog, built from the declared settings schema."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, choices, describe
from desktop.ui.data_folder_widgets import DataFolderRow
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import PlainTextField, hold_long_lines

SettingEditor = QLineEdit | QPlainTextEdit | QSpinBox | QComboBox


class SettingsDialog(QDialog):
    """One editor per setting, each with its title and description; lists are one per line."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, data_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 560)
        self._original = settings
        self.editors: dict[str, SettingEditor] = {}
        form = QFormLayout()
        for name, title, description in describe():
            editor = self._editor_for(getattr(settings, name), choices(name))
            editor.setToolTip(core_text(description))
            editor.setAccessibleName(core_text(title))
            editor.setAccessibleDescription(core_text(description))
            self.editors[name] = editor
            hint = QLabel(core_text(description))
            hint.setObjectName("settingHint")
            hint.setWordWrap(True)
            column = QVBoxLayout()
            column.addWidget(editor)
            column.addWidget(hint)
            label = QLabel(core_text(title))
            label.setBuddy(editor)
            form.addRow(label, column)
        self.data_folder: DataFolderRow | None = None
        if data_folder is not None:  # read-only: set with --data-dir or CASEWRIGHT_DATA_DIR
            self.data_folder = DataFolderRow(data_folder)
            form.addRow(QLabel(self.tr("Data folder")), self.data_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The form scrolls: with every setting it is taller than a 768-px laptop screen.
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    @staticmethod
    def _editor_for(value: object, options: tuple[tuple[str, str], ...]) -> SettingEditor:
        if options:
            combo = QComboBox()
            for choice, label in options:
                combo.addItem(core_text(label), choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            return combo
        if isinstance(value, list):
            text = PlainTextField("\n".join(str(item) for item in value))
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setFixedHeight(60)
            return text
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(200, 10_000)
            spin.setValue(value)
            return spin
        return hold_long_lines(QLineEdit(str(value)))

    def settings(self) -> Settings:
        """The settings as edited."""
        # str, list[str] or int: each editor was built for its field's type (see _editor_for).
        values: dict[str, Any] = {}
        for spec in fields(Settings):
            editor = self.editors[spec.name]
            if isinstance(editor, QComboBox):
                values[spec.name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                lines = editor.toPlainText().splitlines()
                values[spec.name] = [line.strip() for line in lines if line.strip()]
            elif isinstance(editor, QSpinBox):
                values[spec.name] = editor.value()
            else:
                values[spec.name] = editor.text().strip()
        return replace(self._original, **values)
