"""Splits a document into paragraphs (blank-line separated; code fences kept whole)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE_RE = re.compile(r"^[ \t]{0,3}(```|~~~)")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's text and where it starts in the document (Python index)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Index just past the paragraph."""
        return self.start + len(self.text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Return the non-blank paragraphs of ``text``; ``"".join`` of the gaps gives ``text`` back.

    Paragraphs are separated by lines holding only whitespace, except inside a fenced code
    block, which stays one paragraph even when it contains blank lines.
    """
    paragraphs: list[Paragraph] = []
    start: int | None = None
    fence = ""
    position = 0
    for line in text.splitlines(keepends=True):
        blank = not line.strip()
        marker = _FENCE_RE.match(line)
        if marker is not None:
            fence = "" if fence and marker.group(1) == fence else (fence or marker.group(1))
        if blank and not fence:
            if start is not None:
                paragraphs.append(_paragraph(text, start, position))
                start = None
        elif start is None:
            start = position
        position += len(line)
    if start is not None:
        paragraphs.append(_paragraph(text, start, len(text)))
    return paragraphs


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    body = text[start:end].rstrip("\r\n")
    return Paragraph(start, body)
