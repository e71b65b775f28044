"""Opens the case store, moving a corrupt file aside instead of ever replacing it silently."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.store import Store, StoreError

_SIDE_FILES = ("-wal", "-shm")


@dataclass
class OpenedStore:
    """A usable store, and what the user must be told about how it was opened."""

    store: Store
    notice: str = ""
    moved_to: Path | None = None


def damage_marker(path: Path) -> Path:
    """The file that asks the next start to set a damaged store aside."""
    return path.with_name(path.name + ".damaged")


def _check(path: Path, *, full: bool) -> Store:
    if damage_marker(path).exists():
        detail = damage_marker(path).read_text(encoding="utf-8", errors="replace").strip()
        raise sqlite3.DatabaseError(detail or "damage was found during the last session")
    store = Store(path)
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


def open_store(path: Path, *, full_check: bool = True) -> OpenedStore:
    """Open (or create) the store at ``path``.

    A file that is not a readable SQLite database is moved aside with a timestamp and a fresh
    store is created; the returned notice says where the old file went. A store written by a
    newer Casewright raises ``NewerSchemaError`` and is left untouched. Without ``full_check``
    only the schema is read; run ``integrity_problem`` later, off the start-up path.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return OpenedStore(_check(path, full=full_check))
    except (sqlite3.DatabaseError, StoreError) as error:
        reason = str(error)
        if not path.exists():
            raise StoreError(f"Could not create the case store at {path}: {error}") from error
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
    return OpenedStore(_check(path, full=True), notice=notice, moved_to=moved_to)
