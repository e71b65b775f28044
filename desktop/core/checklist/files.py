"""Checklist YAML files on disk: atomic export and import with errors a person can act on."""

from __future__ import annotations

from pathlib import Path

from desktop.core.atomic import write_text_atomically
from desktop.core.checklist.errors import ChecklistFormatError
from desktop.core.checklist.model import Checklist
from desktop.core.checklist.yaml_io import checklist_from_yaml, checklist_to_yaml

MAX_IMPORT_BYTES = 5_000_000


def export_checklist_yaml(checklist: Checklist, path: Path) -> None:
    """Write ``checklist`` to ``path`` as YAML (atomically).

    Raises:
        OSError: The file could not be written; ``path`` is unchanged.
    """
    write_text_atomically(path, checklist_to_yaml(checklist))


def import_checklist_yaml(path: Path) -> Checklist:
    """Read a checklist YAML file (one exported by Casewright, or a checklist template).

    Raises:
        ChecklistFormatError: Unreadable, too large, not UTF-8, or not a checklist; the
            message and ``line`` say what and where.
    """
    source = str(path)
    try:
        if Path(path).stat().st_size > MAX_IMPORT_BYTES:
            raise ChecklistFormatError(f"larger than {MAX_IMPORT_BYTES} bytes", source=source)
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ChecklistFormatError(f"cannot read: {error.strerror}", source=source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ChecklistFormatError("not UTF-8 text", source=source, line=line) from None
    return checklist_from_yaml(text, source=source)


def suggested_file_name(checklist: Checklist) -> str:
    """A file name for exporting ``checklist``: its title in lower-case words, ``.yaml``."""
    words = "".join(c if c.isalnum() else " " for c in checklist.title.casefold()).split()
    stem = "-".join(words)[:60].strip("-")
    return f"{stem or 'reproduction-checklist'}.yaml"
