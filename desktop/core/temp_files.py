"""Removes temporary files our atomic writes leave behind when the process is killed mid-write.

``write_text_atomically`` names them ``.<name>.<8 random characters>.tmp`` (``tempfile``'s
alphabet); a SIGKILL between creating and renaming one leaves it, holding reply text, in the
data folder, a team folder or next to an export. Only files of that exact shape and older than
``STALE_AFTER_S`` are removed, so another process's write in progress is never touched.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

log = logging.getLogger(__name__)
STALE_AFTER_S = 60.0
_OUR_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def is_our_temp_file(name: str) -> bool:
    """Whether ``name`` has the shape of our atomic-write temporary files."""
    return bool(_OUR_TEMP.match(name))


def remove_stale_temp_files(
    folder: Path, *, recursive: bool = True, now: float | None = None
) -> list[Path]:
    """Delete our stale temporary files in ``folder`` (and its sub-folders); return them."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - STALE_AFTER_S
    candidates = folder.rglob(".*.tmp") if recursive else folder.glob(".*.tmp")
    removed: list[Path] = []
    for path in candidates:
        try:
            if (
                is_our_temp_file(path.name)
                and path.is_file()
                and not path.is_symlink()
                and path.stat().st_mtime < cutoff
            ):
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to delete
    if removed:
        log.info("removed %d stale temporary file(s) under %s", len(removed), folder)
    return removed
