"""The case session without a window: switching, saving before a switch, unsaved text first."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.case import CHECKLIST, REPLY, CaseFacts
from desktop.core.open_case import CaseChanges
from desktop.core.store import Store
from desktop.ui.autosave import DraftAutosaver
from desktop.ui.case_session import CaseSession
from desktop.ui.tasks import TaskManager
from tests.store_faults import lock_held_by_another_process

LAMBDA = CaseFacts(case_id="CASE-1", subject="Lambda times out", region="us-east-1")
EKS = CaseFacts(case_id="CASE-2", subject="EKS nodes NotReady", region="eu-west-1")

# Another Casewright changes the contact of a case (argv: store, key).
_OTHER_WRITER = """
import sys
from dataclasses import replace
from desktop.core.store import Store
store = Store(sys.argv[1])
case = store.get_case(int(sys.argv[2]))
store.update_facts(case.key, replace(case.facts, contact_name="Priya"), based_on=case.facts)
store.close()
"""


@dataclass
class Setup:
    store: Store
    writer: Store
    tasks: TaskManager
    autosaver: DraftAutosaver
    session: CaseSession
    keys: tuple[int, int]
    heard: list[CaseChanges]

    def settle(self, qtbot: QtBot) -> None:
        """Save everything typed and wait until the saves are confirmed."""
        self.autosaver.flush()
        qtbot.waitUntil(lambda: not self.autosaver.has_unsaved(), timeout=15_000)

    def stored(self, key: int) -> CaseFacts:
        case = self.store.get_case(key)
        assert case is not None
        return case.facts


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    path = tmp_path / "cases.db"
    store = Store(path)
    keys = (store.create_case(LAMBDA).key, store.create_case(EKS).key)
    store.save_document(keys[0], REPLY, "Hello,")
    writer = Store(path, timeout=1.0)
    tasks = TaskManager()
    autosaver = DraftAutosaver(writer, tasks, delay_ms=60_000)  # saves only when flushed
    session = CaseSession(store, autosaver)
    heard: list[CaseChanges] = []
    session.changed.connect(heard.append)
    yield Setup(store, writer, tasks, autosaver, session, keys, heard)
    autosaver.flush()
    tasks.wait_for_all()
    writer.close()
    store.close()


def _type_reply(setup: Setup, text: str) -> None:
    setup.session.edit_document(REPLY, lambda: text, origin="editor")


def test_switching_saves_what_was_typed_into_the_case_left(setup: Setup, qtbot: QtBot) -> None:
    first, second = setup.keys
    assert setup.session.open(first)
    setup.session.edit_facts(replace(LAMBDA, region="eu-central-1"), origin="form")
    _type_reply(setup, "Hello, the fix is live.")
    assert setup.session.open(second)  # no pause in typing: the switch itself saves
    qtbot.waitUntil(lambda: not setup.autosaver.has_unsaved(), timeout=15_000)
    assert setup.stored(first).region == "eu-central-1"
    assert setup.store.load_document(first, REPLY) == "Hello, the fix is live."
    assert setup.session.model.facts == EKS and setup.session.model.document(REPLY) == ""
    assert [c.opened for c in setup.heard] == [True, False, False, True]
    assert not setup.session.open(second) and not setup.session.open(999)


def test_a_case_reopened_before_its_save_lands_shows_what_was_typed(
    setup: Setup, qtbot: QtBot
) -> None:
    first, second = setup.keys
    setup.session.open(first)
    setup.session.edit_facts(replace(LAMBDA, subject="Lambda times out after VPC move"))
    _type_reply(setup, "Hello, typed while the store was locked")
    with lock_held_by_another_process(setup.store.path, exclusive=False):
        setup.session.open(second)  # the save starts and waits for (or fails on) the lock
        setup.session.open(first)
        assert setup.session.model.facts.subject == "Lambda times out after VPC move"
        assert setup.session.model.document(REPLY) == "Hello, typed while the store was locked"
        assert setup.stored(first).subject == "Lambda times out"
    setup.settle(qtbot)
    assert setup.stored(first).subject == "Lambda times out after VPC move"
    assert setup.store.load_document(first, REPLY) == "Hello, typed while the store was locked"


def test_facts_are_saved_as_facts_keeping_another_writers_edit(setup: Setup, qtbot: QtBot) -> None:
    first, _second = setup.keys
    setup.session.open(first)
    subprocess.run(
        [sys.executable, "-c", _OTHER_WRITER, str(setup.store.path), str(first)],
        check=True,
        timeout=60,
    )
    setup.session.edit_facts(replace(LAMBDA, region="ap-northeast-1"))
    setup.settle(qtbot)
    assert setup.stored(first) == replace(LAMBDA, region="ap-northeast-1", contact_name="Priya")


def test_a_failed_facts_save_is_still_written_by_the_next_one(setup: Setup, qtbot: QtBot) -> None:
    first, _second = setup.keys
    setup.session.open(first)
    failures: list[str] = []
    setup.autosaver.save_failed.connect(failures.append)
    with lock_held_by_another_process(setup.store.path, exclusive=False):
        setup.session.edit_facts(replace(LAMBDA, region="eu-central-1"))
        setup.autosaver.flush()
        qtbot.waitUntil(lambda: bool(failures), timeout=15_000)  # "database is locked"
        setup.session.edit_facts(replace(LAMBDA, region="eu-central-1", subject="Lambda 504s"))
    setup.settle(qtbot)
    assert setup.stored(first) == replace(LAMBDA, region="eu-central-1", subject="Lambda 504s")


def test_another_writers_reply_replaces_the_open_one_and_says_so(
    setup: Setup, qtbot: QtBot
) -> None:
    first, _second = setup.keys
    setup.session.open(first)
    setup.store.save_document(first, REPLY, "Hello, from the other window")
    _type_reply(setup, "Hello, from this window")
    setup.settle(qtbot)
    last = setup.heard[-1]
    assert last.documents == {REPLY} and last.origin is None and last.key == first
    assert setup.session.model.document(REPLY) == "Hello, from the other window"
    kept = [version.content for version in setup.store.history(first, REPLY)]
    assert "Hello, from this window" in kept


def test_a_late_pane_gets_its_document_with_unsaved_text_first(setup: Setup) -> None:
    first, _second = setup.keys
    setup.session = CaseSession(setup.store, setup.autosaver, kinds=(REPLY,))
    setup.session.open(first)
    setup.autosaver.edited(first, "notes", lambda: "typed, not saved")
    setup.session.add_kind("notes")
    setup.session.add_kind(CHECKLIST)
    assert setup.session.model.document("notes") == "typed, not saved"
    assert setup.session.model.has_document(CHECKLIST)


def test_edits_with_nothing_open_or_nothing_new_save_nothing(setup: Setup) -> None:
    assert setup.session.edit_document(REPLY, lambda: "x").empty
    assert setup.session.edit_facts(LAMBDA).empty
    setup.session.open(setup.keys[0])
    assert setup.session.edit_facts(LAMBDA).empty
    assert not setup.autosaver.has_unsaved()


def test_a_restored_version_becomes_the_document_and_is_saved(setup: Setup, qtbot: QtBot) -> None:
    first, _second = setup.keys
    assert setup.session.restore_document(REPLY, "Hello, restored").empty  # nothing open yet
    setup.session.open(first)
    changes = setup.session.restore_document(REPLY, "Hello, an older version")
    assert changes.documents == {REPLY} and changes.origin is None  # the pane shows it
    assert setup.session.restore_document(REPLY, "Hello, an older version").empty
    setup.session.flush()
    qtbot.waitUntil(lambda: not setup.autosaver.has_unsaved(), timeout=15_000)
    assert setup.store.load_document(first, REPLY) == "Hello, an older version"
