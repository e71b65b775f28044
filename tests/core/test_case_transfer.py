"""One case moves between laptops as one file: facts, every document, history and timeline."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core.case import ESCALATION, REPLY, CaseFacts
from desktop.core.case_transfer import CaseTransferError, export_case, import_case
from desktop.core.store import Store


def _store_with_a_case(path: Path) -> tuple[Store, int]:
    store = Store(path)
    key = store.create_case(
        CaseFacts(case_id="CASE-4242", subject="Lambda time-outs", customer_org="Acme 株式会社")
    ).key
    for number in range(3):
        store.save_document(key, REPLY, f"reply v{number}")
    store.save_document(key, ESCALATION, '{"summary": "time-outs since 09:00 UTC"}')
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO case_events (case_key, kind, at, detail) VALUES (?, 'customer', ?, ?)",
            (key, "2026-11-29T09:00:00+00:00", "first message"),
        )
    store.set_archived(key, True)
    return store, key


def _snapshot(store: Store, key: int) -> dict[str, object]:
    case = store.get_case(key)
    assert case is not None
    with sqlite3.connect(store.path) as db:
        events = db.execute(
            "SELECT kind, at, detail FROM case_events WHERE case_key = ?", (key,)
        ).fetchall()
    return {
        "facts": case.facts,
        "archived": case.archived,
        "reply": store.load_document(key, REPLY),
        "escalation": store.load_document(key, ESCALATION),
        "reply_history": [(v.saved_at, v.content) for v in store.history(key, REPLY)],
        "events": events,
    }


def test_a_case_round_trips_to_another_store(tmp_path: Path) -> None:
    source, key = _store_with_a_case(tmp_path / "a.db")
    exported = tmp_path / "case.casewright-case"
    assert export_case(source.path, key, exported) >= 6
    target = Store(tmp_path / "b.db")
    target.create_case(CaseFacts(case_id="OTHER"))
    imported = import_case(target.path, exported)
    assert imported.duplicate_of is None
    assert _snapshot(target, imported.key) == _snapshot(source, key)
    assert len(target.list_cases(include_archived=True)) == 2  # nothing replaced
    source.close()
    target.close()


def test_importing_into_the_same_store_adds_a_copy_and_says_so(tmp_path: Path) -> None:
    store, key = _store_with_a_case(tmp_path / "a.db")
    exported = tmp_path / "case.casewright-case"
    export_case(store.path, key, exported)
    imported = import_case(store.path, exported)
    assert imported.key != key
    assert imported.duplicate_of == key
    assert _snapshot(store, imported.key) == _snapshot(store, key)
    store.close()


def test_a_file_from_an_older_or_other_schema_imports_what_fits(tmp_path: Path) -> None:
    store, key = _store_with_a_case(tmp_path / "a.db")
    exported = tmp_path / "case.casewright-case"
    export_case(store.path, key, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["case"]["colour"] = "blue"  # a column this store does not have
    document["tables"]["case_attachments"] = [{"case_key": 1, "name": "x.log"}]
    del document["tables"]["case_events"]  # exported before the timeline existed
    exported.write_text(json.dumps(document), encoding="utf-8")
    imported = import_case(store.path, exported)
    assert store.load_document(imported.key, REPLY) == "reply v2"
    store.close()


@pytest.mark.parametrize(
    "content",
    ["not json at all", '{"format": "something-else"}', '{"format": "casewright-case"}',
     '{"format": "casewright-case", "format_version": 1, "case": {}, "tables": {"history": 5}}'],
    ids=["not-json", "other-format", "no-case", "bad-table"],
)  # fmt: skip
def test_a_bad_case_file_is_refused_and_the_store_is_unchanged(
    tmp_path: Path, content: str
) -> None:
    store, _key = _store_with_a_case(tmp_path / "a.db")
    before = store.list_cases(include_archived=True)
    bad = tmp_path / "bad.casewright-case"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(CaseTransferError):
        import_case(store.path, bad)
    assert store.list_cases(include_archived=True) == before
    store.close()


def test_a_failure_half_way_leaves_no_partial_case(tmp_path: Path) -> None:
    store, key = _store_with_a_case(tmp_path / "a.db")
    exported = tmp_path / "case.casewright-case"
    export_case(store.path, key, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["tables"]["history"].append({"kind": None, "content": "x", "saved_at": "now"})
    exported.write_text(json.dumps(document), encoding="utf-8")  # NOT NULL fails on the last row
    with pytest.raises(CaseTransferError):
        import_case(store.path, exported)
    assert len(store.list_cases(include_archived=True)) == 1
    store.close()


def test_exporting_a_missing_case_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    with pytest.raises(CaseTransferError, match="no case 99"):
        export_case(store.path, 99, tmp_path / "x.casewright-case")
    assert not (tmp_path / "x.casewright-case").exists()
    store.close()
