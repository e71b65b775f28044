"""What Help → About reports: version, data folder, engines and libraries (for bug reports)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__

# The libraries whose behaviour a bug report may hinge on, by distribution name.
LIBRARIES: tuple[str, ...] = (
    "PySide6-Essentials",
    "Jinja2",
    "markdown-it-py",
    "harper-py",
    "language-tool-python",
    "pyspellchecker",
    "google-re2",
    "Babel",
    "PyYAML",
)


def library_versions(names: Sequence[str] = LIBRARIES) -> list[tuple[str, str]]:
    """``(name, version)`` for each library; "not installed" where it is missing."""
    from importlib import metadata  # ~40 ms (email parsing): only when About is opened

    found: list[tuple[str, str]] = []
    for name in names:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, "not installed"))
    return found


@dataclass(frozen=True)
class AboutInfo:
    """Everything About shows; :meth:`report` is what its Copy button puts on the clipboard."""

    data_folder: Path
    engines: tuple[tuple[str, str], ...]
    """Writing-check engines: label and state ("checking", or why not)."""
    libraries: tuple[tuple[str, str], ...]
    qt_version: str = ""
    version: str = __version__

    def report(self) -> str:
        """Plain text for a bug report (no case data: nothing the user typed)."""
        import platform  # only when a report is copied, not at start-up

        lines = [
            f"Casewright {self.version}",
            f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
            *([f"Qt {self.qt_version}"] if self.qt_version else []),
            f"Data folder: {self.data_folder}",
            "",
            "Writing checks:",
            *(f"  {label}: {state}" for label, state in self.engines),
            "",
            "Libraries:",
            *(f"  {name} {version}" for name, version in self.libraries),
        ]
        return "\n".join(lines) + "\n"
