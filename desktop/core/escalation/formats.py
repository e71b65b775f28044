"""An escalation's Markdown as HTML or plain text (for the clipboard), and atomic ``.md`` export."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token


def _parser() -> MarkdownIt:
    # No raw HTML: text typed into the note must never become markup on the clipboard.
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def markdown_to_html(markdown: str) -> str:
    """The Markdown as an HTML fragment (tables included; raw HTML shown as text)."""
    html: str = _parser().render(markdown)
    return html


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def markdown_to_plain_text(markdown: str) -> str:
    """The Markdown as readable plain text: no ``#``, ``**`` or table pipes; lists keep markers."""
    lines: list[str] = []
    lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
    row: list[str] | None = None  # cells of the table row being read
    prefix = ""
    for token in _parser().parse(markdown):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            lists.append([int(start) if start else 1] if kind == "ordered_list_open" else [])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                lines.append("")
        elif kind == "list_item_open":
            numbers = lists[-1]
            marker = f"{numbers[0]}. " if numbers else "- "
            if numbers:
                numbers[0] += 1
            prefix = "   " * (len(lists) - 1) + marker
        elif kind == "inline" and row is not None:
            row.append(_inline_text(token).strip())
        elif kind == "inline":
            indent = "   " * len(lists)
            text = _inline_text(token)
            first, *rest = text.split("\n")
            lines.append((prefix or indent) + first)
            lines.extend(indent + line for line in rest)
            prefix = ""
        elif kind == "heading_close":
            underline = {"h1": "=", "h2": "-"}.get(token.tag, "")
            lines.extend([underline * len(lines[-1])] if underline and lines else [])
            lines.append("")
        elif kind == "paragraph_close" and not lists:
            lines.append("")
        elif kind in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
            lines.append("")
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            lines.append(_table_row(row))
            row = None
        elif kind == "table_close":
            lines.append("")
        elif kind == "hr":
            lines.extend(["----", ""])
    return "\n".join(lines).strip() + "\n"


def _table_row(cells: list[str]) -> str:
    """A two-column row reads as ``Field: value``; wider rows are joined with `` · ``."""
    if len(cells) == 2:
        return f"{cells[0]}: {cells[1]}" if cells[1] else cells[0]
    return " · ".join(cells)
