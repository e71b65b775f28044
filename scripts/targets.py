"""The platforms Casewright ships to, as pip sees them, and the lock's pins for each.

The lock (requirements/app.lock) is universal: one file whose environment markers say which
pins apply where (colorama only on Windows, say). pip evaluates markers against the machine it
runs on even with ``--platform``, so the pins for another platform are chosen here instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

REPO_ROOT = Path(__file__).resolve().parents[1]
APP_LOCK = REPO_ROOT / "requirements" / "app.lock"
# The Pythons an offline kit carries wheels for (pyproject: requires-python >= 3.11).
PYTHONS = ("3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Target:
    """One platform: its name in file names, pip's platform tags and its marker values."""

    name: str
    pip_platforms: tuple[str, ...]
    sys_platform: str
    platform_system: str
    platform_machine: str
    needs: str  # the oldest OS the locked wheels run on, for INSTALL.txt and the README

    def markers(self, python: str) -> dict[str, str]:
        return {
            "sys_platform": self.sys_platform,
            "platform_system": self.platform_system,
            "platform_machine": self.platform_machine,
            "os_name": "nt" if self.sys_platform == "win32" else "posix",
            "python_version": python,
            "python_full_version": f"{python}.0",
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
        }


# pip widens a macOS tag to older releases and universal2 by itself, but not a manylinux tag:
# every glibc level up to the newest one we accept is listed. PySide6 6.11 needs glibc 2.34.
_MANYLINUX = ("manylinux2014_x86_64", *(f"manylinux_2_{minor}_x86_64" for minor in range(17, 35)))

TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target(
            "manylinux-x86_64",
            _MANYLINUX,
            "linux",
            "Linux",
            "x86_64",
            "64-bit Intel/AMD Linux with glibc 2.34+ (Ubuntu 22.04+, Debian 12+, RHEL 9+)",
        ),
        Target(
            "macosx-arm64",
            ("macosx_13_0_arm64",),
            "darwin",
            "Darwin",
            "arm64",
            "macOS 13+ on Apple silicon",
        ),
        Target(
            "macosx-x86_64",
            ("macosx_13_0_x86_64",),
            "darwin",
            "Darwin",
            "x86_64",
            "macOS 13+ on Intel",
        ),
        Target("win-amd64", ("win_amd64",), "win32", "Windows", "AMD64", "64-bit Windows 10 or 11"),
    )
}


def pins_for(target: Target, python: str, lock: Path = APP_LOCK) -> list[str]:
    """The lock's ``name==version`` pins that apply on ``target`` under ``python``."""
    pins = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith((" ", "#", "-")):
            continue
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(target.markers(python)):
            pins.append(f"{requirement.name}{requirement.specifier}")
    return pins


def pip_target_args(target: Target, python: str) -> list[str]:
    """pip options that choose wheels for ``target`` and ``python`` instead of this machine."""
    args = ["--only-binary", ":all:", "--python-version", python, "--implementation", "cp"]
    for platform in target.pip_platforms:
        args += ["--platform", platform]
    return args
