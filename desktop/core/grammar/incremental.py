"""Checks only the paragraphs that changed, caching each paragraph's issues."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.issue import Issue
from desktop.core.grammar.masking import non_prose_spans
from desktop.core.grammar.paragraphs import Paragraph, split_paragraphs

CacheKey = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class CheckReport:
    """The result of one incremental check.

    Attributes:
        text: The document that was checked (compare with the editor's text before showing).
        language: Its language.
        issues: Issues with Python offsets into ``text``, preferences applied, sorted.
        chars_sent: Characters sent to the engines this time (0 when everything was cached).
        paragraphs_checked: Paragraphs sent to the engines this time.
        paragraphs_total: Paragraphs in the document.
    """

    text: str
    language: str
    issues: tuple[Issue, ...]
    chars_sent: int
    paragraphs_checked: int
    paragraphs_total: int


def _all_non_prose(paragraph: Paragraph) -> bool:
    prose = list(paragraph.text)
    for start, end in non_prose_spans(paragraph.text):
        prose[start:end] = [" "] * (end - start)
    return not "".join(prose).strip()


class IncrementalChecker:
    """Wraps a :class:`GrammarChecker`; one-word edits re-check one paragraph, not the document.

    The cache key is (paragraph text, language, names of the active engines), so a change of
    engines (LanguageTool became ready) re-checks everything. Preferences are applied after
    the cache, so adding a word to the dictionary needs no re-check.
    """

    def __init__(self, checker: GrammarChecker, max_paragraphs: int = 4096) -> None:
        self.checker = checker
        self.max_paragraphs = max_paragraphs
        self.total_chars_sent = 0
        self._cache: OrderedDict[CacheKey, tuple[Issue, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def clear_cache(self) -> None:
        """Forget every cached paragraph (e.g. after the engines' settings changed)."""
        with self._lock:
            self._cache.clear()

    def check(self, text: str, language: str) -> CheckReport:
        """Check ``text``, sending only paragraphs not already cached to the engines."""
        self.checker.refresh()
        engines = tuple(engine.name for engine in self.checker.active_engines(language))
        issues: list[Issue] = []
        sent = checked = 0
        new_keys: list[CacheKey] = []
        paragraphs = split_paragraphs(text)
        for paragraph in paragraphs:
            key = (paragraph.text, language, engines)
            with self._lock:
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
            if cached is None:
                if _all_non_prose(paragraph):
                    cached = ()
                else:
                    cached = tuple(self.checker.check_raw(paragraph.text, language))
                    sent += len(paragraph.text)
                    checked += 1
                self._store(key, cached)
                new_keys.append(key)
            issues.extend(issue.shifted(paragraph.start) for issue in cached)
        if tuple(e.name for e in self.checker.active_engines(language)) != engines:
            self._forget(new_keys)  # an engine failed midway: those results are incomplete
        self.total_chars_sent += sent
        kept = self.checker.preferences.filter(issues, text)
        return CheckReport(text, language, tuple(kept), sent, checked, len(paragraphs))

    def _forget(self, keys: list[CacheKey]) -> None:
        with self._lock:
            for key in keys:
                self._cache.pop(key, None)

    def _store(self, key: CacheKey, issues: tuple[Issue, ...]) -> None:
        with self._lock:
            self._cache[key] = issues
            while len(self._cache) > self.max_paragraphs:
                self._cache.popitem(last=False)
