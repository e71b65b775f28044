"""Every locked dependency installs from a wheel on macOS (arm64, x86_64), Windows and Linux."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.check_wheels import check
from scripts.targets import PYTHONS, TARGETS


@pytest.mark.slow
@pytest.mark.usefixtures("pypi")
def test_every_locked_dependency_has_a_wheel_for_every_platform_and_python() -> None:
    assert check(Path("requirements/app.lock"), list(TARGETS.values()), PYTHONS) == []


@pytest.mark.slow
@pytest.mark.usefixtures("pypi")
def test_a_dependency_without_a_windows_wheel_is_named(tmp_path: Path) -> None:
    # uvloop ships wheels for Linux and macOS only; PyYAML for all three.
    lock = tmp_path / "app.lock"
    lock.write_text("pyyaml==6.0.4\nuvloop==0.21.0 ; python_version >= '3.8'\n")
    targets = [TARGETS["win-amd64"], TARGETS["macosx-arm64"]]
    assert check(lock, targets, ("3.11",)) == [
        "win-amd64 / Python 3.11: no wheel for uvloop==0.21.0"
    ]
