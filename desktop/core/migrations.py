"""The store's schema, one migration per version, applied in order."""

from __future__ import annotations

import sqlite3

# Each entry takes the schema from its index to index + 1. Never edit a released step.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cases (
        key INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        customer_org TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        service TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        resource_ids TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT 'normal',
        status TEXT NOT NULL DEFAULT 'open',
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_by_update ON cases (archived, updated_at DESC);
    CREATE TABLE documents (
        case_key INTEGER NOT NULL REFERENCES cases (key) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (case_key, kind)
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        case_key INTEGER NOT NULL REFERENCES cases (key) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );
    CREATE INDEX history_by_document ON history (case_key, kind, id DESC);
    """,
    """
    CREATE TABLE template_usage (
        template_id TEXT PRIMARY KEY,
        uses INTEGER NOT NULL DEFAULT 0,
        favourite INTEGER NOT NULL DEFAULT 0,
        last_used_at TEXT
    );
    """,
    # The work queue (#18): a timeline per case (customer messages, replies sent, status changes)
    # and per-case working state (next step, follow-up date, customer time zone, where I was).
    """
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_key INTEGER NOT NULL REFERENCES cases (key) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX case_events_by_case ON case_events (case_key, at);
    CREATE TABLE case_work (
        case_key INTEGER PRIMARY KEY REFERENCES cases (key) ON DELETE CASCADE,
        next_step TEXT NOT NULL DEFAULT '',
        follow_up_at TEXT,
        customer_time_zone TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        accepted_facts TEXT NOT NULL DEFAULT '[]'
    );
    """,
    # The case list's order (newest update first, newest case first among equal times) read
    # straight from an index: with many cases saved in the same second (an import, a restore)
    # the old index left SQLite sorting all of them before the window could show its first page.
    """
    CREATE INDEX cases_by_recency ON cases (archived, updated_at DESC, key DESC);
    DROP INDEX cases_by_update;
    """,
    # "Ignore here" in the grammar checks (#13), kept with the case: the ignored issue's rule
    # and text and the text either side, per text of the case (reply, escalation fields).
    """
    CREATE TABLE grammar_ignored (
        case_key INTEGER NOT NULL REFERENCES cases (key) ON DELETE CASCADE,
        place TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        text TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        PRIMARY KEY (case_key, place, rule_id, text, before, after)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(RuntimeError):
    """The database was written by a newer Casewright; it is left untouched."""


def check_not_newer(connection: sqlite3.Connection) -> int:
    """Return the file's schema version; raise ``NewerSchemaError`` if we cannot handle it."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"This case store was written by a newer Casewright (schema {version}; this version "
            f"understands up to {SCHEMA_VERSION}). It was not changed. "
            "Update Casewright to open it."
        )
    return version


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date in one transaction per step; return the new version."""
    version = check_not_newer(connection)
    for step in range(version, SCHEMA_VERSION):
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {step + 1}")
    return SCHEMA_VERSION
