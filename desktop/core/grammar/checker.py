"""Combines the engines: runs those that can check, drops non-prose and duplicate issues."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import replace

from desktop.core.grammar import suggestions
from desktop.core.grammar.issue import (
    BackgroundEngine,
    Category,
    EngineStatus,
    EngineUnavailableError,
    GrammarEngine,
    Issue,
)
from desktop.core.grammar.masking import inside, non_prose_spans, overlaps
from desktop.core.grammar.preferences import GrammarPreferences
from desktop.core.grammar.spelling import is_probable_name
from desktop.core.grammar.vocabulary import is_vocabulary_word
from desktop.core.i18n import translate

log = logging.getLogger(__name__)
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def drop_non_prose(issues: Sequence[Issue], text: str) -> list[Issue]:
    """Drop issues lying wholly inside code, URLs, IDs, paths or identifiers, and spelling
    issues touching them, on acronyms, on words of the technical vocabulary (whatever the
    engine and the casing), or on capitalised words inside a sentence (names)."""
    spans = non_prose_spans(text)
    kept = []
    for issue in issues:
        if inside(spans, issue.start, issue.end):
            continue
        if issue.category is Category.SPELLING:
            word = text[issue.start : issue.end]
            if overlaps(spans, issue.start, issue.end) or (word.isupper() and len(word) <= 8):
                continue
            if is_vocabulary_word(word):
                continue
            if is_probable_name(word, text, issue.start):
                continue
        kept.append(issue)
    return kept


def merge_issues(groups: Sequence[Sequence[Issue]], text: str = "") -> list[Issue]:
    """Merge engines' issues, earlier groups winning when span and category are the same.

    With ``text``, a spelling issue's replacements are every engine's candidates for that
    word plus SymSpell's, ranked together (:func:`suggestions.rank`); words used elsewhere in
    ``text`` win close calls.
    """
    seen: dict[tuple[int, int, Category], int] = {}
    offered: dict[int, list[str]] = {}
    merged: list[Issue] = []
    for group in groups:
        for issue in group:
            key = (issue.start, issue.end, issue.category)
            if key not in seen:
                seen[key] = len(merged)
                merged.append(issue)
            if issue.category is Category.SPELLING:
                offered.setdefault(seen[key], []).extend(issue.replacements)
    if text:
        context = frozenset(_WORD_RE.findall(text.lower()))
        for index, candidates in offered.items():
            issue = merged[index]
            word = text[issue.start : issue.end]
            ranked = suggestions.rank(word, candidates, preferred=context - {word.lower()})
            merged[index] = replace(issue, replacements=ranked)
    return sorted(merged, key=lambda issue: (issue.start, issue.end, issue.rule_id))


def _short(label: str) -> str:
    return label.split(" (", 1)[0]


class GrammarChecker:
    """Runs ``engines`` (best first) and returns one merged, filtered list of issues.

    Safe to call from one worker thread at a time. Never raises for an engine's failure:
    the failure becomes part of :meth:`status_text` and the other engines still check.
    """

    def __init__(
        self,
        engines: Sequence[GrammarEngine],
        preferences: GrammarPreferences | None = None,
        retry_after: float = 30.0,
    ) -> None:
        self.engines = tuple(engines)
        self.preferences = preferences if preferences is not None else GrammarPreferences()
        self.retry_after = retry_after
        self._failures: dict[str, tuple[str, float]] = {}
        self._failures_lock = threading.Lock()  # the GUI thread reads them, a worker writes

    def _fail(self, engine: GrammarEngine, reason: str) -> None:
        with self._failures_lock:
            self._failures[engine.name] = (reason, time.monotonic())

    def _failure(self, engine: GrammarEngine) -> str:
        """The reason ``engine`` failed recently, or "" once ``retry_after`` has passed."""
        with self._failures_lock:
            reason, when = self._failures.get(engine.name, ("", 0.0))
            if reason and time.monotonic() - when >= self.retry_after:
                del self._failures[engine.name]
                return ""
            return reason

    def warm_up(self) -> None:
        """Warm every engine up (slow: call from a background thread)."""
        for engine in self.engines:
            try:
                engine.warm_up()
            except Exception as error:  # an engine must not take the others down
                log.warning("warming up %s failed: %s", engine.name, error)
                self._fail(engine, f"{_short(engine.label)} failed to start")

    def active_engines(self, language: str) -> list[GrammarEngine]:
        """Engines that support ``language`` and are available now, best first."""
        return [
            e
            for e in self.engines
            if e.supports(language) and not self._failure(e) and e.status().available
        ]

    def refresh(self) -> None:
        """Let engines update their state (a server became ready, crashed...); worker thread."""
        for engine in self.engines:
            try:
                engine.refresh()
            except Exception as error:  # an engine must not take the others down
                log.warning("refreshing %s failed: %s", engine.name, error)

    def check_raw(self, text: str, language: str) -> list[Issue]:
        """Issues from every active engine, non-prose dropped, merged; preferences not applied."""
        engines = self.active_engines(language)
        # Engines with a thread of their own (Harper: Rust, the GIL released) check while the
        # others check here; the groups keep the engines' order, which decides merge ties.
        started = {
            engine.name: engine.submit(text, language)
            for engine in engines
            if isinstance(engine, BackgroundEngine)
        }
        found: dict[str, list[Issue]] = {}
        for engine in [e for e in engines if e.name not in started] + [
            e for e in engines if e.name in started
        ]:
            try:
                future = started.get(engine.name)
                found[engine.name] = (
                    future.result() if future is not None else engine.check(text, language)
                )
            except EngineUnavailableError as error:
                self._fail(engine, str(error))
            except Exception as error:  # never a traceback for the user
                log.warning("%s failed: %s", engine.name, error, exc_info=True)
                self._fail(engine, f"{_short(engine.label)} failed: {error}")
        groups = [found[e.name] for e in engines if e.name in found]
        return merge_issues([drop_non_prose(group, text) for group in groups], text)

    def check(self, text: str, language: str) -> list[Issue]:
        """Issues in ``text`` with the personal dictionary and ignored rules applied."""
        self.refresh()
        return self.preferences.filter(self.check_raw(text, language), text)

    def retry_failed(self) -> None:
        """Forget engine failures so the next check tries those engines again."""
        with self._failures_lock:
            self._failures.clear()

    def statuses(self, language: str) -> list[tuple[GrammarEngine, EngineStatus]]:
        """Each engine with its status for ``language`` (failures of the last check included)."""
        result = []
        for engine in self.engines:
            status = engine.status()
            if not engine.supports(language):
                status = EngineStatus(
                    False,
                    translate("Grammar", "{engine} does not check {language}").format(
                        engine=_short(engine.label), language=language
                    ),
                )
            elif self._failure(engine):
                status = EngineStatus(False, self._failure(engine))
            result.append((engine, status))
        return result

    def status_text(self, language: str = "en") -> str:
        """One line for the status bar, e.g. ``Grammar: Harper (offline) - LanguageTool not
        configured``."""
        statuses = self.statuses(language)
        active = [engine.label for engine, status in statuses if status.available]
        notes = [status.reason for _, status in statuses if not status.available and status.reason]
        engine = active[0] if active else translate("Grammar", "off")
        text = translate("Grammar", "Grammar: {engine}").format(engine=engine)
        if not notes:
            return text
        joined = notes[0]
        for note in notes[1:]:  # Messages all the way, so the UI can translate each part
            joined = translate("Grammar", "{first}; {then}").format(first=joined, then=note)
        return translate("Grammar", "{status} - {notes}").format(status=text, notes=joined)
