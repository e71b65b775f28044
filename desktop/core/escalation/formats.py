"""An escalation's Markdown as HTML or plain text (for the clipboard), and atomic ``.md`` export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.plain_text import markdown_to_plain_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # ~90 ms with its plugins: not while the features install

    # No raw HTML: text typed into the note must never become markup on the clipboard.
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def markdown_to_html(markdown: str) -> str:
    """The Markdown as an HTML fragment (tables included; raw HTML shown as text)."""
    html: str = _parser().render(markdown)
    return html


__all__ = ["markdown_to_html", "markdown_to_plain_text"]
