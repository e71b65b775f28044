"""File → Handover note…: the note of every open case touched in the shift, shown before copying.

The note is built from the queue off the GUI thread; secrets are redacted by the gate's scanner.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.queue.handover import HandoverNote
from desktop.ui.long_lines import PlainTextField, hold_long_lines


class HandoverDialog(QDialog):
    """Shows the handover note; Copy puts exactly what is shown on the clipboard.

    Signals:
        options_changed(int, str): the shift length (hours) or the receiving zone changed.
    """

    options_changed = Signal(int, str)

    def __init__(self, zone: str, zones: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Handover note"))
        self.resize(820, 640)
        self.hours = QSpinBox()
        self.hours.setRange(1, 72)
        self.hours.setValue(8)
        self.hours.setSuffix(self.tr(" h"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        zone_edit = self.zone.lineEdit()
        assert zone_edit is not None  # an editable combo box always has one
        hold_long_lines(zone_edit)
        self.zone.addItems(zones)
        self.zone.setCurrentText(zone)
        self.note = PlainTextField()
        self.note.setObjectName("handoverNote")
        self.note.setReadOnly(True)
        self.note.setPlainText(self.tr("Building the note…"))
        self.status = QLabel()
        self.status.setObjectName("handoverStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setEnabled(False)
        options = QHBoxLayout()
        shift_label = QLabel(self.tr("Cases touched in the last"))
        shift_label.setBuddy(self.hours)  # a screen reader names the box from its label
        zone_label = QLabel(self.tr("Receiving team's time zone:"))
        zone_label.setBuddy(self.zone)
        options.addWidget(shift_label)
        options.addWidget(self.hours)
        options.addWidget(zone_label)
        options.addWidget(self.zone, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.hours.valueChanged.connect(self._on_options_changed)
        self.zone.activated.connect(self._on_options_changed)
        zone_edit.editingFinished.connect(self._on_options_changed)

    def since(self) -> timedelta:
        return timedelta(hours=self.hours.value())

    def show_note(self, note: HandoverNote) -> None:
        self.note.setPlainText(note.markdown)
        count = len(note.cases)
        text = self.tr("{0} open case(s).").format(count)
        if note.redactions:
            text += " " + self.tr("{0} secret(s) redacted by the pre-send gate.").format(
                note.redactions
            )
        self.status.setText(text)
        self.copy_button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self.note.setPlainText("")
        self.status.setText(message)
        self.copy_button.setEnabled(False)

    def copy(self) -> None:
        """Copy the note as shown."""
        QApplication.clipboard().setText(self.note.toPlainText())
        self.status.setText(self.tr("Copied to the clipboard."))

    def _on_options_changed(self, *_args: object) -> None:
        self.copy_button.setEnabled(False)
        self.options_changed.emit(self.hours.value(), self.zone.currentText().strip())
