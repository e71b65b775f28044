"""Facts are saved as facts: only those edited are written, so another writer's edit survives."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.case import CaseFacts
from desktop.core.queue.events import STATUS_CHANGED
from desktop.core.queue.timeline import case_events
from desktop.core.store import Store

SEEN = CaseFacts(case_id="CASE-9", subject="EKS nodes NotReady", region="us-east-1")

# A second Casewright (another process) changes the contact while ours edits the region.
_OTHER_WRITER = """
import sys
from dataclasses import replace
from desktop.core.store import Store
store = Store(sys.argv[1])
case = store.get_case(int(sys.argv[2]))
store.update_facts(case.key, replace(case.facts, contact_name="Priya"), based_on=case.facts)
store.close()
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "cases.db")
    yield store
    store.close()


def test_a_fact_another_writer_changed_meanwhile_is_kept(store: Store) -> None:
    key = store.create_case(SEEN).key
    subprocess.run(
        [sys.executable, "-c", _OTHER_WRITER, str(store.path), str(key)], check=True, timeout=60
    )
    store.update_facts(key, replace(SEEN, region="eu-west-1"), based_on=SEEN)
    case = store.get_case(key)
    assert case is not None
    assert case.facts.region == "eu-west-1" and case.facts.contact_name == "Priya"


def test_without_a_base_every_fact_is_written(store: Store) -> None:
    key = store.create_case(replace(SEEN, contact_name="Priya")).key
    store.update_facts(key, replace(SEEN, region="eu-west-1"))
    case = store.get_case(key)
    assert case is not None and case.facts == replace(SEEN, region="eu-west-1")


def test_facts_unchanged_since_the_base_write_nothing(store: Store) -> None:
    older = store.create_case(SEEN).key
    newer = store.create_case(CaseFacts(subject="newer")).key
    store.update_facts(older, SEEN, based_on=SEEN)
    assert [case.key for case in store.list_cases()] == [newer, older]  # not moved to the top
    store.update_facts(older, replace(SEEN, subject="edited"), based_on=SEEN)
    assert [case.key for case in store.list_cases()] == [older, newer]


def test_a_status_edit_is_recorded_on_the_timeline_once(store: Store) -> None:
    key = store.create_case(SEEN).key
    waiting = replace(SEEN, status="waiting on customer")
    store.update_facts(key, waiting, based_on=SEEN)
    store.update_facts(key, replace(waiting, subject="edited"), based_on=waiting)
    changes = [event for event in case_events(store, key) if event.kind == STATUS_CHANGED]
    assert [event.new_status for event in changes] == ["waiting on customer"]
