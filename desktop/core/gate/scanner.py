"""The pre-send gate's scanner: runs every rule over a text and returns sorted findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.core.gate import privacy
from desktop.core.gate.findings import Finding, make_finding, rule_finding
from desktop.core.gate.leftovers import origin
from desktop.core.gate.matcher import find_secrets
from desktop.core.gate.ruleset import load_ruleset
from desktop.core.gate.spans import Intervals
from desktop.core.markers import FILL_MARKER_RE

_FENCE_RE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE_RE = re.compile(r"`[^`\n]+`")
_JINJA_OPEN_RE = re.compile(r"\{[{%#]")
_JINJA_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
# Warnings that only restate part of a blocked secret (``pw@host`` in a URL with a password).
_DROPPED_NEAR_BLOCKS = frozenset(
    {"email", "public_ip", "aws_account_id", "internal_host", "jinja_in_code", "template_syntax"}
)


@dataclass(frozen=True)
class ScanOptions:
    """What the gate needs besides the text.

    Attributes:
        internal_domains: domains whose host names must not reach customers (``corp.example``).
        escalation_text: the case's escalation note; long lines of it pasted into a reply warn.
        grammar_issues: ``(start, end, message)`` of grammar problems still in the text.
        min_escalation_line: shortest escalation line (characters) worth flagging.
        rule_files: extra secret rule files in gitleaks' format (Settings, team folders).
    """

    internal_domains: Sequence[str] = privacy.DEFAULT_INTERNAL_DOMAINS
    escalation_text: str = ""
    grammar_issues: Sequence[tuple[int, int, str]] = field(default_factory=tuple)
    min_escalation_line: int = 40
    rule_files: Sequence[str] = ()


def _code_spans(text: str) -> Intervals:
    spans = [m.span() for m in _FENCE_RE.finditer(text)]
    spans += [m.span() for m in _INLINE_CODE_RE.finditer(text)]
    return Intervals(sorted(spans))


def jinja_leftovers(text: str) -> Iterable[tuple[int, int]]:
    """The spans ``desktop.core.markers.JINJA_LEFTOVER_RE.finditer`` finds, in linear time.

    The shared regex rescans to the end of the text for every unclosed ``{{``, which takes
    seconds on large pasted logs; this walks openers and closers once, and stops looking for an
    opener once it is known to have no closer after it.
    """
    position = 0
    unclosed: set[str] = set()
    opener_re = _JINJA_OPEN_RE
    while True:
        opener = opener_re.search(text, position)
        if opener is None:
            return
        kind = opener.group()
        closer = text.find(_JINJA_CLOSE[kind], opener.end())
        if closer == -1:
            unclosed.add(kind)  # no closer after this one, so none after any later one either
            still_open = [k for k in _JINJA_CLOSE if k not in unclosed]
            if not still_open:
                return
            opener_re = re.compile("|".join(re.escape(k) for k in still_open))
            position = opener.start() + 1
            continue
        yield opener.start(), closer + 2
        position = closer + 2


def _template_findings(text: str) -> Iterable[Finding]:
    for match in FILL_MARKER_RE.finditer(text):
        yield make_finding("fill_marker", *match.span())
    code = _code_spans(text)
    for start, end in jinja_leftovers(text):
        who = origin(text, start, end)
        if who == "foreign":
            continue  # a Helm chart or workflow the customer pasted, not our template
        if code.contains(start, end):
            yield make_finding("jinja_in_code", start, end)
        else:
            yield make_finding("jinja_leftover" if who == "ours" else "template_syntax", start, end)


def _raw_findings(text: str, options: ScanOptions) -> Iterable[Finding]:
    rules = load_ruleset(options.rule_files).rules
    for hit in find_secrets(rules, text):
        spec = hit.rule.spec
        yield rule_finding(
            spec.id, spec.severity, hit.start, hit.end, hit.rule.label, hit.rule.message
        )
    yield from _template_findings(text)
    for start, end in privacy.emails(text):
        yield make_finding("email", start, end)
    for start, end in privacy.public_ips(text):
        yield make_finding("public_ip", start, end)
    for start, end in privacy.aws_account_ids(text):
        yield make_finding("aws_account_id", start, end)
    for start, end in privacy.internal_hosts(text, options.internal_domains):
        yield make_finding("internal_host", start, end)
    if options.escalation_text:
        lines = privacy.escalation_lines(text, options.escalation_text, options.min_escalation_line)
        for start, end in lines:
            yield make_finding("escalation_text", start, end)
    for start, end, message in options.grammar_issues:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if start < end:
            yield make_finding("grammar", start, end, f"Grammar: {message}")


def _outermost(findings: list[Finding]) -> list[Finding]:
    """Drop each finding contained in an earlier one (grammar findings contain nothing)."""
    kept: list[Finding] = []
    furthest = -1
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if finding.end <= furthest:
            continue
        kept.append(finding)
        if finding.kind != "grammar":
            furthest = max(furthest, finding.end)
    return kept


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop duplicates, warnings restating part of a block, and findings inside a same-or-worse one.

    Runs in O(n log n): a pasted log can hold tens of thousands of findings.
    """
    unique = {(f.start, f.end, f.kind): f for f in findings if f.start < f.end}.values()
    blocks = _outermost([f for f in unique if f.blocks])
    block_spans = Intervals([(f.start, f.end) for f in blocks])
    warnings = [
        f
        for f in unique
        if not f.blocks
        and not block_spans.contains(f.start, f.end)
        and not (f.kind in _DROPPED_NEAR_BLOCKS and block_spans.overlaps(f.start, f.end))
    ]
    return sorted(blocks + _outermost(warnings), key=lambda f: (f.start, f.end, f.kind))


def scan(text: str, options: ScanOptions | None = None) -> list[Finding]:
    """Return every finding in ``text``, sorted by position.

    Spans are Python character offsets (``text[f.start:f.end]``); convert to UTF-16 for Qt.
    """
    return _dedupe(_raw_findings(text, options or ScanOptions()))


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop the text from being sent."""
    return [f for f in findings if f.blocks]
