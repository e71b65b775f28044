"""Install benchmarks: the standalone bundle against a venv install, and dev.sh's second start.

Builds the Linux wheelhouse and installs it into a fresh venv (the "venv install"), builds the
PyInstaller folder, then alternates ``--exit-after-startup`` runs of the two. With --checkout
(a clone where ``./dev.sh app`` already installed once) it also alternates ``./dev.sh app``
with the clone's own ``.venv/bin/casewright``. Writes its section of bench/RESULTS.md.

    python bench/bench_install.py [--rounds 10] [--checkout /tmp/clone]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table, timed_ms
from scripts.standalone import build_standalone, executable
from scripts.targets import TARGETS
from scripts.wheelhouse import build_app_wheel, build_wheelhouse

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADING = "## Install: standalone bundle and venv install (bench/bench_install.py)"


def folder_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def start_up(command: list[str], data: Path, cwd: Path | None = None) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", CASEWRIGHT_DATA_DIR=str(data))
    return timed_ms(
        lambda: subprocess.run(
            [*command, "--exit-after-startup"], env=env, cwd=cwd, check=True, capture_output=True
        )
    )


def measure(rounds: int, checkout: Path | None, scratch: Path) -> list[Comparison]:
    archive = build_wheelhouse(
        TARGETS["manylinux-x86_64"],
        build_app_wheel(scratch / "app"),
        scratch / "dist",
        scratch / "work",
    )
    zipfile.ZipFile(archive).extractall(scratch / "kit")
    [kit] = (scratch / "kit").iterdir()
    venv = scratch / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [
            str(venv / "bin/pip"),
            "install",
            "-q",
            "--no-index",
            "--find-links",
            str(kit / "wheels"),
            "casewright",
        ],
        check=True,
    )
    bundle = build_standalone(scratch / "dist", scratch / "pyinstaller")
    data = scratch / "data"
    start_up([str(executable(bundle))], data)  # first start creates the store; not counted
    results = [
        Comparison(
            "standalone folder size (dist/Casewright, Linux)",
            "MiB",
            [folder_mib(bundle)],
            [folder_mib(venv)],
            "—",
            "venv with the same packages",
        ),
        Comparison(
            "offline kit (wheelhouse zip, manylinux x86_64)",
            "MiB",
            [archive.stat().st_size / 2**20],
            target="—",
        ),
        alternate(
            rounds,
            lambda: start_up([str(executable(bundle))], data),
            lambda: start_up([str(venv / "bin/casewright")], data),
            Comparison(
                "start-up to first paint, standalone",
                "ms",
                target="~1x",
                baseline_name="venv install",
            ),
        ),
    ]
    if checkout is not None:
        results.append(
            alternate(
                rounds,
                lambda: start_up(["./dev.sh", "app"], data, cwd=checkout),
                lambda: start_up([str(checkout / ".venv/bin/casewright")], data),
                Comparison(
                    "second start via ./dev.sh app (nothing to install)",
                    "ms",
                    target="~1x",
                    baseline_name=".venv/bin/casewright",
                ),
            )
        )
    return results


def write_section(results: list[Comparison], rounds: int) -> str:
    section = (
        f"{HEADING}\n\n"
        f"{rounds} alternating rounds of `--exit-after-startup` (process start to first paint "
        "and exit), offscreen Qt.\n\n"
        f"{table(results)}\n"
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if HEADING in text:
        before, _, rest = text.partition(HEADING)
        after = rest[rest.find("\n## ") :] if "\n## " in rest else ""
        text = before + section + after.lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")
    return section


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--checkout", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casewright-bench-install-") as scratch:
        results = measure(args.rounds, args.checkout, Path(scratch))
    print(write_section(results, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
