"""The Thread tab: the customer's messages as pasted, read-only, newest last, with times."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.queue.events import Event
from desktop.core.queue.zones import format_in_zone, parse_utc


class ThreadView(QWidget):
    """Shows a case's customer messages; nothing here is editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.browser = QTextBrowser()
        self.browser.setObjectName("threadBrowser")
        self.browser.setOpenLinks(False)
        self.hint = QLabel(self.tr("Case → Paste customer message (Ctrl+Shift+V) adds one here."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.hint)

    def show_messages(self, messages: list[Event], mine: tzinfo, customer: tzinfo | None) -> None:
        """Replace the view with ``messages`` (oldest first)."""
        parts: list[str] = []
        for message in messages:
            moment = parse_utc(message.at)
            when = format_in_zone(moment, mine) if moment else message.at
            if moment is not None and customer is not None:
                when += " · " + self.tr("customer") + " " + format_in_zone(moment, customer)
            body = escape(message.detail).replace("\n", "<br>")
            parts.append(f"<p><b>{escape(when)}</b></p><p>{body}</p><hr>")
        empty = "<p><i>" + escape(self.tr("No customer messages yet.")) + "</i></p>"
        self.browser.setHtml("".join(parts) or empty)

    def plain_text(self) -> str:
        return self.browser.toPlainText()
