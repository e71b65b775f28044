"""Baseline spelling: pyspellchecker's and SymSpell's English dictionaries plus the technical
vocabulary; suggestions from SymSpell (see :mod:`suggestions`)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from desktop.core.grammar import suggestions
from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.masking import non_prose_spans, overlaps
from desktop.core.grammar.vocabulary import technical_vocabulary
from desktop.core.i18n import translate

_SPELLING = translate("Writing", "Possible spelling mistake: “{word}”.")
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-*+>]\s+|\d+[.)]\s+)?)$")
RULE_ID = "casewright.spelling"


class SpellingChecker:
    """Finds misspelled English words; results are cached per word, so re-checks are fast.

    Skips: words in the technical vocabulary or ``extra_words``; acronyms (all capitals);
    capitalised words that do not start a sentence (names); anything inside non-prose spans.
    """

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        self._extra = frozenset(word.casefold() for word in extra_words)
        self._checker: Any = None
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}

    def warm_up(self) -> None:
        """Load the dictionaries and build the suggestion index now (about a second)."""
        self._spellchecker()
        suggestions.warm_up()

    def _spellchecker(self) -> Any:
        with self._lock:
            if self._checker is None:
                from spellchecker import SpellChecker

                self._checker = SpellChecker(language="en", distance=2)
            return self._checker

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is spelled correctly (case-insensitive)."""
        folded = word.casefold()
        cached = self._known.get(folded)
        if cached is None:
            base = folded[:-2] if folded.endswith("'s") else folded
            cached = (
                base in technical_vocabulary()
                or base in self._extra
                or base in suggestions.known_words()
                or not self._spellchecker().unknown([base])
            )
            self._known[folded] = cached
        return cached

    def suggestions(self, word: str) -> tuple[str, ...]:
        """Likely corrections for ``word``, best first, in the word's capitalisation."""
        folded = word.casefold()
        found = self._suggestions.get(folded)
        if found is None:
            found = suggestions.rank(folded)
            self._suggestions[folded] = found
        if word[:1].isupper():
            return tuple(s[:1].upper() + s[1:] for s in found)
        return found

    def check(self, text: str) -> list[Issue]:
        """Return a spelling issue for each unknown word of ``text``'s prose."""
        masked = non_prose_spans(text)
        issues = []
        for match in _WORD_RE.finditer(text):
            word = match.group()
            if len(word) < 2 or word.isupper() or is_probable_name(word, text, match.start()):
                continue
            if overlaps(masked, match.start(), match.end()) or self.is_known(word):
                continue
            issues.append(
                Issue(
                    start=match.start(),
                    end=match.end(),
                    category=Category.SPELLING,
                    rule_id=RULE_ID,
                    message=_SPELLING.format(word=word),
                    replacements=self.suggestions(word),
                    engine="baseline",
                )
            )
        return issues


def is_probable_name(word: str, text: str, start: int) -> bool:
    """A capitalised word that does not start a sentence: a name or product, not checked."""
    return word[:1].isupper() and not _SENTENCE_START_RE.search(text[max(0, start - 20) : start])
