"""Template file names: which files are templates, their ids, safe names and library roots."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from jinja2 import TemplateNotFound

# Longest first, so ``x.md.j2`` loses ``.md.j2`` and not only ``.j2``.
TEMPLATE_SUFFIXES: tuple[str, ...] = (".md.j2", ".txt.j2", ".j2")
# A folder holding this file (or a ``partials/`` folder) is the root of a template library.
LIBRARY_MARKER = ".casewright-library"


class UnsafeTemplateName(TemplateNotFound):
    """A template asked for a name outside its library (``..``, absolute path, drive)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            name,
            f"template name {name!r} is refused: includes and imports must name a template "
            "inside the same library (no '..', no absolute paths)",
        )


def is_template_file(name: str) -> bool:
    """True if a file name has a template suffix (``.j2``, ``.md.j2``, ``.txt.j2``)."""
    return name.endswith(".j2") and not name.startswith(".")


def template_id(relative: str) -> str:
    """Return the id of a template from its path relative to the library root.

    >>> template_id("reply/en/acknowledgement.md.j2")
    'reply/en/acknowledgement'
    """
    rel = relative.replace("\\", "/")
    for suffix in TEMPLATE_SUFFIXES:
        if rel.endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def split_safe_name(name: str) -> tuple[str, ...]:
    """Split a template name into path parts, refusing anything that leaves the library.

    Raises:
        UnsafeTemplateName: for ``..`` parts, absolute paths, backslashes or drive letters.
    """
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        raise UnsafeTemplateName(name)
    parts = tuple(p for p in PurePosixPath(name).parts if p not in ("", "."))
    if not parts or ".." in parts or ":" in parts[0]:
        raise UnsafeTemplateName(name)
    return parts


def candidate_names(name: str) -> tuple[str, ...]:
    """Names to try for an include: as written, then as an id with each template suffix."""
    if is_template_file(name):
        return (name,)
    return (name, *(name + suffix for suffix in TEMPLATE_SUFFIXES))


def find_library_root(template_file: Path) -> Path:
    """Return the library root a template file belongs to.

    The nearest folder, starting at the file's own folder and walking up, that contains a
    ``.casewright-library`` marker file or a ``partials/`` folder. If none does, the
    template's own folder is its library.
    """
    start = template_file.resolve().parent
    for folder in (start, *start.parents):
        if (folder / LIBRARY_MARKER).is_file() or (folder / "partials").is_dir():
            return folder
    return start
