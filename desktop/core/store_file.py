"""Notices when the store's file is deleted or replaced under a running app, and rebuilds it.

An open SQLite connection keeps reading and writing the file it opened even after that file
was deleted (POSIX keeps an unlinked file alive while it is open). Without a check every later
save would say "Saved" into a file no one can reach again. Before each query and transaction
the store compares the path's identity with the one it opened; when the file vanished it is
rebuilt from the still-open connection with SQLite's backup API.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

FileIdentity = tuple[int, int]  # (device, inode)

# Shared by every Store of the process: the reader and the writer must not both rebuild it.
_LOCK = threading.Lock()
_REBUILT: dict[tuple[str, FileIdentity], Path] = {}
# Connections to a file that went away are never closed before the process ends: closing the
# last one deletes "<name>-wal" by name, which by then is the new file's write-ahead log.
_ORPHANS: list[sqlite3.Connection] = []


def file_identity(path: Path) -> FileIdentity | None:
    """The (device, inode) of ``path``, or None when it does not exist."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def rebuild(connection: sqlite3.Connection, path: Path, opened: FileIdentity) -> tuple[Path, str]:
    """Rebuild the store after the file ``connection`` opened at ``path`` went away.

    Returns the file to use from now on and a message for the user ("" when another
    connection of this process already did the work). A file that replaced ours is never
    overwritten: what our connection holds is copied next to it and used from then on.
    """
    with _LOCK:
        key = (str(path), opened)
        if key in _REBUILT:
            return _REBUILT[key], ""
        path.parent.mkdir(parents=True, exist_ok=True)
        if file_identity(path) is None:
            _copy(connection, path)
            _REBUILT[key] = path
            return path, (
                f"The case store {path} was deleted while Casewright was running. It was "
                "recreated from the open copy; nothing was lost."
            )
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.replaced-{stamp}")
        _copy(connection, kept)
        _REBUILT[key] = kept
        return kept, (
            f"The case store {path} was replaced by another file while Casewright was "
            f"running. This session's cases are kept in {kept} and saved there until you "
            "restart Casewright, which then opens the new file."
        )


def retire(connection: sqlite3.Connection) -> None:
    """Keep a connection to a vanished file open until the process ends (see ``_ORPHANS``)."""
    _ORPHANS.append(connection)


def _copy(connection: sqlite3.Connection, target: Path) -> None:
    temp = target.with_name(f".{target.name}.rebuild.tmp")
    temp.unlink(missing_ok=True)
    copy = sqlite3.connect(temp)
    try:
        connection.backup(copy)
        copy.execute("PRAGMA journal_mode = WAL")
    finally:
        copy.close()
    os.replace(temp, target)
