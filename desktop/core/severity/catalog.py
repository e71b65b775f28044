"""All severity definitions available: the bundled ones plus a team's own folders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.library_paths import outside_library
from desktop.core.resources import bundled_path
from desktop.core.severity.loader import load_file
from desktop.core.severity.model import DefinitionError, DefinitionSet

DEFAULT_DEFINITIONS = "aws"


@dataclass
class Catalog:
    """Every definitions set that loaded, by id, and an error for each file that did not."""

    sets: dict[str, DefinitionSet] = field(default_factory=dict)
    errors: list[DefinitionError] = field(default_factory=list)

    def get(self, set_id: str) -> DefinitionSet | None:
        """The set with this id, if it loaded."""
        return self.sets.get(set_id)


def bundled_definitions_dir() -> Path:
    """The folder of the bundled definitions (``resources/severity``)."""
    return bundled_path("resources", "severity")


def load_definitions(extra_dirs: Sequence[Path] = (), include_bundled: bool = True) -> Catalog:
    """Load the bundled definitions and every ``*.yaml``/``*.yml`` in ``extra_dirs``.

    A bad file is reported in ``Catalog.errors`` and skipped; the others still load. An id
    already loaded (bundled first, then each folder in order) is an error for the later file.
    """
    folders = [bundled_definitions_dir()] if include_bundled else []
    folders += [Path(d) for d in extra_dirs]
    catalog = Catalog()
    for folder in folders:
        if not folder.is_dir():
            continue
        files = sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())
        for path in files:
            if outside := outside_library(path, folder):
                catalog.errors.append(DefinitionError(str(path), 0, outside))
                continue
            try:
                loaded = load_file(path)
            except DefinitionError as error:
                catalog.errors.append(error)
                continue
            if loaded.id in catalog.sets:
                first = catalog.sets[loaded.id].path
                catalog.errors.append(
                    DefinitionError(str(path), 0, f"id {loaded.id!r} is already defined by {first}")
                )
                continue
            catalog.sets[loaded.id] = loaded
    return catalog
