"""The personal dictionary and ignored rules, applied to every engine's issues."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.grammar.issue import Category, Issue

PREFERENCES_VERSION = 1


@dataclass
class GrammarPreferences:
    """Words the user added to their dictionary and rule ids they chose to ignore.

    Words match case-insensitively against the text of spelling issues.
    """

    words: set[str] = field(default_factory=set)
    ignored_rules: set[str] = field(default_factory=set)

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
        if issue.category is Category.SPELLING and self.words:
            folded = {word.casefold() for word in self.words}
            return text[issue.start : issue.end].casefold() not in folded
        return True

    def filter(self, issues: Iterable[Issue], text: str) -> list[Issue]:
        """Return the issues that survive :meth:`keeps`."""
        return [issue for issue in issues if self.keeps(issue, text)]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (sorted lists, with a format version)."""
        return {
            "version": PREFERENCES_VERSION,
            "words": sorted(self.words, key=str.casefold),
            "ignored_rules": sorted(self.ignored_rules),
        }

    @classmethod
    def from_json(cls, data: Any) -> GrammarPreferences:
        """Rebuild from :meth:`to_json` output; unknown or malformed parts are ignored."""
        if not isinstance(data, dict):
            return cls()
        words = data.get("words", [])
        rules = data.get("ignored_rules", [])
        return cls(
            words={w for w in words if isinstance(w, str) and w.strip()}
            if isinstance(words, list)
            else set(),
            ignored_rules={r for r in rules if isinstance(r, str) and r}
            if isinstance(rules, list)
            else set(),
        )


def load_preferences(path: Path) -> GrammarPreferences:
    """Read preferences from ``path``; a missing or unreadable file gives empty preferences."""
    try:
        return GrammarPreferences.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return GrammarPreferences()


def save_preferences(preferences: GrammarPreferences, path: Path) -> None:
    """Write ``preferences`` to ``path`` atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(preferences.to_json(), ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
