"""What every window and pane is given: stores, background tasks, autosave and settings."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.paths import DataPaths
from desktop.core.settings import Settings
from desktop.core.store import Store
from desktop.ui.autosave import DraftAutosaver
from desktop.ui.tasks import TaskManager


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

    @classmethod
    def open(cls, paths: DataPaths, settings: Settings, store: Store) -> AppContext:
        """Build the context around an opened read store."""
        tasks = TaskManager()
        writer = Store(store.path)
        autosaver = DraftAutosaver(writer, tasks, settings.autosave_delay_ms)
        return cls(paths, settings, store, writer, tasks, autosaver)

    def close(self) -> None:
        """Save what is pending, wait for the writer, and close both connections."""
        self.autosaver.flush()
        self.tasks.wait_for_all()
        self.writer.close()
        self.store.close()
