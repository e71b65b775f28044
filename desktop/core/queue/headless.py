"""The queue read from a data folder, for the ``queue`` and ``handover`` commands."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from desktop.core.migrations import NewerSchemaError
from desktop.core.paths import data_paths
from desktop.core.queue.board import QueueConfig, QueueEntry, build_queue
from desktop.core.queue.policy import PolicyError
from desktop.core.settings import Settings, SettingsError, load_settings
from desktop.core.store import Store, StoreError

_SPAN_RE = re.compile(r"^\s*(\d+)\s*(m|min|h|d)\s*$", re.IGNORECASE)
_UNIT = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days"}


class QueueError(RuntimeError):
    """The queue cannot be read; the message is fit for the command line."""


@dataclass(frozen=True)
class LoadedQueue:
    entries: list[QueueEntry]
    settings: Settings


def parse_since(text: str) -> timedelta:
    """``8h``, ``90m``, ``2d`` as a time span; raises ValueError for anything else."""
    match = _SPAN_RE.match(text)
    if match is None or int(match[1]) <= 0:
        raise ValueError(f"{text!r} is not a span such as 8h, 90m or 2d")
    return timedelta(**{_UNIT[match[2].lower()]: int(match[1])})


def load_queue(data_dir: Path | None) -> LoadedQueue:
    """The queue of the store in ``data_dir`` (empty when there is no store yet).

    Raises:
        QueueError: the store or the team's queue policy cannot be read.
    """
    paths = data_paths(data_dir)
    try:
        settings = load_settings(paths.settings)
    except SettingsError:
        settings = Settings()
    if not paths.database.is_file():
        return LoadedQueue([], settings)
    try:
        config = QueueConfig.from_settings(settings, paths.root)
    except PolicyError as error:
        raise QueueError(str(error)) from error
    try:
        store = Store(paths.database)
    except (StoreError, NewerSchemaError, sqlite3.Error, OSError) as error:
        raise QueueError(f"cannot open the case store {paths.database}: {error}") from error
    try:
        return LoadedQueue(build_queue(store, config), settings)
    except StoreError as error:
        raise QueueError(str(error)) from error
    finally:
        store.close()
