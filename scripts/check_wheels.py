"""Fails when a locked dependency has no wheel for a platform Casewright ships to.

For every target platform and Python, pip resolves the lock's pins with ``--only-binary :all:``
and ``--platform`` (``--dry-run`` with PyPI's metadata files, so nothing large is downloaded).
A pin with only a source release, or none for that platform, is reported by name.

    python scripts/check_wheels.py [--lock requirements/app.lock] [--target win-amd64 ...]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.targets import APP_LOCK, PYTHONS, TARGETS, Target, pins_for, pip_target_args

_NOT_FOUND = re.compile(r"No matching distribution found for (\S+)")


def _resolves(pins: list[str], target: Target, python: str) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
                "--no-deps", "--quiet", "--target", scratch,
                *pip_target_args(target, python), *pins,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )  # fmt: skip
    return result.returncode == 0, result.stderr


def missing_wheels(target: Target, python: str, lock: Path = APP_LOCK) -> list[str]:
    """The pins with no wheel for ``target`` and ``python`` ([] when all have one)."""
    pins = pins_for(target, python, lock)
    missing: list[str] = []
    while pins:
        ok, stderr = _resolves(pins, target, python)
        if ok:
            return missing
        found = _NOT_FOUND.search(stderr)
        if found is None or found.group(1) not in pins:
            raise RuntimeError(f"pip failed for {target.name} / Python {python}:\n{stderr}")
        missing.append(found.group(1))  # pip stops at the first; look again without it
        pins.remove(found.group(1))
    return missing


def check(lock: Path, targets: list[Target], pythons: tuple[str, ...]) -> list[str]:
    """One line per missing wheel, e.g. ``win-amd64 / Python 3.11: no wheel for uvloop==0.21.0``."""
    combos = [(target, python) for target in targets for python in pythons]
    with ThreadPoolExecutor(max_workers=4) as pool:  # waiting on the network, not the CPU
        results = pool.map(lambda combo: missing_wheels(combo[0], combo[1], lock), combos)
    return [
        f"{target.name} / Python {python}: no wheel for {pin}"
        for (target, python), missing in zip(combos, results, strict=True)
        for pin in missing
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=APP_LOCK)
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    parser.add_argument("--python", action="append", choices=PYTHONS)
    args = parser.parse_args(argv)
    targets = [TARGETS[name] for name in args.target or TARGETS]
    problems = check(args.lock, targets, tuple(args.python or PYTHONS))
    for line in problems:
        print(line)
    if not problems:
        print(f"every pin of {args.lock.name} has a wheel for {', '.join(t.name for t in targets)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
