"""Converts between Python string indices and UTF-16 code-unit indices (Qt, Java, JavaScript)."""

from __future__ import annotations

from bisect import bisect_right


def _is_astral(char: str) -> bool:
    return ord(char) > 0xFFFF


def py_to_utf16(text: str, index: int) -> int:
    """Return the UTF-16 position of Python index ``index`` in ``text``.

    Characters outside the Basic Multilingual Plane (emoji, some CJK) take two UTF-16 units.
    ``index`` is clamped to ``0..len(text)``.
    """
    index = max(0, min(index, len(text)))
    return index + sum(1 for char in text[:index] if _is_astral(char))


def utf16_to_py(text: str, position: int) -> int:
    """Return the Python index of UTF-16 position ``position`` in ``text``.

    A position inside a surrogate pair maps to the start of that character; positions are
    clamped to ``0..utf16_length(text)``.
    """
    if position <= 0:
        return 0
    units = 0
    for index, char in enumerate(text):
        width = 2 if _is_astral(char) else 1
        if units + width > position:
            return index
        units += width
    return len(text)


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units in ``text``."""
    return len(text) + sum(1 for char in text if _is_astral(char))


class OffsetMap:
    """Fast repeated conversions for one text (precomputes where astral characters are)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._astral = [i for i, char in enumerate(text) if _is_astral(char)]
        # UTF-16 position of each astral character's first unit.
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """Python index -> UTF-16 position (clamped)."""
        index = max(0, min(index, len(self._text)))
        return index + bisect_right(self._astral, index - 1)

    def to_python(self, position: int) -> int:
        """UTF-16 position -> Python index (clamped; inside a pair -> start of the character)."""
        position = max(0, min(position, len(self._text) + len(self._astral)))
        before = bisect_right(self._astral_u16, position - 1)
        if before and self._astral_u16[before - 1] == position - 1:
            # Inside a surrogate pair: step back to the character's start.
            return self._astral[before - 1]
        return position - before
