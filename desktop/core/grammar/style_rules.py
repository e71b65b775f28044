"""Loads the support-writing rules kept as data in ``resources/grammar/style_rules.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop.core.grammar.cjk_checks import CHECKS as CJK_CHECKS
from desktop.core.grammar.issue import Category
from desktop.core.resources import read_bundled_text
from desktop.core.safe_parse import safe_load

STYLE_RULES_FILE = "grammar/style_rules.yaml"
BUILTIN_CHECKS = frozenset(
    {"repeated_word", "long_sentence", "all_caps", "cjk_halfwidth_punctuation", "cjk_latin_spacing"}
    | CJK_CHECKS.keys()
)


class StyleRuleError(ValueError):
    """The rules file is malformed; the message names the rule and the problem."""


@dataclass(frozen=True)
class StyleRule:
    """One rule: how it matches (a compiled pattern or a built-in check) and what it says."""

    rule_id: str
    category: Category
    message: str
    replacements: tuple[str, ...] = ()
    languages: frozenset[str] = frozenset({"en"})
    pattern: re.Pattern[str] | None = None
    check: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    enabled_by_default: bool = True


def _phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    longest_first = sorted((p.strip() for p in phrases if p.strip()), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in longest_first)
    return re.compile(rf"(?i)(?<![\w-])(?:{alternatives})(?![\w-])")


def parse_rule(raw: dict[str, Any]) -> StyleRule:
    """Build one :class:`StyleRule` from its YAML mapping; raise :class:`StyleRuleError`."""
    rule_id = str(raw.get("id", "")).strip()
    if not rule_id:
        raise StyleRuleError(f"a rule has no id: {raw!r}")
    try:
        category = Category(raw.get("category", "style"))
    except ValueError as error:
        raise StyleRuleError(f"{rule_id}: unknown category {raw.get('category')!r}") from error
    ways = [key for key in ("phrases", "pattern", "check") if key in raw]
    if len(ways) != 1:
        raise StyleRuleError(f"{rule_id}: needs exactly one of phrases, pattern, check")
    pattern = None
    check = ""
    if "phrases" in raw:
        pattern = _phrases_pattern([str(p) for p in raw["phrases"]])
    elif "pattern" in raw:
        try:
            pattern = re.compile(str(raw["pattern"]))
        except re.error as error:
            raise StyleRuleError(f"{rule_id}: bad pattern: {error}") from error
    else:
        check = str(raw["check"])
        if check not in BUILTIN_CHECKS:
            raise StyleRuleError(f"{rule_id}: unknown check {check!r}")
    return StyleRule(
        rule_id=rule_id,
        category=category,
        message=str(raw.get("message", "")).strip() or rule_id,
        replacements=tuple(str(r) for r in raw.get("replacements", ()) or ()),
        languages=frozenset(str(lang) for lang in raw.get("languages", ["en"])),
        pattern=pattern,
        check=check,
        params=dict(raw.get("params", {}) or {}),
        enabled_by_default=bool(raw.get("enabled", True)),
    )


def parse_rules(text: str) -> tuple[StyleRule, ...]:
    """Parse a whole rules file; ids must be unique."""
    data = safe_load(text) or {}
    rules = tuple(parse_rule(raw) for raw in data.get("rules", []))
    ids = [rule.rule_id for rule in rules]
    duplicates = {rule_id for rule_id in ids if ids.count(rule_id) > 1}
    if duplicates:
        raise StyleRuleError(f"duplicate rule ids: {sorted(duplicates)}")
    return rules


@lru_cache(maxsize=1)
def bundled_rules() -> tuple[StyleRule, ...]:
    """The rules shipped with Casewright."""
    return parse_rules(read_bundled_text("resources", STYLE_RULES_FILE))


def rules_off_by_default() -> frozenset[str]:
    """Ids of shipped rules that stay off until the user turns them on (passive voice)."""
    return frozenset(rule.rule_id for rule in bundled_rules() if not rule.enabled_by_default)
