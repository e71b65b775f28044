"""The library of checklist templates: bundled YAML files plus team and personal folders.

A template's id is its path inside its folder without ``.yaml``/``.yml`` (``ecs/health-check``).
Folders are read in order (bundled first); a later folder's template replaces one with the same
id. A file that cannot be read becomes an error entry with its file and line, never a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import Checklist
from desktop.core.checklist.template_file import ChecklistTemplate, parse_checklist_template
from desktop.core.library_paths import outside_library
from desktop.core.resources import bundled_path

BUNDLED = "bundled"
SUFFIXES = (".yaml", ".yml")
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class LoadError:
    """A template file that could not be loaded."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ChecklistLibrary:
    """Templates by id (sorted by title) and the files that failed to load."""

    templates: dict[str, ChecklistTemplate] = field(default_factory=dict)
    errors: tuple[LoadError, ...] = ()

    def get(self, template_id: str) -> ChecklistTemplate | None:
        """The template with ``template_id``, or None."""
        return self.templates.get(template_id)

    def new_checklist(self, template_id: str) -> Checklist:
        """A fresh checklist from template ``template_id`` (KeyError if unknown)."""
        return self.templates[template_id].checklist


def bundled_checklists_dir() -> Path:
    """The folder of the checklist templates shipped with Casewright."""
    return bundled_path("resources", "checklists")


def load_template_file(path: Path, *, root: Path, origin: str) -> ChecklistTemplate:
    """Load one template file; its id is its path relative to ``root``.

    Raises:
        ChecklistFormatError: The file is unreadable, not UTF-8 text, or not a valid template.
    """
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ChecklistFormatError(f"cannot read: {error.strerror}", source=source) from None
    if len(raw) > MAX_BYTES:
        raise ChecklistFormatError(f"larger than {MAX_BYTES} bytes", source=source)
    if b"\0" in raw:
        raise ChecklistFormatError("binary file, not YAML text", source=source)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save it as UTF-8"
        raise ChecklistFormatError(message, source=source, line=line) from None
    relative = path.relative_to(root).with_suffix("").as_posix()
    return parse_checklist_template(text, template_id=relative, source=source, origin=origin)


def _template_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def load_checklist_library(
    folders: Sequence[Path] = (), *, include_bundled: bool = True
) -> ChecklistLibrary:
    """Load the bundled templates, then those in ``folders`` (team, personal), in order.

    A folder that does not exist is skipped. Later folders override earlier ones by id.
    """
    roots: list[tuple[Path, str]] = [(bundled_checklists_dir(), BUNDLED)] if include_bundled else []
    roots += [(Path(folder), str(folder)) for folder in folders]
    templates: dict[str, ChecklistTemplate] = {}
    errors: list[LoadError] = []
    for root, origin in roots:
        if not root.is_dir():
            continue
        seen: set[str] = set()
        for path in _template_files(root):
            if outside := outside_library(path, root):
                errors.append(LoadError(path, outside))
                continue
            try:
                template = load_template_file(path, root=root, origin=origin)
            except ChecklistFormatError as error:
                errors.append(LoadError(path, error.message, error.line))
                continue
            if template.id in seen:
                errors.append(LoadError(path, f"another file in this folder has id {template.id}"))
                continue
            seen.add(template.id)
            templates[template.id] = template
    ordered = dict(sorted(templates.items(), key=lambda item: (item[1].title.casefold(), item[0])))
    return ChecklistLibrary(ordered, tuple(errors))
