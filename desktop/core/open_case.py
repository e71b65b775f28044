"""The open case as a model: its facts and documents, and a record of what each change touched.

Plain Python (no Qt): the UI's ``CaseSession`` fills it when a case is opened and tells it about
every edit; features, the autosaver and the case list read it and react to its
:class:`CaseChanges` records instead of reading widgets back. As in an evented model, a change
that sets a value to what it already was is no change and tells nobody; as in an operation's
change record, listeners learn *what kind* of thing changed and who changed it, and each decides
for itself whether it must redraw.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace

from desktop.core.case import FACT_NAMES, CaseFacts

log = logging.getLogger(__name__)

# Facts that make up a case's title (window title, case list, export names).
TITLE_FACTS: frozenset[str] = frozenset({"case_id", "subject"})


@dataclass(frozen=True)
class CaseChanges:
    """What one change to the open case touched.

    Attributes:
        key: the case it happened to (None: no case is open).
        opened: a different case is open now; everything about it is new.
        facts: names of the facts whose value changed.
        documents: kinds of the documents whose text changed.
        origin: who made the change (a pane need not re-show its own edit); None: not a view.
    """

    key: int | None
    opened: bool = False
    facts: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    origin: object = None

    @property
    def empty(self) -> bool:
        """Nothing changed (listeners are not told)."""
        return not (self.opened or self.facts or self.documents)

    @property
    def title_changed(self) -> bool:
        """Whether the case's title (case ID or subject) may read differently now."""
        return self.opened or bool(self.facts & TITLE_FACTS)

    def touches_fact(self, name: str) -> bool:
        """Whether fact ``name`` may have a new value (always, when another case opened)."""
        return self.opened or name in self.facts

    def touches_document(self, kind: str) -> bool:
        """Whether document ``kind`` may have new text (always, when another case opened)."""
        return self.opened or kind in self.documents


Listener = Callable[[CaseChanges], None]
TextSource = Callable[[], str]


class OpenCase:
    """The case on screen: its key, facts and documents, and who wants to hear of changes.

    A document a pane shows is read from that pane when asked (``show_in``, or ``edit_document``
    with a function), so a 10 MB reply is not copied on every keystroke; until a pane shows it
    after a case opens, the text it was opened with is the document.
    """

    def __init__(self) -> None:
        self._key: int | None = None
        self._facts = CaseFacts()
        self._texts: dict[str, str] = {}
        self._live: dict[str, TextSource] = {}
        self._listeners: list[Listener] = []

    # Reading -------------------------------------------------------------------------------

    @property
    def key(self) -> int | None:
        """The open case's key (None before one is open)."""
        return self._key

    @property
    def facts(self) -> CaseFacts:
        """The open case's facts now, including edits not saved yet (a copy)."""
        return replace(self._facts)

    def document(self, kind: str) -> str:
        """Document ``kind`` of the open case now ("" when it has none)."""
        live = self._live.get(kind)
        return live() if live is not None else self._texts.get(kind, "")

    def has_document(self, kind: str) -> bool:
        """Whether the open case was opened with, or has been given, document ``kind``."""
        return kind in self._texts or kind in self._live

    # Changing ------------------------------------------------------------------------------

    def open(self, key: int | None, facts: CaseFacts, documents: Mapping[str, str]) -> CaseChanges:
        """Make another case the open one, with its facts and document texts as they are now."""
        self._key = key
        self._facts = replace(facts)
        self._texts = dict(documents)
        self._live = {}
        return self._notify(
            CaseChanges(
                key,
                opened=True,
                facts=frozenset(FACT_NAMES),
                documents=frozenset(self._texts),
            )
        )

    def set_facts(self, facts: CaseFacts, origin: object = None) -> CaseChanges:
        """Take ``facts`` as the open case's facts; the record names those that differ."""
        changed = frozenset(
            spec.name
            for spec in fields(CaseFacts)
            if getattr(facts, spec.name) != getattr(self._facts, spec.name)
        )
        if changed:
            self._facts = replace(facts)
        return self._notify(CaseChanges(self._key, facts=changed, origin=origin))

    def set_fact(self, name: str, value: str, origin: object = None) -> CaseChanges:
        """Change one fact (``name`` is one of ``CaseFacts``' fields)."""
        if name not in FACT_NAMES:
            raise KeyError(f"no such case fact: {name}")  # i18n: for developers
        return self.set_facts(replace(self._facts, **{name: value}), origin)

    def set_document(self, kind: str, text: str, origin: object = None) -> CaseChanges:
        """Replace document ``kind``'s text (restored, or saved by another writer)."""
        unchanged = kind not in self._live and self._texts.get(kind) == text
        self._texts[kind] = text
        self._live.pop(kind, None)
        touched = frozenset() if unchanged else frozenset({kind})
        return self._notify(CaseChanges(self._key, documents=touched, origin=origin))

    def add_document(self, kind: str, text: str) -> None:
        """Learn document ``kind``'s text, read after the case opened; not a change of the case."""
        if not self.has_document(kind):
            self._texts[kind] = text

    def show_in(self, kind: str, source: TextSource) -> None:
        """Document ``kind`` is shown in a pane that ``source`` reads; not a change of the case."""
        self._live[kind] = source

    def pane_gone(self, kind: str) -> None:
        """The pane showing document ``kind`` went away: its text as opened or set stays."""
        self._live.pop(kind, None)

    def edit_document(self, kind: str, source: TextSource, origin: object = None) -> CaseChanges:
        """Document ``kind`` was edited in a pane; from now on ``source`` reads its text."""
        self._live[kind] = source
        return self._notify(CaseChanges(self._key, documents=frozenset({kind}), origin=origin))

    # Listening -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change from now on; returns a function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, changes: CaseChanges) -> CaseChanges:
        if changes.empty:
            return changes
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # one broken listener must not keep the others stale
                log.exception("a listener of the open case failed")
        return changes
