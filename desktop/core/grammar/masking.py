"""Finds the parts of a reply that are not prose (code, URLs, IDs, paths, identifiers).

Spelling issues that touch these spans are dropped, and any issue lying wholly inside one is
dropped, so ``i-0abc123def4567890`` or ``describeInstances`` is never flagged as a typo.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.markers import FILL_MARKER_RE, JINJA_LEFTOVER_RE, REDACTION_MARKER_RE

Span = tuple[int, int]

_CLI_PREFIXES = (
    r"\$|>\s*\$|#\s*\$|PS>|aws|kubectl|gcloud|gsutil|az|terraform|docker|helm|eksctl|sudo|curl"
    r"|wget|git|pip|npm|ssh|scp|ls|cat|cd|export|systemctl|journalctl|openssl|dig|nslookup"
)
_INLINE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(`+)(?:(?!\1).)+?\1"),  # Markdown code spans (single line)
    re.compile(rf"(?m)^[ \t]*(?:{_CLI_PREFIXES})[ \t][^\n]*$"),  # command lines
    re.compile(r"\b(?:https?|ftp|s3|gs|file|ssh)://[^\s<>()\"'`]+[^\s<>()\"'`.,;:!?]"),  # URLs
    re.compile(r"\bwww\.[^\s<>()\"'`]+[^\s<>()\"'`.,;:!?]"),
    re.compile(r"\barn:[\w-]+:[\w-]*:[\w-]*:\d*:[^\s,;\"'`)]+"),  # ARNs
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # email addresses
    re.compile(r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b"),  # UUIDs
    re.compile(r"\b[a-z]{1,8}-[0-9a-f]{8,17}\b"),  # resource IDs: i-0abc..., vol-..., sg-...
    re.compile(r"(?<![\w/\\:])(?:~|\.\.?)?(?:/[\w.@~-]*[\w@~-])+/?"),  # absolute paths
    re.compile(r"\b[A-Za-z]:\\[^\s\"'`]+"),  # Windows paths
    re.compile(r"\b[\w.-]+/[\w.-]+/[\w./-]*[\w-]"),  # relative paths with two slashes
    re.compile(
        r"\b[\w-]+\.(?:py|json|ya?ml|txt|log|sh|tf|tfvars|js|ts|conf|cfg|ini|xml|md|jar"
        r"|zip|gz|csv|pem|key|crt|env|toml|lock|java|go|rs|sql)\b"
    ),  # file names
    re.compile(r"\b[A-Za-z_][\w-]+(?:\.[A-Za-z_][\w-]+)+\b"),  # dotted names, host names
    re.compile(r"\b(?:\w+[-.:/])*\w*\d\w*(?:[-.:/]\w+)*"),  # with a digit: us-east-1, t3.large
    re.compile(r"\b[A-Z0-9]{16,}\b"),  # request IDs such as 4442587FB7D0A2F9
    re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\b"),  # camelCase
    re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b"),  # PascalCase: CloudWatch, AccessDenied
    re.compile(r"\b[A-Z]{2,}[a-z]\w*\b"),  # acronym-led names: CPUUtilization, HTTPServer
    re.compile(r"\b\w+_\w*\b"),  # snake_case, SCREAMING_SNAKE
    re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*(?:=\S+)?"),  # --flags, -Xmx
    re.compile(r"\b\w+=\S+"),  # key=value
    re.compile(r"<[^>\n]{1,80}>"),  # <placeholders>, HTML tags
    FILL_MARKER_RE,
    REDACTION_MARKER_RE,  # "[REDACTED: e-mail address]" is the gate's, not the engineer's words
    JINJA_LEFTOVER_RE,
)


def _block_code_spans(text: str) -> list[Span]:
    """Fenced and indented code blocks, found with markdown-it-py."""
    if "```" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return []
    from markdown_it import MarkdownIt

    line_starts = [0]
    for match in re.finditer("\n", text):
        line_starts.append(match.end())
    line_starts.append(len(text))
    spans: list[Span] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in {"fence", "code_block"} and token.map is not None:
            first, last = token.map
            start = line_starts[min(first, len(line_starts) - 1)]
            end = line_starts[min(last, len(line_starts) - 1)]
            spans.append((start, end))
    return spans


@lru_cache(maxsize=512)
def _non_prose_spans_cached(text: str) -> tuple[Span, ...]:
    spans = _block_code_spans(text)
    for pattern in _INLINE_PATTERNS:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    return tuple(merge_spans(spans))


def non_prose_spans(text: str) -> list[Span]:
    """Return sorted, merged ``(start, end)`` Python-index spans of ``text`` that are not prose."""
    return list(_non_prose_spans_cached(text))


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sort spans and merge the ones that overlap or touch."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether ``start..end`` shares at least one character with any of ``spans``."""
    return any(s < max(end, start + 1) and start < e for s, e in spans)


def inside(spans: list[Span], start: int, end: int) -> bool:
    """Whether ``start..end`` lies wholly within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def mask_text(text: str, spans: list[Span], fill: str = " ") -> str:
    """Return ``text`` with each non-prose character replaced by ``fill`` (newlines kept)."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = fill
    return "".join(chars)
