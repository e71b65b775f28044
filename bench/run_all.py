"""Runs every benchmark and writes bench/RESULTS.md (also printed).

Usage: python bench/run_all.py      (BENCH_ROUNDS=N to change the number of rounds)
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import Comparison, table

BENCHMARKS = (
    "bench.bench_startup",
    "bench.bench_typing",
    "bench.bench_grammar",
    "bench.bench_templates",
    "bench.bench_store",
)


def machine() -> str:
    """One line describing where the numbers came from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def main() -> int:
    results: list[Comparison] = []
    for name in BENCHMARKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue  # a benchmark that has not been written yet
            raise
        print(f"running {name} …", file=sys.stderr, flush=True)
        results.extend(module.run())
    report = (
        "# Benchmark results\n\n"
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}, offscreen Qt.\n"
        "Each line alternates the case and its baseline in the same run and reports medians;\n"
        "the ratio is case / baseline. Regenerate with `python bench/run_all.py`.\n\n"
        f"{table(results)}\n"
    )
    results_file = Path(__file__).parent / "RESULTS.md"
    # Sections written by other scripts (e.g. bench/bench_install.py) are kept.
    old = results_file.read_text(encoding="utf-8") if results_file.exists() else ""
    kept = old[old.index("\n## ") :] if "\n## " in old else ""
    results_file.write_text(report + kept, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
