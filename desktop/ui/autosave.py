"""Autosave: drafts are written on the serial writer thread after a pause in typing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.case import CaseFacts
from desktop.core.store import DraftSave, Outcome, Store
from desktop.ui.tasks import Operation, TaskManager

DocumentKey = tuple[int, str]  # (case key, document kind)
RETRY_MS = 5_000
MAX_WAIT_MS = 5_000  # long typing streaks are still saved at least this often


class DraftAutosaver(QObject):
    """Debounces edits and saves each changed document, and each case's facts, off the GUI
    thread.

    Every save says which stored text it was edited from, so a save over another writer's
    newer text keeps both (see ``Store.save_draft``). Facts are saved as facts: only those
    edited since they were loaded are written (see ``Store.update_facts``).

    Signals:
        saved(str): a save finished; the local time as "HH:MM:SS".
        save_failed(str): a save failed; the text stays in the editor and is retried.
        conflicted(int, str, str): another writer had saved the document first (case key,
            kind, the text now stored); ours is in the document's history.
    """

    saved = Signal(str)
    save_failed = Signal(str)
    conflicted = Signal(int, str, str)

    def __init__(
        self,
        writer: Store,
        tasks: TaskManager,
        delay_ms: int = 1000,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__()
        self._writer = writer
        self._tasks = tasks
        self._dirty: dict[DocumentKey, Callable[[], str]] = {}
        self._in_flight: dict[DocumentKey, str] = {}
        self._based_on: dict[DocumentKey, str] = {}
        self._facts_dirty: dict[int, CaseFacts] = {}
        self._facts_in_flight: dict[int, CaseFacts] = {}
        self._facts_based_on: dict[int, CaseFacts] = {}
        self._timer = self._single_shot(delay_ms)
        self._max_wait = self._single_shot(max_wait_ms)
        self._retry = self._single_shot(RETRY_MS)  # its own timer: typing keeps its own pace

    def _single_shot(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    def loaded(self, case_key: int, kind: str, stored: str) -> None:
        """Note the stored text a document was shown with: its next save is based on it."""
        self._based_on[(case_key, kind)] = stored

    def loaded_facts(self, case_key: int, facts: CaseFacts) -> None:
        """Note the stored facts a case was shown with: its next facts save is based on them."""
        self._facts_based_on[case_key] = facts

    def edited(self, case_key: int, kind: str, content: Callable[[], str]) -> None:
        """Note that a document changed; ``content`` is read when the save happens."""
        self._dirty[(case_key, kind)] = content
        self._start_timers()

    def facts_edited(self, case_key: int, facts: CaseFacts) -> None:
        """Note that a case's facts are now ``facts``."""
        self._facts_dirty[case_key] = facts
        self._start_timers()

    def _start_timers(self) -> None:
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> None:
        """Save every changed document and fact now (case switch, close, quit, or the timer)."""
        for timer in (self._timer, self._max_wait, self._retry):
            timer.stop()
        dirty, self._dirty = self._dirty, {}
        for (case_key, kind), content in dirty.items():
            self._submit(case_key, kind, content())
        facts_dirty, self._facts_dirty = self._facts_dirty, {}
        for case_key, facts in facts_dirty.items():
            self._submit_facts(case_key, facts)

    def unsaved_content(self, case_key: int, kind: str) -> str | None:
        """Text given for saving but not yet confirmed saved; loads must prefer it."""
        provider = self._dirty.get((case_key, kind))
        if provider is not None:
            return provider()
        return self._in_flight.get((case_key, kind))

    def unsaved_facts(self, case_key: int) -> CaseFacts | None:
        """Facts given for saving but not yet confirmed saved; loads must prefer them."""
        return self._facts_dirty.get(case_key, self._facts_in_flight.get(case_key))

    def unsaved(self) -> dict[DocumentKey, str]:
        """Every document whose latest text is not yet confirmed saved, with that text."""
        texts = dict(self._in_flight)
        texts.update({key: provider() for key, provider in self._dirty.items()})
        return texts

    def unsaved_facts_by_case(self) -> dict[int, CaseFacts]:
        """Every case whose latest facts are not yet confirmed saved, with those facts."""
        return {**self._facts_in_flight, **self._facts_dirty}

    def has_unsaved(self) -> bool:
        """Whether any edit is not yet confirmed saved."""
        return bool(self._dirty or self._in_flight or self._facts_dirty or self._facts_in_flight)

    def discard_unsaved(self) -> None:
        """Forget what could not be saved (the user chose to quit without it)."""
        self._retry.stop()
        self._dirty.clear()
        self._in_flight.clear()
        self._facts_dirty.clear()
        self._facts_in_flight.clear()

    def _submit(self, case_key: int, kind: str, text: str) -> None:
        key = (case_key, kind)
        self._in_flight[key] = text
        based_on = self._based_on.get(key)
        self._based_on[key] = text  # later saves of this document build on this one
        operation = Operation(
            lambda: self._writer.save_draft(case_key, kind, text, based_on), describe="autosave"
        )
        operation.succeeded.connect(lambda result: self._on_saved(key, text, result))
        operation.failed.connect(lambda message: self._on_failed(key, text, based_on, message))
        self._tasks.start(operation, serial_writer=True)

    def _submit_facts(self, case_key: int, facts: CaseFacts) -> None:
        self._facts_in_flight[case_key] = facts
        # Based on what is known to be stored, not on a save still under way: if that one
        # fails, this one still writes every fact edited since.
        based_on = self._facts_based_on.get(case_key)
        operation = Operation(
            lambda: self._writer.update_facts(case_key, facts, based_on), describe="autosave"
        )
        operation.succeeded.connect(lambda _: self._on_facts_saved(case_key, facts))
        operation.failed.connect(lambda message: self._on_facts_failed(case_key, facts, message))
        self._tasks.start(operation, serial_writer=True)

    def _on_facts_saved(self, case_key: int, facts: CaseFacts) -> None:
        self._facts_based_on[case_key] = facts  # saves run in order: this is stored now
        if self._facts_in_flight.get(case_key) is facts:
            del self._facts_in_flight[case_key]
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def _on_facts_failed(self, case_key: int, facts: CaseFacts, message: str) -> None:
        if self._facts_in_flight.get(case_key) is facts:
            del self._facts_in_flight[case_key]
            if case_key not in self._facts_dirty:  # retry the same facts unless newer came
                self._facts_dirty[case_key] = facts
                self._retry.start()
        self.save_failed.emit(message)

    def _on_saved(self, key: DocumentKey, text: str, result: object) -> None:
        if self._in_flight.get(key) == text:
            del self._in_flight[key]
        if isinstance(result, DraftSave) and result.outcome is Outcome.CONFLICT:
            self._based_on[key] = result.stored
            newer = self._dirty.pop(key, None)
            if newer is not None and (typed := newer()) != text:
                # typed after the conflicting save: keep it next to it, never over theirs
                self._submit_copy(key, typed)
            self.conflicted.emit(key[0], key[1], result.stored)
            return
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def _submit_copy(self, key: DocumentKey, text: str) -> None:
        operation = Operation(lambda: self._writer.keep_version(*key, text), describe="autosave")
        operation.failed.connect(self.save_failed)
        self._tasks.start(operation, serial_writer=True)

    def _on_failed(self, key: DocumentKey, text: str, based_on: str | None, message: str) -> None:
        if self._based_on.get(key) == text and based_on is not None:
            self._based_on[key] = based_on  # nothing was stored: the base is unchanged
        if key not in self._dirty and self._in_flight.get(key) == text:
            self._dirty[key] = lambda: text  # retry the same text unless newer edits came
            self._retry.start()
        if self._in_flight.get(key) == text:
            del self._in_flight[key]
        self.save_failed.emit(message)
