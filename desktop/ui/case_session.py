"""The one place that switches the open case, saves before switching and prefers unsaved text.

The :class:`~desktop.core.open_case.OpenCase` model holds what is open; the session fills it
from the store (or from the autosaver when an edit is not saved yet), hands every edit to both
the model and the autosaver, and relays the model's change records as a Qt signal for panes.
No widget is involved, so it is tested without a window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from desktop.core.case import DOCUMENT_KINDS, CaseFacts
from desktop.core.open_case import CaseChanges, OpenCase, TextSource
from desktop.core.store import Store
from desktop.ui.autosave import DraftAutosaver


class CaseSession(QObject):
    """Opens cases into an :class:`OpenCase` and routes edits to it and to autosave.

    Signals:
        changed(object): a :class:`CaseChanges` record (on the GUI thread, as it happens).
        facts_changed(): the open case's facts changed (edited, not by opening a case).
    """

    changed = Signal(object)
    facts_changed = Signal()

    def __init__(
        self, store: Store, autosaver: DraftAutosaver, kinds: Iterable[str] = DOCUMENT_KINDS
    ) -> None:
        super().__init__()
        self.model = OpenCase()
        self._store = store
        self._autosaver = autosaver
        self._kinds: list[str] = list(dict.fromkeys(kinds))
        self.model.subscribe(self._relay)
        autosaver.conflicted.connect(self._on_autosaver_conflicted)

    @property
    def key(self) -> int | None:
        """The open case's key (None before one is open)."""
        return self.model.key

    def add_kind(self, kind: str) -> None:
        """Load document ``kind`` with every case from now on (a pane that shows it appeared).

        The open case gets it at once; that is not a change of the case, so nobody is told.
        """
        if kind in self._kinds:
            return
        self._kinds.append(kind)
        if self.model.key is not None and not self.model.has_document(kind):
            self.model.add_document(kind, self.load_document(self.model.key, kind))

    # Switching -----------------------------------------------------------------------------

    def open(self, key: int) -> bool:
        """Save what was typed, then make the case with ``key`` the open one.

        Returns False when it is already open or does not exist (nothing changes).
        """
        if key == self.model.key:
            return False
        self._autosaver.flush()  # before the model moves on: pending edits read the old case
        case = self._store.get_case(key)
        if case is None:
            return False
        facts = self._autosaver.unsaved_facts(key)
        if facts is None:
            facts = case.facts
            self._autosaver.loaded_facts(key, facts)
        texts = {kind: self.load_document(key, kind) for kind in self._kinds}
        self.model.open(key, facts, texts)
        return True

    def load_document(self, key: int, kind: str) -> str:
        """Document ``kind`` of case ``key``: text not yet confirmed saved wins over the store."""
        pending = self._autosaver.unsaved_content(key, kind)
        if pending is not None:
            return pending
        stored = self._store.load_document(key, kind)
        self._autosaver.loaded(key, kind, stored)
        return stored

    def flush(self) -> None:
        """Start saving every pending edit now."""
        self._autosaver.flush()

    # Edits ---------------------------------------------------------------------------------

    def edit_facts(self, facts: CaseFacts, origin: object = None) -> CaseChanges:
        """The open case's facts are now ``facts``; those that differ are autosaved."""
        key = self.model.key
        if key is None:  # nothing to edit: the form is empty until a case opens
            return CaseChanges(None)
        changes = self.model.set_facts(facts, origin)
        if changes.facts:
            self._autosaver.facts_edited(key, self.model.facts)
        return changes

    def edit_document(self, kind: str, source: TextSource, origin: object = None) -> CaseChanges:
        """Document ``kind`` was edited in a pane whose text ``source`` reads; autosave it."""
        key = self.model.key
        if key is None:
            return CaseChanges(None)
        changes = self.model.edit_document(kind, source, origin)
        self._autosaver.edited(key, kind, lambda: self.model.document(kind))
        return changes

    def restore_document(self, kind: str, text: str) -> CaseChanges:
        """Make ``text`` document ``kind`` of the open case (a restored version) and save it."""
        key = self.model.key
        if key is None:
            return CaseChanges(None)
        changes = self.model.set_document(kind, text)
        if not changes.empty:
            self._autosaver.edited(key, kind, lambda: text)
        return changes

    # Relaying ------------------------------------------------------------------------------

    def _relay(self, changes: CaseChanges) -> None:
        self.changed.emit(changes)
        if changes.facts and not changes.opened:
            self.facts_changed.emit()

    def _on_autosaver_conflicted(self, key: int, kind: str, stored: str) -> None:
        if key == self.model.key:  # another Casewright's text is the document now: show it
            self.model.set_document(kind, stored)
