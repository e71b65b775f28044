"""One template in a library: its id, file, source, and (read on demand) text and metadata."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from desktop.core.case import LANGUAGES
from desktop.core.library_paths import outside_library
from desktop.core.templating.environment import make_environment
from desktop.core.templating.forms import FormField, form_fields
from desktop.core.templating.metadata import parse_metadata, quick_summary
from desktop.core.templating.metadata_schema import TemplateMeta, humanize
from desktop.core.templating.problems import TemplateProblem

SourceKind = Literal["bundled", "personal", "team"]
PARTIAL_FOLDERS = ("partials", "macros")


@dataclass(frozen=True)
class LibrarySource:
    """One folder of templates and where it comes from."""

    kind: SourceKind
    name: str
    """Shown to the user: "Bundled", "Personal", or the team folder's name."""
    root: Path
    fallback_roots: tuple[Path, ...] = ()
    """Where includes not found in ``root`` are looked up next (the bundled templates, so a
    personal copy of a bundled template keeps finding the bundled partials)."""

    @property
    def roots(self) -> tuple[Path, ...]:
        """Include and import roots: this library first, then its fallbacks."""
        return (self.root, *self.fallback_roots)


class TemplateEntry:
    """A template file in a library. Text and metadata are read on first use and cached.

    Attributes:
        id: ``reply/en/acknowledgement``: the path in the library without its suffix.
        path: The file.
        source: The library folder it came from.
        relative_path: The path inside the library, with ``/`` (used to load it).
        overrides: Lower-precedence sources that have a template with the same id.
        shadowed_by: The source whose template with the same id wins over this one.
    """

    def __init__(self, id: str, path: Path, source: LibrarySource, relative_path: str) -> None:
        self.id = id
        self.path = path
        self.source = source
        self.relative_path = relative_path
        self.overrides: tuple[LibrarySource, ...] = ()
        self.shadowed_by: LibrarySource | None = None

    def __repr__(self) -> str:
        return f"TemplateEntry({self.id!r}, {self.source.kind}:{self.source.name})"

    @cached_property
    def _loaded(self) -> tuple[str, TemplateProblem | None]:
        if outside := outside_library(self.path, self.source.root):
            return "", TemplateProblem(str(self.path), 1, outside)
        try:
            return self.path.read_text(encoding="utf-8"), None
        except UnicodeDecodeError:
            return "", TemplateProblem(str(self.path), 1, "this file is not UTF-8 text")
        except OSError as exc:
            return "", TemplateProblem(str(self.path), 1, f"cannot read the file: {exc.strerror}")

    @property
    def text(self) -> str:
        """The template source ("" if the file cannot be read; see :attr:`problems`)."""
        return self._loaded[0]

    @cached_property
    def _meta(self) -> tuple[TemplateMeta, list[TemplateProblem]]:
        return parse_metadata(self.text, str(self.path))

    @property
    def meta(self) -> TemplateMeta:
        """The parsed metadata (empty defaults if there is none)."""
        return self._meta[0]

    @property
    def load_problem(self) -> TemplateProblem | None:
        """Why the file could not be read (not UTF-8, unreadable), or None."""
        return self._loaded[1]

    @property
    def problems(self) -> list[TemplateProblem]:
        """Problems reading the file or its metadata (lint finds the rest)."""
        problem = self._loaded[1]
        return [problem] if problem is not None else list(self._meta[1])

    @cached_property
    def summary(self) -> dict[str, Any]:
        """Title, tags, language, description, audience: cheap, for lists and search."""
        if "_meta" in self.__dict__:  # already parsed fully: use that
            meta = self.meta
            raw: dict[str, Any] = {"title": meta.title, "tags": list(meta.tags),
                                   "language": meta.language, "description": meta.description,
                                   "audience": meta.audience}  # fmt: skip
        else:
            raw = quick_summary(self.text)
        tags = raw.get("tags")
        return {
            "title": _str(raw.get("title")) or humanize(self.id.rsplit("/", 1)[-1]),
            "tags": [str(t) for t in tags] if isinstance(tags, list) else [],
            "language": _str(raw.get("language")) or self._language_from_path(),
            "description": _str(raw.get("description")),
            "audience": _str(raw.get("audience")),
        }

    def _language_from_path(self) -> str:
        return next((part for part in self.id.split("/") if part in LANGUAGES), "")

    @property
    def title(self) -> str:
        """The metadata title, or one made from the file name."""
        return str(self.summary["title"])

    @property
    def language(self) -> str:
        """The metadata language, or a language folder in the path (``reply/ja/...``), or ""."""
        return str(self.summary["language"])

    @property
    def category(self) -> str:
        """The top folder: ``reply``, ``escalation``, ``partials``... ("" at the top level)."""
        return self.id.split("/", 1)[0] if "/" in self.id else ""

    @property
    def is_partial(self) -> bool:
        """True for shared pieces (``partials/``, ``macros/``, ``_name``) not used on their own."""
        return self.category in PARTIAL_FOLDERS or self.id.rsplit("/", 1)[-1].startswith("_")

    @property
    def overrides_bundled(self) -> bool:
        """True if this template replaces a bundled one with the same id."""
        return any(source.kind == "bundled" for source in self.overrides)

    @cached_property
    def _fields(self) -> tuple[FormField, ...]:
        return tuple(form_fields(self.text, self.meta, make_environment(self.source.roots)))

    def form_fields(self) -> list[FormField]:
        """The fields a fill-in form must ask for (see :func:`form_fields`); cached."""
        return list(self._fields)

    def reload(self) -> None:
        """Forget the cached text, metadata and fields (after the file was edited)."""
        for name in ("_loaded", "_meta", "summary", "_fields"):
            self.__dict__.pop(name, None)


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
