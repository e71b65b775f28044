"""Grammar rules for second-language errors, kept as data in resources/grammar/learner_rules.yaml.

A small matcher over the tokens of each sentence (:mod:`tokens`): each rule is a list of
token tests (words, word sets, part-of-speech tags from lemminflect) with conditions on the
tokens around it, and replacement templates that re-inflect matched words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import yaml

from desktop.core.grammar.articles import Lists, expected_article
from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.message_translations import localized_message
from desktop.core.grammar.tokens import Token, inflect_word, sentences
from desktop.core.resources import read_bundled_text

RULES_FILE = "grammar/learner_rules.yaml"
CHECKS = frozenset({"article_before_acronym"})
ARTICLE_LISTS = ("a", "an", "either")
_NUMBER_SWAP = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
    "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
}  # fmt: skip
_SINGULAR = {plural: singular for singular, plural in _NUMBER_SWAP.items()}
_TEMPLATE_RE = re.compile(r"\{(\d+)(?::([\w-]+))?\}")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]+s?|\d[\d.,%]*")


class LearnerRuleError(ValueError):
    """The rules file is malformed; the message names the rule and the problem."""


@dataclass(frozen=True)
class TokenTest:
    """One position of a pattern (see the file's header for the keys)."""

    words: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    not_tags: frozenset[str] = frozenset()
    not_words: frozenset[str] = frozenset()
    optional: bool = False
    masked: bool = False
    end: bool = False
    name: bool = False  # also holds for a capitalised word inside a sentence

    def holds(self, token: Token | None) -> bool:
        if token is None:
            return self.end
        if token.masked != self.masked or self.end:
            return False
        if self.name and token.proper:
            return True
        lower = token.lower
        if lower in self.not_words:
            return False
        by_word = lower in self.words
        if by_word and self.tags:
            return True  # words and tags together: either may hold
        tags = token.tags if (self.tags or self.not_tags) else frozenset()
        if self.not_tags and tags & self.not_tags:
            return False
        if self.tags:
            return not token.proper and bool(tags & self.tags)
        return by_word if self.words else True


@dataclass(frozen=True)
class LearnerRule:
    rule_id: str
    kind: str
    message: str
    category: Category = Category.GRAMMAR
    pattern: tuple[TokenTest, ...] = ()
    mark: tuple[int, int] | None = None
    suggest: tuple[str, ...] = ()
    before: TokenTest | None = None
    not_before: TokenTest | None = None
    after: TokenTest | None = None
    not_after: TokenTest | None = None
    check: str = ""
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)


