"""Compiles secret rules and runs them: RE2 (linear time), Python's ``re`` only as a fallback.

RE2 never backtracks, so no pasted text can make a rule slow; a rule RE2 refuses (look-arounds,
back-references) is compiled with ``re`` instead and says so in ``casewright scan --list-rules``.
RE2 runs on the UTF-8 bytes of the text once per rule; byte offsets become character offsets in
one pass at the end. A rule whose keywords are all absent is skipped, as gitleaks does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import re2  # type: ignore[import-untyped]  # google-re2 ships no type stubs

from desktop.core.gate.allow import shannon_entropy
from desktop.core.gate.rule_names import capitalized, rule_name
from desktop.core.gate.rulefile import AllowlistSpec, RuleProblem, RuleSpec
from desktop.core.i18n import translate

ENGINE_RE2 = "RE2"
ENGINE_RE = "re (RE2 cannot compile it)"
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_LINE_CONTEXT = 2000  # a "line" allowlist looks this far either side on one huge line
# A value that is mostly one repeated character (ghp_xxxx…, AKIAXXXX…) is a placeholder.
_ONE_CHARACTER_SHARE = 0.6


class _Pattern(Protocol):
    def finditer(self, text: Any) -> Iterator[Any]: ...  # pragma: no cover - typing only

    def search(self, text: Any) -> Any: ...  # pragma: no cover - typing only


def _compile(pattern: str) -> tuple[_Pattern, str]:
    """Compile with RE2; fall back to ``re`` (Go's ``\\z`` spelled ``\\Z``) if RE2 refuses."""
    try:
        return re2.compile(pattern, _OPTIONS), ENGINE_RE2
    except re2.error:
        return re.compile(pattern.replace(r"\z", r"\Z")), ENGINE_RE


def _compile_bytes(pattern: str) -> tuple[_Pattern, str]:
    try:
        return re2.compile(pattern.encode("utf-8"), _OPTIONS), ENGINE_RE2
    except re2.error:
        return re.compile(pattern.replace(r"\z", r"\Z")), ENGINE_RE


@dataclass(frozen=True)
class CompiledAllowlist:
    """An allowlist with its regexes compiled."""

    spec: AllowlistSpec
    patterns: tuple[_Pattern, ...]

    def allows(self, secret: str, match: str, line: Callable[[], str]) -> bool:
        """True when this allowlist excuses a finding of ``secret`` (``line`` computed lazily)."""
        if self.spec.needs_path and self.spec.condition == "AND":
            return False  # pasted text has no file path or commit to satisfy it
        target_name = self.spec.regex_target
        target = secret if target_name == "secret" else match if target_name == "match" else ""
        if target_name == "line" and self.patterns:
            target = line()
        checks: list[bool] = []
        if self.patterns:
            checks.append(any(p.search(target) is not None for p in self.patterns))
        if self.spec.stopwords:
            lowered = secret.lower()
            checks.append(any(word in lowered for word in self.spec.stopwords))
        if not checks:
            return False
        return all(checks) if self.spec.condition == "AND" else any(checks)


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run, with the allowlists that apply to it."""

    spec: RuleSpec
    engine: str
    pattern: _Pattern
    allowlists: tuple[CompiledAllowlist, ...]

    @property
    def id(self) -> str:
        """The rule id, which is also the kind of its findings."""
        return self.spec.id

    @property
    def label(self) -> str:
        """Short name for redaction markers: a short description, else the id in words."""
        text = self.spec.description.strip().rstrip(".")
        if not 0 < len(text) <= 40:
            text = self.spec.id.replace("-", " ").replace("_", " ")
        return rule_name(text)  # English, carrying the panel's zh-TW/ja names

    @property
    def message(self) -> str:
        """What the gate panel says about a finding (never the value itself)."""
        label = capitalized(self.label)
        if self.spec.severity == "warn":
            return translate("Gate", "{label} is in the text; check it may be sent.").format(
                label=label
            )
        return translate(
            "Gate", "{label} is in the text; redact it (and ask for it to be rotated)."
        ).format(label=label)


def compile_allowlist(spec: AllowlistSpec, source: str, owner: str) -> CompiledAllowlist:
    """Compile ``spec`` (its regexes as one RE2 alternation where possible).

    Raises:
        ValueError: a regex compiles with neither RE2 nor ``re``.
    """
    if not spec.regexes:
        return CompiledAllowlist(spec, ())
    try:  # one pass instead of one per regex; "any of them matches" is the same question
        combined = re2.compile("|".join(f"(?:{p})" for p in spec.regexes), _OPTIONS)
        return CompiledAllowlist(spec, (combined,))
    except re2.error:
        pass
    patterns = []
    for pattern in spec.regexes:
        try:
            patterns.append(_compile(pattern)[0])
        except re.error as error:
            raise ValueError(f"allowlist regex does not compile: {error}") from error
    return CompiledAllowlist(spec, tuple(patterns))


def compile_rule(
    spec: RuleSpec, global_allowlists: Sequence[CompiledAllowlist]
) -> CompiledRule | RuleProblem:
    """Compile one rule, or say why it cannot be used."""
    if spec.path:
        return RuleProblem(spec.source, spec.id, "skipped: it only applies to files by path")
    try:
        pattern, engine = _compile_bytes(spec.regex)
    except re.error as error:
        return RuleProblem(spec.source, spec.id, f"regex does not compile: {error}")
    try:
        own = [compile_allowlist(a, spec.source, spec.id) for a in spec.allowlists]
    except ValueError as error:
        return RuleProblem(spec.source, spec.id, str(error))
    shared = [
        a for a in global_allowlists if not a.spec.target_rules or spec.id in a.spec.target_rules
    ]
    return CompiledRule(spec, engine, pattern, tuple(own + shared))


@dataclass(frozen=True)
class Hit:
    """A rule's secret at ``text[start:end]``."""

    rule: CompiledRule
    start: int
    end: int


def is_one_character_placeholder(value: str, counts: Counter[str] | None = None) -> bool:
    """``ghp_xxxxxxxx…``, ``AKIAXXXX…``, ``00000…TUVWXYZ``: mostly one repeated character.

    Letters and digits only, ignoring case (``counts``: ``Counter(value.lower())`` if known).
    """
    counts = counts if counts is not None else Counter(value.lower())
    alnum = [n for char, n in counts.items() if char.isalnum()]
    total = sum(alnum)
    return total >= 8 and max(alnum) >= _ONE_CHARACTER_SHARE * total


def _secret_span(match: Any, group: int) -> tuple[int, int]:
    count = len(match.groups()) if hasattr(match, "groups") else 0
    if group and group <= count and match.span(group)[0] >= 0:
        return match.span(group)[0], match.span(group)[1]
    if not group:
        for index in range(1, count + 1):
            start, end = match.span(index)
            if start >= 0 and end > start:
                return start, end
    return match.span()[0], match.span()[1]


def _char_offsets(data: bytes, offsets: Iterable[int]) -> dict[int, int]:
    """Map UTF-8 byte offsets (on character boundaries) to character offsets in one pass."""
    mapping: dict[int, int] = {}
    last_byte = last_char = 0
    for offset in sorted(set(offsets)):
        last_char += len(data[last_byte:offset].decode("utf-8", errors="replace"))
        last_byte = offset
        mapping[offset] = last_char
    return mapping


def _line(text: str, start: int, end: int) -> str:
    """The line around ``text[start:end]``, at most ``_LINE_CONTEXT`` characters either side."""
    window_start = max(0, start - _LINE_CONTEXT)
    line_start = text.rfind("\n", window_start, start) + 1 or window_start
    line_end = text.find("\n", end, end + _LINE_CONTEXT)
    if line_end == -1:
        line_end = min(len(text), end + _LINE_CONTEXT)
    return text[line_start:line_end]


@lru_cache(maxsize=8)
def _keyword_set(keywords: tuple[str, ...]) -> Any:
    """One RE2 set of every keyword: a single pass tells which keywords the text contains."""
    matcher = re2.Set.SearchSet(_OPTIONS)
    for word in keywords:
        matcher.Add(re2.escape(word.encode("utf-8")))
    matcher.Compile()
    return matcher


def present_keywords(rules: Sequence[CompiledRule], lowered: bytes) -> set[str]:
    """The rules' keywords that occur in ``lowered`` (the lower-cased UTF-8 text)."""
    keywords = tuple(sorted({word for rule in rules for word in rule.spec.keywords}))
    if not keywords:
        return set()
    return {keywords[index] for index in _keyword_set(keywords).Match(lowered) or ()}


def _candidates(
    rules: Sequence[CompiledRule], text: str
) -> Iterator[tuple[CompiledRule, int, int, int, int]]:
    data = text.encode("utf-8")
    present = present_keywords(rules, text.lower().encode("utf-8"))
    byte_hits: list[tuple[CompiledRule, int, int, int, int]] = []
    for rule in rules:
        keywords = rule.spec.keywords
        if keywords and present.isdisjoint(keywords):
            continue
        subject: str | bytes = data if rule.engine == ENGINE_RE2 else text
        for match in rule.pattern.finditer(subject):
            start, end = _secret_span(match, rule.spec.secret_group)
            if start == end:
                continue
            hit = (rule, match.start(), match.end(), start, end)
            if rule.engine == ENGINE_RE2 and len(data) != len(text):
                byte_hits.append(hit)
            else:
                yield hit
    if byte_hits:
        chars = _char_offsets(data, (o for hit in byte_hits for o in hit[1:]))
        for rule, m_start, m_end, start, end in byte_hits:
            yield rule, chars[m_start], chars[m_end], chars[start], chars[end]


def find_secrets(rules: Sequence[CompiledRule], text: str) -> Iterator[Hit]:
    """Every rule's secrets in ``text`` that pass its entropy floor and no allowlist excuses."""
    for rule, m_start, m_end, start, end in _candidates(rules, text):
        secret = text[start:end]
        if rule.spec.entropy and shannon_entropy(secret) < rule.spec.entropy:
            continue
        if is_one_character_placeholder(secret, Counter(secret.lower())):
            continue
        if rule.allowlists:
            match = text[m_start:m_end]

            def line(start: int = m_start, end: int = m_end) -> str:
                return _line(text, start, end)

            if any(a.allows(secret, match, line) for a in rule.allowlists):
                continue
        yield Hit(rule, start, end)
