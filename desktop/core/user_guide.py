"""The user guide shown in Help: the README's "Using it" section, kept in the bundle.

The README is not installed with the app, so ``resources/help/user-guide.md`` carries the
section; ``scripts/update_user_guide.py`` writes it and a test keeps the two the same.
"""

from __future__ import annotations

import re

from desktop.core.resources import read_bundled_text

GUIDE_FILE = "help/user-guide.md"
SECTION = "Using it"
# Screenshots and other repository files (docs/, templates/README.md) are not installed, and
# the guide must read fully offline: images go, links to files keep only their text.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_FILE_LINK = re.compile(r"\[([^\]]+)\]\((?!https?:|mailto:)[^)]*\)")


def guide_from_readme(readme: str) -> str:
    """The "Using it" section of ``readme`` as a stand-alone Markdown page, without images.

    Raises:
        ValueError: the README has no "## Using it" section.
    """
    lines = readme.splitlines()
    try:
        start = lines.index(f"## {SECTION}")
    except ValueError:
        raise ValueError(f'the README has no "## {SECTION}" section') from None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    body = []
    for line in lines[start + 1 : end]:
        kept = _FILE_LINK.sub(r"\1", _IMAGE.sub("", line))
        if kept.strip() or not line.strip():  # a line that held only an image goes
            body.append(kept.rstrip())
    text = "\n".join(["# Casewright user guide", *body]).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n"


def bundled_guide() -> str:
    """The user guide as installed with the app."""
    return read_bundled_text("resources", GUIDE_FILE)
