"""Start-up: `casewright --exit-after-startup` over 10,000 cases vs a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table
from bench.fixtures import build_store

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))


def _run(command: list[str]) -> tuple[float, float]:
    """Wall milliseconds and peak RSS in MiB of one child process."""
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    if status != 0:
        raise SystemExit(f"{command} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024.0


def run() -> list[Comparison]:
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        data.mkdir()
        build_store(data / "casewright.db")
        app = [sys.executable, "-m", "desktop", "--data-dir", str(data), "--exit-after-startup"]
        bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        memory = {"case": [], "base": []}

        def case() -> float:
            elapsed, rss = _run(app)
            memory["case"].append(rss)
            return elapsed

        def base() -> float:
            elapsed, rss = _run(bare)
            memory["base"].append(rss)
            return elapsed

        _run(app), _run(bare)  # warm the file cache for both
        wall = alternate(
            ROUNDS,
            case,
            base,
            Comparison(
                "start-up wall time (10,000 cases)",
                "ms",
                target="<= 1.5x",
                baseline_name="bare QMainWindow",
            ),
        )
        rss = Comparison(
            "start-up peak memory",
            "MiB",
            memory["case"],
            memory["base"],
            target="<= 2x",
            baseline_name="bare QMainWindow",
        )
    return [wall, rss]


if __name__ == "__main__":
    print(table(run()))
