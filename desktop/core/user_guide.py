"""The user guide shown in Help: the README's "Using it" section, read offline.

The README is installed with the app (``desktop/_bundled/README.md`` in a wheel or the
standalone build, the repository root in a checkout), so the guide is never out of step.
"""

from __future__ import annotations

import re

from desktop.core.resources import bundle_root

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
    """The user guide from the README installed next to the bundled resources.

    Raises:
        OSError: the README is missing or unreadable.
        ValueError: it has no "Using it" section.
    """
    readme = bundle_root("resources").parent / "README.md"
    return guide_from_readme(readme.read_text(encoding="utf-8"))
