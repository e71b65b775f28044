"""The app's grammar checker in the GUI: engines' lifecycle, checks queued off the GUI thread.

One :class:`GrammarService` per window. It builds the checker from the settings, warms the
engines up and starts a local LanguageTool server once the window is shown, keeps the
status-bar line current, and owns the personal dictionary and ignored rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.grammar.incremental import CheckReport, IncrementalChecker
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.lt_server import LanguageToolServer, ServerState
from desktop.core.grammar.preferences import (
    GrammarPreferences,
    load_preferences,
    save_preferences,
)
from desktop.core.grammar.readability import readability
from desktop.core.grammar.setup import GrammarConfig, build_checker
from desktop.core.settings import Settings
from desktop.ui.context import AppContext
from desktop.ui.grammar.jobs import SerialJobs
from desktop.ui.i18n import core_text

log = logging.getLogger(__name__)

#: Texts longer than this are not checked (a pasted log is not prose to correct).
MAX_CHECK_CHARS = 100_000
_WAITING_STATES = {ServerState.STARTING, ServerState.CRASHED}
CheckResult = tuple[CheckReport, str]


def grammar_config(settings: Settings) -> GrammarConfig:
    """The grammar part of the user's settings."""
    return GrammarConfig(
        languagetool_url=settings.languagetool_server_url.strip(),
        languagetool_folder=settings.languagetool_folder.strip(),
        languagetool_memory=settings.languagetool_memory.strip() or "1g",
    )


def _copy(preferences: GrammarPreferences) -> GrammarPreferences:
    return GrammarPreferences(set(preferences.words), set(preferences.ignored_rules))


class GrammarService(QObject):
    """Owns the checker, its LanguageTool server and the user's grammar preferences.

    Signals:
        status_changed(str): the status-bar line changed.
        engines_changed(): the engines that check changed (LanguageTool became ready...).
        preferences_changed(): words or ignored rules changed.
        problem_reported(str): something the user should read (preferences not saved...).
    """

    status_changed = Signal(str)
    engines_changed = Signal()
    preferences_changed = Signal()
    problem_reported = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.preferences_path = context.paths.grammar_preferences
        self.preferences = load_preferences(self.preferences_path)
        self.jobs = SerialJobs(context.tasks, self)
        self.language = "en"
        self.started = False
        self.closed = False
        self._status = ""
        self._engines: tuple[str, ...] | None = None
        self._old_servers: list[LanguageToolServer] = []
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(1000)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self.config = grammar_config(context.settings)
        self._build()

    def _build(self) -> None:
        self.checker, self.server = build_checker(self.config, self.preferences)
        self.incremental = IncrementalChecker(self.checker)
        self.update_status()

    # Lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Warm the engines up and start a local LanguageTool (call after the window shows)."""
        if self.closed:
            return
        self.started = True
        checker, server = self.checker, self.server
        self.jobs.submit("warm-up", checker.warm_up, self._on_job_done)
        if self.config.languagetool_url:
            # A first request tells now, not at the first check, whether the server answers.
            self.jobs.submit("probe", lambda: checker.check_raw("Hello.", "en"), self._on_job_done)
        if server is not None:
            self.jobs.submit("launch", server.launch, self._on_server_launched)

    def reconfigure(self, settings: Settings) -> None:
        """Rebuild the engines when the LanguageTool settings changed."""
        config = grammar_config(settings)
        if config == self.config or self.closed:
            return
        old_server = self.server
        self._poll_timer.stop()
        if old_server is not None:
            self._old_servers.append(old_server)
            self.jobs.submit(f"stop-old-server-{id(old_server)}", old_server.stop)
        self.config = config
        self._build()
        if self.started:
            self.start()
        self.engines_changed.emit()

    def shutdown(self) -> None:
        """Stop the local LanguageTool server and drop waiting work (window closes, app quits)."""
        if self.closed:
            return
        self.closed = True
        self._poll_timer.stop()
        self.jobs.close()
        for engine in self.checker.engines:
            if isinstance(engine, LanguageToolEngine):
                engine.cancel()  # a check waiting on the network returns now: quit never waits
        for server in [*self._old_servers, self.server]:
            if server is not None:
                server.stop()

    def _on_server_launched(self, _status: object) -> None:
        self._on_job_done(None)
        self._poll_timer.start()

    def _on_poll_timer_timeout(self) -> None:
        server: LanguageToolServer | None = self.server
        if server is None or self.closed:
            self._poll_timer.stop()
            return
        state = server.current().state
        if state in {ServerState.STOPPED, ServerState.FAILED}:
            self._poll_timer.stop()
            self.update_status()
            return
        self._poll_timer.setInterval(1000 if state in _WAITING_STATES else 5000)
        self.jobs.submit("poll", server.poll, self._on_job_done)

    def _on_job_done(self, _result: object) -> None:
        self.update_status()

    # Status ------------------------------------------------------------------------------

    def status_text(self) -> str:
        """The status-bar line, e.g. ``Grammar: Harper (offline) - LanguageTool not configured``."""
        return core_text(self.checker.status_text(self.language))

    def engine_lines(self) -> list[str]:
        """One line per engine for the status bar's tooltip: checking, or why not."""
        return [
            f"{engine.label}: {'checking' if status.available else status.reason or 'off'}"
            for engine, status in self.checker.statuses(self.language)
        ]

    def set_language(self, language: str) -> None:
        """The language of the reply (the case's language), for the status line."""
        if language != self.language:
            self.language = language
            self.update_status()

    def update_status(self) -> None:
        """Re-read the engines' state; emit what changed."""
        text = self.status_text()
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)
        engines = tuple(e.name for e in self.checker.active_engines(self.language))
        if engines != self._engines:
            previous, self._engines = self._engines, engines
            if previous is not None:
                self.engines_changed.emit()

    # Checks ------------------------------------------------------------------------------

    def submit_check(
        self,
        key: str,
        text: str,
        language: str,
        done: Callable[[CheckResult], None],
        *,
        with_readability: bool = False,
    ) -> None:
        """Check ``text`` on a worker; ``done((report, readability summary))`` on the GUI."""
        incremental = self.incremental

        def work() -> CheckResult:
            report = incremental.check(text, language)
            summary = ""
            if with_readability and language.startswith("en"):
                scores = readability(text)
                summary = scores.summary() if scores is not None else ""
            return report, summary

        def finished(result: CheckResult) -> None:
            done(result)
            self.update_status()

        self.jobs.submit(f"check:{key}", work, finished, self._on_check_failed)

    def _on_check_failed(self, message: str) -> None:
        self.problem_reported.emit(
            self.tr("Grammar check failed: {message}").format(message=message)
        )
        self.update_status()

    # Preferences -------------------------------------------------------------------------

    def add_word(self, word: str) -> None:
        """Add ``word`` to the personal dictionary (saved at once)."""
        preferences = _copy(self.preferences)
        preferences.add_word(word)
        self.set_preferences(preferences)

    def ignore_rule(self, rule_id: str) -> None:
        """Stop showing issues of ``rule_id`` (saved at once)."""
        preferences = _copy(self.preferences)
        preferences.ignore_rule(rule_id)
        self.set_preferences(preferences)

    def set_preferences(self, preferences: GrammarPreferences) -> None:
        """Use and save new preferences (a new object: a check may be reading the old one)."""
        self.preferences = preferences
        self.checker.preferences = preferences
        try:
            save_preferences(preferences, self.preferences_path)
        except OSError as error:
            self.problem_reported.emit(
                self.tr("Personal dictionary not saved: {error}").format(error=error)
            )
        self.preferences_changed.emit()
