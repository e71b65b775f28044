"""Start-up: Casewright's first paint over 10,000 cases vs a bare PySide6 window, alternately;
then, in one process, how long after the first paint every feature is in and each side tab's
pane takes to appear the first time it is shown.

First paint is timed from just before the process is started to the event-loop turn after the
first paint (``bench/app_first_paint.py`` runs the real ``casewright --exit-after-startup``;
``bench/bare_window.py`` is the baseline). Both print the moment from ``time.perf_counter``,
which on Linux, macOS and Windows is one clock for every process. Bytecode is written and
warmed first, as it is for an installed app.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table
from bench.fixtures import build_store

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))
PANE_RUNS = int(os.environ.get("BENCH_PANE_RUNS", "3"))


def _environment() -> dict[str, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    return environment


def _first_paint(command: list[str]) -> tuple[float, float]:
    """Milliseconds from starting ``command`` to its reported first paint, and the CPU
    milliseconds the process had used by then (all its threads)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=_environment(), stdout=subprocess.PIPE, text=True
    )
    output, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{command} failed with status {process.returncode}")
    painted = [line for line in output.splitlines() if line.startswith("painted ")]
    if not painted:
        raise SystemExit(f"{command} never reported its first paint")
    _word, clock, cpu = painted[-1].split()
    return (float(clock) - start) * 1000.0, float(cpu) * 1000.0


def _panes(data: Path) -> dict[str, object]:
    output = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "panes_probe.py"), str(data)],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, object] = json.loads(output.splitlines()[-1])
    return result


def run() -> list[Comparison]:
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        data.mkdir()
        build_store(data / "casewright.db")
        app = [sys.executable, str(ROOT / "bench" / "app_first_paint.py"), str(data)]
        bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        for _ in range(2):  # write bytecode, warm the file cache for both
            _first_paint(app), _first_paint(bare)
        cpu = Comparison(
            "CPU used by the first paint (all threads)",
            "ms",
            target="<= 1.5x (robust to other load)",
            baseline_name="bare QMainWindow",
        )

        def timed(command: list[str], samples: list[float]) -> float:
            wall, used = _first_paint(command)
            samples.append(used)
            return wall

        paint = alternate(
            ROUNDS,
            lambda: timed(app, cpu.case_samples),
            lambda: timed(bare, cpu.baseline_samples),
            Comparison(
                "start-up to first paint (10,000 cases)",
                "ms",
                target="<= 1.5x",
                baseline_name="bare QMainWindow",
            ),
        )
        runs = [_panes(data) for _ in range(PANE_RUNS)]
    ready = [run["ready"] for run in runs]  # type: ignore[index]
    slowest_tab = [max((t[0] for t in run["tabs"].values()), default=0.0) for run in runs]  # type: ignore[attr-defined]
    every_tab: dict[str, list[float]] = {}
    for run_result in runs:
        for name, (wall, _cpu) in run_result["tabs"].items():  # type: ignore[attr-defined]
            every_tab.setdefault(name, []).append(wall)
    tabs = ", ".join(f"{name} {statistics.median(v):.0f}" for name, v in every_tab.items())
    return [
        paint,
        cpu,
        Comparison(
            "after the first paint: every feature in, the visible pane drawn",
            "ms",
            [r[0] for r in ready],
            target=f"with the slowest tab's first show <= 500 ms (UI-thread CPU "
            f"{statistics.median(r[1] for r in ready):.0f} ms)",
        ),
        Comparison(
            "slowest first show of another side tab (its pane built then)",
            "ms",
            slowest_tab,
            target=f"see above ({tabs} ms)",
        ),
    ]


if __name__ == "__main__":
    print(table(run()))
