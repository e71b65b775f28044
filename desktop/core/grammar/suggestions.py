"""Spelling suggestions: SymSpell candidates, ranked together with every engine's candidates.

SymSpell (symspellpy, with its shipped 82,765-word frequency dictionary) finds every word
within two edits in about a millisecond; building its index takes about a second, so it is
built once per process, on first use or by :func:`warm_up` (the app does that on a worker
thread). Ranking puts the likeliest correction first: fewer edits, a common word, a
transposition or a neighbouring key, the same first letter; words the engineer's vocabulary
or the case uses win ties. Splits ("com pained") and made-up possessives ("doe's") from other
engines only stay when nothing better is known.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

MAX_DISTANCE = 2
# SymSpell's prefix: 4 builds the index about four times faster than 7 (a lookup then takes
# ~10 ms instead of ~1 ms), with the same suggestions: candidates are verified whole.
PREFIX_LENGTH = 4
MAX_SUGGESTIONS = 5
# The frequency list's lower quartile: how common an engine's word missing from the list is taken
# to be ("substrings", "hotspot").
UNLISTED_COUNT = 60_000
_DICTIONARY = "frequency_dictionary_en_82_765.txt"
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, set[str]]:
    position = {c: (r, i) for r, row in enumerate(_KEYBOARD_ROWS) for i, c in enumerate(row)}
    found: dict[str, set[str]] = {c: set() for c in position}
    for a, (ra, ia) in position.items():
        for b, (rb, ib) in position.items():
            if a != b and abs(ra - rb) <= 1 and abs(ia - ib) <= 1:
                found[a].add(b)
    return found


_NEIGHBOURS = _neighbours()


def _prefix_cached_symspell() -> type[Any]:
    from symspellpy import SymSpell

    class PrefixCachedSymSpell(SymSpell):  # type: ignore[misc]
        """SymSpell whose index build reuses the deletes of a word's prefix.

        A word's deletes depend only on its first ``prefix_length`` letters (and on whether it
        is shorter than the edit distance), and the 82,765 listed words share about 15,000
        such prefixes: computing each once builds the same index in about half the time.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._prefix_deletes: dict[tuple[str, bool], set[str]] = {}

        def _edits_prefix(self, key: str) -> set[str]:
            short = len(key) <= self._max_dictionary_edit_distance
            cache_key = (key[: self._prefix_length], short)
            found = self._prefix_deletes.get(cache_key)
            if found is None:
                found = self._prefix_deletes[cache_key] = super()._edits_prefix(key)
            return found

    return PrefixCachedSymSpell


class _Index:
    """The SymSpell index and the word frequencies (built once, under a lock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._symspell: Any = None

    def symspell(self) -> Any:
        with self._lock:
            if self._symspell is None:
                from symspellpy.editdistance import DistanceAlgorithm, EditDistance

                symspell = _prefix_cached_symspell()(
                    max_dictionary_edit_distance=MAX_DISTANCE,
                    prefix_length=PREFIX_LENGTH,
                    distance_comparer=EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST),
                )
                for word, count in known_words().items():
                    symspell.create_dictionary_entry(word, count)
                self._symspell = symspell
            return self._symspell


@lru_cache(maxsize=1)
def known_words() -> dict[str, int]:
    """The frequency dictionary: word -> count (read in about 0.2 s, no index)."""
    text = (resources.files("symspellpy") / _DICTIONARY).read_text(encoding="utf-8")
    fields = text.split()
    return {fields[i]: int(fields[i + 1]) for i in range(0, len(fields) - 1, 2)}


_INDEX = _Index()


def warm_up() -> None:
    """Build the SymSpell index now (slow: a worker thread, or the first suggestion)."""
    _INDEX.symspell()


def frequency(word: str) -> int:
    """How common ``word`` is in the frequency dictionary (0 when absent)."""
    return known_words().get(word.lower(), 0)


@lru_cache(maxsize=4096)
def candidates(word: str) -> tuple[str, ...]:
    """Dictionary words fewest edits (at most two) away from ``word`` (lowercase). Asking for
    every word within two edits is three times slower and ranks no better."""
    from symspellpy import Verbosity

    found = _INDEX.symspell().lookup(
        word.lower(), Verbosity.CLOSEST, max_edit_distance=MAX_DISTANCE, transfer_casing=False
    )
    return tuple(item.term for item in found if item.term != word.lower())


@lru_cache(maxsize=65536)
def _distance(a: str, b: str) -> int:
    from symspellpy.editdistance import DistanceAlgorithm, EditDistance

    found = EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST).compare(a, b, MAX_DISTANCE + 2)
    return MAX_DISTANCE + 3 if found < 0 else int(found)


def _neighbour_typo(word: str, candidate: str) -> bool:
    """One substituted letter next to the right key on a QWERTY keyboard, or a transposition."""
    if len(word) != len(candidate):
        return False
    diffs = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
    if len(diffs) == 1:
        return diffs[0][0] in _NEIGHBOURS.get(diffs[0][1], ())
    return len(diffs) == 2 and diffs[0] == diffs[1][::-1]


def score(
    word: str,
    candidate: str,
    preferred: frozenset[str] = frozenset(),
    offered: frozenset[str] = frozenset(),
) -> float:
    """How likely ``candidate`` is what the writer of ``word`` meant (higher is likelier).

    ``offered`` words come from another engine's dictionary: real words, so one missing from
    the frequency list counts as moderately common rather than unheard of."""
    low, cand = word.lower(), candidate.lower()
    if " " in cand or "-" in cand:
        parts = cand.replace("-", " ").split()
        if cand.replace(" ", "").replace("-", "") != low:
            return -100.0
        # A missing space ("thelogs") is a fair guess only when every part is a common word.
        return min(math.log10(frequency(p) + 1) for p in parts) - 4.0
    if "'" in cand and "'" not in low:
        return -50.0 + math.log10(frequency(cand.replace("'", "")) + 1)
    distance = _distance(low, cand)
    count = frequency(cand) or (UNLISTED_COUNT if cand in offered else 0)
    value = math.log10(count + 1) - 2.5 * distance
    if _neighbour_typo(low, cand):
        value += 1.0
    elif len(cand) == len(low) + distance:
        value += 0.75  # letters left out are the commonest slip
    if low[:1] == cand[:1]:
        value += 1.0
    if low[-1:] == cand[-1:]:
        value += 0.75
    if cand in preferred:
        value += 3.0
    return value


def rank(
    word: str,
    offered: Iterable[str] = (),
    preferred: Iterable[str] = (),
    limit: int = MAX_SUGGESTIONS,
) -> tuple[str, ...]:
    """The best corrections of ``word``: SymSpell's candidates and ``offered`` (other engines'),
    ranked together, in the word's capitalisation. ``preferred`` words (the vocabulary, words
    of the case) win close calls."""
    pool: dict[str, str] = {}
    for candidate in [*offered, *candidates(word)]:
        if candidate and candidate != word and candidate != word.lower():
            pool.setdefault(candidate.lower(), candidate)
    liked = frozenset(p.lower() for p in preferred)
    engines = frozenset(o.lower() for o in offered)
    ordered = sorted(pool, key=lambda c: (-score(word, c, liked, engines), c))
    return tuple(_cased(word, pool[c]) for c in ordered[:limit])


def _cased(word: str, candidate: str) -> str:
    if any(c.isupper() for c in candidate):
        return candidate  # already cased by its engine: "GitHub"
    if word.isupper() and len(word) > 1:
        return candidate.upper()
    if word[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
