"""How the gate panel describes findings: line, masked excerpt, fix and a summary sentence.

Nothing here returns a secret's full value: secrets are masked in every excerpt, including
secrets of other findings that happen to sit next to the one described.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.gate.decision import GateDecision
from desktop.core.gate.findings import Finding
from desktop.core.gate.redact import redaction_marker
from desktop.core.i18n import translate

MASK = "•"
_WHITESPACE_RE = re.compile(r"\s+")
CONTEXT_CHARS = 32
# Kinds whose matched text is not a secret: showing it is what helps the engineer fix it.
CLEAR_KINDS = frozenset(
    {
        "fill_marker",
        "jinja_leftover",
        "jinja_in_code",
        "template_syntax",
        "escalation_text",
        "grammar",
        "internal_host",
    }
)
_LONGEST_SPAN = 20_000  # private keys and pasted notes; findings starting further back are ignored
FIX_LABELS = {
    "redact": translate("Gate", "Redact"),
    "fill": translate("Gate", "Fill"),
    "remove": translate("Gate", "Remove"),
}


@dataclass(frozen=True)
class FindingView:
    """One row of the gate panel."""

    finding: Finding
    line: int
    excerpt: str


def line_number(text: str, offset: int) -> int:
    """1-based line of the Python index ``offset``."""
    return text.count("\n", 0, max(0, offset)) + 1


def mask_value(kind: str, value: str) -> str:
    """``value`` as the panel may show it: masked unless the kind is not a secret."""
    value = _WHITESPACE_RE.sub(" ", value).strip()
    if kind in CLEAR_KINDS:
        return value if len(value) <= 48 else value[:47] + "…"
    keep = 4 if len(value) >= 16 else 0  # AKIA, ghp_, xoxb, eyJh: says what it is, not the key
    return value[:keep] + MASK * 8


class _Masker:
    """Masks secret findings inside any window of one text (findings indexed by start)."""

    def __init__(self, text: str, findings: Sequence[Finding]) -> None:
        self.text = text
        self.findings = sorted((f for f in findings if f.kind not in CLEAR_KINDS), key=_start)
        self.starts = [f.start for f in self.findings]

    def window(self, start: int, end: int, skip: Finding) -> str:
        """``text[start:end]`` on one line, every secret overlapping it (but ``skip``) masked."""
        first = bisect_left(self.starts, start - _LONGEST_SPAN)
        last = bisect_left(self.starts, end)
        pieces: list[str] = []
        position = start
        for other in self.findings[first:last]:
            if other is skip or other.end <= position or other.start >= end:
                continue
            pieces.append(self.text[position : max(position, other.start)])
            pieces.append(MASK * 3)
            position = min(end, other.end)
        pieces.append(self.text[position:end])
        return _WHITESPACE_RE.sub(" ", "".join(pieces))

    def excerpt(self, finding: Finding) -> str:
        """A one-line excerpt around ``finding`` with its value and nearby secrets masked."""
        text = self.text
        line_start = text.rfind("\n", 0, finding.start) + 1
        line_end = text.find("\n", finding.start)
        line_end = len(text) if line_end == -1 else line_end
        before_start = max(line_start, finding.start - CONTEXT_CHARS)
        after_end = max(finding.end, min(line_end, finding.end + CONTEXT_CHARS))
        before = self.window(before_start, finding.start, finding)
        after = self.window(finding.end, after_end, finding)
        value = mask_value(finding.kind, text[finding.start : finding.end])
        lead = "…" if before_start > line_start else ""
        tail = "…" if after_end < line_end else ""
        return f"{lead}{before}{value}{after}{tail}".strip()


def _start(finding: Finding) -> int:
    return finding.start


def excerpt(text: str, finding: Finding, findings: Sequence[Finding] = ()) -> str:
    """A one-line excerpt around ``finding`` with its value (and nearby secrets) masked.

    Args:
        text: the text that was scanned.
        finding: the finding to show.
        findings: every finding of the text; their secrets are masked where they show.
    """
    return _Masker(text, findings).excerpt(finding)


def describe(text: str, findings: Sequence[Finding], limit: int = 100) -> list[FindingView]:
    """Rows for the first ``limit`` findings, blocks first, each in text order."""
    masker = _Masker(text, findings)
    ordered = sorted(findings, key=lambda f: (not f.blocks, f.start, f.end))[:limit]
    return [FindingView(f, line_number(text, f.start), masker.excerpt(f)) for f in ordered]


def fix_replacement(finding: Finding) -> str | None:
    """What a one-click fix puts in place of the span; None when the fix needs the engineer."""
    if finding.fix == "redact":
        return redaction_marker(finding.kind, finding.label)
    if finding.fix == "remove":
        return ""
    return None


def summary(decision: GateDecision, overridden: int = 0) -> str:
    """One sentence saying what still stands between the text and sending it."""
    blocks, warnings = len(decision.unresolved_blocks), len(decision.unacknowledged_warnings)
    done = translate("Gate", "{count} overridden with a reason.").format(count=overridden)

    def finish(text: str) -> str:  # keeps the Message, so the UI can translate it
        if not overridden:
            return text
        return translate("Gate", "{summary} {overridden}").format(summary=text, overridden=done)

    if blocks:
        if not warnings:
            text = (
                translate("Gate", "{blocks} finding blocks sending: fix or override each one.")
                if blocks == 1
                else translate("Gate", "{blocks} findings block sending: fix or override each one.")
            )
        else:
            text = {
                (True, True): translate(
                    "Gate",
                    "{blocks} finding blocks sending (and {warnings} warning): "
                    "fix or override each one.",
                ),
                (True, False): translate(
                    "Gate",
                    "{blocks} finding blocks sending (and {warnings} warnings): "
                    "fix or override each one.",
                ),
                (False, True): translate(
                    "Gate",
                    "{blocks} findings block sending (and {warnings} warning): "
                    "fix or override each one.",
                ),
                (False, False): translate(
                    "Gate",
                    "{blocks} findings block sending (and {warnings} warnings): "
                    "fix or override each one.",
                ),
            }[(blocks == 1, warnings == 1)]
        return finish(text.format(blocks=blocks, warnings=warnings))
    if warnings:
        text = (
            translate("Gate", "{warnings} warning to review; fix them or choose Send anyway.")
            if warnings == 1
            else translate("Gate", "{warnings} warnings to review; fix them or choose Send anyway.")
        )
        return finish(text.format(warnings=warnings))
    return finish(translate("Gate", "Nothing blocks sending."))
