"""Opens the case store, moving a corrupt file aside instead of ever replacing it silently."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.lock_holders import processes_holding
from desktop.core.store import Store, StoreError

_SIDE_FILES = ("-wal", "-shm")
# Only these mean the file itself is damaged; a lock, a full disk or a permission problem
# says nothing about the data, and such a store must never be set aside.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class StoreBusyError(StoreError):
    """Another process holds the store's lock; the store is healthy and was not touched."""


class StoreUnavailableError(StoreError):
    """The store could not be opened for a reason that is not damage (disk full, I/O,
    permissions); it was not touched."""


@dataclass
class OpenedStore:
    """A usable store, and what the user must be told about how it was opened."""

    store: Store
    notice: str = ""
    moved_to: Path | None = None


def damage_marker(path: Path) -> Path:
    """The file that asks the next start to set a damaged store aside."""
    return path.with_name(path.name + ".damaged")


def _check(path: Path, *, full: bool, timeout: float) -> Store:
    if damage_marker(path).exists():
        detail = damage_marker(path).read_text(encoding="utf-8", errors="replace").strip()
        raise sqlite3.DatabaseError(detail or "damage was found during the last session")
    store = Store(path, timeout=timeout)
    try:
        # Reading the schema and the case count catches files that are not databases at all;
        # the page-by-page check costs time proportional to the file and runs after first paint.
        query = "PRAGMA quick_check" if full else "SELECT 'ok', count(*) FROM cases"
        result = store._query_one(query)
    except StoreError:
        store.close()
        raise
    if not result or result[0] != "ok":
        store.close()
        raise sqlite3.DatabaseError(f"integrity check failed: {result[0] if result else '?'}")
    return store


def integrity_problem(path: Path) -> str:
    """Run SQLite's page-by-page check on its own connection; return "" or what is wrong."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return "; ".join(problems[:3])


def mark_damaged(path: Path, detail: str) -> None:
    """Ask the next start to set the store aside (it stays in use until then)."""
    damage_marker(path).write_text(f"integrity check failed: {detail}\n", encoding="utf-8")


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename ``path`` and its WAL files to ``<name>.corrupt-<timestamp>``; return the new path."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    path.rename(target)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def _sqlite_code(error: BaseException) -> int | None:
    cause = error.__cause__ if isinstance(error, StoreError) else error
    code = getattr(cause, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # extended codes keep the base low


def _is_damage(error: BaseException) -> bool:
    """Whether ``error`` proves the file is damaged (our own integrity checks carry no code)."""
    code = _sqlite_code(error)
    if code is None:
        return isinstance(error, sqlite3.DatabaseError) or isinstance(
            error.__cause__, sqlite3.DatabaseError
        )
    return code in _DAMAGE_CODES


def _refuse_unless_damaged(path: Path, error: BaseException) -> None:
    if _sqlite_code(error) in _BUSY_CODES:
        holders = processes_holding(path)
        who = f" by {', '.join(holders)}" if holders else " by another program"
        raise StoreBusyError(
            f"The case store {path} is locked{who}. It is not damaged and was not changed; "
            "close that program (or wait for it) and try again."
        ) from error
    if not _is_damage(error):
        raise StoreUnavailableError(
            f"The case store {path} cannot be opened right now ({error}). It was not changed; "
            "if the disk is full, free some space and start Casewright again."
        ) from error


def open_store(path: Path, *, full_check: bool = True, busy_timeout: float = 10.0) -> OpenedStore:
    """Open (or create) the store at ``path``.

    A file that is not a readable SQLite database is moved aside with a timestamp and a fresh
    store is created; the returned notice says where the old file went. A store written by a
    newer Casewright raises ``NewerSchemaError`` and is left untouched. Without ``full_check``
    only the schema is read; run ``integrity_problem`` later, off the start-up path.

    Raises:
        StoreBusyError: another process held the lock for ``busy_timeout`` seconds.
        StoreUnavailableError: the disk is full, or another fault that is not damage.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return OpenedStore(_check(path, full=full_check, timeout=busy_timeout))
    except (sqlite3.DatabaseError, StoreError) as error:
        reason = str(error)
        if not path.exists():
            raise StoreError(f"Could not create the case store at {path}: {error}") from error
        _refuse_unless_damaged(path, error)
        try:
            moved_to = move_aside(path)
        except OSError as move_error:
            raise StoreError(
                f"The case store at {path} cannot be read ({error}) and could not be moved "
                f"aside ({move_error}). Nothing was changed."
            ) from move_error
    notice = (
        f"The case store could not be read ({reason}). It was kept as {moved_to} "
        "and a new, empty store was created."
    )
    damage_marker(path).unlink(missing_ok=True)
    return OpenedStore(
        _check(path, full=True, timeout=busy_timeout), notice=notice, moved_to=moved_to
    )
