"""The case store: SQLite in WAL mode, with per-document draft history."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.core.case import FACT_NAMES, Case, CaseFacts, utc_now
from desktop.core.migrations import check_not_newer, migrate
from desktop.core.queue.events import record_status_change
from desktop.core.store_file import file_identity, rebuild, retire

HISTORY_LIMIT = 50
_CASE_COLUMNS = ("key", *FACT_NAMES, "archived", "created_at", "updated_at")


class StoreError(RuntimeError):
    """A store operation failed; the message is fit to show to the user."""


class Outcome(Enum):
    """What ``Store.save_draft`` did."""

    UNCHANGED = "unchanged"
    SAVED = "saved"
    CONFLICT = "conflict"  # another writer saved first: their text stays, ours went to history


@dataclass(frozen=True)
class DraftSave:
    """The outcome of a draft save and the document's stored text afterwards."""

    outcome: Outcome
    stored: str


@dataclass(frozen=True)
class Version:
    """One saved version of a document, for the history browser."""

    id: int
    saved_at: str
    content: str


def connect(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """Open ``path`` with the settings every Casewright connection uses; ``timeout`` is how
    many seconds a statement waits for another process's lock before "database is locked"."""
    connection = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=timeout
    )
    try:
        # Before anything writes: a newer schema's file must stay byte-for-byte untouched.
        check_not_newer(connection)
    except BaseException:
        connection.close()
        raise
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed draft survives a crash or power loss, not only a killed process.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


