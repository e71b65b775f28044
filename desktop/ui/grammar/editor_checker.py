"""Checks one text editor as the user types: debounced, off the GUI thread, newest text wins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import count

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from desktop.core.grammar.ignored import IgnoredSpot
from desktop.core.grammar.issue import BLOCKING_CATEGORIES, Issue
from desktop.core.grammar.offsets import OffsetMap
from desktop.core.grammar.remap import remap_issues
from desktop.ui.grammar.service import MAX_CHECK_CHARS, CheckResult, GrammarService
from desktop.ui.grammar.underliner import Mark, TextEditor, Underliner
from desktop.ui.i18n import core_text

DEBOUNCE_MS = 200  # underlines within ~300 ms of a pause (bench/bench_typing.py)
_keys = count(1)
#: Reads the spots ignored in a place of a case; ``None``: nothing is kept beyond memory.
SpotLoader = Callable[[int, str], list[IgnoredSpot]]
#: Keeps one more spot ignored in a place of a case.
SpotSaver = Callable[[int, str, IgnoredSpot], None]


class EditorChecker(QObject):
    """Keeps ``editor``'s underlines current; the actions of the issue menu live here too.

    Signals:
        issues_changed(): the underlines, readability or note changed (refresh side lists).
    """

    issues_changed = Signal()

    def __init__(
        self,
        editor: TextEditor,
        service: GrammarService,
        *,
        language: str = "en",
        with_readability: bool = False,
        place: str = "reply",
        load_spots: SpotLoader | None = None,
        save_spots: SpotSaver | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.place = place  # which text of the case: "reply", an escalation field
        self._load_spots = load_spots
        self._save_spots = save_spots
        self.editor = editor
        self.service = service
        self.language = language
        self.with_readability = with_readability
        self.readability_summary = ""
        self.note = ""
        #: The text whose check results are shown now (tests and side lists compare it).
        self.checked_text: str | None = None
        self.underliner = Underliner(editor, self)
        self._key = str(next(_keys))
        self._generation = 0  # which document is shown; results for an older one are dropped
        self._ignored_here: list[tuple[str, QTextCursor]] = []
        # "Ignore here" choices by case, as text around the spot: kept across case switches
        # here, and across restarts by ``save_spots`` / ``load_spots`` (the case's store).
        self._case: int | None = None
        self._spots: dict[int | None, list[IgnoredSpot]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        editor.textChanged.connect(self._timer.start)
        service.engines_changed.connect(self.schedule)
        service.preferences_changed.connect(self._on_service_preferences_changed)
        self.underliner.marks_changed.connect(self.issues_changed)

    def schedule(self) -> None:
        """Check after the debounce delay (restarted by every keystroke)."""
        self._timer.start()

    def set_language(self, language: str) -> None:
        """Check in ``language`` from now on (``en``, ``zh-TW``, ``ja``)."""
        if language != self.language:
            self.language = language
            self.schedule()

    def reset(self, case: int | None = None) -> None:
        """Another document (of ``case``) is shown: check it, with that case's "Ignore here"
        choices."""
        self._case = case
        if case is not None and case not in self._spots and self._load_spots is not None:
            self._spots[case] = self._load_spots(case, self.place)
        self._generation += 1
        self._ignored_here.clear()
        self.checked_text = None
        self.underliner.clear()
        self.schedule()

    def check_now(self) -> None:
        """Queue a check of the editor's current text."""
        self._timer.stop()
        text = self.editor.toPlainText()
        note = ""
        if len(text) > MAX_CHECK_CHARS:
            note = QCoreApplication.translate(
                "EditorChecker", "Not checked: the text is longer than {count} characters."
            ).format(count=f"{MAX_CHECK_CHARS:,}")
        if note or not text.strip():
            self.note, self.readability_summary = note, ""
            self.checked_text = text
            self.underliner.clear()
            self.issues_changed.emit()
            return
        generation = self._generation
        self.service.submit_check(
            self._key,
            text,
            self.language,
            lambda result: self._on_check_done(result, generation),
            with_readability=self.with_readability,
        )

    def _on_check_done(self, result: CheckResult, generation: int) -> None:
        if generation != self._generation:
            return  # the check of the document shown before; its issues are not this one's
        report, summary = result
        text = self.editor.toPlainText()
        issues: list[Issue] = list(report.issues)
        if text != report.text:  # typed meanwhile: move what still applies, re-check soon
            issues = remap_issues(issues, report.text, text)
            self.schedule()
        if report.language != self.language:
            self.schedule()
        if len(text) > MAX_CHECK_CHARS:
            return
        offsets = OffsetMap(text)
        self.checked_text = report.text if report.language == self.language else None
        self.note = ""
        self.readability_summary = summary
        self.underliner.show([i for i in issues if not self._ignored(i, offsets, text)], text)

    def _ignored(self, issue: Issue, offsets: OffsetMap, text: str) -> bool:
        start, end = offsets.to_utf16(issue.start), offsets.to_utf16(issue.end)
        if any(
            rule == issue.rule_id and c.selectionStart() == start and c.selectionEnd() == end
            for rule, c in self._ignored_here
        ):
            return True
        spot = IgnoredSpot.of(issue.rule_id, text, issue.start, issue.end)
        return any(saved.matches(spot) for saved in self._spots.get(self._case, ()))

    def remaining_issues(self) -> list[tuple[int, int, str]]:
        """Spelling and grammar issues underlined now, as ``(start, end, message)`` with
        Python offsets into the editor's current text (what the pre-send gate scans)."""
        offsets = OffsetMap(self.editor.toPlainText())
        return [
            (offsets.to_python(mark.start), offsets.to_python(mark.end), _gate_message(mark))
            for mark in self.underliner.marks
            if mark.issue.category in BLOCKING_CATEGORIES and mark.end > mark.start
        ]

    # Actions of the issue menu -----------------------------------------------------------

    def apply_replacement(self, mark: Mark, replacement: str) -> None:
        """Replace the marked text with ``replacement`` as one undoable edit."""
        if mark.cursor.selectedText() != mark.text:
            return  # the user changed these words while the menu was open
        cursor = QTextCursor(mark.cursor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    def ignore_here(self, mark: Mark) -> None:
        """Stop showing this issue at this place of this case (kept with the case)."""
        self._ignored_here.append((mark.issue.rule_id, QTextCursor(mark.cursor)))
        text = self.editor.toPlainText()
        offsets = OffsetMap(text)
        spot = IgnoredSpot.of(
            mark.issue.rule_id, text, offsets.to_python(mark.start), offsets.to_python(mark.end)
        )
        self._spots.setdefault(self._case, []).append(spot)
        if self._case is not None and self._save_spots is not None:
            self._save_spots(self._case, self.place, spot)
        # A check may have replaced the marks meanwhile: compare places, not objects.
        place = (mark.start, mark.end, mark.issue.rule_id)
        self.underliner.remove(lambda other: (other.start, other.end, other.issue.rule_id) != place)

    def ignore_rule(self, mark: Mark) -> None:
        """Stop showing issues of this rule anywhere (saved)."""
        self.service.ignore_rule(mark.issue.rule_id)

    def add_to_dictionary(self, mark: Mark) -> None:
        """Add the marked word to the personal dictionary (saved)."""
        self.service.add_word(mark.text)

    def select(self, mark: Mark) -> None:
        """Select the marked text in the editor and show it."""
        self.editor.setTextCursor(QTextCursor(mark.cursor))
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    def _on_service_preferences_changed(self) -> None:
        preferences = self.service.preferences

        def keep(mark: Mark) -> bool:
            issue = replace(mark.issue, start=0, end=len(mark.text))
            return preferences.keeps(issue, mark.text)

        self.underliner.remove(keep)
        self.schedule()  # words or rules taken out of the lists come back


def _gate_message(mark: Mark) -> str:
    """The gate panel's line for a grammar issue, in the UI language."""
    message = core_text(mark.issue.message)
    if mark.issue.replacements:
        return QCoreApplication.translate(
            "EditorChecker", "“{text}”: {message} (suggested: “{suggestion}”)"
        ).format(text=mark.text, message=message, suggestion=mark.issue.replacements[0])
    return QCoreApplication.translate("EditorChecker", "“{text}”: {message}").format(
        text=mark.text, message=message
    )
