"""The always-on, pure-Python engine: offline spelling plus the support-writing rules."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.grammar import learner_rules
from desktop.core.grammar.issue import EngineStatus, Issue, base_language
from desktop.core.grammar.rule_checks import run_rule
from desktop.core.grammar.spelling import SpellingChecker
from desktop.core.grammar.style_rules import StyleRule, bundled_rules
from desktop.core.i18n import translate

LANGUAGES = frozenset({"en", "zh-TW", "ja"})


class BaselineEngine:
    """Spelling and second-language grammar rules (English) and style rules (English, zh-TW,
    ja); never unavailable."""

    name = "baseline"
    label = translate("Grammar", "basic checks (offline)")

    def __init__(
        self, rules: Iterable[StyleRule] | None = None, extra_words: Iterable[str] = ()
    ) -> None:
        self._rules = tuple(bundled_rules() if rules is None else rules)
        self.spelling = SpellingChecker(extra_words)

    def status(self) -> EngineStatus:
        """Always available."""
        return EngineStatus(available=True)

    def refresh(self) -> None:
        """Nothing changes in the background."""

    def supports(self, language: str) -> bool:
        """English, Traditional Chinese and Japanese."""
        return base_language(language) in LANGUAGES

    def warm_up(self) -> None:
        """Load the spelling dictionaries, the suggestion index and the grammar rules."""
        self.spelling.warm_up()
        learner_rules.check("Warm up the rules.")

    def check(self, text: str, language: str) -> list[Issue]:
        """Spelling (English only) and every rule that applies to ``language``."""
        lang = base_language(language)
        issues = [*self.spelling.check(text), *learner_rules.check(text)] if lang == "en" else []
        for rule in self._rules:
            if lang in rule.languages:
                issues.extend(run_rule(rule, text, lang, self.spelling.is_known))
        return sorted(issues, key=lambda issue: (issue.start, issue.end))
