"""The Settings dialog, built from the declared settings schema."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, describe

SettingEditor = QLineEdit | QPlainTextEdit | QSpinBox


class SettingsDialog(QDialog):
    """One editor per setting, each with its title and description; lists are one per line."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.resize(640, 560)
        self._original = settings
        self.editors: dict[str, SettingEditor] = {}
        form = QFormLayout()
        for name, title, description in describe():
            editor = self._editor_for(getattr(settings, name))
            editor.setToolTip(description)
            self.editors[name] = editor
            hint = QLabel(description)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            column = QVBoxLayout()
            column.addWidget(editor)
            column.addWidget(hint)
            form.addRow(title, column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _editor_for(value: object) -> SettingEditor:
        if isinstance(value, list):
            text = QPlainTextEdit("\n".join(str(item) for item in value))
            text.setFixedHeight(60)
            return text
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(200, 10_000)
            spin.setValue(value)
            return spin
        return QLineEdit(str(value))

    def settings(self) -> Settings:
        """The settings as edited."""
        values: dict[str, object] = {}
        for spec in fields(Settings):
            editor = self.editors[spec.name]
            if isinstance(editor, QPlainTextEdit):
                lines = editor.toPlainText().splitlines()
                values[spec.name] = [line.strip() for line in lines if line.strip()]
            elif isinstance(editor, QSpinBox):
                values[spec.name] = editor.value()
            else:
                values[spec.name] = editor.text().strip()
        return replace(self._original, **values)
