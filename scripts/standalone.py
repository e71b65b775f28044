"""The standalone app: ``dist/Casewright/`` built by PyInstaller from scripts/casewright.spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.targets import REPO_ROOT

SPEC = REPO_ROOT / "scripts" / "casewright.spec"


def build_standalone(dist: Path, work: Path | None = None) -> Path:
    """Run PyInstaller; return the one-folder app (``dist/Casewright``)."""
    work = work or REPO_ROOT / "build" / "pyinstaller"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, timeout=3600,
    )  # fmt: skip
    return dist / "Casewright"


def executable(folder: Path, platform: str = sys.platform) -> Path:
    """The console executable inside a built folder (it runs the app and the commands)."""
    if platform.startswith("linux"):
        return folder / "casewright"
    return folder / ("casewright-cli.exe" if platform == "win32" else "casewright-cli")
