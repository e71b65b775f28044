"""Checks for Chinese and Japanese text: half-width punctuation, spacing next to Latin text."""

from __future__ import annotations

import re
from collections.abc import Iterator

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_CJK_CHAR = f"[{CJK}]"
_LATIN = "[A-Za-z0-9]"

FULL_WIDTH = {
    "zh-TW": {
        ",": "，",
        ".": "。",
        "!": "！",
        "?": "？",
        ":": "：",
        ";": "；",
        "(": "（",
        ")": "）",
    },
    "ja": {",": "、", ".": "。", "!": "！", "?": "？", ":": "：", ";": "；", "(": "（", ")": "）"},
}
_HALF_AFTER_CJK = re.compile(rf"(?<={_CJK_CHAR})[,.!?:;()](?!\w*://)(?![0-9A-Za-z])")
_HALF_BEFORE_CJK = re.compile(rf"(?<![0-9A-Za-z])[,!?:;()](?={_CJK_CHAR})")
_SPACED = re.compile(rf"(?<={_CJK_CHAR}) (?={_LATIN})|(?<={_LATIN}) (?={_CJK_CHAR})")
_UNSPACED = re.compile(rf"(?<={_CJK_CHAR})(?={_LATIN})|(?<={_LATIN})(?={_CJK_CHAR})")


def halfwidth_punctuation(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, full-width replacement)`` for half-width marks next to CJK text."""
    table = FULL_WIDTH.get(language, FULL_WIDTH["zh-TW"])
    seen: set[int] = set()
    for pattern in (_HALF_AFTER_CJK, _HALF_BEFORE_CJK):
        for match in pattern.finditer(text):
            if match.start() not in seen:
                seen.add(match.start())
                yield match.start(), match.end(), table[match.group()]


def missing_spaces(text: str) -> Iterator[int]:
    """Yield positions between a CJK character and a Latin letter or digit with no space."""
    for match in _UNSPACED.finditer(text):
        yield match.start()


def extra_spaces(text: str) -> Iterator[int]:
    """Yield positions of single spaces separating CJK characters from Latin text."""
    for match in _SPACED.finditer(text):
        yield match.start()
