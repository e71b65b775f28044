"""Writes files so that a crash or a kill leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.core.temp_files import remove_stale_temp_files


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``: a temporary file in the same folder is written,
    flushed and fsynced, then renamed over ``path`` with ``os.replace``; the folder is fsynced
    so the rename itself survives a power cut.

    Raises:
        OSError: the file could not be written; ``path`` is unchanged and no temporary file
            is left behind.
    """
    path = Path(path)
    remove_stale_temp_files(path.parent, recursive=False)  # left by a write that was killed
    descriptor, temp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
