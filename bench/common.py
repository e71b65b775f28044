"""Shared benchmark helpers: alternate case and baseline, take medians, print a ratio table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Comparison:
    """One benchmark line: a measured case against a baseline measured in the same run."""

    name: str
    unit: str
    case_samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    target: str = ""
    baseline_name: str = ""

    @property
    def case_median(self) -> float:
        return statistics.median(self.case_samples)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline_samples) if self.baseline_samples else float("nan")

    @property
    def ratio(self) -> float:
        return self.case_median / self.baseline_median if self.baseline_samples else float("nan")

    def p95(self) -> float:
        ordered = sorted(self.case_samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def alternate(
    rounds: int, case: Callable[[], float], baseline: Callable[[], float], comparison: Comparison
) -> Comparison:
    """Run case and baseline alternately (noise hits both alike); record each sample."""
    for round_number in range(rounds):
        # Alternate which goes first so warm caches favour neither.
        order = (case, baseline) if round_number % 2 == 0 else (baseline, case)
        for function in order:
            value = function()
            target = comparison.case_samples if function is case else comparison.baseline_samples
            target.append(value)
    return comparison


def timed_ms(function: Callable[[], object]) -> float:
    """Wall time of one call in milliseconds."""
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000.0


def table(comparisons: list[Comparison]) -> str:
    """A Markdown table of medians and ratios."""
    lines = [
        "| benchmark | case (median) | baseline | baseline (median) | ratio | target |",
        "|---|---|---|---|---|---|",
    ]
    for c in comparisons:
        base = f"{c.baseline_median:.2f} {c.unit}" if c.baseline_samples else "—"
        ratio = f"{c.ratio:.2f}x" if c.baseline_samples else "—"
        lines.append(
            f"| {c.name} | {c.case_median:.2f} {c.unit} | {c.baseline_name or '—'} | {base} "
            f"| {ratio} | {c.target} |"
        )
    return "\n".join(lines)
