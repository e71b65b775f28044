"""The case store keeps cases, drafts and their history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.case import ESCALATION, REPLY, CaseFacts
from desktop.core.store import HISTORY_LIMIT, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "cases.db")
    yield store
    store.close()


def test_case_facts_and_drafts_survive_reopening(tmp_path: Path) -> None:
    store = Store(tmp_path / "cases.db")
    case = store.create_case(CaseFacts(case_id="171", subject="S3 403", contact_name="Mei"))
    store.save_document(case.key, REPLY, "Hello Mei,\n\n你好 👋")
    store.save_document(case.key, ESCALATION, '{"summary": "x"}')
    store.close()

    reopened = Store(tmp_path / "cases.db")
    again = reopened.get_case(case.key)
    assert again is not None
    assert again.facts.subject == "S3 403"
    assert reopened.load_document(case.key, REPLY) == "Hello Mei,\n\n你好 👋"
    assert reopened.load_document(case.key, ESCALATION) == '{"summary": "x"}'
    reopened.close()


def test_unchanged_draft_is_not_added_to_history(store: Store) -> None:
    case = store.create_case()
    assert store.save_document(case.key, REPLY, "one")
    assert not store.save_document(case.key, REPLY, "one")
    assert [v.content for v in store.history(case.key, REPLY)] == ["one"]


def test_history_keeps_the_last_fifty_versions_newest_first(store: Store) -> None:
    case = store.create_case()
    for number in range(HISTORY_LIMIT + 7):
        store.save_document(case.key, REPLY, f"version {number}")
    versions = store.history(case.key, REPLY)
    assert len(versions) == HISTORY_LIMIT
    assert versions[0].content == f"version {HISTORY_LIMIT + 6}"
    assert versions[-1].content == "version 7"


def test_history_is_per_document(store: Store) -> None:
    case = store.create_case()
    store.save_document(case.key, REPLY, "reply text")
    store.save_document(case.key, ESCALATION, "internal text")
    assert [v.content for v in store.history(case.key, REPLY)] == ["reply text"]
    assert [v.content for v in store.history(case.key, ESCALATION)] == ["internal text"]


def test_search_matches_every_word_across_facts(store: Store) -> None:
    store.create_case(CaseFacts(case_id="100", subject="Lambda timeout", customer_org="Acme"))
    store.create_case(CaseFacts(case_id="200", subject="S3 403", customer_org="Acme"))
    store.create_case(CaseFacts(case_id="300", subject="Lambda cold start", customer_org="Globex"))
    assert {c.facts.case_id for c in store.list_cases("lambda")} == {"100", "300"}
    assert {c.facts.case_id for c in store.list_cases("lambda acme")} == {"100"}
    assert store.list_cases("100%") == []


def test_archived_cases_are_hidden_unless_asked_for(store: Store) -> None:
    kept = store.create_case(CaseFacts(subject="kept"))
    gone = store.create_case(CaseFacts(subject="archived"))
    store.set_archived(gone.key, True)
    assert [c.key for c in store.list_cases()] == [kept.key]
    assert {c.key for c in store.list_cases(include_archived=True)} == {kept.key, gone.key}


def test_saving_a_draft_moves_the_case_to_the_top(store: Store) -> None:
    first = store.create_case(CaseFacts(subject="first"))
    store.create_case(CaseFacts(subject="second"))
    store.save_document(first.key, REPLY, "new text")
    assert store.list_cases()[0].key == first.key


def test_template_usage_and_favourites(store: Store) -> None:
    store.record_template_use("reply/en/acknowledgement")
    store.record_template_use("reply/en/acknowledgement")
    store.set_template_favourite("reply/ja/workaround", True)
    uses, favourites = store.template_usage()
    assert uses["reply/en/acknowledgement"] == 2
    assert favourites == {"reply/ja/workaround"}


def test_cases_page_in_order_without_gaps(store: Store) -> None:
    for number in range(25):
        store.create_case(CaseFacts(case_id=str(number)))
    pages = [store.list_cases(limit=10, offset=offset) for offset in (0, 10, 20)]
    ids = [case.facts.case_id for page in pages for case in page]
    assert ids == [str(number) for number in reversed(range(25))]


def test_cases_saved_in_the_same_second_list_newest_first_straight_from_an_index(
    tmp_path: Path,
) -> None:
    """Thousands of cases with one update time (an import, a restore) must not make the first
    page wait for SQLite to sort all of them."""
    store = Store(tmp_path / "cases.db")
    keys = [store.create_case(CaseFacts(subject=f"case {n}")).key for n in range(30)]
    with sqlite3.connect(tmp_path / "cases.db") as connection:
        connection.execute("UPDATE cases SET updated_at = '2026-11-29T18:00:00+00:00'")
    statements: list[str] = []
    store._connection.set_trace_callback(statements.append)
    listed = store.list_cases(limit=10)
    store._connection.set_trace_callback(None)
    assert [case.key for case in listed] == sorted(keys, reverse=True)[:10]
    [select] = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    plan = " ".join(str(row) for row in store._query(f"EXPLAIN QUERY PLAN {select}"))
    assert "INDEX" in plan and "TEMP B-TREE" not in plan
    store.close()
