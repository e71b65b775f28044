"""A wheel install carries the bundled templates and resources and finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_bundled_files_and_finds_them_when_installed(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), "."],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("casewright-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/_bundled/resources/styles/casewright.qss" in names
    assert any(name.startswith("desktop/_bundled/templates/") for name in names)

    target = tmp_path / "installed"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    probe = subprocess.run(
        [
            sys.executable,
            "-I",  # ignore the checkout and the editable install: only the wheel's copy counts
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from desktop.core.resources import bundle_root, read_bundled_text;"
            "print(bundle_root('resources'));"
            "print(len(read_bundled_text('resources', 'styles/casewright.qss')))",
            str(target),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    root, size = probe.stdout.split()
    assert Path(root) == target / "desktop" / "_bundled" / "resources"
    assert int(size) > 0
