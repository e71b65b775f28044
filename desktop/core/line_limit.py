"""How long one line of a text field may be, and how to find a text's longest line.

Qt lays out a paragraph in one go on the GUI thread, at about 1 µs per character in
every widget and wrap mode (bench/bench_long_lines.py), so a 10 MB single line freezes
the window for tens of seconds wherever it is shown. Fields refuse such a paste whole,
with a message, rather than freeze or cut it (Qt's line edits cut silently at 32,767).
"""

from __future__ import annotations

# A minified JSON log line of 100,000 characters (the case in issue #11) still fits; it is
# laid out in about a tenth of a second.
LINE_LIMIT = 100_000

# Besides "\n", the characters that end a paragraph in a Qt text document (U+2028 does not).
_OTHER_PARAGRAPH_ENDS = ("\r", "\u2029")


def longest_line(text: str) -> int:
    """The length of the longest line of ``text``, in characters (str methods: a regular
    expression takes half a second over 10 MB)."""
    for end in _OTHER_PARAGRAPH_ENDS:
        if end in text:
            text = text.replace(end, "\n")
    return max(map(len, text.split("\n")))


def too_long(text: str) -> bool:
    """Whether a line of ``text`` is longer than a field takes."""
    return len(text) > LINE_LIMIT and longest_line(text) > LINE_LIMIT
