"""Opening the store: corrupt files are moved aside, newer schemas are left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.case import REPLY
from desktop.core.demo import seed_demo_case
from desktop.core.migrations import SCHEMA_VERSION, NewerSchemaError
from desktop.core.store_open import open_store


def test_a_new_store_is_created_with_the_current_schema(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "data" / "cases.db")
    assert opened.notice == ""
    version = opened.store._query_one("PRAGMA user_version")[0]
    assert version == SCHEMA_VERSION
    assert opened.store._query_one("PRAGMA journal_mode")[0] == "wal"
    opened.store.close()


def test_a_corrupt_file_is_moved_aside_and_the_user_told_where(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    garbage = b"this is not a database" * 500
    path.write_bytes(garbage)

    opened = open_store(path)

    assert opened.moved_to is not None
    assert opened.moved_to.read_bytes() == garbage, "the old file must be kept byte for byte"
    assert str(opened.moved_to) in opened.notice
    assert opened.store.count_cases() == 0
    opened.store.close()


def test_a_damaged_page_is_detected_and_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    opened = open_store(path)
    case = opened.store.create_case()
    for number in range(200):
        opened.store.save_document(case.key, REPLY, f"draft {number} " * 200)
    opened.store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512  # smash part of a b-tree page
    path.write_bytes(bytes(data))

    reopened = open_store(path)

    assert reopened.moved_to is not None and reopened.moved_to.exists()
    assert "could not be read" in reopened.notice
    reopened.store.close()


def test_a_store_from_a_newer_casewright_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = path.read_bytes()

    with pytest.raises(NewerSchemaError, match="newer Casewright"):
        open_store(path)

    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_first_start_has_a_demo_case_with_a_reply(tmp_path: Path) -> None:
    store = open_store(tmp_path / "cases.db").store
    demo = seed_demo_case(store)
    assert demo is not None
    assert "Hello" in store.load_document(demo.key, REPLY)
    assert seed_demo_case(store) is None, "the demo is added only to an empty store"
    store.close()


def _damage(path: Path) -> None:
    opened = open_store(path)
    case = opened.store.create_case()
    for number in range(200):
        opened.store.save_document(case.key, REPLY, f"draft {number} " * 200)
    opened.store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))


def test_the_deferred_check_finds_damage_the_quick_open_missed(tmp_path: Path) -> None:
    from desktop.core.store_open import integrity_problem, mark_damaged

    path = tmp_path / "cases.db"
    _damage(path)
    opened = open_store(path, full_check=False)  # start-up path: schema only
    assert opened.moved_to is None
    problem = integrity_problem(path)
    assert problem
    mark_damaged(path, problem)
    opened.store.close()

    next_start = open_store(path, full_check=False)
    assert next_start.moved_to is not None and next_start.moved_to.exists()
    assert "integrity check failed" in next_start.notice
    assert not (tmp_path / "cases.db.damaged").exists()
    assert next_start.store.count_cases() == 0
    next_start.store.close()


def test_a_healthy_store_passes_the_deferred_check(tmp_path: Path) -> None:
    from desktop.core.store_open import integrity_problem

    opened = open_store(tmp_path / "cases.db")
    opened.store.create_case()
    assert integrity_problem(tmp_path / "cases.db") == ""
    opened.store.close()
