"""DraftAutosaver without a window: a real store on disk, the real worker threads, real faults
(a full database file, a second writer). Each test is what the user would see: what is stored,
what the status line is told, and what a load shows while a save is under way."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY, CaseFacts
from desktop.core.store import Store
from desktop.core.store_open import open_store
from desktop.ui import autosave
from desktop.ui.autosave import DraftAutosaver
from desktop.ui.tasks import Operation, TaskManager
from tests.store_faults import store_full

RETRY_MS = 200  # the app waits 5 s before retrying a failed save; these tests need not


@dataclass
class Heard:
    """What the autosaver told the window."""

    saved: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    conflicts: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class Rig:
    store: Store  # what a load on the GUI thread reads
    writer: Store
    tasks: TaskManager
    autosaver: DraftAutosaver
    heard: Heard
    key: int

    def edit(self, text: str) -> None:
        self.autosaver.edited(self.key, REPLY, lambda: text)

    def stored(self) -> str:
        return self.store.load_document(self.key, REPLY)

    def hold_the_writer(self) -> threading.Event:
        """Queue a write that waits: saves asked for meanwhile stay in flight until release."""
        release = threading.Event()
        self.tasks.start(Operation(lambda: release.wait(10)), serial_writer=True)
        return release


MakeRig = Callable[..., Rig]


@pytest.fixture
def make_rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeRig]:
    monkeypatch.setattr(autosave, "RETRY_MS", RETRY_MS)
    made: list[Rig] = []

    def make(delay_ms: int = 60_000, max_wait_ms: int = 60_000) -> Rig:
        """The default delays never fire within a test: saves happen on ``flush``."""
        store = open_store(tmp_path / "casewright.db", full_check=False).store
        writer = Store(store.path)
        tasks = TaskManager()
        saver = DraftAutosaver(writer, tasks, delay_ms=delay_ms, max_wait_ms=max_wait_ms)
        heard = Heard()
        saver.saved.connect(heard.saved.append)
        saver.save_failed.connect(heard.failed.append)
        saver.conflicted.connect(lambda *args: heard.conflicts.append(args))
        key = store.create_case(CaseFacts(subject="Lambda time-out")).key
        rig = Rig(store, writer, tasks, saver, heard, key)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        assert rig.tasks.wait_for_all()
        rig.writer.close()
        rig.store.close()


def test_a_burst_of_typing_is_saved_once_after_the_pause(qtbot: QtBot, make_rig: MakeRig) -> None:
    rig = make_rig(delay_ms=150)
    for text in ("H", "He", "Hel", "Hello Sam"):
        rig.edit(text)
    assert rig.stored() == ""  # nothing yet: the pause has not come
    qtbot.waitUntil(lambda: bool(rig.heard.saved), timeout=10_000)
    assert rig.stored() == "Hello Sam"
    assert [v.content for v in rig.store.history(rig.key, REPLY)] == ["Hello Sam"]
    assert rig.heard.saved[0].count(":") == 2  # "HH:MM:SS" for the status line
    assert not rig.autosaver.has_unsaved()


def test_typing_that_never_pauses_is_still_saved(qtbot: QtBot, make_rig: MakeRig) -> None:
    rig = make_rig(delay_ms=10_000, max_wait_ms=200)
    typed = ""
    for _ in range(500):  # a keystroke every 20 ms restarts the pause timer
        typed += "x"
        rig.edit(typed)
        qtbot.wait(20)
        if rig.heard.saved:
            break
    assert rig.heard.saved, "a save must land while the typing goes on"
    assert rig.stored() and typed.startswith(rig.stored())


def test_a_load_during_a_save_shows_the_text_being_saved(qtbot: QtBot, make_rig: MakeRig) -> None:
    rig = make_rig()
    rig.edit("typed, not yet saved")
    assert rig.autosaver.unsaved_content(rig.key, REPLY) == "typed, not yet saved"
    release = rig.hold_the_writer()
    rig.autosaver.flush()  # the save is queued behind the held write
    assert rig.autosaver.unsaved_content(rig.key, REPLY) == "typed, not yet saved"
    assert rig.autosaver.unsaved() == {(rig.key, REPLY): "typed, not yet saved"}
    assert rig.autosaver.unsaved_content(rig.key, "escalation") is None
    release.set()
    qtbot.waitUntil(lambda: not rig.autosaver.has_unsaved(), timeout=10_000)
    assert rig.autosaver.unsaved_content(rig.key, REPLY) is None
    assert rig.stored() == "typed, not yet saved"


def test_a_full_disk_keeps_the_text_and_saves_it_when_space_returns(
    qtbot: QtBot,
    make_rig: MakeRig,
) -> None:
    rig = make_rig()
    rig.autosaver.loaded(rig.key, REPLY, "")
    bulky = "a reply that does not fit " * 4000
    with store_full(rig.writer):
        rig.edit(bulky)
        rig.autosaver.flush()
        qtbot.waitUntil(lambda: bool(rig.heard.failed), timeout=10_000)
        assert "full" in rig.heard.failed[0]
        assert rig.autosaver.has_unsaved()
        assert rig.autosaver.unsaved_content(rig.key, REPLY) == bulky
    qtbot.waitUntil(lambda: rig.stored() == bulky, timeout=10_000)  # the retry, unprompted
    assert rig.heard.conflicts == []  # the failed save did not move the text it builds on
    assert not rig.autosaver.has_unsaved()


def test_after_a_failed_save_the_newest_text_is_what_gets_saved(
    qtbot: QtBot,
    make_rig: MakeRig,
) -> None:
    rig = make_rig()
    rig.autosaver.loaded(rig.key, REPLY, "")
    with store_full(rig.writer):
        rig.edit("first " * 5000)
        rig.autosaver.flush()
        qtbot.waitUntil(lambda: bool(rig.heard.failed), timeout=10_000)
        rig.edit("second, typed after the failure")
    rig.autosaver.flush()
    qtbot.waitUntil(lambda: not rig.autosaver.has_unsaved(), timeout=10_000)
    assert rig.stored() == "second, typed after the failure"
    assert rig.heard.conflicts == []


def test_quitting_without_saving_forgets_the_failed_text(qtbot: QtBot, make_rig: MakeRig) -> None:
    rig = make_rig()
    with store_full(rig.writer):
        rig.edit("lost " * 5000)
        rig.autosaver.flush()
        qtbot.waitUntil(lambda: bool(rig.heard.failed), timeout=10_000)
        rig.autosaver.discard_unsaved()
        assert not rig.autosaver.has_unsaved()
    qtbot.wait(RETRY_MS * 3)
    assert rig.stored() == ""  # no retry after the user chose to drop it


def test_another_writers_newer_text_stays_and_ours_goes_to_history(
    qtbot: QtBot,
    make_rig: MakeRig,
) -> None:
    rig = make_rig()
    rig.autosaver.loaded(rig.key, REPLY, "")
    other = Store(rig.store.path)  # a second window on the same store
    assert other.save_document(rig.key, REPLY, "their reply")
    other.close()
    rig.edit("our reply")
    rig.autosaver.flush()
    qtbot.waitUntil(lambda: bool(rig.heard.conflicts), timeout=10_000)
    assert rig.heard.conflicts == [(rig.key, REPLY, "their reply")]
    assert rig.stored() == "their reply"
    assert "our reply" in [v.content for v in rig.store.history(rig.key, REPLY)]
    assert rig.heard.saved == []

    rig.edit("our reply, reworked after seeing theirs")  # now based on their text
    rig.autosaver.flush()
    qtbot.waitUntil(lambda: bool(rig.heard.saved), timeout=10_000)
    assert rig.stored() == "our reply, reworked after seeing theirs"


def test_typing_during_a_conflicting_save_is_kept_beside_it(
    qtbot: QtBot, make_rig: MakeRig
) -> None:
    rig = make_rig()
    rig.autosaver.loaded(rig.key, REPLY, "")
    other = Store(rig.store.path)
    other.save_document(rig.key, REPLY, "their reply")
    other.close()
    release = rig.hold_the_writer()
    rig.edit("ours")
    rig.autosaver.flush()
    rig.edit("ours, and more typed while it saved")  # waits for the pause, not yet saved
    release.set()
    qtbot.waitUntil(lambda: bool(rig.heard.conflicts), timeout=10_000)
    assert rig.tasks.wait_for_writes()
    versions = [v.content for v in rig.store.history(rig.key, REPLY)]
    assert "ours" in versions and "ours, and more typed while it saved" in versions
    assert rig.stored() == "their reply"
    assert not rig.autosaver.has_unsaved()


def test_a_case_s_facts_are_saved_into_the_case(qtbot: QtBot, make_rig: MakeRig) -> None:
    rig = make_rig()
    facts = CaseFacts(subject="EKS ImagePullBackOff", contact_name="Mei Lin")
    rig.autosaver.facts_edited(rig.key, facts)
    assert rig.autosaver.unsaved_facts(rig.key) == facts  # a load meanwhile shows them
    rig.autosaver.flush()
    qtbot.waitUntil(lambda: bool(rig.heard.saved), timeout=10_000)
    assert rig.autosaver.unsaved_facts(rig.key) is None and not rig.autosaver.has_unsaved()
    case = rig.store.get_case(rig.key)
    assert case is not None and case.facts.subject == "EKS ImagePullBackOff"
    assert case.facts.contact_name == "Mei Lin"
