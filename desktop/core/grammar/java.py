"""Finds a Java runtime and checks that it is new enough for LanguageTool (17 or later)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

MINIMUM_JAVA = 17
_VERSION_RE = re.compile(r'version "(?P<major>\d+)(?:\.(?P<minor>\d+))?')


@dataclass(frozen=True)
class JavaCheck:
    """The Java found (``path``, ``major``) and, when unusable, ``problem`` for the user."""

    path: str | None
    major: int | None
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Whether this Java can run LanguageTool."""
        return not self.problem


def parse_java_major(version_output: str) -> int | None:
    """Major version from ``java -version`` output: ``1.8.0`` -> 8, ``17.0.15`` -> 17."""
    match = _VERSION_RE.search(version_output)
    if match is None:
        return None
    major = int(match.group("major"))
    if major == 1 and match.group("minor"):
        return int(match.group("minor"))
    return major


def check_java(java: str | None = None, search_path: str | None = None) -> JavaCheck:
    """Find ``java`` (an explicit path, else on ``search_path`` / PATH) and check its version."""
    path = shutil.which(java or "java", path=search_path)
    if path is None:
        return JavaCheck(
            None,
            None,
            "Java not found: install Java 17 or newer, or use a LanguageTool server URL",
        )
    try:
        result = subprocess.run(
            [path, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return JavaCheck(path, None, f"Java could not be run ({path}): {error}")
    major = parse_java_major(result.stderr + result.stdout)
    if major is None:
        return JavaCheck(path, None, f"Could not tell the version of Java at {path}")
    if major < MINIMUM_JAVA:
        return JavaCheck(
            path, major, f"Java {major} is too old: LanguageTool needs Java 17 or newer"
        )
    return JavaCheck(path, major)
