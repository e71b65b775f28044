"""As-you-type fuzzy search over templates, ranked by match quality, favourites and use."""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from desktop.core.templating.entry import TemplateEntry

# Points per query word, by where it matched; a row's score is their sum plus boosts.
TITLE_PREFIX, TITLE_WORD, EXACT_TAG, IN_TITLE, IN_ID_OR_TAG, IN_TEXT, FUZZY = 10, 8, 7, 6, 4, 2, 1
FAVOURITE_BOOST = 5.0
USAGE_BOOST = 2.0  # times log(1 + uses)
# The file name says what a template is for: "acknowledg" finds both "Acknowledge a new case"
# (acknowledgement) and "Acknowledge a feature request" (feature-request); the first wins.
NAME_PREFIX_BOOST = 0.5


@dataclass(frozen=True)
class SearchHit:
    """One result: the template and how well it matched (higher is better)."""

    entry: TemplateEntry
    score: float


class TemplateIndex:
    """A search index over library entries; build it once per library load.

    Every query word must match: in the title, tags, language, id, description or text,
    or fuzzily (its letters in order) in the title, id and tags. One-letter words match
    only the start of a title word, an id part or a tag, which is what typing expects.
    """

    def __init__(self, entries: Iterable[TemplateEntry], *, include_partials: bool = False) -> None:
        self.entries = [e for e in entries if include_partials or not e.is_partial]
        titles, keys, labels, texts = [], [], [], []
        self._tag_rows: dict[str, set[int]] = {}
        self._lang_rows: dict[str, set[int]] = {}
        for row, entry in enumerate(self.entries):
            summary = entry.summary
            title = " ".join(entry.title.lower().split())
            tags = sorted({str(t).lower() for t in summary["tags"]})
            language = entry.language.lower()
            for tag in tags:
                self._tag_rows.setdefault(tag, set()).add(row)
            self._lang_rows.setdefault(language, set()).add(row)
            key = " ".join((entry.id.lower().replace("/", " / "), *tags))
            titles.append(title)
            keys.append(key)
            labels.append(f"{title} {key} {language}")
            texts.append(f"{labels[-1]}\n{summary['description']}\n{entry.text}".lower())
        self._titles = titles
        self._spaced_titles = [" " + t for t in titles]
        self._keys, self._spaced_keys = keys, [" " + k for k in keys]
        self._labels, self._texts = labels, texts
        by_title = sorted(range(len(titles)), key=lambda i: (titles[i], self.entries[i].id))
        self._rank = [0] * len(titles)
        for rank, row in enumerate(by_title):
            self._rank[row] = rank
        self._row_of = {entry.id: row for row, entry in enumerate(self.entries)}
        self._names = [entry.id.rsplit("/", 1)[-1].lower() for entry in self.entries]

    def search(
        self,
        query: str,
        *,
        usage: Mapping[str, int] | None = None,
        favourites: Collection[str] = (),
        language: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Return the best matches for ``query``, best first (ties by title).

        Args:
            query: What the user typed; empty lists every template.
            usage: How often each template id was used (from the store).
            favourites: Template ids the user starred (from the store).
            language: If given, only templates in this language or with none.
            limit: At most this many hits.
        """
        tokens = query.lower().split()
        candidates: set[int] = set(range(len(self.entries)))
        if language:
            candidates &= self._lang_rows.get(language.lower(), set()) | self._lang_rows.get(
                "", set()
            )
        extra: dict[int, float] = {}
        for token in tokens:
            matched, points = self._match(token)
            candidates &= matched
            if not candidates:
                return []
            for row, value in points.items():
                extra[row] = extra.get(row, 0) + value
        for ident, uses in (usage or {}).items():
            used = self._row_of.get(ident)
            if used is not None and uses > 0:
                extra[used] = extra.get(used, 0) + USAGE_BOOST * math.log1p(uses)
        for ident in favourites:
            starred = self._row_of.get(ident)
            if starred is not None:
                extra[starred] = extra.get(starred, 0) + FAVOURITE_BOOST
        base = IN_TEXT * len(tokens)
        special = [(base + extra[r], -self._rank[r], r) for r in extra if r in candidates]
        plain = heapq.nsmallest(limit, candidates - extra.keys(), key=self._rank.__getitem__)
        best = heapq.nlargest(limit, special + [(base, -self._rank[r], r) for r in plain])
        return [SearchHit(self.entries[row], float(score)) for score, _, row in best]

    def _match(self, token: str) -> tuple[set[int], dict[int, float]]:
        """Rows matching one query word, and each row's points above ``IN_TEXT``."""
        spaced = " " + token
        tiers: list[tuple[int, Iterable[int]]] = []
        if len(token) > 1:
            tiers += [(IN_ID_OR_TAG, _rows(self._keys, token)),
                      (IN_TITLE, _rows(self._titles, token))]  # fmt: skip
        tiers += [
            (EXACT_TAG, self._tag_rows.get(token, set()) | self._lang_rows.get(token, set())),
            (IN_ID_OR_TAG, _rows(self._spaced_keys, spaced)),
            (TITLE_WORD, _rows(self._spaced_titles, spaced)),
            (TITLE_PREFIX, [i for i, t in enumerate(self._titles) if t.startswith(token)]),
        ]
        points: dict[int, float] = {}
        for value, rows in tiers:  # ascending enough: a later, better tier overwrites
            points.update(dict.fromkeys(rows, value - IN_TEXT))
        for row in points:
            if self._names[row].startswith(token):
                points[row] += NAME_PREFIX_BOOST
        matched = set(points)
        if len(token) > 1:
            matched |= _rows(self._texts, token)
            # Letters in order, each taken at its first chance: linear, no backtracking.
            fuzzy = re.compile("".join(f"[^{re.escape(c)}]*{re.escape(c)}" for c in token))
            labels = self._labels
            unmatched = (i for i in range(len(labels)) if i not in matched)
            fuzzy_rows = [i for i in unmatched if fuzzy.match(labels[i])]
            points.update(dict.fromkeys(fuzzy_rows, FUZZY - IN_TEXT))
            matched.update(fuzzy_rows)
        return matched, points


def _rows(texts: list[str], needle: str) -> set[int]:
    return {i for i, text in enumerate(texts) if needle in text}