def _test(raw: Any, sets: dict[str, frozenset[str]], rule_id: str) -> TokenTest:
    if not isinstance(raw, dict):
        raise LearnerRuleError(f"{rule_id}: a token test must be a mapping, not {raw!r}")
    keys = {"words", "tag", "not_tag", "set", "not_set", "optional", "masked", "end", "name"}
    unknown = set(raw) - keys
    if unknown:
        raise LearnerRuleError(f"{rule_id}: unknown token test keys {sorted(unknown)}")
    words = {str(w).lower() for w in raw.get("words", ())}
    named = {key: _as_list(raw.get(key)) for key in ("set", "not_set")}
    for name in [*named["set"], *named["not_set"]]:
        if name not in sets:
            raise LearnerRuleError(f"{rule_id}: unknown set {name!r}")
    for name in named["set"]:
        words |= sets[name]
    return TokenTest(
        words=frozenset(words),
        tags=frozenset(raw.get("tag", ())),
        not_tags=frozenset(raw.get("not_tag", ())),
        not_words=frozenset().union(*(sets[name] for name in named["not_set"])),
        name=bool(raw.get("name", False)),
        optional=bool(raw.get("optional", False)),
        masked=bool(raw.get("masked", False)),
        end=bool(raw.get("end", False)),
    )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def parse_rules(text: str) -> tuple[tuple[LearnerRule, ...], Lists]:
    """The rules of a rules file and its article lists; raise :class:`LearnerRuleError`."""
    data = yaml.safe_load(text) or {}
    sets = {
        str(k): frozenset(str(w).lower() for w in v) for k, v in (data.get("sets") or {}).items()
    }
    rules = []
    for raw in data.get("rules", []):
        rule_id = str(raw.get("id", "")).strip()
        if not rule_id:
            raise LearnerRuleError(f"a rule has no id: {raw!r}")
        check = str(raw.get("check", ""))
        if check and check not in CHECKS:
            raise LearnerRuleError(f"{rule_id}: unknown check {check!r}")
        if not check and not raw.get("pattern"):
            raise LearnerRuleError(f"{rule_id}: needs a pattern or a check")
        pattern = tuple(_test(t, sets, rule_id) for t in raw.get("pattern", ()))
        mark = raw.get("mark")
        for template in [*raw.get("suggest", ()), str(raw.get("message", ""))]:
            for index in _TEMPLATE_RE.findall(str(template)):
                if int(index[0]) >= len(pattern):
                    raise LearnerRuleError(
                        f"{rule_id}: {template!r} names a token past the pattern"
                    )
        conditions = {
            key: _test(raw[key], sets, rule_id) if key in raw else None
            for key in ("before", "not_before", "after", "not_after")
        }
        examples = raw.get("examples") or {}
        rules.append(
            LearnerRule(
                rule_id=rule_id,
                kind=str(raw.get("kind", "other")),
                category=Category(str(raw.get("category", "grammar"))),
                message=str(raw.get("message", rule_id)),
                pattern=pattern,
                mark=(int(mark[0]), int(mark[1])) if mark else None,
                suggest=tuple(str(s) for s in raw.get("suggest", ())),
                check=check,
                examples={k: tuple(str(e) for e in v) for k, v in examples.items()},
                **conditions,
            )
        )
    ids = [rule.rule_id for rule in rules]
    if len(ids) != len(set(ids)):
        raise LearnerRuleError(f"duplicate rule ids in {RULES_FILE}")
    said = data.get("articles") or {}
    if not isinstance(said, dict) or not all(isinstance(v, list) for v in said.values()):
        raise LearnerRuleError(f"{RULES_FILE}: articles must map a, an, either to word lists")
    lists = tuple(frozenset(str(w).casefold() for w in said.get(k, [])) for k in ARTICLE_LISTS)
    return tuple(rules), (lists[0], lists[1], lists[2])


@lru_cache(maxsize=1)
def bundled_rules() -> tuple[tuple[LearnerRule, ...], Lists]:
    """The shipped rules and the article lists (words said with a, with an, either way)."""
    return parse_rules(read_bundled_text("resources", RULES_FILE))


def _match(pattern: Sequence[TokenTest], tokens: Sequence[Token], start: int) -> list[int] | None:
    """Indexes of the tokens matching ``pattern`` from ``start`` (-1 for a skipped optional)."""
    found: list[int] = []
    position = start
    for test in pattern:
        token = tokens[position] if position < len(tokens) else None
        if token is not None and test.holds(token):
            found.append(position)
            position += 1
        elif test.optional:
            found.append(-1)
        else:
            return None
    return found


def _render(template: str, matched: list[Token | None]) -> str:
    def one(m: re.Match[str]) -> str:
        token = matched[int(m.group(1))]
        if token is None:
            return ""
        form = m.group(2)
        if form is None:
            return token.text
        if form == "plural":
            return _cased(token.text, _NUMBER_SWAP.get(token.lower, token.lower))
        if form == "singular":
            return _cased(token.text, _SINGULAR.get(token.lower, token.lower))
        if form == "singular-noun":
            return _cased(
                token.text, token.lower[:-1] if token.lower.endswith("s") else token.lower
            )
        return inflect_word(token.text, form)

    return " ".join(_TEMPLATE_RE.sub(one, template).split())


def _fill_suggestion(template: str, said: str) -> str:
    return template.replace("{suggestion}", said)


