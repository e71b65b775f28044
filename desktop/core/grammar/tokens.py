"""Words of a text with what they can be: Penn part-of-speech tags from lemminflect.

Tokens inside non-prose spans (code, IDs, versions) are kept as masked tokens, so a rule can
see "an S3 bucket" but never judges the masked text as a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.grammar.masking import non_prose_spans

_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[^\sA-Za-z\d]")
_RUN_RE = re.compile(r"\S+")
_SENTENCE_END = frozenset(".!?")
_UPOS = {"N": "NOUN", "V": "VERB", "J": "ADJ", "R": "ADV"}
# Function words: lemminflect lists "who", "that", "will" as nouns too, which only misleads.
CLOSED_CLASS = frozenset(
    {
        *[
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "who",
            "whom",
            "whose",
            "which",
            "what",
            "where",
            "when",
            "why",
            "how",
            "it",
            "its",
            "they",
        ],
        *[
            "them",
            "their",
            "we",
            "us",
            "our",
            "you",
            "your",
            "he",
            "him",
            "his",
            "she",
            "her",
            "i",
            "me",
            "my",
            "will",
            "would",
            "can",
            "could",
            "shall",
        ],
        *[
            "should",
            "may",
            "might",
            "must",
            "and",
            "or",
            "but",
            "nor",
            "if",
            "than",
            "then",
            "so",
            "to",
            "of",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
        ],
    }
)
_BASE_TAGS = {"ADJ": "JJ", "ADV": "RB", "NOUN": "NN", "VERB": "VB"}


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or mark; ``start``/``end`` are Python indices into the text."""

    text: str
    start: int
    end: int
    masked: bool = False
    first: bool = False  # first token of its sentence
    lower: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower().replace("’", "'"))

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def proper(self) -> bool:
        """Capitalised inside a sentence (a name: not judged as a common word)."""
        return not self.first and self.text[:1].isupper()

    @property
    def tags(self) -> frozenset[str]:
        return frozenset() if self.masked or not self.is_word else word_tags(self.lower)


@lru_cache(maxsize=65536)
def word_tags(word: str) -> frozenset[str]:
    """Penn tags ``word`` can have: ``errors`` -> {NNS}; ``comes`` -> {NNS, VBZ}.

    A tag counts only for a word's main form (``error`` is not NNS although it can be
    uncountable); a regular past tense is also a past participle.
    """
    from lemminflect import getAllInflections, getAllLemmas

    if word in CLOSED_CLASS:
        return frozenset()
    found: set[str] = set()
    for upos, lemmas in getAllLemmas(word).items():
        for lemma in lemmas:
            if word == lemma and upos in _BASE_TAGS:
                found.add(_BASE_TAGS[upos])  # "complete" is an adjective as well as a verb
            inflections = getAllInflections(lemma, upos)
            for tag, forms in inflections.items():
                if forms and (forms[0] == word or (tag == "NN" and word in forms)):
                    found.add(tag)
            if "VBD" in found and "VBN" not in inflections:
                found.add("VBN")  # lemminflect lists a regular participle under VBD only
    return frozenset(found)


def inflect_word(word: str, tag: str) -> str:
    """``word`` inflected to ``tag`` (``errors``, NN -> ``error``), or ``word`` if unknown."""
    from lemminflect import getInflection, getLemma

    upos = _UPOS.get(tag[:1], "NOUN")
    lemmas = getLemma(word.lower(), upos=upos)
    forms = getInflection(lemmas[0], tag=tag) if lemmas else ()
    if not forms:
        return word
    form = str(forms[0])
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def sentences(text: str) -> list[list[Token]]:
    """The tokens of ``text`` in sentences (a line break also ends one)."""
    spans = non_prose_spans(text)
    tokens: list[Token] = []
    position = 0
    for start, end in [*spans, (len(text), len(text))]:
        tokens.extend(
            Token(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, position, start)
        )
        tokens.extend(
            Token(m.group(), m.start(), m.end(), masked=True)
            for m in _RUN_RE.finditer(text, start, end)
        )
        position = end
    found: list[list[Token]] = []
    current: list[Token] = []
    previous_end = 0
    for token in tokens:
        if current and "\n" in text[previous_end : token.start]:
            found.append(current)
            current = []
        if not current:
            token = Token(token.text, token.start, token.end, token.masked, first=True)
        current.append(token)
        previous_end = token.end
        list_marker = len(current) == 2 and current[0].text.isdigit()  # "1. Open the..."
        if token.text in _SENTENCE_END and not token.masked and not list_marker:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found
