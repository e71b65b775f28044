"""What every window and pane is given: stores, background tasks, autosave and settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.core.paths import DataPaths
from desktop.core.settings import Settings
from desktop.core.store import Store, StoreError
from desktop.ui.autosave import DraftAutosaver
from desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class StoreNotices(QObject):
    """Relays what the stores report from any thread to the GUI thread.

    Signals:
        store_rebuilt(str): the store's file vanished or was replaced and was rebuilt; the
            message says so.
    """

    store_rebuilt = Signal(str)


@dataclass
class AppContext:
    """Passed in explicitly; nothing in the UI reads globals.

    ``store`` is read on the GUI thread; ``writer`` is used only on the serial writer thread.
    """

    paths: DataPaths
    settings: Settings
    store: Store
    writer: Store
    tasks: TaskManager
    autosaver: DraftAutosaver
    notices: StoreNotices = field(default_factory=StoreNotices)

    @classmethod
    def open(cls, paths: DataPaths, settings: Settings, store: Store) -> AppContext:
        """Build the context around an opened read store."""
        tasks = TaskManager()
        writer = Store(store.path)
        autosaver = DraftAutosaver(writer, tasks, settings.autosave_delay_ms)
        context = cls(paths, settings, store, writer, tasks, autosaver)
        for each in (store, writer):
            each.on_rebuilt = context.notices.store_rebuilt.emit
        return context

    def close(self) -> bool:
        """Save what is pending, wait for the writer, and close both connections.

        Returns whether every write finished; a write still running is waited for (the store's
        busy timeout bounds it), never cut off by closing its connection.
        """
        self.autosaver.flush()
        finished = self.tasks.wait_for_writes()
        if not finished:
            log.error("writes still running at quit; waiting for them")
            finished = self.tasks.wait_for_writes(-1)
        self.tasks.wait_for_all(1000)  # background reads only; never wait on the network
        try:
            self.writer.ensure_file()  # deleted since the last save: rebuild it before closing
        except StoreError as error:
            log.error("%s", error)
        self.writer.close()
        self.store.close()
        self.autosaver.blockSignals(True)  # late deliveries must not reach closed stores
        return finished
