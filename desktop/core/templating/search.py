"""As-you-type fuzzy search over templates, ranked by match quality, favourites and use."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from desktop.core.templating.entry import TemplateEntry


@dataclass(frozen=True)
class SearchHit:
    """One result: the template and how well it matched (higher is better)."""

    entry: TemplateEntry
    score: float


@dataclass(frozen=True)
class _Row:
    entry: TemplateEntry
    title: str
    title_words: tuple[str, ...]
    tags: frozenset[str]
    language: str
    ident: str
    label: str  # title, id, tags and language: what fuzzy matching looks at
    body: str  # description and text


class TemplateIndex:
    """A search index over library entries; build it once per library load.

    Every query word must match somewhere (title, tags, language, id, description or
    text); words may also match fuzzily (letters in order) in the title, id and tags.
    """

    def __init__(self, entries: Iterable[TemplateEntry], *, include_partials: bool = False) -> None:
        self.rows: list[_Row] = []
        for entry in entries:
            if entry.is_partial and not include_partials:
                continue
            summary = entry.summary
            title = entry.title.lower()
            tags = frozenset(t.lower() for t in summary["tags"])
            language = entry.language.lower()
            ident = entry.id.lower()
            label = " ".join((title, ident, *sorted(tags), language))
            body = f"{summary['description']}\n{entry.text}".lower()
            self.rows.append(_Row(entry, title, tuple(title.split()), tags, language, ident,
                                  label, body))  # fmt: skip

    def search(
        self,
        query: str,
        *,
        usage: Mapping[str, int] | None = None,
        favourites: Collection[str] = (),
        language: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Return the best matches for ``query``, best first.

        Args:
            query: What the user typed; empty lists every template.
            usage: How often each template id was used (from the store).
            favourites: Template ids the user starred (from the store).
            language: If given, only templates in this language or with none.
            limit: At most this many hits.
        """
        usage = usage or {}
        tokens = query.lower().split()
        fuzzy = [re.compile(".*?".join(map(re.escape, t))) for t in tokens]
        hits: list[SearchHit] = []
        for row in self.rows:
            if language and row.language not in ("", language.lower()):
                continue
            score = 0.0
            for token, pattern in zip(tokens, fuzzy, strict=True):
                points = _points(row, token, pattern)
                if not points:
                    break
                score += points
            else:
                ident = row.entry.id
                score += 5.0 * (ident in favourites) + 2.0 * math.log1p(max(usage.get(ident, 0), 0))
                hits.append(SearchHit(row.entry, score))
        hits.sort(key=lambda hit: (-hit.score, hit.entry.title.lower(), hit.entry.id))
        return hits[:limit]


def _points(row: _Row, token: str, pattern: re.Pattern[str]) -> float:
    """How well one query word matches one row; 0 for no match."""
    if row.title.startswith(token):
        return 10.0
    if any(word.startswith(token) for word in row.title_words):
        return 8.0
    if token in row.tags or token == row.language:
        return 7.0
    if token in row.title:
        return 6.0
    if token in row.ident or any(token in tag for tag in row.tags):
        return 4.0
    if token in row.body:
        return 2.0
    if pattern.search(row.label):
        return 1.0
    return 0.0
