"""The visible marker for a value a template could not fill, and how to find leftovers."""

from __future__ import annotations

import re

# A marker stays readable in plain text and is easy to find before sending.
FILL_MARKER_RE = re.compile(r"\[\[FILL: (?P<label>[^\]\n]{1,200})\]\]")
# What the pre-send gate puts in place of a secret (desktop.core.gate.redact.redaction_marker).
REDACTION_MARKER_RE = re.compile(r"\[REDACTED: [^\]\n]{1,80}\]")
JINJA_LEFTOVER_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def fill_marker(label: str) -> str:
    """Return the marker shown in place of an unfilled value, e.g. ``[[FILL: Contact name]]``."""
    clean = " ".join(label.replace("]", ")").split()) or "value"
    return f"[[FILL: {clean[:200]}]]"


def find_fill_markers(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, label)`` for every fill marker in ``text``."""
    return [(m.start(), m.end(), m.group("label")) for m in FILL_MARKER_RE.finditer(text)]
