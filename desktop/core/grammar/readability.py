"""Readability of an English reply: Flesch reading ease and average sentence length.

Syllables come from pyphen's offline hyphenation dictionary. (textstat's English syllable
counter fetches NLTK's cmudict from the internet on first use, so it is not used here.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core.grammar.masking import non_prose_spans

_SENTENCE_RE = re.compile(r"[^.!?\n]*[A-Za-z][^.!?\n]*(?:[.!?]+|\n|$)")
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


@dataclass(frozen=True)
class Readability:
    """Flesch reading ease (higher is easier; 60-70 is plain English) and sentence length."""

    flesch_reading_ease: float
    average_sentence_length: float
    sentences: int
    words: int

    def summary(self) -> str:
        """E.g. ``Reading ease 72 (fairly easy) · 14 words/sentence``."""
        return (
            f"Reading ease {self.flesch_reading_ease:.0f} ({ease_label(self.flesch_reading_ease)})"
            f" · {self.average_sentence_length:.0f} words/sentence"
        )


def ease_label(score: float) -> str:
    """Flesch's own bands: very easy ... very difficult."""
    bands = (
        (90, "very easy"),
        (80, "easy"),
        (70, "fairly easy"),
        (60, "plain"),
        (50, "fairly difficult"),
        (30, "difficult"),
    )
    return next((label for limit, label in bands if score >= limit), "very difficult")


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Estimated syllables in an English word (at least 1)."""
    return len(_hyphenator().positions(word.lower())) + 1


def prose_only(text: str) -> str:
    """``text`` with code, URLs, IDs and identifiers removed."""
    pieces, last = [], 0
    for start, end in non_prose_spans(text):
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def readability(text: str) -> Readability | None:
    """Scores for the prose of ``text``; ``None`` when it has no words."""
    prose = prose_only(text)
    sentences = [s for s in _SENTENCE_RE.findall(prose) if _WORD_RE.search(s)]
    words = _WORD_RE.findall(prose)
    if not words or not sentences:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(word) for word in words) / len(words)
    score = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return Readability(round(score, 1), round(per_sentence, 1), len(sentences), len(words))
