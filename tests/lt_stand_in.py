"""The stand-in LanguageTool server jar (a test double with one fake rule), built with the JDK.

``stand_in_folder`` (tests/conftest.py) compiles it once per run; ``running_jvms`` finds the
Java processes that serve it, so tests can see a server start, crash and stop.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import psutil

SOURCE = Path(__file__).resolve().parent / "data" / "lt_stand_in"
JAR_NAME = "languagetool-server.jar"


def has_jdk() -> bool:
    """Whether ``javac`` and ``jar`` are on PATH (``./dev.sh test`` installs a JDK on Debian)."""
    return shutil.which("javac") is not None and shutil.which("jar") is not None


def build_stand_in(root: Path) -> Path:
    """Compile the stand-in into ``root``; return the folder that holds its jar, laid out
    like a LanguageTool download."""
    classes = root / "classes"
    java_file = SOURCE / "org" / "languagetool" / "server" / "HTTPServer.java"
    subprocess.run(["javac", "-d", str(classes), str(java_file)], check=True, timeout=120)
    folder = root / "LanguageTool"
    folder.mkdir()
    jar = folder / JAR_NAME
    subprocess.run(["jar", "cf", str(jar), "-C", str(classes), "."], check=True, timeout=120)
    return folder


def running_jvms(folder: Path) -> list[psutil.Process]:
    """The live (not zombie) Java processes serving the stand-in jar in ``folder``."""
    jar = str(folder / JAR_NAME)
    return [
        process
        for process in psutil.process_iter(["cmdline"])
        if jar in (process.info["cmdline"] or []) and process.status() != psutil.STATUS_ZOMBIE
    ]
