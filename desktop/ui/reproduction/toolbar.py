"""The Reproduction tab's actions and their buttons: template, blank, undo/redo, files, steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.reproduction import file_actions

if TYPE_CHECKING:
    from desktop.ui.reproduction.pane import ReproductionPane

# Key sequences are built only once the application exists (StandardKey needs its theme).
STEP_SHORTCUTS: dict[str, tuple[str | QKeySequence.StandardKey, ...]] = {
    "add_step": ("Insert", "Ctrl+Return", "Ctrl+Enter"),  # i18n: key names
    "remove_step": (QKeySequence.StandardKey.Delete,),
    "move_up": ("Alt+Up",),
    "move_down": ("Alt+Down",),
}


def _button(action: QAction, text: str | None = None) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if text is not None:
        button.setText(text)
    return button


def _row(*widgets: QWidget, stretch_after: int = -1) -> QWidget:
    """A row of buttons that wraps when the pane is narrow (``stretch_after`` is kept for callers
    that mark a group: the wrapped row needs no stretch)."""
    box = QWidget()
    layout = FlowLayout(box, spacing=2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _with_tip(action: QAction, tip: str) -> QAction:
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    return action


def build_toolbars(pane: ReproductionPane) -> tuple[QWidget, QWidget]:
    """Create the pane's actions (in ``pane.actions_by_name``); return the two button rows."""
    actions = pane.actions_by_name

    def action(name: str, text: str, slot: object) -> QAction:
        created = QAction(text, pane)
        created.triggered.connect(slot)
        actions[name] = created
        return created

    action(
        "from_template",
        QCoreApplication.translate("Toolbar", "Start from template…"),
        lambda: file_actions.start_from_template(pane),
    )
    action("new_blank", QCoreApplication.translate("Toolbar", "New blank"), pane.new_blank)
    action(
        "copy_markdown",
        QCoreApplication.translate("Toolbar", "Copy as Markdown"),
        lambda: file_actions.copy_markdown(pane),
    )
    action(
        "export_yaml",
        QCoreApplication.translate("Toolbar", "Export YAML…"),
        lambda: file_actions.export_yaml(pane),
    )
    action(
        "import_yaml",
        QCoreApplication.translate("Toolbar", "Import YAML…"),
        lambda: file_actions.import_yaml(pane),
    )
    stack = pane.undo_stack
    undo = action("undo", QCoreApplication.translate("Toolbar", "Undo"), stack.undo)
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = action("redo", QCoreApplication.translate("Toolbar", "Redo"), stack.redo)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for shortcut_action in (undo, redo):
        shortcut_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pane.addAction(shortcut_action)  # the keys work anywhere in the pane

    # The signals carry the values: the stack emits them while it is being destroyed too.
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    undo_tip = QCoreApplication.translate("Toolbar", "Undo {action} (Ctrl+Z)")
    redo_tip = QCoreApplication.translate("Toolbar", "Redo {action} (Ctrl+Shift+Z)")
    stack.undoTextChanged.connect(lambda text: undo.setToolTip(undo_tip.format(action=text)))
    stack.redoTextChanged.connect(lambda text: redo.setToolTip(redo_tip.format(action=text)))
    undo.setEnabled(False)
    redo.setEnabled(False)
    undo.setToolTip(
        QCoreApplication.translate("Toolbar", "Undo the last checklist change (Ctrl+Z)")
    )
    redo.setToolTip(QCoreApplication.translate("Toolbar", "Redo (Ctrl+Shift+Z)"))

    steps = {
        "add_step": (
            QCoreApplication.translate("Toolbar", "Add step"),
            QCoreApplication.translate("Toolbar", "Add a step below the selected one"),
            pane.add_step,
        ),
        "remove_step": (
            QCoreApplication.translate("Toolbar", "Remove"),
            QCoreApplication.translate("Toolbar", "Remove the selected step"),
            pane.remove_step,
        ),
        "move_up": (
            QCoreApplication.translate("Toolbar", "Up"),
            QCoreApplication.translate("Toolbar", "Move the selected step up"),
            lambda: pane.move_step(-1),
        ),
        "move_down": (
            QCoreApplication.translate("Toolbar", "Down"),
            QCoreApplication.translate("Toolbar", "Move the selected step down"),
            lambda: pane.move_step(1),
        ),
    }
    for name, (text, tip, slot) in steps.items():
        step_action = action(name, text, slot)
        step_action.setShortcuts([QKeySequence(key) for key in STEP_SHORTCUTS[name]])
        step_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        pane.table.addAction(step_action)  # the keys work while the table has focus
        _with_tip(step_action, tip)

    # Ctrl+Enter while writing a step adds the next one (the fields do not take that key).
    next_step = action(
        "add_step_from_editor", QCoreApplication.translate("Toolbar", "Add step"), pane.add_step
    )
    next_step.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    next_step.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    pane.step_editor.addAction(next_step)

    more = QToolButton()
    more.setText("YAML")
    more.setToolTip(
        QCoreApplication.translate(
            "Toolbar", "Export or import the checklist as YAML, to hand it to another engineer"
        )
    )
    more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(more)
    menu.addAction(actions["export_yaml"])
    menu.addAction(actions["import_yaml"])
    more.setMenu(menu)
    undo_button = _button(undo)
    redo_button = _button(redo)
    for button, name in (
        (undo_button, QCoreApplication.translate("Toolbar", "Undo")),
        (redo_button, QCoreApplication.translate("Toolbar", "Redo")),
    ):
        button.setAccessibleName(name)
        button.setObjectName(f"checklist{name}")
    top = _row(
        _button(actions["from_template"]),
        _button(actions["new_blank"]),
        _button(actions["copy_markdown"]),
        more,
        stretch_after=1,
    )
    heading = QLabel(QCoreApplication.translate("Toolbar", "Steps"))
    heading.setObjectName("paneHeading")
    steps_row = _row(
        heading,
        undo_button,
        redo_button,
        *(_button(actions[name]) for name in steps),
        stretch_after=2,
    )
    return top, steps_row
