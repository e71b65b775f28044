"""Logging to a rotating file in the data folder, so warnings and tracebacks reach a bug report.

Only what the program did is logged, never what the user typed: messages name operations,
files and exception types, not drafts or clipboard contents.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "casewright.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(root: Path) -> Path:
    """Where the log of the data folder ``root`` is written."""
    return root / "logs" / LOG_NAME


def configure_logging(root: Path, level: int = logging.INFO) -> Path | None:
    """Send the root logger to ``<root>/logs/casewright.log`` (1 MB, 3 old files kept).

    Returns the file, or None when it cannot be written (logging then goes to stderr only).
    """
    path: Path | None = log_file(root)
    logging.raiseExceptions = False  # a full disk must not turn every log call into a traceback
    logger = logging.getLogger()
    logger.setLevel(level)
    for old in list(logger.handlers):
        if getattr(old, "casewright", False):
            logger.removeHandler(old)
            old.close()
    handler: logging.Handler
    try:
        log_file(root).parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file(root), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, "casewright", True)  # noqa: B010 (marks our handler for reconfiguring)
    logger.addHandler(handler)
    return path


def recent_lines(root: Path, count: int = 50) -> list[str]:
    """The last ``count`` lines of the log, for an error report."""
    try:
        lines = log_file(root).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[-count:]
