"""How well the pre-send gate does on outside material (tests/data/gate/), family by family.

Usage: python bench/gate_rates.py [--misses]

- tps.jsonl / fps.jsonl: gitleaks' true- and false-positive samples, each in a reply
  (built by ``python -m scripts.gate_corpus.build``);
- clean/*.jsonl.gz: real support text (AWS documentation pages) that must never block.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.gate import blocking, scan

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "gate"


def load(name: str) -> list[dict[str, str]]:
    """Rows of ``tests/data/gate/<name>.jsonl``."""
    with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def clean_documents() -> Iterator[tuple[str, str]]:
    """(source, text) of each clean support document (AWS documentation pages)."""
    for path in sorted((CORPUS / "clean").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                yield row["source"], row["text"]


@dataclass
class Rates:
    """Blocked counts per family for one sample set."""

    blocked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[dict[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return sum(self.blocked.values()) / max(1, sum(self.total.values()))

    @property
    def counts(self) -> tuple[int, int]:
        return sum(self.blocked.values()), sum(self.total.values())


def measure(rows: list[dict[str, str]], should_block: bool) -> Rates:
    """Scan each row's reply; a miss is a sample whose outcome differs from ``should_block``."""
    rates = Rates()
    for row in rows:
        blocked = bool(blocking(scan(row["text"])))
        rates.total[row["family"]] += 1
        rates.blocked[row["family"]] += blocked
        if blocked != should_block:
            rates.misses.append(row)
    return rates


def main(argv: list[str]) -> int:
    tps, fps = measure(load("tps"), True), measure(load("fps"), False)
    clean = [(name, len(blocking(scan(text)))) for name, text in clean_documents()]
    print("| Family | True positives blocked | False positives blocked |")
    print("|---|---|---|")
    for family in sorted(tps.total, key=str.lower):
        fp = f"{fps.blocked[family]}/{fps.total[family]}" if fps.total.get(family) else "-"
        print(f"| {family} | {tps.blocked[family]}/{tps.total[family]} | {fp} |")
    (tb, tt), (fb, ft) = tps.counts, fps.counts
    print(f"| **All** | **{tb}/{tt} ({tb / tt:.1%})** | **{fb}/{ft} ({fb / ft:.1%})** |")
    size = sum(len(text) for _name, text in clean_documents())
    blocks = sum(count for _name, count in clean)
    print(f"\nClean support text: {len(clean)} documents, {size / 1e6:.2f} MB, {blocks} blocks")
    if "--misses" in argv:
        for label, rows in (("missed", tps.misses), ("blocked", fps.misses)):
            for row in rows:
                print(f"{label}: {row['rule']}: {row['sample'][:150]!r}")
        for name, count in clean:
            if count:
                print(f"clean text blocked: {name}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
