"""The Thread tab: the case's timeline, read-only — the customer's messages as pasted, with their
received times, and between them the replies sent, status changes and follow-up dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.queue.events import (
    CUSTOMER_MESSAGE,
    FOLLOW_UP_SET,
    REPLY_SENT,
    STATUS_CHANGED,
    Event,
)
from desktop.core.queue.handover import two_lines
from desktop.core.queue.zones import format_in_zone, parse_utc
from desktop.ui.i18n import babel_locale
from desktop.ui.theme import hex_colour


class ThreadView(QWidget):
    """Shows a case's timeline; nothing here is editable."""

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

    def _when(self, text: str, mine: tzinfo, customer: tzinfo | None) -> str:
        moment = parse_utc(text)
        if moment is None:
            return text
        when = format_in_zone(moment, mine, locale=babel_locale())
        if customer is not None:
            when += (
                " · "
                + self.tr("customer")
                + " "
                + format_in_zone(moment, customer, locale=babel_locale())
            )
        return when

    def show_events(self, events: Sequence[Event], mine: tzinfo, customer: tzinfo | None) -> None:
        """Replace the view with a case's timeline (oldest first)."""
        parts: list[str] = []
        muted = hex_colour("muted_text")  # the light or dark scheme in use
        for event in events:
            when = escape(self._when(event.at, mine, customer))
            if event.kind == CUSTOMER_MESSAGE:
                body = escape(event.detail).replace("\n", "<br>")
                parts.append(f"<p><b>{when}</b></p><p>{body}</p><hr>")
            elif event.kind == REPLY_SENT:
                gist = escape(two_lines(event.detail)).replace("\n", "<br>")
                label = escape(self.tr("Reply sent"))
                parts.append(f'<p style="color:{muted}"><i>{label} · {when}</i><br>{gist}</p><hr>')
            elif event.kind == STATUS_CHANGED:
                label = escape(self.tr("Status: {0}").format(event.detail))
                parts.append(f'<p style="color:{muted}"><i>{label} · {when}</i></p>')
            elif event.kind == FOLLOW_UP_SET:
                follow = parse_utc(event.detail)
                label = (
                    self.tr("Follow-up set for {0}").format(
                        format_in_zone(follow, mine, locale=babel_locale())
                    )
                    if follow
                    else self.tr("Follow-up date cleared")
                )
                parts.append(f'<p style="color:{muted}"><i>{escape(label)} · {when}</i></p>')
        empty = "<p><i>" + escape(self.tr("No customer messages yet.")) + "</i></p>"
        self.browser.setHtml("".join(parts) or empty)

    def plain_text(self) -> str:
        return self.browser.toPlainText()
