"""Intake precision and recall per fact kind on the corpus in tests/data/intake/.

Run: python -m bench.bench_intake [--set dev|heldout|outside|all] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from desktop.core.intake.extract import extract
from desktop.core.intake.facts import FACT_KINDS

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "intake"
SETS = {
    "dev": ("dev_en.yaml", "dev_zh_tw.yaml", "dev_ja.yaml"),
    "heldout": ("heldout.yaml",),
    "outside": ("outside_formats.yaml",),
}


@dataclass
class Score:
    """True positives, false positives and false negatives per kind, and the misses themselves."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    messages: int = 0

    def precision(self, kind: str) -> float | None:
        total = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / total if total else None

    def recall(self, kind: str) -> float | None:
        total = self.tp[kind] + self.fn[kind]
        return self.tp[kind] / total if total else None


def load_messages(names: tuple[str, ...]) -> list[dict[str, object]]:
    messages: list[dict[str, object]] = []
    for name in names:
        data = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
        for message in data["messages"]:
            message["year"] = int(str(data["received"])[:4])
            messages.append(message)
    return messages


def score(messages: list[dict[str, object]]) -> Score:
    result = Score()
    for message in messages:
        text = str(message["text"])
        zone = ZoneInfo(str(message["time_zone"]))
        found = {
            (f.kind, f.value)
            for f in extract(text, default_zone=zone, year=int(str(message["year"])))
        }
        expected = {(str(e["kind"]), str(e["value"])) for e in message["expected"]}  # type: ignore[attr-defined]
        result.messages += 1
        for kind, _value in found & expected:
            result.tp[kind] += 1
        for kind, value in found - expected:
            result.fp[kind] += 1
            result.misses.append(f"{message['id']}: extra {kind} {value!r}")
        for kind, value in expected - found:
            result.fn[kind] += 1
            result.misses.append(f"{message['id']}: missed {kind} {value!r}")
    return result


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def table(result: Score) -> str:
    lines = [
        "| kind | expected | found right | wrong | missed | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in FACT_KINDS:
        lines.append(
            f"| {kind} | {result.tp[kind] + result.fn[kind]} | {result.tp[kind]} "
            f"| {result.fp[kind]} | {result.fn[kind]} "
            f"| {_rate(result.precision(kind))} | {_rate(result.recall(kind))} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=("dev", "heldout", "outside", "all"), default="all")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    names = sum(SETS.values(), ()) if args.set == "all" else SETS[args.set]
    result = score(load_messages(names))
    print(f"{result.messages} messages ({args.set})")
    print(table(result))
    if args.misses:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
