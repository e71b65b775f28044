"""Scores the writing checks on the outside evaluation sets in tests/data/grammar/.

Used by ``bench/bench_writing.py`` (numbers for RESULTS.md and the README) and by the tests
that hold the targets. Only needs ``check(text) -> issues`` from the app, so the same code
scores an older checkout ("before") too.

- Typos (codespell): each typo in a carrier sentence; recall = flagged as spelling, accuracy =
  the first suggestion is the correction.
- Learner errors (learner_errors.tsv): the edits between a sentence and its reference, typed by a
  small rule set (noun number, verb form/agreement, determiner/article, preposition,
  spelling, punctuation, word choice, other); a spelling edit is caught when a spelling issue
  overlaps it, any other edit when a grammar or punctuation issue does (a spelling flag on a
  misused word is not a grammar catch).
- Clean technical prose (awsdocs): every spelling or grammar issue is a false flag.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "grammar"
Check = Callable[[str], Sequence[Any]]  # issues with start, end, category, replacements

CARRIERS = (
    "We {} the logs this morning.",
    "Please send the {} to the team.",
    "The {} was in the report.",
    "I think the {} is fine now.",
)
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "some",
        "any",
        "no",
        "many",
        "much",
        "few",
        "little",
        "another",
        "all",
        "both",
        "either",
        "neither",
    ]
)
PREPOSITIONS = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "by",
        "despite",
        "down",
        "during",
        "except",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "like",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "outside",
        "over",
        "past",
        "since",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "with",
        "within",
        "without",
    ]
)
_NO_SPACE_BEFORE = frozenset(",.;:?!)%") | {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}


def _category(issue: Any) -> str:
    return str(getattr(issue.category, "value", issue.category))


# --- typos ---------------------------------------------------------------------------------


@dataclass
class TypoScore:
    total: int = 0
    flagged: int = 0
    first_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.flagged / self.total

    @property
    def accuracy(self) -> float:
        """First suggestion right, of all typos (a typo not flagged counts as wrong)."""
        return self.first_right / self.total


def load_typos(path: Path = DATA / "typos.tsv") -> list[tuple[str, str]]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return [(row[0], row[1]) for row in rows if len(row) == 2]


def score_typos(check: Check, typos: Sequence[tuple[str, str]]) -> TypoScore:
    """Check all carrier sentences as one text, paragraph per typo (as a reply would be)."""
    score = TypoScore(total=len(typos))
    texts, places = [], []
    offset = 0
    for index, (typo, _) in enumerate(typos):
        sentence = CARRIERS[index % len(CARRIERS)].format(typo)
        start = offset + sentence.index(typo)
        places.append((start, start + len(typo)))
        texts.append(sentence)
        offset += len(sentence) + 2
    issues = [i for i in check("\n\n".join(texts)) if _category(i) == "spelling"]
    by_start = {(i.start, i.end): i for i in issues}
    for (typo, right), place in zip(typos, places, strict=True):
        issue = by_start.get(place)
        if issue is None:
            score.misses.append(typo)
            continue
        score.flagged += 1
        if issue.replacements and issue.replacements[0].lower() == right:
            score.first_right += 1
    return score


# --- learner English -----------------------------------------------------------------------


@dataclass
class Edit:
    start: int  # character span in the detokenised source
    end: int
    kind: str
    source: str
    target: str


def detokenise(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens (as the evaluation sets store them) as plain text, with each token's span."""
    text = ""
    spans = []
    for index, token in enumerate(tokens):
        if index and token not in _NO_SPACE_BEFORE and tokens[index - 1] not in {"(", "$"}:
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans


def _lemmas(word: str) -> dict[str, set[str]]:
    from lemminflect import getAllLemmas

    return {pos: set(lemmas) for pos, lemmas in getAllLemmas(word.lower()).items()}


def _same_lemma(a: str, b: str, parts: set[str]) -> bool:
    left, right = _lemmas(a), _lemmas(b)
    return any(left.get(p, set()) & right.get(p, set()) for p in parts)


