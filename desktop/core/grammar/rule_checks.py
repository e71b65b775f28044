"""Runs the data-defined style rules (patterns and built-in checks) over a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.grammar import cjk, cjk_checks
from desktop.core.grammar.issue import Issue
from desktop.core.grammar.masking import mask_text, non_prose_spans
from desktop.core.grammar.message_translations import localized_message
from desktop.core.grammar.style_rules import StyleRule
from desktop.core.grammar.vocabulary import technical_vocabulary

WordTest = Callable[[str], bool]
_REPEATED_RE = re.compile(r"(?i)\b([A-Za-z]+)(\s+)\1\b")
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_CAPS_RE = re.compile(r"\b[A-Z]{2,}\b")
_WORD_RE = re.compile(r"\w+")


def run_rule(rule: StyleRule, text: str, language: str, is_word: WordTest) -> list[Issue]:
    """Return the issues ``rule`` finds in ``text`` (already in ``rule.languages``)."""
    found = list(_matches(rule, text, language, is_word))
    return [
        Issue(
            start=start,
            end=end,
            category=rule.category,
            rule_id=rule.rule_id,
            message=cjk_checks.MESSAGES.get(rule.check)
            or localized_message(rule.rule_id, rule.message),
            replacements=replacements or rule.replacements,
            engine="baseline",
        )
        for start, end, replacements in found
    ]


def _matches(
    rule: StyleRule, text: str, language: str, is_word: WordTest
) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    if rule.pattern is not None:
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                yield match.start(), match.end(), ()
        return
    if rule.check == "repeated_word":
        for match in _REPEATED_RE.finditer(text):
            yield match.start(), match.end(), (match.group(1),)
    elif rule.check == "long_sentence":
        yield from _long_sentences(text, int(rule.params.get("max_words", 35)))
    elif rule.check == "all_caps":
        minimum = int(rule.params.get("min_length", 4))
        for match in _CAPS_RE.finditer(text):
            word = match.group()
            if word.casefold() in technical_vocabulary():
                continue  # JSON, HTTP, OIDC are names, not shouting
            if len(word) >= minimum and is_word(word.lower()):
                yield match.start(), match.end(), (word.lower(),)
    elif rule.check == "cjk_halfwidth_punctuation":
        for start, end, full in cjk.halfwidth_punctuation(text, language):
            yield start, end, (full,)
    elif rule.check == "cjk_latin_spacing":
        yield from _cjk_spacing(text, str(rule.params.get("mode", "required")))
    elif rule.check in cjk_checks.CHECKS:
        yield from cjk_checks.CHECKS[rule.check](text, language)


def _long_sentences(text: str, max_words: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    prose = mask_text(text, non_prose_spans(text), fill="x")
    for match in _SENTENCE_RE.finditer(prose):
        if len(_WORD_RE.findall(match.group())) > max_words:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            yield start, match.end(), ()


def _cjk_spacing(text: str, mode: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    missing = list(cjk.missing_spaces(text))
    extra = list(cjk.extra_spaces(text))
    if mode == "required" or (mode == "consistent" and len(extra) > len(missing)):
        for position in missing:
            start = max(0, position - 1)
            yield start, position + 1, (text[start:position] + " " + text[position : position + 1],)
    elif mode == "consistent" and len(missing) > len(extra):
        for position in extra:
            yield position, position + 1, ("",)
