"""``./dev.sh bundle``: the offline install kits and the standalone app, into dist/.

scripts/bundle.py                       all four wheelhouse zips, then dist/Casewright/
scripts/bundle.py wheelhouse [--target manylinux-x86_64 ...]
scripts/bundle.py standalone            dist/Casewright/ for this OS (PyInstaller)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.targets import REPO_ROOT, TARGETS


def _wheelhouses(names: list[str], dist: Path) -> None:
    from scripts.wheelhouse import build_app_wheel, build_wheelhouse

    with tempfile.TemporaryDirectory(prefix="casewright-bundle-") as scratch:
        app_wheel = build_app_wheel(Path(scratch) / "app")
        for name in names:
            started = time.monotonic()
            archive = build_wheelhouse(TARGETS[name], app_wheel, dist, Path(scratch))
            size = archive.stat().st_size / 2**20
            print(f"{archive} ({size:.0f} MiB, {time.monotonic() - started:.0f} s)")


def _standalone(dist: Path) -> None:
    from scripts.standalone import build_standalone

    started = time.monotonic()
    folder = build_standalone(dist)
    print(f"{folder}/ ({time.monotonic() - started:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev.sh bundle", description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=("all", "wheelhouse", "standalone"),
                        default="all")  # fmt: skip
    parser.add_argument("--target", action="append", choices=sorted(TARGETS),
                        help="wheelhouse platform (default: all four)")  # fmt: skip
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist")
    args = parser.parse_args(argv)
    if args.what in ("all", "wheelhouse"):
        _wheelhouses(args.target or list(TARGETS), args.dist)
    if args.what in ("all", "standalone"):
        _standalone(args.dist)
    return 0


if __name__ == "__main__":
    sys.exit(main())