def _is_word(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


def classify(source: Sequence[str], target: Sequence[str]) -> str:
    """The error type of replacing ``source`` tokens by ``target`` tokens."""
    both = [*source, *target]
    if both and all(not any(c.isalnum() for c in t) for t in both):
        return "punctuation"
    words = {t.lower() for t in both if any(c.isalnum() for c in t)}
    if words and words <= DETERMINERS:
        return "determiner/article"
    if words and words <= PREPOSITIONS:
        return "preposition"
    if len(source) == 1 and len(target) == 1:
        s, t = source[0], target[0]
        if _same_lemma(s, t, {"NOUN"}):
            return "noun number"
        if _same_lemma(s, t, {"VERB", "AUX"}):
            return "verb form/agreement"
        if not _is_word(s) and difflib.SequenceMatcher(None, s.lower(), t.lower()).ratio() > 0.6:
            return "spelling"
        return "word choice"
    return "other"


def edits(source_line: str, reference_line: str) -> tuple[str, list[Edit]]:
    """The detokenised source and its typed edits toward the reference."""
    source = source_line.split()
    target = reference_line.split()
    text, spans = detokenise(source)
    matcher = difflib.SequenceMatcher(
        None, [t.lower() for t in source], [t.lower() for t in target], autojunk=False
    )
    found = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if source[i1:i2] and [t.lower() for t in source[i1:i2]] == [t for t in target[j1:j2]]:
            continue  # capitalisation only
        if i1 < i2:
            start, end = spans[i1][0], spans[i2 - 1][1]
        else:  # an insertion: the words either side of the gap
            start = spans[i1 - 1][0] if i1 else 0
            end = spans[i1][1] if i1 < len(spans) else len(text)
        kind = classify(source[i1:i2], target[j1:j2])
        found.append(Edit(start, end, kind, " ".join(source[i1:i2]), " ".join(target[j1:j2])))
    return text, found


def load_learner(path: Path = DATA / "learner_errors.tsv") -> list[tuple[str, str]]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return [(row[0], row[1]) for row in rows if len(row) == 2]


@dataclass
class RecallScore:
    total: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)

    def recall(self, kind: str | None = None) -> float:
        if kind is None:
            return sum(self.caught.values()) / max(1, sum(self.total.values()))
        return self.caught[kind] / max(1, self.total[kind])


COUNTED = frozenset({"spelling", "grammar", "punctuation"})


def score_learner(check: Check, pairs: Sequence[tuple[str, str]]) -> RecallScore:
    score = RecallScore()
    prepared = [edits(source, reference) for source, reference in pairs]
    document = "\n\n".join(text for text, _ in prepared)
    issues = [i for i in check(document) if _category(i) in COUNTED]
    offset = 0
    for text, found in prepared:
        local = [i for i in issues if offset <= i.start < offset + len(text) + 1]
        for edit in found:
            score.total[edit.kind] += 1
            start, end = offset + edit.start, offset + edit.end
            wanted = {"spelling"} if edit.kind == "spelling" else {"grammar", "punctuation"}
            if any(
                _category(i) in wanted
                and i.start < max(end, start + 1)
                and start < max(i.end, i.start + 1)
                for i in local
            ):
                score.caught[edit.kind] += 1
        offset += len(text) + 2
    return score


# --- clean prose ---------------------------------------------------------------------------


def false_flags(
    check: Check, path: Path = DATA / "aws_docs_prose.md"
) -> tuple[int, Counter[str], list[str]]:
    """Words of ``path``, spelling and grammar issues found in it, and what they flagged."""
    text = path.read_text(encoding="utf-8")
    issues = [i for i in check(text) if _category(i) in {"spelling", "grammar"}]
    counts = Counter(_category(i) for i in issues)
    shown = [
        f"{_category(i)}: {text[i.start : i.end]!r} ({getattr(i, 'rule_id', '')})" for i in issues
    ]
    return len(text.split()), counts, shown
