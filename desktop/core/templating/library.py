"""The template library: bundled, personal and team folders, with overrides by template id."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop.core.paths import data_paths
from desktop.core.resources import bundle_root
from desktop.core.templating.entry import LibrarySource, TemplateEntry
from desktop.core.templating.naming import is_template_file, template_id

# LibrarySource is defined with TemplateEntry; re-exported here for callers.
__all__ = ["LibrarySource", "TemplateLibrary", "scan_folder"]


def scan_folder(source: LibrarySource) -> list[TemplateEntry]:
    """Every template file under ``source.root`` (hidden folders such as ``.git`` skipped)."""
    root = source.root
    if not root.is_dir():
        return []
    entries = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        base = Path(folder)
        for name in sorted(files):
            if is_template_file(name):
                relative = (base / name).relative_to(root).as_posix()
                entries.append(TemplateEntry(template_id(relative), base / name, source, relative))
    return entries


class TemplateLibrary:
    """All templates from several folders; a template id is shown once, from its best source.

    Precedence, highest first: the personal folder, then team folders in the order given
    (the first listed wins), then the bundled templates. A winning entry lists the sources
    it overrides in ``overrides``; the losers remain in :attr:`all_entries` with
    ``shadowed_by`` set.
    """

    def __init__(self, sources: Sequence[LibrarySource]) -> None:
        """Build a library from ``sources``, highest precedence first."""
        self.sources = tuple(sources)
        self.all_entries: list[TemplateEntry] = []
        winners: dict[str, TemplateEntry] = {}
        for source in self.sources:
            for entry in scan_folder(source):
                self.all_entries.append(entry)
                best = winners.get(entry.id)
                if best is None:
                    winners[entry.id] = entry
                else:
                    best.overrides += (source,)
                    entry.shadowed_by = best.source
        self.entries: list[TemplateEntry] = sorted(winners.values(), key=lambda e: e.id)
        self._by_id = winners

    @classmethod
    def load(
        cls,
        team_folders: Sequence[Path] = (),
        *,
        data_dir: Path | None = None,
        bundled: bool = True,
        personal: bool = True,
    ) -> TemplateLibrary:
        """The user's library: personal folder, team folders, bundled templates.

        Includes in personal and team templates that their own folder lacks fall back to the
        bundled templates (``partials/en/greeting.j2`` keeps working in a personal copy).
        """
        sources: list[LibrarySource] = []
        fallback = (bundle_root("templates"),) if bundled else ()
        if personal:
            folder = data_paths(data_dir).personal_templates
            sources.append(LibrarySource("personal", "Personal", folder, fallback))
        used_names: set[str] = set()
        for team_folder in team_folders:
            name = Path(team_folder).name or str(team_folder)
            while name in used_names:
                name += "+"
            used_names.add(name)
            sources.append(LibrarySource("team", name, Path(team_folder), fallback))
        if bundled:
            sources.append(LibrarySource("bundled", "Bundled", bundle_root("templates")))
        return cls(sources)

    @property
    def missing_sources(self) -> list[LibrarySource]:
        """Sources whose folder does not exist (e.g. a team folder not checked out yet)."""
        return [source for source in self.sources if not source.root.is_dir()]

    def get(self, template_id: str) -> TemplateEntry | None:
        """The winning entry for ``template_id``, or None."""
        return self._by_id.get(template_id)

    def __len__(self) -> int:
        return len(self.entries)
