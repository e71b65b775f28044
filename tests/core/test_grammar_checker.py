"""The combining checker: merge without duplicates, preferences, failures, status text."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop.core.grammar.checker import GrammarChecker, merge_issues
from desktop.core.grammar.issue import (
    Category,
    EngineStatus,
    EngineUnavailableError,
    GrammarEngine,
    Issue,
)
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.preferences import GrammarPreferences
from desktop.core.grammar.setup import GrammarConfig, build_checker


@dataclass
class ScriptedEngine:
    """A stand-in engine returning fixed issues (or failing) for checker tests."""

    name: str
    label: str
    issues: list[Issue] = field(default_factory=list)
    available: bool = True
    reason: str = ""
    languages: tuple[str, ...] = ("en",)
    error: Exception | None = None
    calls: int = 0

    def status(self) -> EngineStatus:
        return EngineStatus(self.available, self.reason)

    def supports(self, language: str) -> bool:
        return language.split("-")[0] in self.languages

    def warm_up(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def check(self, text: str, language: str) -> list[Issue]:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return list(self.issues)


def _issue(start: int, end: int, category: Category, rule: str, engine: str) -> Issue:
    return Issue(start, end, category, rule, f"{rule} message", ("fix",), engine)


TEXT = "We recieved teh logs from Kubectl today."


def test_scripted_engine_satisfies_the_protocol() -> None:
    assert isinstance(ScriptedEngine("x", "X"), GrammarEngine)


def test_same_span_and_category_from_two_engines_is_shown_once_best_engine_wins() -> None:
    first = ScriptedEngine("lt", "LT", [_issue(3, 11, Category.SPELLING, "LT_SPELL", "lt")])
    second = ScriptedEngine(
        "harper",
        "Harper",
        [
            _issue(3, 11, Category.SPELLING, "SpellCheck", "harper"),
            _issue(3, 11, Category.STYLE, "Other", "harper"),
            _issue(12, 15, Category.SPELLING, "SpellCheck", "harper"),
        ],
    )
    issues = GrammarChecker([first, second]).check(TEXT, "en")
    assert [(i.start, i.category, i.engine) for i in issues] == [
        (3, Category.SPELLING, "lt"),
        (3, Category.STYLE, "harper"),
        (12, Category.SPELLING, "harper"),
    ]


def test_personal_dictionary_and_ignored_rules_apply_to_every_engine() -> None:
    engine = ScriptedEngine(
        "harper",
        "Harper",
        [
            _issue(3, 11, Category.SPELLING, "SpellCheck", "harper"),
            _issue(12, 15, Category.SPELLING, "SpellCheck", "harper"),
            _issue(0, 2, Category.STYLE, "casewright.hedging", "harper"),
        ],
    )
    preferences = GrammarPreferences(words={"TEH"}, ignored_rules={"casewright.hedging"})
    issues = GrammarChecker([engine], preferences).check(TEXT, "en")
    assert [TEXT[i.start : i.end] for i in issues] == ["recieved"]


def test_non_prose_issues_are_dropped_for_every_engine() -> None:
    text = "Run kubectl on i-0abc123def4567890 now."
    id_start = text.index("i-0")
    engine = ScriptedEngine(
        "harper",
        "Harper",
        [
            _issue(id_start + 3, id_start + 19, Category.SPELLING, "SpellCheck", "harper"),
            _issue(id_start, id_start + 1, Category.GRAMMAR, "Capitalize", "harper"),
        ],
    )
    assert GrammarChecker([engine]).check(text, "en") == []


def test_an_unavailable_engine_error_falls_back_and_shows_in_status() -> None:
    failing = ScriptedEngine(
        "languagetool",
        "LanguageTool (server)",
        error=EngineUnavailableError("LanguageTool server unreachable (http://x)"),
    )
    harper = ScriptedEngine(
        "harper", "Harper (offline)", [_issue(3, 11, Category.SPELLING, "S", "h")]
    )
    checker = GrammarChecker([failing, harper])
    assert len(checker.check(TEXT, "en")) == 1
    assert checker.status_text("en") == (
        "Grammar: Harper (offline) - LanguageTool server unreachable (http://x)"
    )
    checker.check(TEXT, "en")
    assert failing.calls == 1  # not retried at once
    checker.retry_failed()
    checker.check(TEXT, "en")
    assert failing.calls == 2


def test_a_crashing_engine_never_raises_to_the_caller() -> None:
    broken = ScriptedEngine("harper", "Harper (offline)", error=RuntimeError("boom"))
    checker = GrammarChecker([broken])
    assert checker.check(TEXT, "en") == []
    assert checker.status_text() == "Grammar: off - Harper failed: boom"


def test_status_text_examples() -> None:
    checker, server = build_checker(GrammarConfig())
    assert server is None
    assert checker.status_text("en") == "Grammar: Harper (offline) - LanguageTool not configured"
    assert checker.status_text("zh-TW") == (
        "Grammar: basic checks (offline) - LanguageTool not configured; Harper does not check zh-TW"
    )
    url_checker, _ = build_checker(GrammarConfig(languagetool_url="http://127.0.0.1:9"))
    assert url_checker.status_text("en") == "Grammar: LanguageTool (server)"


def test_engines_that_do_not_support_a_language_are_not_asked() -> None:
    english = ScriptedEngine("harper", "Harper", [_issue(0, 1, Category.SPELLING, "S", "h")])
    GrammarChecker([english]).check("我們", "zh-TW")
    assert english.calls == 0


def test_merge_issues_sorts_by_position() -> None:
    later = _issue(10, 12, Category.STYLE, "b", "x")
    earlier = _issue(1, 2, Category.STYLE, "a", "y")
    assert merge_issues([[later], [earlier]]) == [earlier, later]


def test_unconfigured_languagetool_engine_says_so() -> None:
    engine = LanguageToolEngine()
    assert engine.status() == EngineStatus(False, "LanguageTool not configured")


def test_failures_are_safe_between_a_worker_and_the_gui_thread() -> None:
    import sys
    import threading

    engines = [
        ScriptedEngine(f"e{n}", f"Engine {n}", error=EngineUnavailableError("down"))
        for n in range(4)
    ]
    checker = GrammarChecker(engines, retry_after=0.0)  # every read may expire a failure
    errors: list[BaseException] = []
    stop = threading.Event()

    def hammer(work: Any) -> None:
        try:
            while not stop.is_set():
                work()
        except BaseException as error:
            errors.append(error)

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        threads = [
            threading.Thread(target=hammer, args=(lambda: checker.check_raw("x", "en"),)),
            threading.Thread(target=hammer, args=(lambda: checker.status_text("en"),)),
            threading.Thread(target=hammer, args=(lambda: checker.statuses("en"),)),
            threading.Thread(target=hammer, args=(checker.retry_failed,)),
        ]
        for thread in threads:
            thread.start()
        threading.Event().wait(1.5)
        stop.set()
        for thread in threads:
            thread.join(10)
    finally:
        sys.setswitchinterval(switch)
    assert errors == []


@dataclass
class ThreadedEngine(ScriptedEngine):
    """A scripted engine that checks on its own thread and finishes only when released."""

    release: threading.Event = field(default_factory=threading.Event)
    pool: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(max_workers=1))

    def submit(self, text: str, language: str) -> Future[list[Issue]]:
        def wait_then_check() -> list[Issue]:
            if not self.release.wait(10):
                raise TimeoutError("never released")
            return self.check(text, language)

        return self.pool.submit(wait_then_check)


@dataclass
class Releasing(ScriptedEngine):
    """Releases a threaded engine when it checks, which proves both ran at the same time."""

    other: ThreadedEngine | None = None

    def check(self, text: str, language: str) -> list[Issue]:
        assert self.other is not None
        self.other.release.set()
        return super().check(text, language)


def test_a_background_engine_checks_while_the_others_do_and_keeps_its_rank() -> None:
    background = ThreadedEngine(
        "harper", "Harper", [_issue(3, 11, Category.SPELLING, "SpellCheck", "harper")]
    )
    here = Releasing(
        "baseline",
        "basic",
        [_issue(3, 11, Category.SPELLING, "casewright.spelling", "baseline")],
        other=background,
    )
    issues = GrammarChecker([background, here]).check(TEXT, "en")
    # The background engine only finished because the other engine ran meanwhile; it comes
    # first in the list, so its issue wins the tie although it finished last.
    assert [(i.engine, i.rule_id) for i in issues] == [("harper", "SpellCheck")]
    assert background.calls == here.calls == 1


def test_a_failing_background_engine_is_reported_and_the_others_still_check() -> None:
    background = ThreadedEngine("harper", "Harper", error=RuntimeError("boom"))
    background.release.set()
    here = ScriptedEngine("baseline", "basic", [_issue(3, 11, Category.SPELLING, "S", "baseline")])
    checker = GrammarChecker([background, here])
    assert [i.engine for i in checker.check(TEXT, "en")] == ["baseline"]
    assert "Harper failed: boom" in checker.status_text("en")