def _cased(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _issues_of(rule: LearnerRule, sentence: Sequence[Token]) -> Iterator[Issue]:
    first_words = _first_words(rule)
    for start in range(len(sentence)):
        if first_words is not None and sentence[start].lower not in first_words:
            continue
        found = _match(rule.pattern, sentence, start)
        if found is None:
            continue
        used = [i for i in found if i >= 0]
        previous = sentence[used[0] - 1] if used[0] > 0 else None
        following = sentence[used[-1] + 1] if used[-1] + 1 < len(sentence) else None
        if rule.before and not rule.before.holds(previous):
            continue
        if rule.not_before and rule.not_before.holds(previous):
            continue
        if rule.after and not rule.after.holds(following):
            continue
        if rule.not_after and rule.not_after.holds(following):
            continue
        matched = [sentence[i] if i >= 0 else None for i in found]
        first, last = rule.mark if rule.mark else (0, len(found) - 1)
        marked = [sentence[i] for i in found[first : last + 1] if i >= 0]
        replacements = tuple(r for r in (_render(s, matched) for s in rule.suggest) if r)
        yield Issue(
            start=marked[0].start,
            end=marked[-1].end,
            category=rule.category,
            rule_id=rule.rule_id,
            message=localized_message(
                rule.rule_id, rule.message, partial(_render, matched=matched)
            ),
            replacements=replacements,
            engine="baseline",
            kind=rule.kind if rule.category is Category.GRAMMAR else "",
        )


def _articles(sentence: Sequence[Token], lists: Lists, rule: LearnerRule) -> Iterator[Issue]:
    for token, following in itertools.pairwise(sentence):
        if token.lower not in {"a", "an"} or token.masked:
            continue
        # Acronyms and numbers (also inside code: "a S3"), and common words; not names
        # ("a Uber"), whose sound no table knows.
        if not _ACRONYM_RE.fullmatch(following.text) and (
            following.masked or not following.text.islower()
        ):
            continue
        wanted = expected_article(following.text, lists)
        if wanted and wanted != token.lower:
            suggestion = _cased(token.text, wanted)
            yield Issue(
                start=token.start,
                end=token.end,
                category=Category.GRAMMAR,
                rule_id=rule.rule_id,
                message=localized_message(
                    rule.rule_id,
                    rule.message,
                    partial(_fill_suggestion, said=f"{suggestion} {following.text}"),
                ),
                replacements=(suggestion,),
                engine="baseline",
                kind=rule.kind,
            )


def _first_words(rule: LearnerRule) -> frozenset[str] | None:
    """The words a match of ``rule`` can start with, or None when any token may start one."""
    if rule.check or not rule.pattern:
        return None
    first = rule.pattern[0]
    if first.optional or first.tags or first.name or first.masked or not first.words:
        return None
    return first.words


@lru_cache(maxsize=4)
def _index(
    rules: tuple[LearnerRule, ...],
) -> tuple[dict[str, list[LearnerRule]], list[LearnerRule]]:
    """Rules by the word they start with, and the rules to try at every token."""
    by_word: dict[str, list[LearnerRule]] = {}
    anywhere: list[LearnerRule] = []
    for rule in rules:
        words = _first_words(rule)
        if words is None:
            anywhere.append(rule)
        else:
            for word in words:
                by_word.setdefault(word, []).append(rule)
    return by_word, anywhere


def check(text: str, rules: Sequence[LearnerRule] | None = None) -> list[Issue]:
    """Issues of every learner rule in English ``text``."""
    shipped, lists = bundled_rules()
    by_word, anywhere = _index(tuple(shipped if rules is None else rules))
    found: list[Issue] = []
    for sentence in sentences(text):
        starts = {rule.rule_id: rule for rule in anywhere if not rule.check}
        for token in sentence:
            for rule in by_word.get(token.lower, ()):
                starts[rule.rule_id] = rule
        for rule in anywhere:
            if rule.check == "article_before_acronym":
                found.extend(_articles(sentence, lists, rule))
        for rule in starts.values():
            found.extend(_issues_of(rule, sentence))
    return sorted(set(found), key=lambda issue: (issue.start, issue.end, issue.rule_id))
