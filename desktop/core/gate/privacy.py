"""Warnings: things that may be fine to send but deserve a look (addresses, IDs, internal names).

The public-IP rule follows detect-secrets' ip_public.py, with Python's ``ipaddress`` deciding
what is public. Named secrets (``password=``, ``api_key:``) block; they live in
``resources/gate/rules.toml`` with the other secret rules.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Sequence
from typing import Any

import re2  # type: ignore[import-untyped]  # google-re2 ships no type stubs

from desktop.core.gate.spans import Intervals

Span = tuple[int, int]

_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*"
    r"\.[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])"
)
# RFC 2606 / 6761 names reserved for documentation and tests.
_EXAMPLE_DOMAIN_RE = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$", re.I)
_IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\w)")
_IPV6_RE = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_VERSION_WORD_RE = re.compile(r"(?:version|ver\.?|release|build|v)\s*$", re.IGNORECASE)
_ACCOUNT_RE = re.compile(r"(?<![\w-])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![\w-])")
_ACCOUNT_CONTEXT_RE = re.compile(r"account|acct|owner|aws", re.IGNORECASE)
_ARN_RE = re.compile(r"arn:aws[a-z-]*:[^\s]*")
# Account IDs AWS uses in its documentation.
_DOC_ACCOUNTS = frozenset({"123456789012", "111122223333", "444455556666", "777788889999"})
DEFAULT_INTERNAL_DOMAINS: tuple[str, ...] = ("corp", "intranet", "lan", "localdomain")
# Names that are internal wherever they appear: EC2 private DNS (ip-10-0-1-5.ec2.internal),
# anything under .internal (AWS, GCP), and hosts with a corp or intranet label in the middle
# (wiki.corp.acme.com). RE2: a pasted run of dotted labels cannot make it slow.
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_CLOUD_INTERNAL_RE = re2.compile(
    r"(?i)(?:^|[^\w.-])((?:[a-z][a-z0-9+.-]{0,30}://)?(?:ip-(?:\d{1,3}-){3}\d{1,3}"
    r"(?:\.[a-z0-9-]+)*|(?:[a-z0-9-]+\.)+internal|(?:[a-z0-9-]+\.)+(?:corp|intranet)"
    r"(?:\.[a-z0-9-]+)+)(?::\d+)?(?:/[^\s<>\"'\x60)\]]*)?)",
    _OPTIONS,
)


# Cheap RE2 signs that a line may hold a match. The exact patterns above (Python's re, with
# look-arounds) then run on those lines only: none of them can match across a line break.
_EMAIL_SIGN = re2.compile(r"@[A-Za-z0-9-]+\.", _OPTIONS)
_IPV4_SIGN = re2.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d", _OPTIONS)
_IPV6_SIGN = re2.compile(r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:", _OPTIONS)
_ACCOUNT_SIGN = re2.compile(r"\d{12}|\d{4}-\d{4}-\d{4}", _OPTIONS)


def _lines_with(text: str, sign: Any) -> Iterator[Span]:
    """(start, end) of each line of ``text`` where ``sign`` matches, each line once."""
    line_end = -1
    for match in sign.finditer(text):
        if match.start() < line_end:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        yield line_start, line_end


def _matches(pattern: re.Pattern[str], text: str, sign: Any) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searching only the lines where ``sign`` matches."""
    for start, end in _lines_with(text, sign):
        yield from pattern.finditer(text, start, end)


def emails(text: str) -> Iterator[Span]:
    """Email addresses, except documentation domains and ``git@host:`` remotes."""
    for match in _matches(_EMAIL_RE, text, _EMAIL_SIGN):
        if _EXAMPLE_DOMAIN_RE.search(match.group("domain")):
            continue
        if text.startswith(":", match.end()):
            continue  # scp-style git remote, not an address
        yield match.span()


def public_ips(text: str) -> Iterator[Span]:
    """IPv4/IPv6 addresses that are globally routable (not private, loopback or documentation)."""
    for pattern, sign in ((_IPV4_RE, _IPV4_SIGN), (_IPV6_RE, _IPV6_SIGN)):
        for match in _matches(pattern, text, sign):
            try:
                address = ipaddress.ip_address(match.group())
            except ValueError:
                continue
            if not address.is_global:
                continue
            if address.version == 4 and _VERSION_WORD_RE.search(
                text[max(0, match.start() - 9) : match.start()]
            ):
                continue
            yield match.span()


def aws_account_ids(text: str) -> Iterator[Span]:
    """Twelve-digit AWS account IDs named as such, outside ARNs and documentation examples."""
    lines = list(_lines_with(text, _ACCOUNT_SIGN))
    arns = Intervals([m.span() for s, e in lines for m in _ARN_RE.finditer(text, s, e)])
    for match in (m for s, e in lines for m in _ACCOUNT_RE.finditer(text, s, e)):
        start, end = match.span()
        if match.group().replace("-", "") in _DOC_ACCOUNTS:
            continue
        if arns.contains(start, end):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if _ACCOUNT_CONTEXT_RE.search(text[max(line_start, start - 40) : start]):
            yield start, end


def _host_pattern(domains: list[str], at_least_one_label: bool) -> re.Pattern[str]:
    labels = r"(?:[A-Za-z0-9-]+\.)" + ("+" if at_least_one_label else "*")
    names = "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True))
    return re.compile(
        r"(?<![\w.-])(?:[A-Za-z][A-Za-z0-9+.-]{0,30}://)?" + labels + f"(?:{names})"
        r"(?![\w-]|\.[A-Za-z0-9])(?::\d+)?(?:/[^\s<>\"'`)\]]*)?",
        re.IGNORECASE,
    )


def internal_hosts(text: str, domains: Sequence[str]) -> Iterator[Span]:
    """Host names (and their URLs) under any of the internal ``domains``.

    A single-label domain such as ``corp`` needs a host in front (``wiki.corp``), so the plain
    word in prose does not match; ``corp.example.com`` matches on its own too.
    """
    clean = {d.strip().strip(".").lower() for d in domains} - {""}
    dotted = [d for d in clean if "." in d]
    single = [d for d in clean if "." not in d]
    patterns = [
        _host_pattern(group, not dots) for group, dots in ((dotted, True), (single, False)) if group
    ]
    names = "|".join(re2.escape(d) for d in sorted(clean, key=len, reverse=True))
    sign = re2.compile(f"(?i){names}", _OPTIONS) if names else None
    for pattern in patterns:
        for match in _matches(pattern, text, sign):
            yield match.start(), _trim_punctuation(text, match.start(), match.end())
    for match in _CLOUD_INTERNAL_RE.finditer(text):
        start, end = match.span(1)
        yield start, _trim_punctuation(text, start, end)


def _trim_punctuation(text: str, start: int, end: int) -> int:
    """Sentence punctuation after a URL is not part of it."""
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return end


def escalation_lines(text: str, escalation: str, min_chars: int = 40) -> Iterator[Span]:
    """Places where a long line of the escalation note was pasted into ``text``."""
    seen: set[str] = set()
    for raw in escalation.splitlines():
        line = raw.strip().lstrip("#>*-+ ").strip()
        if len(line) < min_chars or line in seen:
            continue
        seen.add(line)
        start = text.find(line)
        while start != -1:
            yield start, start + len(line)
            start = text.find(line, start + len(line))
