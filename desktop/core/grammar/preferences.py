"""The personal dictionary and ignored rules, applied to every engine's issues."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_text_atomically
from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.style_rules import rules_off_by_default

PREFERENCES_VERSION = 1
_WORD_CATEGORIES = frozenset({Category.SPELLING, Category.STYLE, Category.TYPOGRAPHY})


@dataclass
class GrammarPreferences:
    """Words the user added to their dictionary, rule ids they chose to ignore, and rules
    that are off by default (passive voice) which they turned on.

    Words match case-insensitively against the text of spelling issues, and of style and
    typography issues on exactly that word (a word you added is not "shouting" either).
    """

    words: set[str] = field(default_factory=set)
    ignored_rules: set[str] = field(default_factory=set)
    enabled_rules: set[str] = field(default_factory=set)

    def add_word(self, word: str) -> None:
        """Add ``word`` (surrounding whitespace removed) to the personal dictionary."""
        if word.strip():
            self.words.add(word.strip())

    def ignore_rule(self, rule_id: str) -> None:
        """Stop showing issues of ``rule_id`` from any engine."""
        if rule_id:
            self.ignored_rules.add(rule_id)

    def keeps(self, issue: Issue, text: str) -> bool:
        """Whether ``issue`` (with offsets into ``text``) survives this user's preferences."""
        if issue.rule_id in self.ignored_rules:
            return False
        if issue.rule_id in rules_off_by_default() and issue.rule_id not in self.enabled_rules:
            return False
        if issue.category in _WORD_CATEGORIES and self.words:
            folded = {word.casefold() for word in self.words}
            return text[issue.start : issue.end].casefold() not in folded
        return True

    def rule_enabled(self, rule_id: str) -> bool:
        """Whether issues of ``rule_id`` are shown (not ignored; on, if off by default)."""
        if rule_id in self.ignored_rules:
            return False
        return rule_id not in rules_off_by_default() or rule_id in self.enabled_rules

    def set_rule_enabled(self, rule_id: str, enabled: bool) -> None:
        """Turn a rule that is off by default on or off."""
        if enabled:
            self.enabled_rules.add(rule_id)
            self.ignored_rules.discard(rule_id)
        else:
            self.enabled_rules.discard(rule_id)

    def filter(self, issues: Iterable[Issue], text: str) -> list[Issue]:
        """Return the issues that survive :meth:`keeps`."""
        return [issue for issue in issues if self.keeps(issue, text)]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (sorted lists, with a format version)."""
        return {
            "version": PREFERENCES_VERSION,
            "words": sorted(self.words, key=str.casefold),
            "ignored_rules": sorted(self.ignored_rules),
            "enabled_rules": sorted(self.enabled_rules),
        }

    @classmethod
    def from_json(cls, data: Any) -> GrammarPreferences:
        """Rebuild from :meth:`to_json` output; unknown or malformed parts are ignored."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            words=_strings(data.get("words")),
            ignored_rules=_strings(data.get("ignored_rules")),
            enabled_rules=_strings(data.get("enabled_rules")),
        )


def _strings(value: Any) -> set[str]:
    """The non-blank strings of a JSON list (anything else: none)."""
    if not isinstance(value, list):
        return set()
    return {item.strip() for item in value if isinstance(item, str) and item.strip()}


def load_preferences(path: Path) -> GrammarPreferences:
    """Read preferences from ``path``; a missing or unreadable file gives empty preferences."""
    try:
        return GrammarPreferences.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return GrammarPreferences()


def save_preferences(preferences: GrammarPreferences, path: Path) -> None:
    """Write ``preferences`` to ``path`` atomically and durably (see ``write_text_atomically``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(preferences.to_json(), ensure_ascii=False, indent=2) + "\n"
    write_text_atomically(path, payload)
