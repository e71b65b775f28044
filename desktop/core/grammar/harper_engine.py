"""Harper (harper-py), the offline English grammar and spelling engine, behind GrammarEngine."""

from __future__ import annotations

import threading
from typing import Any

from desktop.core.grammar.issue import Category, EngineStatus, Issue, base_language
from desktop.core.grammar.vocabulary import technical_vocabulary_cased

_SPELLING = {"Spelling", "Typo"}
_GRAMMAR = {
    "Agreement",
    "BoundaryError",
    "Capitalization",
    "Eggcorn",
    "Grammar",
    "Malapropism",
    "Nonstandard",
    "Repetition",
    "Usage",
}
_TYPOGRAPHY = {"Punctuation", "Formatting"}
# Rules whose findings are about preferred casing or wording, whatever their lint kind.
_STYLE_RULES = {"OrthographicConsistency"}
_DIALECTS = {"en-gb": "BRITISH", "en-au": "AUSTRALIAN", "en-ca": "CANADIAN", "en-in": "INDIAN"}


def category_for(lint_kind: str) -> Category:
    """Map Harper's ``lint_kind`` (e.g. ``WordChoice``) to an issue category."""
    if lint_kind in _SPELLING:
        return Category.SPELLING
    if lint_kind in _GRAMMAR:
        return Category.GRAMMAR
    if lint_kind in _TYPOGRAPHY:
        return Category.TYPOGRAPHY
    return Category.STYLE


class HarperEngine:
    """English only. The linter is built on first use or by :meth:`warm_up` (about a second)."""

    name = "harper"
    label = "Harper (offline)"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._linters: dict[str, Any] = {}
        self._error = ""
        try:
            import harper  # noqa: F401
        except ImportError as error:  # pragma: no cover - harper-py is a declared dependency
            self._error = f"Harper unavailable ({error})"

    def status(self) -> EngineStatus:
        """Unavailable only when harper-py cannot be imported or failed to start."""
        return EngineStatus(available=not self._error, reason=self._error)

    def supports(self, language: str) -> bool:
        """English (any dialect)."""
        return base_language(language) == "en"

    def warm_up(self) -> None:
        """Build the American English linter now."""
        if not self._error:
            with self._lock:
                self._linter("en-US")

    def _linter(self, language: str) -> Any:
        dialect = _DIALECTS.get(language.lower(), "AMERICAN")
        linter = self._linters.get(dialect)
        if linter is None:
            import harper

            linter = harper.Linter(harper.Dialect[dialect])
            linter.import_words(list(technical_vocabulary_cased()))
            self._linters[dialect] = linter
        return linter

    def check(self, text: str, language: str) -> list[Issue]:
        """Lint ``text`` as Markdown; Harper's spans are code points, i.e. Python indices."""
        if self._error or not self.supports(language):
            return []
        with self._lock:
            by_rule = self._linter(language).organized_lints(text, language="markdown")
        issues = []
        for rule, lints in by_rule.items():
            for lint in lints:
                issues.append(
                    Issue(
                        start=lint.span.start,
                        end=lint.span.end,
                        category=Category.STYLE
                        if rule in _STYLE_RULES
                        else category_for(lint.lint_kind),
                        rule_id=rule,
                        message=lint.message,
                        replacements=tuple(
                            s.replacement_text for s in lint.suggestions if s.replacement_text
                        ),
                        engine=self.name,
                    )
                )
        return sorted(issues, key=lambda issue: (issue.start, issue.end))
