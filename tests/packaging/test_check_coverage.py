"""scripts/check_coverage.py fails naming the data-safety file and its missing lines, passes a
file once its lines ran, and only reports for a run of part of the suite.

The coverage data is real: `coverage run` of a small script over the repository's own
desktop/core/atomic.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow  # three coverage runs of their own

CHECK = [sys.executable, str(REPO_ROOT / "scripts" / "check_coverage.py")]


def _measure(tmp_path: Path, script: str) -> Path:
    """Run ``script`` under coverage (source: desktop) and return the data file."""
    program = tmp_path / "program.py"
    program.write_text(script, encoding="utf-8")
    data = tmp_path / "coverage-data"
    subprocess.run(
        [sys.executable, "-m", "coverage", "run", f"--data-file={data}", str(program)],
        cwd=REPO_ROOT,
        check=True,
        timeout=120,
    )
    # patch = subprocess (pyproject.toml) writes one file per process: combine them.
    subprocess.run(
        [sys.executable, "-m", "coverage", "combine", f"--data-file={data}", str(tmp_path)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return data


def _check(data: Path, *pytest_args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CHECK, f"--data-file={data}", "--", *pytest_args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_unrun_line_of_a_data_safety_module_fails_the_check_by_name(tmp_path: Path) -> None:
    data = _measure(tmp_path, "import desktop.core.atomic\n")  # defined, never called
    result = _check(data)
    assert result.returncode == 1, result.stdout
    [line] = [row for row in result.stdout.splitlines() if "desktop/core/atomic.py" in row]
    assert line.endswith("not run by any test: 21-40")  # the body of write_text_atomically
    assert "desktop/core/store.py" in result.stdout  # never imported: every line missing
    assert "TOTAL" in result.stdout


def test_a_module_whose_lines_all_ran_is_not_named(tmp_path: Path) -> None:
    script = (
        "import os, sys, tempfile\n"
        "from pathlib import Path\n"
        "from desktop.core.atomic import write_text_atomically\n"
        "folder = Path(tempfile.mkdtemp())\n"
        "write_text_atomically(folder / 'a.txt', 'kept')\n"
        "try:\n"
        "    write_text_atomically(folder / 'b.txt', 'x\\udcff')  # cannot be encoded\n"
        "except UnicodeEncodeError:\n"
        "    pass\n"
        "assert sorted(os.listdir(folder)) == ['a.txt']  # nothing half-written\n"
    )
    result = _check(_measure(tmp_path, script))
    assert result.returncode == 1  # the other modules still ran nothing
    assert "desktop/core/atomic.py:" not in result.stdout


def test_part_of_the_suite_only_reports(tmp_path: Path) -> None:
    data = _measure(tmp_path, "import desktop.core.atomic\n")
    for selection in (["tests/core/test_store.py"], ["-k", "store"], ["-m", "not slow"]):
        result = _check(data, *selection)
        assert result.returncode == 0, (selection, result.stdout)
        assert "part of the suite ran" in result.stdout
        assert "TOTAL" in result.stdout
