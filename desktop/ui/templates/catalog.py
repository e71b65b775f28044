"""The loaded template library, its search index, and the user's usage counts and favourites."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.templating import SearchHit, TemplateEntry, TemplateIndex, TemplateLibrary
from desktop.ui.context import AppContext
from desktop.ui.tasks import Operation


class TemplateCatalog(QObject):
    """Holds the library for every template widget; reload it when folders change.

    Signals:
        reloaded(): the library was read again (entries may have changed).
        usage_changed(): a use was recorded or a favourite toggled.
        write_failed(str): the store could not record a use or a favourite.
    """

    reloaded = Signal()
    usage_changed = Signal()
    write_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.library = TemplateLibrary([])
        self.index = TemplateIndex([])
        self.usage: dict[str, int] = {}
        self.favourites: set[str] = set()
        self.reload()

    def reload(self) -> None:
        """Read the bundled, personal and team folders again."""
        folders = [Path(folder) for folder in self.context.settings.team_template_folders]
        self.library = TemplateLibrary.load(folders, data_dir=self.context.paths.root)
        self.index = TemplateIndex(self.library.entries)
        self.usage, self.favourites = self.context.store.template_usage()
        self.reloaded.emit()

    def search(self, query: str, language: str = "") -> list[SearchHit]:
        """Matches for ``query``, those in ``language`` (or without one) first."""
        usage, favourites = self.usage, self.favourites
        preferred = self.index.search(query, usage=usage, favourites=favourites, language=language)
        if not language:
            return preferred
        shown = {hit.entry.id for hit in preferred}
        others = self.index.search(query, usage=usage, favourites=favourites)
        return preferred + [hit for hit in others if hit.entry.id not in shown]

    def is_favourite(self, entry: TemplateEntry) -> bool:
        """True if the user starred ``entry``."""
        return entry.id in self.favourites

    def set_favourite(self, entry: TemplateEntry, favourite: bool) -> None:
        """Star or unstar ``entry`` (shown at once, saved on the writer thread)."""
        (self.favourites.add if favourite else self.favourites.discard)(entry.id)
        writer = self.context.writer
        self._write(lambda: writer.set_template_favourite(entry.id, favourite), "favourite")

    def record_use(self, entry: TemplateEntry) -> None:
        """Count one use of ``entry`` (ranks it higher next time)."""
        self.usage[entry.id] = self.usage.get(entry.id, 0) + 1
        writer = self.context.writer
        self._write(lambda: writer.record_template_use(entry.id), self.tr("template use"))

    def _write(self, work: Callable[[], object], describe: str) -> None:
        operation = Operation(work, describe=describe)
        operation.failed.connect(self.write_failed)
        self.context.tasks.start(operation, serial_writer=True)
        self.usage_changed.emit()
