"""Loads the shipped technical vocabulary (words the spelling checks accept)."""

from __future__ import annotations

from functools import lru_cache

from desktop.core.resources import read_bundled_text

VOCABULARY_FILE = "grammar/vocabulary.txt"


def parse_word_list(text: str) -> frozenset[str]:
    """Return the case-folded words of a one-word-a-line list, skipping ``#`` comments."""
    words = set()
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(word.casefold())
    return frozenset(words)


@lru_cache(maxsize=1)
def technical_vocabulary() -> frozenset[str]:
    """The bundled vocabulary, case-folded (cloud products, CLI tools, common tech terms)."""
    return parse_word_list(read_bundled_text("resources", VOCABULARY_FILE))


@lru_cache(maxsize=1)
def technical_vocabulary_cased() -> tuple[str, ...]:
    """The bundled vocabulary as written (for engines with a case-sensitive word list)."""
    text = read_bundled_text("resources", VOCABULARY_FILE)
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def is_vocabulary_word(word: str) -> bool:
    """Whether ``word`` (any casing, a trailing ``'s`` or plural ``s`` allowed) is in the
    technical vocabulary: ``nginx``, ``ECR's``, ``VPCs``."""
    folded = word.casefold()
    vocabulary = technical_vocabulary()
    if folded in vocabulary:
        return True
    for suffix in ("'s", "’s", "s", "es"):
        if folded.endswith(suffix) and folded[: -len(suffix)] in vocabulary:
            return True
    return False
