"""Desktop notifications when a case becomes due (through the system tray where there is one)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.core.queue.board import QueueEntry
from desktop.ui.i18n import core_text

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext


class DueNotifier(QObject):
    """Shows one notification per announced case; clicking it opens the case.

    Signals:
        announced(int, str): a notification was shown (or would be, without a tray): key, text.
    """

    announced = Signal(int, str)

    def __init__(self, context: InstallContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._last_key: int | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(context.parent.windowIcon(), self)
            self.tray.setToolTip("Casewright")
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
            self.tray.show()

    def announce(self, entry: QueueEntry, now: datetime) -> None:
        """Tell the user that ``entry`` is due (or overdue)."""
        label = core_text(entry.label(now).text)
        facts = entry.case.facts
        text = f"{entry.display_id} · {facts.subject or self.tr('(no subject)')}: {label}"
        self._last_key = entry.case.key
        if self.tray is not None:
            self.tray.showMessage(self.tr("Case due"), text, QSystemTrayIcon.MessageIcon.Warning)
        self.announced.emit(entry.case.key, text)

    def _on_tray_message_clicked(self) -> None:
        if self._last_key is not None:
            self._context.parent.showNormal()
            self._context.parent.activateWindow()
            self._context.open_case(self._last_key)
