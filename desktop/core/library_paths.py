"""Files of a library folder (templates, checklists, severity definitions) must really live in
it: a symlink in a team folder pointing elsewhere (``~/.aws/credentials``) is refused."""

from __future__ import annotations

from pathlib import Path

OUTSIDE = "this file links outside its library ({target}); it is not read"


def outside_library(path: Path, root: Path) -> str:
    """ "" when ``path``'s real location is inside ``root``'s, else a message saying where it
    points (for the user; the file is not read)."""
    try:
        real = Path(path).resolve()
        if real.is_relative_to(Path(root).resolve()):
            return ""
    except (OSError, RuntimeError):  # a symlink loop
        real = Path(path)
    return OUTSIDE.format(target=real)
