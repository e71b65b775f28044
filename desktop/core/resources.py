"""Finds bundled files (templates, resources) in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_BUNDLE_ROOTS = ("templates", "resources")


class ResourceError(ValueError):
    """A bundled path was asked for that is absolute, escapes its root or does not exist."""


def bundle_root(name: str) -> Path:
    """Return the folder of the bundled ``templates`` or ``resources``.

    A wheel carries them in ``desktop/_bundled/``; a checkout has them at the repository root.
    """
    if name not in _BUNDLE_ROOTS:
        raise ResourceError(f"unknown bundle {name!r}; expected one of {_BUNDLE_ROOTS}")
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_path(name: str, relative: str) -> Path:
    """Return the path of ``relative`` inside bundle ``name``; refuse ``..`` and absolute paths."""
    parts = PurePosixPath(relative.replace("\\", "/"))
    if parts.is_absolute() or relative.startswith(("/", "\\")) or ".." in parts.parts:
        raise ResourceError(f"refusing bundled path {relative!r}: it must stay inside {name}/")
    if parts.parts and ":" in parts.parts[0]:
        raise ResourceError(f"refusing bundled path {relative!r}: drive letters are not allowed")
    return bundle_root(name).joinpath(*parts.parts)


def read_bundled_text(name: str, relative: str) -> str:
    """Read a bundled text file as UTF-8."""
    path = bundled_path(name, relative)
    if not path.is_file():
        raise ResourceError(f"bundled file {name}/{relative} does not exist")
    return path.read_text(encoding="utf-8")
