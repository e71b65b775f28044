"""Fixes the gate offers: replace a finding's span with a typed marker, or remove it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from desktop.core.gate.findings import KINDS, Finding


def redaction_marker(kind: str, label: str = "") -> str:
    """The text that replaces a redacted span, e.g. ``[REDACTED: AWS access key ID]``."""
    info = KINDS.get(kind)
    name = label or (info.label if info else kind.replace("_", " ").replace("-", " "))
    return f"[REDACTED: {name}]"


def _merged(findings: Iterable[Finding], text_length: int) -> list[tuple[int, int, str]]:
    """Spans clipped to the text and merged where they overlap; the first finding names them."""
    spans = sorted(
        (max(0, f.start), min(text_length, f.end), f.label)
        for f in findings
        if max(0, f.start) < min(text_length, f.end)
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_kind = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_kind)
        else:
            merged.append((start, end, kind))
    return merged


def _replace(text: str, spans: list[tuple[int, int, str]], with_marker: bool) -> str:
    pieces: list[str] = []
    position = 0
    for start, end, label in spans:
        pieces.append(text[position:start])
        if with_marker:
            pieces.append(redaction_marker("", label))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding's span with its typed marker; overlapping spans become one marker.

    All spans refer to the original ``text``, so several redactions applied together stay right.
    """
    return _replace(text, _merged(findings, len(text)), with_marker=True)


def secrets_to_redact(findings: Iterable[Finding]) -> list[Finding]:
    """What "Redact all secrets" replaces: blocking findings whose fix is a redaction, in text
    order, without overlaps. Warnings (an e-mail address, an account ID) are often meant for
    the customer, so each stays the engineer's decision."""
    chosen: list[Finding] = []
    reach = -1
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.blocks and finding.fix == "redact" and finding.start >= reach:
            chosen.append(finding)
            reach = finding.end
    return chosen


def remove(text: str, findings: Iterable[Finding]) -> str:
    """Delete each finding's span (for template leftovers and pasted internal notes)."""
    return _replace(text, _merged(findings, len(text)), with_marker=False)


def shift_after_edit(
    finding: Finding, edit_start: int, edit_end: int, new_length: int
) -> Finding | None:
    """Move ``finding`` to where it is after ``text[edit_start:edit_end]`` became ``new_length``
    characters; None when the edit touched it (rescan to be sure)."""
    if finding.end <= edit_start:
        return finding
    if finding.start >= edit_end:
        delta = new_length - (edit_end - edit_start)
        return dataclasses.replace(finding, start=finding.start + delta, end=finding.end + delta)
    return None
