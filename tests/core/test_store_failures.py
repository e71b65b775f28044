"""The store's rarer failures, each provoked for real: another program's database under our
name, a store that cannot be recreated, a failed write in the middle of a transaction, two
and two damaged stores in the same second."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.case import REPLY, CaseFacts
from desktop.core.store import Store, StoreError
from desktop.core.store_open import StoreUnavailableError, move_aside, open_store


def _foreign_database(path: Path) -> None:
    """Another program's SQLite file: schema version 0, but its own ``cases`` table."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE cases (ticket TEXT)")
    connection.execute("INSERT INTO cases VALUES ('theirs')")
    connection.commit()
    connection.close()


def _their_rows(path: Path) -> list[tuple[str, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT * FROM cases").fetchall()
    finally:
        connection.close()


def test_another_programs_database_under_our_name_is_refused_and_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "casewright.db"
    _foreign_database(path)
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        Store(path)  # the first migration cannot create its tables
    with pytest.raises(StoreUnavailableError, match="It was not changed"):
        open_store(path)  # not damage: never moved aside or replaced
    assert _their_rows(path) == [("theirs",)]  # (only its journal mode became WAL)
    assert not list(tmp_path.glob("casewright.db.corrupt-*"))


def test_a_store_that_cannot_be_recreated_says_so_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "data" / "casewright.db"
    store = open_store(path).store
    key = store.create_case().key
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.rmdir()
    path.parent.write_text("a file where the data folder was")  # nowhere to recreate it
    with pytest.raises(StoreError, match="went away and could not be recreated"):
        store.save_document(key, REPLY, "typed after the file was deleted")
    store.close()


def test_a_write_refused_inside_a_transaction_is_rolled_back_and_the_store_goes_on(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "casewright.db").store
    key = store.create_case(CaseFacts(subject="kept")).key
    with pytest.raises(StoreError, match="Could not save to the case store"):
        store.save_document(key + 1000, REPLY, "a reply for a case that does not exist")
    assert store.save_document(key, REPLY, "saved afterwards")
    assert store.load_document(key, REPLY) == "saved afterwards"
    assert store.history(key + 1000, REPLY) == []
    store.close()


def test_a_rewrite_that_fails_half_way_changes_no_version(tmp_path: Path) -> None:
    store = open_store(tmp_path / "casewright.db").store
    key = store.create_case().key
    for text in ("token ghp_one", "token ghp_two", "token ghp_three"):
        store.save_document(key, REPLY, text)
    calls = 0

    def redact_then_fail(text: str) -> str:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise MemoryError("out of memory half-way")
        return text.replace("ghp_", "[REDACTED]")

    with pytest.raises(MemoryError):
        store.rewrite_versions(key, REPLY, redact_then_fail)
    versions = [version.content for version in store.history(key, REPLY)]
    assert versions == ["token ghp_three", "token ghp_two", "token ghp_one"]  # all or nothing
    assert store.save_document(key, REPLY, "the store still takes writes")
    store.close()


def test_two_damaged_stores_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "casewright.db"
    now = datetime(2026, 11, 29, 18, 0, 0)
    kept = []
    for attempt in ("first", "second"):
        path.write_bytes(f"{attempt} damaged store".encode() * 100)
        Path(f"{path}-wal").write_bytes(f"{attempt} log".encode())
        kept.append(move_aside(path, now=now))
    assert kept[0] != kept[1]
    assert kept[0].read_bytes().startswith(b"first") and kept[1].read_bytes().startswith(b"second")
    assert Path(f"{kept[1]}-wal").read_bytes() == b"second log"  # its log went with it
    assert not path.exists() and not Path(f"{path}-wal").exists()


def test_a_store_whose_check_reports_damage_is_set_aside_at_the_full_check(
    tmp_path: Path,
) -> None:
    path = tmp_path / "casewright.db"
    store = open_store(path).store
    store.create_case(CaseFacts(subject="before the damage"))
    store.close()
    data = bytearray(path.read_bytes())
    data[36:40] = (7).to_bytes(4, "big")  # the header's free-page count no longer adds up
    path.write_bytes(bytes(data))
    assert open_store(path, full_check=False).moved_to is None  # readable: the quick open passes
    opened = open_store(path)  # the full check reads it page by page
    assert opened.moved_to is not None and opened.moved_to.read_bytes() == bytes(data)
    assert "freelist" in opened.notice
    opened.store.close()


def test_a_store_that_is_a_link_to_a_missing_drive_is_reported_not_replaced(
    tmp_path: Path,
) -> None:
    path = tmp_path / "casewright.db"
    path.symlink_to(tmp_path / "unmounted-drive" / "casewright.db")
    with pytest.raises(StoreError, match="Could not create the case store"):
        open_store(path)
    assert path.is_symlink()


def test_a_damaged_store_that_cannot_be_moved_aside_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / ("c" * 240)  # a name with no room for ".corrupt-<date>-<time>"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match="could not be moved aside"):
        open_store(path)
    assert path.read_bytes() == b"not a database" * 100
