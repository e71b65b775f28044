"""Checks for Traditional Chinese (Taiwan) and Japanese replies beyond spacing.

- Simplified characters in a zh-TW reply (这 for 這): the table is data, derived from OpenCC
  (resources/grammar/zh_tw_simplified.tsv, built by scripts/build_simplified_table.py).
- Punctuation as Taiwan writes it: 「」 and 『』 quotes rather than “” and ‘’, the ellipsis ……
  rather than ... or 。。。, one full stop or comma rather than two.
- Mixed-width mistakes: full-width Latin letters and digits (ＡＷＳ, ２０２６) and the
  ideographic space next to Latin text.

Each check yields ``(start, end, replacements)`` with Python character offsets; code, URLs and
template code are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from desktop.core.grammar.cjk import CJK
from desktop.core.i18n import translate
from desktop.core.resources import read_bundled_text

Found = tuple[int, int, tuple[str, ...]]
SIMPLIFIED_TABLE = "grammar/zh_tw_simplified.tsv"

_CJK_CHAR = f"[{CJK}]"
_FULL_WIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_IDEOGRAPHIC_SPACE = re.compile(r"(?<=[A-Za-z0-9])\u3000|\u3000(?=[A-Za-z0-9])")
_CURLY_DOUBLE = re.compile(r"“([^“”\n]*)”")
_CURLY_SINGLE = re.compile(r"‘([^‘’\n]*)’")
_ELLIPSIS = re.compile(rf"(?<={_CJK_CHAR})(?:\.{{3,}}|。{{3,}}|…(?!…))|(?<![.…])…(?!…)")
_CODE = re.compile(
    r"```.*?```|`[^`\n]*`|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\b(?:https?|ftp)://\S+", re.DOTALL
)
_DOUBLED = re.compile(r"([。，、；：！？])\1+")


@lru_cache(maxsize=1)
def simplified_table() -> dict[str, tuple[str, ...]]:
    """Simplified-only character → its Taiwan Traditional forms (most common first)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_bundled_text("resources", SIMPLIFIED_TABLE).splitlines():
        if line and not line.startswith("#"):
            simplified, _, forms = line.partition("\t")
            table[simplified] = tuple(forms.split())
    return table


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline and fenced code, URLs and template code: not prose, so not checked.

    (The English masking treats a CJK run touching a digit as one identifier, so it is not
    used here: 在2026年 is prose.)
    """
    return [match.span() for match in _CODE.finditer(text)]


def _prose_only(text: str, found: Iterator[Found]) -> Iterator[Found]:
    spans = _code_spans(text)
    for start, end, replacements in found:
        if not any(s < end and start < e for s, e in spans):
            yield start, end, replacements


def simplified_characters(text: str, language: str = "zh-TW") -> Iterator[Found]:
    """Simplified characters with their Traditional forms (a run of them is one finding)."""
    table = simplified_table()

    def runs() -> Iterator[Found]:
        position = 0
        while position < len(text):
            if text[position] not in table:
                position += 1
                continue
            end = position
            while end < len(text) and text[end] in table:
                end += 1
            choices = [table[char] for char in text[position:end]]
            first = "".join(forms[0] for forms in choices)
            others = [] if end - position > 1 else list(choices[0][1:])
            yield position, end, (first, *others)
            position = end

    yield from _prose_only(text, runs())


def taiwan_punctuation(text: str, language: str = "zh-TW") -> Iterator[Found]:
    """Mainland-style quotes and ellipses, and doubled full stops or commas."""

    def found() -> Iterator[Found]:
        for match in _CURLY_DOUBLE.finditer(text):
            if re.search(_CJK_CHAR, match.group(1)) or _cjk_beside(text, match):
                yield match.start(), match.end(), (f"「{match.group(1)}」",)
        for match in _CURLY_SINGLE.finditer(text):
            if re.search(_CJK_CHAR, match.group(1)) or _cjk_beside(text, match):
                yield match.start(), match.end(), (f"『{match.group(1)}』",)
        for match in _ELLIPSIS.finditer(text):
            yield match.start(), match.end(), ("……",)
        yield from doubled_punctuation(text, language)

    yield from _prose_only(text, found())


def doubled_punctuation(text: str, language: str = "zh-TW") -> Iterator[Found]:
    """。。 or ，， typed twice (an IME slip); ！！ and ？？ are left to the writer."""
    for match in _DOUBLED.finditer(text):
        if match.group(1) not in "！？":
            yield match.start(), match.end(), (match.group(1),)


def mixed_width(text: str, language: str = "zh-TW") -> Iterator[Found]:
    """Full-width Latin letters or digits (ＡＷＳ → AWS) and ideographic spaces beside Latin."""

    found: list[Found] = []
    for match in _FULL_WIDTH_ALNUM.finditer(text):
        half = "".join(chr(ord(char) - 0xFEE0) for char in match.group())
        found.append((match.start(), match.end(), (half,)))
    for match in _IDEOGRAPHIC_SPACE.finditer(text):
        found.append((match.start(), match.end(), (" ",)))
    yield from _prose_only(text, iter(sorted(found)))


def _cjk_beside(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return bool(re.fullmatch(_CJK_CHAR, before) or re.fullmatch(_CJK_CHAR, after))


# Built-in checks the style rules can name (resources/grammar/style_rules.yaml).
CHECKS: dict[str, Callable[[str, str], Iterator[Found]]] = {
    "cjk_simplified_characters": simplified_characters,
    "cjk_taiwan_punctuation": taiwan_punctuation,
    "cjk_doubled_punctuation": doubled_punctuation,
    "cjk_mixed_width": mixed_width,
}

# What each check tells the writer (the UI shows it translated).
MESSAGES: dict[str, str] = {
    "cjk_simplified_characters": translate(
        "Writing", "Simplified Chinese character in a Traditional Chinese (Taiwan) reply."
    ),
    "cjk_taiwan_punctuation": translate(
        "Writing", "Taiwan punctuation: 「」 for quotes, …… for an ellipsis, one full stop."
    ),
    "cjk_doubled_punctuation": translate("Writing", "The same punctuation mark twice."),
    "cjk_mixed_width": translate(
        "Writing", "Full-width letters, digits or spaces beside Latin text; use half-width."
    ),
}
