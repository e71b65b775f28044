"""Reports the test suite's line coverage and holds the modules that keep data safe at 100%.

Run by ``./dev.sh test`` (and so by CI) after pytest has written ``.coverage``. It prints the
total and one line per package, then fails, naming each file and its missing lines, when a
module in ``FULLY_COVERED`` has a line no test ran. A run of part of the suite (a test file,
``-k``, ``-m``, ``--lf`` or ``--deselect`` among the pytest arguments given after ``--``)
only reports: its figures say nothing about the whole suite.

Usage: python scripts/check_coverage.py [--data-file .coverage] [-- PYTEST-ARGS...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parent.parent

# The store, the atomic writer, the autosaver, the worker threads and the pre-send gate: a line
# no test runs here is a way to lose a draft or leak a secret that nobody has watched happen.
FULLY_COVERED = (
    "desktop/core/store*.py",
    "desktop/core/atomic.py",
    "desktop/ui/autosave.py",
    "desktop/ui/tasks.py",
    "desktop/core/gate/*.py",
)
PARTIAL_RUN_OPTIONS = ("-k", "-m", "--lf", "--last-failed", "--deselect")


@dataclass(frozen=True)
class FileCoverage:
    path: str  # relative to the repository, with forward slashes
    statements: int
    missing: int
    missing_lines: str  # as coverage prints them: "12-14, 40"

    @property
    def percent(self) -> float:
        return 100.0 if not self.statements else 100.0 * (1 - self.missing / self.statements)


def is_partial_run(pytest_args: Sequence[str]) -> bool:
    """Whether the pytest arguments select part of the suite (the floor does not apply)."""
    for arg in pytest_args:
        if arg.split("=", 1)[0] in PARTIAL_RUN_OPTIONS:
            return True
        if not arg.startswith("-") and (ROOT / arg.split("::", 1)[0]).exists():
            return True
    return False


def floor_files(root: Path = ROOT) -> tuple[list[Path], list[str]]:
    """The files held at 100%, and the patterns that match no file (a rename to fix here)."""
    files: list[Path] = []
    unmatched: list[str] = []
    for pattern in FULLY_COVERED:
        found = sorted(path for path in root.glob(pattern) if path.is_file())
        files.extend(found)
        if not found:
            unmatched.append(pattern)
    return files, unmatched


def measure(cov: coverage.Coverage, path: Path, root: Path = ROOT) -> FileCoverage:
    """Statements and missing lines of ``path`` in the loaded data (never run: all missing)."""
    _, statements, _excluded, missing, missing_text = cov.analysis2(str(path))
    relative = path.resolve().relative_to(root).as_posix()
    return FileCoverage(relative, len(statements), len(missing), missing_text)


def package_of(relative: str) -> str:
    """``desktop/core/gate/scanner.py`` -> ``desktop/core/gate``."""
    return relative.rsplit("/", 1)[0]


def report(measured: Sequence[FileCoverage]) -> list[str]:
    """One line per package and the total, as ``statements  missing  percent  name``."""
    totals: dict[str, list[int]] = {}
    for item in measured:
        counts = totals.setdefault(package_of(item.path), [0, 0])
        counts[0] += item.statements
        counts[1] += item.missing
    lines = [f"{'statements':>10} {'missing':>8} {'cover':>7}  package"]
    for name, (statements, missing) in sorted(totals.items()):
        lines.append(_row(statements, missing, name))
    statements = sum(item.statements for item in measured)
    missing = sum(item.missing for item in measured)
    lines.append(_row(statements, missing, "TOTAL"))
    return lines


def _row(statements: int, missing: int, name: str) -> str:
    percent = 100.0 if not statements else 100.0 * (1 - missing / statements)
    return f"{statements:>10} {missing:>8} {percent:>6.1f}%  {name}"


def floor_failures(measured: Sequence[FileCoverage], unmatched: Sequence[str]) -> list[str]:
    """One line per file under the floor, naming its missing lines."""
    failures = [f"{pattern}: matches no file; update FULLY_COVERED" for pattern in unmatched]
    for item in measured:
        if item.missing:
            failures.append(
                f"{item.path}: {item.percent:.1f}% of {item.statements} lines; "
                f"not run by any test: {item.missing_lines}"
            )
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-file", default=str(ROOT / ".coverage"))
    parser.add_argument("pytest_args", nargs="*", help="the arguments pytest ran with")
    args = parser.parse_args(argv)
    if not Path(args.data_file).exists():
        print(f"check_coverage: no coverage data at {args.data_file} (run pytest --cov first)")
        return 2
    cov = coverage.Coverage(data_file=args.data_file, config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    sources = sorted(
        Path(name) for name in cov.get_data().measured_files() if _inside(Path(name), ROOT)
    )
    floor, unmatched = floor_files()
    everything = {path.resolve() for path in sources} | {path.resolve() for path in floor}
    measured = [measure(cov, path) for path in sorted(everything)]
    print("\n".join(report(measured)))
    if is_partial_run(args.pytest_args):
        print("check_coverage: part of the suite ran; the 100% floor is checked on a full run.")
        return 0
    floor_set = {path.resolve().relative_to(ROOT).as_posix() for path in floor}
    failures = floor_failures([m for m in measured if m.path in floor_set], unmatched)
    if failures:
        print("check_coverage: these modules keep data safe and must be fully covered:")
        print("\n".join(f"  {line}" for line in failures))
        return 1
    print(f"check_coverage: all {len(floor)} data-safety modules are fully covered.")
    return 0


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return path.suffix == ".py"


if __name__ == "__main__":
    sys.exit(main())
