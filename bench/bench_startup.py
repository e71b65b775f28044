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


_PANES_READY = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window, finish_start_up
app = QApplication([])
window, _ = build_main_window(DataPaths(Path(sys.argv[1])), with_features=False)
window.show()
app.processEvents()
start = time.perf_counter()
finish_start_up(window)
app.processEvents()
panes = (time.perf_counter() - start) * 1000
harper = time.perf_counter()
window.features.find(GrammarFeature).service.checker.warm_up()
print(f"{panes:.1f} {(time.perf_counter() - harper) * 1000:.1f}")
window.close()
window.context.close()
"""


def _after_first_paint(data: Path) -> tuple[float, float]:
    """Milliseconds to add the feature panes after the first paint, and to warm up Harper."""
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    output = subprocess.run(
        [sys.executable, "-c", _PANES_READY, str(data)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(output[0]), float(output[1])


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
        later = [_after_first_paint(data) for _ in range(3)]
        panes = Comparison(
            "feature panes added after the first paint",
            "ms",
            [p for p, _h in later],
            target="measured separately (not in start-up)",
        )
        harper = Comparison(
            "Harper warm-up (worker thread, after the first paint)",
            "ms",
            [h for _p, h in later],
            target="measured separately (not in start-up)",
        )
    return [wall, rss, panes, harper]


if __name__ == "__main__":
    print(table(run()))
