"""The timeline schema (#18): a real v2 store upgrades keeping everything; older builds refuse
the upgraded file without touching it; events, status changes and working state round-trip."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core import migrations
from desktop.core.case import REPLY, CaseFacts
from desktop.core.migrations import NewerSchemaError
from desktop.core.queue.events import CUSTOMER_MESSAGE, FOLLOW_UP_SET, REPLY_SENT, STATUS_CHANGED
from desktop.core.queue.timeline import (
    add_customer_message,
    case_events,
    mark_reply_sent,
    messages,
    undo_event,
)
from desktop.core.queue.work import CaseWork, Place, load_work, save_work
from desktop.core.store import Store

REAL_V2_STORE = Path(__file__).resolve().parent.parent / "data" / "stores" / "schema-v2.db"
QUEUE_VERSION = 3


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    target = tmp_path / "casewright.db"
    shutil.copyfile(REAL_V2_STORE, target)
    return target


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_a_real_v2_store_upgrades_and_keeps_every_case_draft_and_history(v2_copy: Path) -> None:
    assert _version(v2_copy) == 2
    store = Store(v2_copy)
    try:
        assert _version(v2_copy) >= QUEUE_VERSION
        cases = {c.facts.case_id: c for c in store.list_cases()}
        assert set(cases) == {"DEMO-0001", "177000123456", "177000654321"}
        taiwan = cases["177000123456"]
        assert taiwan.facts.customer_org == "台灣零售股份有限公司"
        assert taiwan.facts.status == "waiting on customer"
        assert "UTC+8" in store.load_document(taiwan.key, REPLY)
        assert len(store.history(taiwan.key, REPLY)) == 2
        assert store.template_usage() == ({"reply/acknowledge": 1}, {"reply/acknowledge"})
        # The upgraded store takes the new data at once.
        add_customer_message(store, taiwan.key, "請問進度？")
        assert [e.detail for e in messages(case_events(store, taiwan.key))] == ["請問進度？"]
        assert load_work(store, taiwan.key) == CaseWork()
    finally:
        store.close()


def test_an_older_build_refuses_the_upgraded_store_and_leaves_it_byte_for_byte(
    v2_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(v2_copy).close()
    before = v2_copy.read_bytes()
    # The previous release knew two schema steps.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with pytest.raises(NewerSchemaError, match="newer Casewright"):
        Store(v2_copy)
    assert v2_copy.read_bytes() == before


def test_status_changes_are_recorded_once_per_change(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case(CaseFacts(case_id="1", status="open"))
        store.update_facts(case.key, CaseFacts(case_id="1", subject="edited", status="open"))
        store.update_facts(case.key, CaseFacts(case_id="1", status="waiting on customer"))
        changes = [e for e in case_events(store, case.key) if e.kind == STATUS_CHANGED]
        assert [e.new_status for e in changes] == ["waiting on customer"]
        assert changes[0].detail == "open → waiting on customer"
    finally:
        store.close()


def test_a_reply_marked_sent_can_be_undone(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case()
        sent = mark_reply_sent(store, case.key, "Hello")
        assert [e.kind for e in case_events(store, case.key)] == [REPLY_SENT]
        undo_event(store, sent.id)
        assert case_events(store, case.key) == []
    finally:
        store.close()


def test_working_state_round_trips_and_a_new_follow_up_goes_on_the_timeline(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case()
        work = CaseWork(
            next_step="Ask for the VPC flow logs",
            follow_up_at="2026-12-01T01:00:00+00:00",
            customer_time_zone="Asia/Taipei",
            place=Place("Escalation", "reply", 42),
            accepted_facts=[{"kind": "request_id", "value": "abc"}],
        )
        save_work(store, case.key, work)
        save_work(store, case.key, work)  # unchanged follow-up: no second event
        assert load_work(store, case.key) == work
        kinds = [e.kind for e in case_events(store, case.key)]
        assert kinds == [FOLLOW_UP_SET]
    finally:
        store.close()


def test_a_customer_message_keeps_its_received_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        case = store.create_case()
        add_customer_message(store, case.key, "late", "2026-11-29T05:00:00+00:00")
        add_customer_message(store, case.key, "early", "2026-11-28T05:00:00+00:00")
        events = case_events(store, case.key)
        assert [(e.kind, e.detail) for e in events] == [
            (CUSTOMER_MESSAGE, "early"),
            (CUSTOMER_MESSAGE, "late"),
        ]
    finally:
        store.close()
