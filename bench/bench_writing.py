"""Writing checks on outside material: typo suggestions, learner-English recall, false flags
on documentation prose, and the speed of ``casewright check`` cold and warm.

Usage: python bench/bench_writing.py [--baseline REV] [--cold-only]
(prints the figures for bench/RESULTS.md). The cold check is timed against the source tree of
``--baseline`` in the same run, runs alternated, so the ratio holds on a loaded machine.
Data: tests/data/grammar/ (see its README). Harper + the basic checks, as the app runs them
without LanguageTool.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.writing_eval import (
    CARRIERS,
    DATA,
    detokenise,
    false_flags,
    load_learner,
    load_typos,
    score_learner,
    score_typos,
)
from desktop.core.grammar.incremental import IncrementalChecker
from desktop.core.grammar.setup import GrammarConfig, build_checker

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
BASELINE = "4eea209"  # main before the #13 speed work (Harper on the caller's thread)


def long_text(words: int = 15_000) -> str:
    """About ``words`` words of distinct paragraphs, typo-heavy like a hurried reply: the
    learner-error sentences, then the 600 codespell typos in carrier sentences (five
    sentences to a paragraph), then the documentation prose."""
    sentences = [detokenise(source.split())[0] for source, _ in load_learner()]
    sentences += [CARRIERS[i % len(CARRIERS)].format(t) for i, (t, _) in enumerate(load_typos())]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    paragraphs += (DATA / "aws_docs_prose.md").read_text(encoding="utf-8").split("\n\n")
    chosen, total = [], 0
    for paragraph in paragraphs:
        if total >= words:
            break
        chosen.append(paragraph)
        total += len(paragraph.split())
    return "\n\n".join(chosen) + "\n"


def cold_check(root: Path, path: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of a fresh ``python -m desktop check FILE`` run
    from the source tree ``root`` (interpreter start included)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--format", "json"],
        env=env,
        cwd=root,
        capture_output=True,
        check=False,
        timeout=600,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def export_tree(revision: str, folder: Path) -> Path:
    """The source tree of ``revision`` (``git archive``) under ``folder``."""
    target = folder / "baseline"
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def compare_cold(text: str, baseline: str, rounds: int) -> str:
    """Cold checks of ``text`` by this tree and by ``baseline``, alternated so both see the
    same machine load; medians, and the ratio of this tree's speed to the baseline's."""
    words = len(text.split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reply.md"
        path.write_text(text, encoding="utf-8")
        trees = {"this tree": ROOT, f"baseline {baseline}": export_tree(baseline, Path(folder))}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for _ in range(rounds):
            for name, root in trees.items():
                runs[name].append(cold_check(root, path))
    lines = [f"cold check of {words:,} words, median of {rounds} alternated runs:"]
    speeds = {}
    for name, results in runs.items():
        wall = statistics.median(w for w, _ in results)
        cpu = statistics.median(c for _, c in results)
        speeds[name] = (words / wall, words / cpu)
        lines.append(
            f"  {name}: {wall:.2f} s wall = {words / wall:,.0f} words/s; "
            f"{cpu:.2f} s CPU = {words / cpu:,.0f} words per CPU-second"
        )
    (new_wall, new_cpu), (old_wall, old_cpu) = speeds.values()
    lines.append(
        f"  ratio to baseline: {new_wall / old_wall:.2f}x wall, {new_cpu / old_cpu:.2f}x CPU"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--cold-only", action="store_true", help="only the cold-check comparison")
    args = parser.parse_args()
    text = long_text()
    cold = compare_cold(text, args.baseline, ROUNDS)
    if args.cold_only:
        print(cold)
        return
    checker, _server = build_checker(GrammarConfig())
    checker.warm_up()

    def check(text: str) -> list[object]:
        return list(checker.check(text, "en"))

    typos = score_typos(check, load_typos())
    learner = score_learner(check, load_learner())
    words, flags, _shown = false_flags(check)

    incremental = IncrementalChecker(checker)
    incremental.check(text, "en")
    edits = []
    for n in range(ROUNDS * 3):
        position = text.index(" ", len(text) // 2 + n * 997)
        text = text[:position] + f" word{n}" + text[position:]
        start = time.perf_counter()
        incremental.check(text, "en")
        edits.append(time.perf_counter() - start)
    warm = sorted(edits)[len(edits) // 2]

    print(
        f"typos: {typos.total}, recall {typos.recall:.1%}, "
        f"first suggestion right {typos.accuracy:.1%}"
    )
    grammar_kinds = [k for k in learner.total if k != "spelling"]
    caught = sum(learner.caught[k] for k in grammar_kinds)
    total = sum(learner.total[k] for k in grammar_kinds)
    print(f"learner edits: grammar recall {caught}/{total} = {caught / total:.1%}")
    for kind in sorted(learner.total):
        print(
            f"  {kind}: {learner.caught[kind]}/{learner.total[kind]} = {learner.recall(kind):.1%}"
        )
    print(
        f"clean prose: {words} words, spelling {flags['spelling']} "
        f"({flags['spelling'] * 1000 / words:.2f}/1,000), grammar {flags['grammar']} "
        f"({flags['grammar'] * 1000 / words:.2f}/1,000)"
    )
    print(cold)
    print(f"warm re-check after a one-word edit: {warm * 1000:.1f} ms")


if __name__ == "__main__":
    main()
