"""Loads included and imported templates from one library folder, and never from outside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateNotFound, TemplateSyntaxError

from desktop.core.templating.naming import UnsafeTemplateName, candidate_names, split_safe_name


class LibraryLoader(BaseLoader):
    """Finds templates by name inside the given library roots, first root first.

    A name may be a path with its suffix (``partials/en/greeting.j2``) or a template id
    (``partials/en/greeting``). Names with ``..``, absolute paths, and symlinks that lead out
    of the library are refused with :class:`UnsafeTemplateName`.
    """

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = tuple(Path(root).resolve() for root in roots)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        parts = split_safe_name(template)
        for root in self.roots:
            for candidate in candidate_names("/".join(parts)):
                path = root.joinpath(*candidate.split("/"))
                if path.is_file():
                    return _read(path, root, template)
        raise TemplateNotFound(template)

    def exists(self, name: str) -> bool:
        """True if ``name`` names a template in this library (False for unsafe names)."""
        try:
            parts = split_safe_name(name)
        except UnsafeTemplateName:
            return False
        return any(
            root.joinpath(*candidate.split("/")).is_file()
            for root in self.roots
            for candidate in candidate_names("/".join(parts))
        )


def _read(path: Path, root: Path, name: str) -> tuple[str, str, Callable[[], bool]]:
    if not path.resolve().is_relative_to(root):
        raise UnsafeTemplateName(name)
    try:
        mtime = path.stat().st_mtime
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateSyntaxError(
            "this file is not UTF-8 text", 1, name=name, filename=str(path)
        ) from None
    except OSError as exc:
        raise TemplateNotFound(name, f"cannot read {path}: {exc.strerror}") from None

    def uptodate() -> bool:
        try:
            return path.stat().st_mtime == mtime
        except OSError:
            return False

    return source, str(path), uptodate
