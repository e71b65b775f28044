"""``a`` or ``an``: inflect for words, plus how acronyms and numbers are said.

inflect (jaraco/inflect) knows English words ("an hour", "a user", "a one-time fix", "an
honest"), but reads acronyms by their spelling ("an URL", "a S3") and numbers as "a" ("a
8"). So acronyms spelled out letter by letter ("an S3", "a URL", "an EC2", "an SSH key") and
numbers ("an 8", "an 11", "an 18,000") are read here, and the acronyms said as words
("a NAT", "a SAML") or either way, and the few words inflect reads wrong, come from the rule
file, given to inflect as its own ``defa``/``defan`` patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_LETTER_NAME_VOWELS = frozenset("AEFHILMNORSX")  # their names start with a vowel sound
_SPELLED_OUT_RE = re.compile(r"[A-Z][A-Z0-9]*")
Lists = tuple[frozenset[str], frozenset[str], frozenset[str]]  # said with a, with an, either


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's ``@typechecked`` as under ``python -O``: the function unchanged."""
    return target if target is not None else (lambda function: function)


@lru_cache(maxsize=1)
def _inflect_module() -> Any:
    """inflect, imported without typeguard's instrumentation of its methods.

    inflect 7 decorates its methods with typeguard's ``@typechecked``, which re-parses and
    recompiles inflect's whole 4,000-line module once per method at import: 1-3 s of CPU
    (jaraco/inflect#212, open). Under ``python -O`` typeguard skips that by design; this
    import skips it the same way (for inflect only: the decorator is put back at once).
    """
    try:
        import typeguard
    except ImportError:  # a later inflect without typeguard
        import inflect

        return inflect
    original = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = original
    return inflect


@lru_cache(maxsize=4)
def _engine(lists: Lists) -> Callable[[str], str]:
    said_a, said_an, _either = lists
    engine = _inflect_module().engine()
    for word in sorted(said_a):
        engine.defa(re.escape(word))
    for word in sorted(said_an):
        engine.defan(re.escape(word))
    return lru_cache(maxsize=8192)(lambda word: str(engine.a(word)).split(" ", 1)[0])


def number_article(number: str) -> str:
    """``an`` for numbers said with a vowel first: 8, 11, 18, 80, 800, 8,000, 11,000, 18.5%."""
    digits = number.split(".", 1)[0].replace(",", "").rstrip("%")
    if not digits.isdigit():
        return "a"
    leading = digits[: len(digits) % 3 or 3]  # the group said first: "11" of 11,000
    return "an" if digits.startswith("8") or leading in {"11", "18"} else "a"


def expected_article(word: str, lists: Lists) -> str:
    """``a`` or ``an`` before ``word`` as it is said; "" when either is fine."""
    said_a, said_an, either = lists
    bare = word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word
    folded = bare.casefold()
    if folded in either:
        return ""
    if word[:1].isdigit():
        return number_article(word)
    if _SPELLED_OUT_RE.fullmatch(bare) and folded not in said_a and folded not in said_an:
        return "an" if bare[0] in _LETTER_NAME_VOWELS else "a"
    return _engine(lists)(bare)
