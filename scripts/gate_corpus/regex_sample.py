"""Random strings that match a regular expression (for samples gitleaks builds from a regex).

Walks the parse tree of Python's own regex parser: literals, classes, repeats, groups and
alternatives. Unbounded repeats stop a few characters past their minimum. Anchors and
word boundaries produce nothing.
"""

from __future__ import annotations

import re
import string
from random import Random
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_PRINTABLE = [c for c in string.printable if c not in "\t\n\r\x0b\x0c"]
_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: string.digits,
    sre_constants.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_DIGIT: string.ascii_letters,
    sre_constants.CATEGORY_NOT_WORD: " -.",
    sre_constants.CATEGORY_NOT_SPACE: string.ascii_letters + string.digits,
}
_UNBOUNDED_EXTRA = 8


def _class_members(items: list[tuple[Any, Any]], ignore_case: bool) -> list[str]:
    members: set[str] = set()
    negate = False
    for op, value in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            members.add(chr(value))
        elif op is sre_constants.RANGE:
            members.update(chr(c) for c in range(value[0], value[1] + 1))
        elif op is sre_constants.CATEGORY:
            members.update(_CATEGORIES.get(value, ""))
    if ignore_case:
        members |= {c.swapcase() for c in members}
    if negate:
        return [c for c in _PRINTABLE if c not in members]
    return sorted(members)


def _emit(tree: Any, rng: Random, ignore_case: bool, out: list[str]) -> None:
    for op, value in tree:
        if op is sre_constants.LITERAL:
            char = chr(value)
            out.append(char.swapcase() if ignore_case and rng.random() < 0.5 else char)
        elif op is sre_constants.NOT_LITERAL:
            out.append(rng.choice([c for c in _PRINTABLE if c != chr(value)]))
        elif op is sre_constants.ANY:
            out.append(rng.choice(string.ascii_letters + string.digits))
        elif op is sre_constants.IN:
            out.append(rng.choice(_class_members(value, ignore_case)))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = value
            if high is sre_constants.MAXREPEAT:
                high = low + _UNBOUNDED_EXTRA
            for _ in range(rng.randint(low, high)):
                _emit(sub, rng, ignore_case, out)
        elif op is sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            _emit(sub, rng, case, out)
        elif op is sre_constants.BRANCH:
            _emit(rng.choice(value[1]), rng, ignore_case, out)
        elif op is sre_constants.CATEGORY:
            out.append(rng.choice(_CATEGORIES.get(value, "x")))
        # AT (anchors, \b) and assertions produce nothing.


def sample_regex(pattern: str, rng: Random) -> str:
    """One random string matching ``pattern`` (Go/RE2 syntax that Python also reads)."""
    tree = sre_parse.parse(pattern.replace(r"\z", r"\Z"))
    out: list[str] = []
    _emit(tree, rng, bool(tree.state.flags & re.IGNORECASE), out)
    return "".join(out)
