"""One-file backups of the data folder, and restoring one without ever deleting what was there.

A backup is a zip (``.casewright-backup``): a consistent copy of the case store made with
SQLite's online backup API (safe while Casewright writes), the settings, personal templates,
checklists and severity definitions, and the personal dictionary, plus ``manifest.json``.

Restoring happens while no store is open: the window asks for it with ``request_restore``
(a verified copy of the backup in the data folder) and the next start calls
``apply_pending_restore`` before opening the store. The current files are moved into
``before-restore-<time>/`` in the data folder, never deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.core.case import utc_now
from desktop.core.migrations import SCHEMA_VERSION
from desktop.core.paths import DataPaths

BACKUP_SUFFIX = ".casewright-backup"
FORMAT = "casewright-backup"
FORMAT_VERSION = 1
DATABASE = "casewright.db"
MANIFEST = "manifest.json"
PENDING = DataPaths(Path()).pending_restore.name
ASIDE_PREFIX = "before-restore-"


class BackupError(RuntimeError):
    """A backup could not be written or read; the message is fit to show to the user."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the confirmation before restoring it."""

    created_at: str
    app_version: str
    schema_version: int
    cases: int
    files: int  # settings, templates, dictionary... besides the store


def _extras(paths: DataPaths) -> list[Path]:
    """The files besides the store that a backup carries (those that exist)."""
    root = paths.root
    candidates = [paths.settings, paths.grammar_preferences]
    for folder in (paths.personal_templates, paths.personal_checklists, root / "severity"):
        if folder.is_dir():
            candidates.extend(sorted(p for p in folder.rglob("*") if p.is_file()))
    return [path for path in candidates if path.is_file()]


def _snapshot(database: Path, copy: Path) -> tuple[int, int]:
    """Copy the store through SQLite's backup API; return (schema version, case count)."""
    try:
        source = sqlite3.connect(database, timeout=30.0)
        try:
            target = sqlite3.connect(copy)
            try:
                # One step: the copy is the store as of one committed transaction, even while
                # another process keeps writing.
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                return _verify(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(f"Could not copy the case store {database}: {error}") from error


def _verify(connection: sqlite3.Connection) -> tuple[int, int]:
    result = connection.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise BackupError(f"the store copy fails SQLite's integrity check ({result})")
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    cases = int(connection.execute("SELECT count(*) FROM cases").fetchone()[0])
    return version, cases


def write_backup(paths: DataPaths, target: Path) -> BackupSummary:
    """Write a backup of ``paths`` to ``target`` (replaced atomically, never left half-written)."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial")
    with tempfile.TemporaryDirectory(prefix="casewright-backup-") as scratch:
        copy = Path(scratch) / DATABASE
        version, cases = _snapshot(paths.database, copy)
        extras = _extras(paths)
        summary = BackupSummary(utc_now(), __version__, version, cases, len(extras))
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, **summary.__dict__}
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(copy, DATABASE)
                for path in extras:
                    archive.write(path, path.relative_to(paths.root).as_posix())
            with open(partial, "rb") as written:
                os.fsync(written.fileno())
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise BackupError(f"Could not write the backup {target}: {error}") from error
    return summary


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (
        bool(parts)
        and not name.startswith(("/", "\\"))
        and ".." not in parts
        and (":" not in parts[0])
    )


def read_backup(path: Path) -> BackupSummary:
    """Check that ``path`` is a Casewright backup this version can restore; say what it holds."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            names = archive.namelist()
            if not all(_safe_member(name) for name in names):
                raise BackupError(f"{path} holds paths outside the data folder; not restored")
            with tempfile.TemporaryDirectory(prefix="casewright-restore-check-") as scratch:
                archive.extract(DATABASE, scratch)
                connection = sqlite3.connect(Path(scratch) / DATABASE)
                try:
                    version, cases = _verify(connection)
                finally:
                    connection.close()
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, sqlite3.Error) as error:
        raise BackupError(f"{path} is not a readable Casewright backup ({error})") from error
    if manifest.get("format") != FORMAT or int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError(f"{path} is not a Casewright backup this version can read")
    if version > SCHEMA_VERSION:
        raise BackupError(
            f"{path} was made by a newer Casewright (store schema {version}); update to restore it"
        )
    extras = len([n for n in names if n not in (MANIFEST, DATABASE) and not n.endswith("/")])
    return BackupSummary(
        str(manifest.get("created_at", "")), str(manifest.get("app_version", "")), version,
        cases, extras,
    )  # fmt: skip


def request_restore(paths: DataPaths, backup: Path) -> BackupSummary:
    """Verify ``backup`` and keep a copy in the data folder for the next start to restore."""
    summary = read_backup(backup)
    pending = paths.pending_restore
    partial = pending.with_name(f".{PENDING}.partial")
    try:
        shutil.copyfile(backup, partial)
        os.replace(partial, pending)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Could not prepare the restore: {error}") from error
    return summary


def _aside_folder(root: Path, now: datetime) -> Path:
    base = root / f"{ASIDE_PREFIX}{now:%Y%m%d-%H%M%S}"
    folder, counter = base, 1
    while folder.exists():
        counter += 1
        folder = base.with_name(f"{base.name}-{counter}")
    return folder


def apply_pending_restore(paths: DataPaths, *, now: datetime | None = None) -> str:
    """Restore the backup ``request_restore`` left, if any; return a notice for the user ("" if
    there was none). Call it before the store is opened. What was there goes to
    ``before-restore-<time>/``; a backup that turns out unreadable is set aside untouched."""
    pending = paths.pending_restore
    if not pending.exists():
        return ""
    try:
        summary = read_backup(pending)
    except BackupError as error:
        kept = pending.with_name(f"{PENDING}.unreadable-{datetime.now():%Y%m%d-%H%M%S}")
        pending.rename(kept)
        return f"The backup was not restored: {error}. Nothing was changed; it is kept as {kept}."
    aside = _aside_folder(paths.root, now or datetime.now())
    staging = paths.root / ".restore-staging"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(pending) as archive:
        members = [n for n in archive.namelist() if n != MANIFEST and not n.endswith("/")]
        archive.extractall(staging, members)
    tops = {PurePosixPath(name).parts[0] for name in members}
    current = {DATABASE + "-wal", DATABASE + "-shm", *tops}
    current |= {p.name for p in (paths.settings, paths.grammar_preferences)}
    current |= {p.name for p in (paths.personal_templates, paths.personal_checklists)}
    current.add("severity")
    aside.mkdir()
    for name in sorted(current):
        if (paths.root / name).exists():
            (paths.root / name).rename(aside / name)
    for name in sorted(tops):
        (staging / name).rename(paths.root / name)
    staging.rmdir()
    pending.unlink()
    return (
        f"Restored the backup of {summary.created_at[:16].replace('T', ' ')} UTC "
        f"({summary.cases} cases). What was here before is kept in {aside}."
    )
