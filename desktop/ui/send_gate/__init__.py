"""The pre-send gate feature: Copy reply and Export reply… go through a scan of the text.

Other panes use the same gate through ``window.send_gate`` (a :class:`SendGate`):
``confirm_send(text, source_editor=..., title=...) -> bool``, ``approve(...) -> str | None``,
``copy_text(...)`` and ``export_text(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.send_gate.gate import SendGate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Give the window its gate and an "Export reply…" action after "Copy reply"."""
    gate = SendGate(window)
    window.send_gate = gate  # type: ignore[attr-defined]
    export = window._action(
        QCoreApplication.translate("Send_gate", "E&xport reply…"), "Ctrl+E", gate.export_reply
    )
    actions = window.edit_menu.actions()
    copy_index = next(
        (
            i
            for i, action in enumerate(actions)
            if action.text() == QCoreApplication.translate("Send_gate", "&Copy reply")
        ),
        None,
    )
    if copy_index is not None and copy_index + 1 < len(actions):
        window.edit_menu.insertAction(actions[copy_index + 1], export)
    else:
        window.edit_menu.addAction(export)
