"""Export one case (facts, every document and its history, timeline) to a file, and import it.

The file (``.casewright-case``) is JSON: the case's row and the rows of every table that has a
``case_key`` column, read from the schema rather than listed here, so tables added by later
migrations travel too. Importing always adds a new case (nothing in the store is overwritten);
a case with the same case ID already present is reported, not replaced.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.atomic import write_text_atomically
from desktop.core.case import utc_now
from desktop.core.migrations import SCHEMA_VERSION
from desktop.core.store import connect

CASE_SUFFIX = ".casewright-case"
FORMAT = "casewright-case"
FORMAT_VERSION = 1


class CaseTransferError(RuntimeError):
    """A case could not be exported or imported; the message is fit to show to the user."""


@dataclass(frozen=True)
class ImportedCase:
    key: int
    case_id: str
    rows: int  # documents, history versions, timeline entries... brought in
    duplicate_of: int | None  # an existing case with the same case ID, if any


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, is the integer primary key) for each column of ``table``."""
    rows = db.execute(f"PRAGMA table_info({table})").fetchall()
    single_key = sum(1 for row in rows if row[5]) == 1
    return [(str(r[1]), bool(r[5]) and single_key and str(r[2]).upper() == "INTEGER") for r in rows]


def _case_tables(db: sqlite3.Connection) -> list[str]:
    tables = [str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return sorted(t for t in tables if any(c == "case_key" for c, _ in _columns(db, t)))


def _rows(db: sqlite3.Connection, sql: str, *params: object) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def export_case(database: Path, key: int, target: Path) -> int:
    """Write case ``key`` of the store at ``database`` to ``target``; return the rows written."""
    try:
        db = connect(database)
        try:
            db.execute("BEGIN")  # one consistent read of every table
            case = _rows(db, "SELECT * FROM cases WHERE key = ?", key)
            if not case:
                raise CaseTransferError(f"There is no case {key} to export.")
            tables = {t: _rows(db, f"SELECT * FROM {t} WHERE case_key = ?", key)
                      for t in _case_tables(db)}  # fmt: skip
            db.execute("COMMIT")
        finally:
            db.close()
    except sqlite3.Error as error:
        raise CaseTransferError(f"Could not read the case store: {error}") from error
    document = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "schema_version": SCHEMA_VERSION, "exported_at": utc_now(), "case": case[0],
        "tables": tables,
    }  # fmt: skip
    try:
        write_text_atomically(target, json.dumps(document, ensure_ascii=False, indent=1))
    except OSError as error:
        raise CaseTransferError(f"Could not write {target}: {error}") from error
    return sum(len(rows) for rows in tables.values())


def read_case_file(source: Path) -> dict[str, Any]:
    """Read and check an exported case; raise ``CaseTransferError`` saying what is wrong."""
    try:
        document = json.loads(Path(source).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseTransferError(f"{source} is not a readable case file ({error})") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CaseTransferError(f"{source} is not a Casewright case file")
    if int(document.get("format_version", 0)) > FORMAT_VERSION:
        raise CaseTransferError(f"{source} was exported by a newer Casewright; update to import it")
    case, tables = document.get("case"), document.get("tables")
    if not isinstance(case, dict) or not isinstance(tables, dict):
        raise CaseTransferError(f"{source} is damaged: it has no case")
    if not all(isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
               for rows in tables.values()):  # fmt: skip
        raise CaseTransferError(f"{source} is damaged: a table is not a list of rows")
    return document


def import_case(database: Path, source: Path) -> ImportedCase:
    """Add the case in ``source`` to the store at ``database`` as a new case, in one transaction.

    Columns this store does not have are dropped; tables it does not have are skipped.
    """
    document = read_case_file(source)
    try:
        db = connect(database)
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                imported = _insert(db, document)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.close()
    except (sqlite3.Error, ValueError, TypeError) as error:
        raise CaseTransferError(f"Could not import {source}: {error}") from error
    return imported


def _insert_row(db: sqlite3.Connection, table: str, row: dict[str, Any], **fixed: object) -> int:
    columns = [(name, auto) for name, auto in _columns(db, table)]
    values = {name: row[name] for name, auto in columns if not auto and name in row}
    values.update({k: v for k, v in fixed.items() if any(k == c for c, _ in columns)})
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    return int(cursor.lastrowid or 0)


def _insert(db: sqlite3.Connection, document: dict[str, Any]) -> ImportedCase:
    case = document["case"]
    case_id = str(case.get("case_id", ""))
    existing = db.execute(
        "SELECT key FROM cases WHERE case_id = ? AND case_id != ''", (case_id,)
    ).fetchone()
    key = _insert_row(db, "cases", case, updated_at=case.get("updated_at") or utc_now())
    known = set(_case_tables(db))
    rows = 0
    for table, table_rows in document["tables"].items():
        if table not in known:
            continue
        # History ids keep their order: rows go in as they were exported (oldest id first).
        for row in sorted(table_rows, key=lambda r: r.get("id", 0) or 0):
            _insert_row(db, table, row, case_key=key)
            rows += 1
    return ImportedCase(key, case_id, rows, int(existing[0]) if existing else None)
