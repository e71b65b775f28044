"""Names the processes that have a file open, so "the store is locked" can say by whom."""

from __future__ import annotations

import os
from pathlib import Path


def processes_holding(path: Path) -> list[str]:
    """Return "pid 123 (name)" for every other process with ``path`` (or its WAL files) open.

    Reads ``/proc`` where it exists (Linux); elsewhere, and for processes we may not inspect,
    the list is simply shorter.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    wanted = {str(Path(path).resolve()) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    found: list[str] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            targets = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if targets & wanted:
            found.append(f"pid {entry.name} ({_name(entry)})")
    return found


def _name(entry: Path) -> str:
    try:
        return (entry / "comm").read_text(encoding="utf-8").strip()
    except OSError:
        return "?"
