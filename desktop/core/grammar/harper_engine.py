"""Harper (harper-py), the offline English grammar and spelling engine, behind GrammarEngine."""

from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from desktop.core.grammar.categories import Placement, table
from desktop.core.grammar.issue import Category, EngineStatus, Issue, base_language
from desktop.core.grammar.masking import non_prose_spans
from desktop.core.grammar.vocabulary import technical_vocabulary_cased
from desktop.core.i18n import translate

_DIALECTS = {"en-gb": "BRITISH", "en-au": "AUSTRALIAN", "en-ca": "CANADIAN", "en-in": "INDIAN"}


PLACEHOLDER = "x"
_MAX_RUN = 300  # placeholder words x, xx, ... up to this length are in Harper's dictionary
_PLACEHOLDER_WORDS = [PLACEHOLDER * n for n in range(1, _MAX_RUN + 1)]
# Plain numbers ("1." of a numbered step, "15:00") stay as they are: an "x." at the start of
# a line reads to Harper as a sentence starting with a lowercase letter.
_NUMBER_RE = re.compile(r"\d+(?:[.,:]\d+)*")
_RUN_RE = re.compile(r"\S+")


def placeholder_text(text: str) -> str:
    """``text`` with every non-prose character (code, IDs, URLs...) replaced by ``x``.

    Offsets, whitespace and plain numbers are kept, so sentences keep their shape ("on
    instance xxxxxxx for the period", "1. Open the console"), and the ``x`` runs are
    dictionary words to Harper, so it does not spend about a second per long ID computing
    spelling suggestions.
    """
    chars = list(text)
    for start, end in non_prose_spans(text):
        for run in _RUN_RE.finditer(text, start, end):
            if _NUMBER_RE.fullmatch(run.group()):
                continue
            for index in range(run.start(), run.end()):
                offset = index - run.start()
                chars[index] = PLACEHOLDER if offset % (_MAX_RUN + 1) < _MAX_RUN else " "
    return "".join(chars)


_LIST_ITEM_START = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\Z")


def _lowercase_list_item(rule: str, start: int, text: str) -> bool:
    """Whether a capitalisation lint is about a list item continuing a sentence ("- the logs")."""
    if rule != "SentenceCapitalization":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LIST_ITEM_START.match(text, line_start, start))


def _titlecase_name(rule: str, word: str, suggestions: list[str]) -> bool:
    """Whether an all-caps suggestion is about a name-like word ("Sam" is not AWS SAM)."""
    return (
        rule == "OrthographicConsistency"
        and word[:1].isupper()
        and word[1:].islower()
        and all(s.isupper() for s in suggestions)
    )


def _about_placeholders(lint: Any, masked: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a lint only concerns placeholders, or the word before one ("an xxxx")."""
    if not lint.problem_text.replace(PLACEHOLDER, "").strip():
        return True
    after = len(masked) - len(masked[lint.span.end :].lstrip())
    return any(start <= after < end for start, end in spans)


def placement_for(rule: str, lint_kind: str) -> Placement:
    """Category and grammar kind of Harper's ``rule`` of ``lint_kind`` (categories.yaml)."""
    return table("harper").place(rule, lint_kind)


def category_for(lint_kind: str, rule: str = "") -> Category:
    """Map Harper's ``lint_kind`` (e.g. ``WordChoice``), or its ``rule``, to a category."""
    return placement_for(rule, lint_kind).category


def _base_words() -> list[str]:
    """The words every linter gets: the vocabulary (as written and lowercase), placeholders."""
    vocabulary = technical_vocabulary_cased()
    lowered = [word.lower() for word in vocabulary if not word.islower()]
    return [*vocabulary, *lowered, *_PLACEHOLDER_WORDS]


class HarperEngine:
    """English only. The linter is built on first use or by :meth:`warm_up` (about a second).

    Every call into Harper runs on one thread the engine owns: a ``harper.Linter`` is not
    thread-safe, and Harper keeps the automata of its spelling search per thread (the one for
    a four-edit search, needed once a word has no dictionary word within three edits, takes
    it about 1.7 s of CPU to build: harper-core ``spell_check.rs``, ``fst_dictionary.rs``), so
    one long-lived thread builds each once per session, not once per worker thread.
    Checks submitted with :meth:`submit` run there while the other engines check on the
    caller's thread (Harper releases the GIL while it lints).
    """

    name = "harper"
    label = translate("Grammar", "Harper (offline)")

    def __init__(self) -> None:
        self._linters: dict[str, Any] = {}
        self._error = ""
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="harper")
        try:
            import harper  # noqa: F401
        except ImportError as error:  # pragma: no cover - harper-py is a declared dependency
            self._error = f"Harper unavailable ({error})"

    def status(self) -> EngineStatus:
        """Unavailable only when harper-py cannot be imported or failed to start."""
        return EngineStatus(available=not self._error, reason=self._error)

    def refresh(self) -> None:
        """Nothing changes in the background."""

    def supports(self, language: str) -> bool:
        """English (any dialect)."""
        return base_language(language) == "en"

    def warm_up(self) -> None:
        """Build the American English linter now (blocks until it is built)."""
        self.prepare().result()

    def prepare(self) -> Future[None]:
        """Start building the American English linter on Harper's thread; do not wait."""
        return self._thread.submit(self._prepare)

    def _prepare(self) -> None:
        if not self._error:
            self._linter("en-US")

    def _linter(self, language: str) -> Any:
        dialect = _DIALECTS.get(language.lower(), "AMERICAN")
        linter = self._linters.get(dialect)
        if linter is None:
            import harper

            linter = harper.Linter(harper.Dialect[dialect])
            linter.import_words(_base_words())
            # The first lint with a misspelling builds the suggestion index (about a second).
            linter.lint("Warm up this mispeled linter.", language="markdown")
            self._linters[dialect] = linter
        return linter

    def submit(self, text: str, language: str) -> Future[list[Issue]]:
        """Start checking ``text`` on Harper's thread (see :meth:`check`)."""
        return self._thread.submit(self._check, text, language)

    def check(self, text: str, language: str) -> list[Issue]:
        """Lint ``text`` as Markdown; Harper's spans are code points, i.e. Python indices."""
        return self.submit(text, language).result()

    def _check(self, text: str, language: str) -> list[Issue]:
        if self._error or not self.supports(language):
            return []
        spans = non_prose_spans(text)
        masked = placeholder_text(text)
        by_rule = self._linter(language).organized_lints(masked, language="markdown")
        issues = []
        for rule, lints in by_rule.items():
            for lint in lints:
                if _about_placeholders(lint, masked, spans):
                    continue
                if _lowercase_list_item(rule, lint.span.start, masked):
                    continue
                replacements = [s.replacement_text for s in lint.suggestions if s.replacement_text]
                if _titlecase_name(rule, masked[lint.span.start : lint.span.end], replacements):
                    continue
                placement = placement_for(rule, lint.lint_kind)
                issues.append(
                    Issue(
                        start=lint.span.start,
                        end=lint.span.end,
                        category=placement.category,
                        rule_id=rule,
                        message=lint.message,
                        replacements=tuple(replacements),
                        engine=self.name,
                        kind=placement.kind,
                    )
                )
        return sorted(issues, key=lambda issue: (issue.start, issue.end))
