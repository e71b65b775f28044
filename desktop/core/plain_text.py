"""Markdown as readable plain text, for support consoles and mail that take no formatting.

Headings lose their ``#`` (the first two levels are underlined), ``**bold**`` and ``_italic_``
lose their markers, lists keep theirs, links read ``text (url)``, tables read ``Field: value``,
block quotes keep ``>``, and code keeps its text exactly.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # ~90 ms with its plugins: not while the features install

    # Raw HTML is text here as in the HTML flavour: what was typed is what is sent.
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _link_target(token: Token) -> str:
    href = str(token.attrGet("href") or "")
    return href.removeprefix("mailto:") if token.markup == "autolink" else href


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    links: list[tuple[str, int]] = []  # open links: target and where their text starts
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "link_open":
            links.append((_link_target(child), len(parts)))
        elif child.type == "link_close" and links:
            target, start = links.pop()
            text = "".join(parts[start:])
            if target and target != text:
                parts.append(f" ({target})")
    return "".join(parts)


class _Writer:
    """Walks the token stream once, keeping the open lists and quotes."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.delimiters: list[str] = []
        self.quote = 0
        self.row: list[str] | None = None  # cells of the table row being read
        self.prefix = ""

    def _quoted(self, line: str) -> str:
        return ("> " * self.quote + line).rstrip() if self.quote else line

    def blank(self) -> None:
        self.lines.append(self._quoted(""))

    def add(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            ordered = kind == "ordered_list_open"
            self.lists.append([int(start) if start else 1] if ordered else [])
            self.delimiters.append(token.markup if ordered else "")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            self.delimiters.pop()
            if not self.lists:
                self.blank()
        elif kind == "list_item_open":
            numbers = self.lists[-1]
            marker = f"{numbers[0]}{self.delimiters[-1] or '.'} " if numbers else "- "
            if numbers:
                numbers[0] += 1
            self.prefix = "   " * (len(self.lists) - 1) + marker
        elif kind == "blockquote_open":
            self.quote += 1
        elif kind == "blockquote_close":
            self.quote -= 1
            if self.lines and self.lines[-1].replace(" ", "") == ">" * (self.quote + 1):
                self.lines[-1] = self._quoted("")  # the quote's last blank line is outside it
        elif kind == "inline" and self.row is not None:
            self.row.append(_inline_text(token).strip())
        elif kind == "inline":
            self._paragraph(_inline_text(token))
        elif kind == "heading_close":
            underline = {"h1": "=", "h2": "-"}.get(token.tag, "")
            if underline and self.lines:
                self.lines.append(self._quoted(underline * display_width(self.lines[-1])))
            self.blank()
        elif kind == "paragraph_close" and not self.lists:
            self.blank()
        elif kind in ("fence", "code_block"):
            indent = "    " if kind == "code_block" else "   " * len(self.lists)
            for line in token.content.rstrip("\n").split("\n"):
                self.lines.append(self._quoted(indent + line if line else ""))
            self.blank()
        elif kind == "tr_open":
            self.row = []
        elif kind == "tr_close" and self.row is not None:
            self.lines.append(self._quoted(_table_row(self.row)))
            self.row = None
        elif kind == "table_close":
            self.blank()
        elif kind == "hr":
            self.lines.append(self._quoted("----"))
            self.blank()

    def _paragraph(self, text: str) -> None:
        indent = "   " * len(self.lists)
        first, *rest = text.split("\n")
        self.lines.append(self._quoted((self.prefix or indent) + first))
        self.lines.extend(self._quoted(indent + line) for line in rest)
        self.prefix = ""


def markdown_to_plain_text(markdown: str) -> str:
    """The Markdown as readable plain text (see the module docstring)."""
    writer = _Writer()
    for token in _parser().parse(markdown):
        writer.add(token)
    text = "\n".join(writer.lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n" if text else ""


def _table_row(cells: list[str]) -> str:
    """A two-column row reads as ``Field: value``; wider rows are joined with `` · ``."""
    if len(cells) == 2:
        return f"{cells[0]}: {cells[1]}" if cells[1] else cells[0]
    return " · ".join(cells)
