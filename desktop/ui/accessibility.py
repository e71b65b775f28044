"""Names every control for screen readers, from what a sighted user reads next to it.

Qt names buttons, check boxes and tabs from their text and a field from the label whose buddy
it is; a field with only a placeholder or a tooltip, a list, a tab strip or a scroll area gets
no name at all, and a screen reader then says only "edit text". ``name_controls`` gives each
such control the words the user sees: its placeholder, else the first sentence of its tooltip,
else the caller's fallback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as ``widget``'s name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _visible_words(widget: QWidget) -> str:
    placeholder = ""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        placeholder = widget.placeholderText()
    elif isinstance(widget, QComboBox) and (line_edit := widget.lineEdit()) is not None:
        placeholder = line_edit.placeholderText() or widget.currentText()
    if placeholder.strip():
        return placeholder.strip()
    tip = widget.toolTip().strip()
    return tip.split("\n", 1)[0].split(". ", 1)[0].rstrip(".") if tip else ""


def name_controls(root: QWidget, fallbacks: dict[str, str] | None = None) -> int:
    """Name every focusable control under ``root`` that has no accessible name; return how many.

    ``fallbacks`` maps object names to names for controls that show no words of their own.
    """
    fallbacks = fallbacks or {}
    named = 0
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or accessible_name(widget):
            continue
        words = _visible_words(widget) or fallbacks.get(widget.objectName(), "")
        if not words and type(widget) is QScrollArea:
            words = widget.window().windowTitle()  # a dialog's scrolling body: its title
        owner = widget.parentWidget()
        if not words and owner is not None and isinstance(widget, QLineEdit):
            words = accessible_name(owner)  # the text box inside a spin box or combo box
        if words:
            widget.setAccessibleName(words)
            named += 1
    return named


def dialog_fallbacks() -> dict[str, str]:
    """Screen-reader names for dialog controls that show no words of their own."""
    return {
        "handoverNote": QCoreApplication.translate("Accessibility", "Handover note"),
        "intakeMessage": QCoreApplication.translate("Accessibility", "Customer message"),
        "intakeFacts": QCoreApplication.translate("Accessibility", "Facts found"),
        "templatePreview": QCoreApplication.translate("Accessibility", "Preview"),
        "fillForm": QCoreApplication.translate("Accessibility", "Template fields"),
        "lintProblems": QCoreApplication.translate("Accessibility", "Template problems"),
        "templateSource": QCoreApplication.translate("Accessibility", "Template source"),
        "aboutReport": QCoreApplication.translate("Accessibility", "Details for a bug report"),
        "checklistTemplates": QCoreApplication.translate("Accessibility", "Checklist templates"),
        "shortcutTable": QCoreApplication.translate("Accessibility", "Keyboard shortcuts"),
        "userGuide": QCoreApplication.translate("Accessibility", "User guide"),
    }


def _on_focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QDialog):  # rows added after it opened are named on the next move
        name_controls(dialog, dialog_fallbacks())


def install_dialog_naming(app: QApplication) -> None:
    """Name the controls of every dialog as focus enters it (message boxes and Qt's own too).

    Dialogs build some controls as they fill (gate rows, template fields), so naming runs
    whenever focus moves inside a dialog; it only touches controls that have no name yet.
    """
    if not app.property("casewrightDialogNaming"):
        app.focusChanged.connect(_on_focus_changed)
        app.setProperty("casewrightDialogNaming", True)
