"""Real store faults for tests: a full database file and a lock held by another process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.store import Store

REPO_ROOT = Path(__file__).resolve().parent.parent

# Holds an exclusive lock on the store until its stdin closes; prints "locked" once it has it.
_LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE cases SET subject = subject")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


@contextmanager
def store_full(store: Store) -> Iterator[None]:
    """Stop ``store``'s file from growing: SQLite then answers "database or disk is full"
    (``PRAGMA max_page_count``, the same error as a full disk)."""
    with store._lock:
        connection = store._connection
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        with store._lock:
            store._connection.execute("PRAGMA max_page_count = 1073741823")


@contextmanager
def lock_held_by_another_process(database: Path, *, exclusive: bool = True) -> Iterator[int]:
    """Run a second process holding the store's write lock (``exclusive``: readers are locked
    out as well); yield its pid and release the lock on exit."""
    with subprocess.Popen(
        [sys.executable, "-c", _LOCK_HOLDER, str(database), "exclusive" if exclusive else "write"],
        cwd=REPO_ROOT,
        env=dict(os.environ),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline().strip() == "locked"
            yield holder.pid
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)