class Store:
    """Cases and their documents in one SQLite file.

    One ``Store`` per thread that uses it; WAL lets a reader and the writer work at once.
    """

    def __init__(self, path: Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self._timeout = timeout
        self._connection = connect(self.path, timeout)
        self._opened = file_identity(self.path)
        self._lock = threading.Lock()
        self.on_rebuilt: Callable[[str], None] | None = None  # called from the using thread
        try:
            migrate(self._connection)
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        """Close the connection (checkpointing the WAL when last)."""
        with self._lock:
            self._connection.close()

    def ensure_file(self) -> None:
        """Rebuild the store's file if it was deleted or replaced since it was opened."""
        with self._lock:
            self._ensure_file()

    def _ensure_file(self) -> None:
        if self._opened is None or file_identity(self.path) == self._opened:
            return
        try:
            target, message = rebuild(self._connection, self.path, self._opened)
            reopened = connect(target, self._timeout)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(
                f"The case store {self.path} went away and could not be recreated: {error}"
            ) from error
        retire(self._connection)
        self._connection, self.path, self._opened = reopened, target, file_identity(target)
        if message and self.on_rebuilt is not None:
            self.on_rebuilt(message)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._ensure_file()
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                yield self._connection
                self._connection.execute("COMMIT")
            except sqlite3.Error as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise StoreError(f"Could not save to the case store: {error}") from error
            except BaseException:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise

    # Cases ---------------------------------------------------------------------------------

    def create_case(self, facts: CaseFacts | None = None) -> Case:
        """Insert a new case and return it."""
        facts = facts or CaseFacts()
        now = utc_now()
        values = [getattr(facts, name) for name in FACT_NAMES]
        columns = ", ".join((*FACT_NAMES, "created_at", "updated_at"))
        marks = ", ".join("?" * (len(FACT_NAMES) + 2))
        with self._transaction() as db:
            cursor = db.execute(
                f"INSERT INTO cases ({columns}) VALUES ({marks})", (*values, now, now)
            )
            key = int(cursor.lastrowid or 0)
        return Case(key=key, facts=facts, created_at=now, updated_at=now)

    def update_facts(self, key: int, facts: CaseFacts, based_on: CaseFacts | None = None) -> None:
        """Save a case's facts; a new status is recorded on the case's timeline.

        With ``based_on`` (the facts as they were when editing began) only the facts edited
        since are written, so a fact another writer changed meanwhile is kept.
        """
        names = [
            name
            for name in FACT_NAMES
            if based_on is None or getattr(facts, name) != getattr(based_on, name)
        ]
        if not names:
            return
        assignments = ", ".join(f"{name} = ?" for name in names)
        values = [getattr(facts, name) for name in names]
        with self._transaction() as db:
            if "status" in names:
                record_status_change(db, key, facts.status)
            db.execute(
                f"UPDATE cases SET {assignments}, updated_at = ? WHERE key = ?",
                (*values, utc_now(), key),
            )

    def set_archived(self, key: int, archived: bool) -> None:
        """Archive or restore a case; archived cases are hidden from the default list."""
        with self._transaction() as db:
            db.execute(
                "UPDATE cases SET archived = ?, updated_at = ? WHERE key = ?",
                (int(archived), utc_now(), key),
            )

    def get_case(self, key: int) -> Case | None:
        """Return the case with ``key``, or None."""
        row = self._query_one(f"SELECT {', '.join(_CASE_COLUMNS)} FROM cases WHERE key = ?", key)
        return _case_from_row(row) if row else None

    def list_cases(
        self,
        search: str = "",
        *,
        include_archived: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Case]:
        """Return cases, most recently updated first, whose facts contain every word of
        ``search``; ``limit`` and ``offset`` page through them (-1: no limit)."""
        where = [] if include_archived else ["archived = 0"]
        params: list[object] = []
        for word in search.split():
            pattern = f"%{_escape_like(word)}%"
            where.append(
                "(case_id LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\'"
                " OR customer_org LIKE ? ESCAPE '\\' OR contact_name LIKE ? ESCAPE '\\'"
                " OR service LIKE ? ESCAPE '\\' OR resource_ids LIKE ? ESCAPE '\\')"
            )
            params.extend([pattern] * 6)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._query(
            f"SELECT {', '.join(_CASE_COLUMNS)} FROM cases {clause} "
            "ORDER BY updated_at DESC, key DESC LIMIT ? OFFSET ?",
            *params,
            limit,
            offset,
        )
        return [_case_from_row(row) for row in rows]

    def count_cases(self) -> int:
        """Return how many cases the store holds, archived included."""
        count: int = self._query_one("SELECT count(*) FROM cases")[0]
        return count

    # Documents -----------------------------------------------------------------------------

    def load_document(self, key: int, kind: str) -> str:
        """Return the latest saved content of a case's document, or "" if never saved."""
        row = self._query_one(
            "SELECT content FROM documents WHERE case_key = ? AND kind = ?", key, kind
        )
        return str(row[0]) if row else ""

    def save_document(self, key: int, kind: str, content: str) -> bool:
        """Save a document and record it in its history; return False if it was unchanged."""
        return self.save_draft(key, kind, content).outcome is Outcome.SAVED

    def save_draft(
        self, key: int, kind: str, content: str, based_on: str | None = None
    ) -> DraftSave:
        """Save a document edited from the text ``based_on`` (None: overwrite whatever is
        stored).

        When the stored text is no longer ``based_on``, another writer saved in between: their
        text stays the document and ``content`` is kept as a version in its history only.
        """
        now = utc_now()
        with self._transaction() as db:
            row = db.execute(
                "SELECT content FROM documents WHERE case_key = ? AND kind = ?", (key, kind)
            ).fetchone()
            stored = "" if row is None else str(row[0])
            if row is not None and stored == content:
                return DraftSave(Outcome.UNCHANGED, stored)
            if based_on is not None and stored != based_on:
                self._add_history(db, key, kind, content, now)
                return DraftSave(Outcome.CONFLICT, stored)
            db.execute(
                "INSERT INTO documents (case_key, kind, content, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_key, kind) DO UPDATE SET content = excluded.content, "
                "saved_at = excluded.saved_at",
                (key, kind, content, now),
            )
            self._add_history(db, key, kind, content, now)
        return DraftSave(Outcome.SAVED, content)

    def keep_version(self, key: int, kind: str, content: str) -> None:
        """Add ``content`` to a document's history without making it the document."""
        with self._transaction() as db:
            self._add_history(db, key, kind, content, utc_now())

    @staticmethod
    def _add_history(db: sqlite3.Connection, key: int, kind: str, content: str, now: str) -> None:
        db.execute(
            "INSERT INTO history (case_key, kind, content, saved_at) VALUES (?, ?, ?, ?)",
            (key, kind, content, now),
        )
        db.execute(
            "DELETE FROM history WHERE case_key = ? AND kind = ? AND id NOT IN "
            "(SELECT id FROM history WHERE case_key = ? AND kind = ? "
            "ORDER BY id DESC LIMIT ?)",
            (key, kind, key, kind, HISTORY_LIMIT),
        )
        db.execute("UPDATE cases SET updated_at = ? WHERE key = ?", (now, key))

    def history(self, key: int, kind: str) -> list[Version]:
        """Return the saved versions of a document, newest first (at most 50)."""
        rows = self._query(
            "SELECT id, saved_at, content FROM history WHERE case_key = ? AND kind = ? "
            "ORDER BY id DESC",
            key,
            kind,
        )
        return [Version(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def rewrite_versions(self, key: int, kind: str, rewrite: Callable[[str], str]) -> int:
        """Apply ``rewrite`` to a document and every saved version of it; return how many
        earlier versions changed.

        For removing a redacted secret from history: SQLite's ``secure_delete`` zeroes the
        old contents' freed space, and a WAL checkpoint takes the old pages out of the log.
        """
        with self._lock:
            self._connection.execute("PRAGMA secure_delete = ON")
        try:
            changed = 0
            with self._transaction() as db:
                rows = db.execute(
                    "SELECT id, content FROM history WHERE case_key = ? AND kind = ?", (key, kind)
                ).fetchall()
                for version_id, content in rows:
                    new = rewrite(content)
                    if new != content:
                        db.execute("UPDATE history SET content = ? WHERE id = ?", (new, version_id))
                        changed += 1
                row = db.execute(
                    "SELECT content FROM documents WHERE case_key = ? AND kind = ?", (key, kind)
                ).fetchone()
                if row is not None and rewrite(row[0]) != row[0]:
                    db.execute(
                        "UPDATE documents SET content = ? WHERE case_key = ? AND kind = ?",
                        (rewrite(row[0]), key, kind),
                    )
            with self._lock:
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            with self._lock:
                self._connection.execute("PRAGMA secure_delete = OFF")
        return changed

    # Template usage ------------------------------------------------------------------------

    def record_template_use(self, template_id: str) -> None:
        """Count one use of a template (for ranking search results)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO template_usage (template_id, uses, last_used_at) VALUES (?, 1, ?) "
                "ON CONFLICT (template_id) DO UPDATE SET uses = uses + 1, "
                "last_used_at = excluded.last_used_at",
                (template_id, utc_now()),
            )

    def set_template_favourite(self, template_id: str, favourite: bool) -> None:
        """Mark or unmark a template as a favourite."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO template_usage (template_id, favourite) VALUES (?, ?) "
                "ON CONFLICT (template_id) DO UPDATE SET favourite = excluded.favourite",
                (template_id, int(favourite)),
            )

    def template_usage(self) -> tuple[dict[str, int], set[str]]:
        """Return (use counts by template id, favourite template ids)."""
        rows = self._query("SELECT template_id, uses, favourite FROM template_usage")
        return {str(r[0]): int(r[1]) for r in rows}, {str(r[0]) for r in rows if r[2]}

    # For feature modules that keep their own tables (desktop.core.queue) -------------------

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction; raises ``StoreError`` (rolled back) when SQLite fails."""
        return self._transaction()

    def read(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Rows of one query; raises ``StoreError`` when SQLite fails."""
        return self._query(sql, *params)

    # Queries -------------------------------------------------------------------------------

    def _query(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        with self._lock:
            self._ensure_file()
            try:
                return list(self._connection.execute(sql, params).fetchall())
            except sqlite3.Error as error:
                raise StoreError(f"Could not read the case store: {error}") from error

    def _query_one(self, sql: str, *params: object) -> tuple[Any, ...]:
        rows = self._query(sql, *params)
        return rows[0] if rows else ()


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _case_from_row(row: tuple[Any, ...]) -> Case:
    values = dict(zip(_CASE_COLUMNS, row, strict=True))
    facts = CaseFacts(**{name: str(values[name]) for name in FACT_NAMES})
    return Case(
        key=int(str(values["key"])),
        facts=facts,
        archived=bool(values["archived"]),
        created_at=str(values["created_at"]),
        updated_at=str(values["updated_at"]),
    )
