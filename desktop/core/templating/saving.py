"""Saves a template file into a library: a checked file name and an atomic write."""

from __future__ import annotations

from pathlib import Path

from desktop.core.atomic import write_text_atomically
from desktop.core.templating.naming import (
    UnsafeTemplateName,
    is_template_file,
    split_safe_name,
)


class TemplateNameError(ValueError):
    """The file name given for a template cannot be used; the message says why."""


def template_path(root: Path, relative_name: str) -> Path:
    """The file ``relative_name`` (e.g. ``reply/en/thanks.md.j2``) names inside ``root``.

    Raises:
        TemplateNameError: for names leaving the library or without a template suffix.
    """
    name = relative_name.strip().replace("\\", "/")
    try:
        parts = split_safe_name(name)
    except UnsafeTemplateName:
        raise TemplateNameError(
            f"'{relative_name}' is not a file name inside the library (no '..', no absolute paths)"
        ) from None
    if not is_template_file(parts[-1]) or parts[-1] in (".j2", ".md.j2", ".txt.j2"):
        raise TemplateNameError(
            f"'{relative_name}' must end in .md.j2, .txt.j2 or .j2 (e.g. reply/en/thanks.md.j2)"
        )
    if any(part.startswith(".") for part in parts):
        raise TemplateNameError(f"'{relative_name}': names starting with '.' are hidden")
    return root.joinpath(*parts)


def save_template(root: Path, relative_name: str, text: str) -> Path:
    """Write ``text`` to ``relative_name`` in the library at ``root``, atomically.

    The text goes to a temporary file in the same folder, is flushed to disk, then replaces
    the target, so a crash never leaves a half-written template. Returns the file's path.

    Raises:
        TemplateNameError: for an unusable name.
        OSError: if the file cannot be written.
    """
    path = template_path(root, relative_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, text)
    return path
