"""Text leaving the app: Markdown to HTML for the clipboard, and atomic file export."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.atomic import write_text_atomically
from desktop.core.plain_text import markdown_to_plain_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

EXPORT_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html")


def _renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt  # ~90 ms with its plugins: not while the features install

    # Raw HTML in a reply is shown as text, never passed through; markdown-it also refuses
    # javascript:/vbscript:/file: links.
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def markdown_to_html(markdown: str) -> str:
    """Render Markdown to an HTML fragment (the clipboard's HTML flavour)."""
    rendered: str = _renderer().render(markdown)
    return rendered


def html_document(markdown: str, title: str = "") -> str:
    """A complete UTF-8 HTML page holding the rendered ``markdown``."""
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n"
        f"{markdown_to_html(markdown)}</body>\n</html>\n"
    )


def clipboard_flavours(markdown: str) -> tuple[str, str]:
    """The ``(plain_text, html_fragment)`` pair to put on the clipboard together.

    Support consoles paste the plain text as it is, so it is rendered from the Markdown
    (no ``**`` or ``#`` reaches the customer); the HTML is the Markdown rendered.
    """
    return markdown_to_plain_text(markdown), markdown_to_html(markdown)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (old file or new, never half)."""
    write_text_atomically(path, text)


def export_text(path: Path, markdown: str, title: str = "") -> None:
    """Export ``markdown`` to ``path``: ``.txt`` and ``.md`` as written, ``.html`` rendered.

    Raises:
        ValueError: the suffix is not one of :data:`EXPORT_SUFFIXES`.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValueError(
            f"cannot export to {suffix or 'a file without a suffix'}; use .txt, .md or .html"
        )
    content = html_document(markdown, title) if suffix == ".html" else markdown
    atomic_write_text(Path(path), content)
