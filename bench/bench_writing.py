"""Writing checks on outside material: typo suggestions, learner-English recall, false flags
on documentation prose, and the speed of ``casewright check`` cold and warm.

Usage: python bench/bench_writing.py   (prints a Markdown section for bench/RESULTS.md)
Data: tests/data/grammar/ (see its README). Harper + the basic checks, as the app runs them
without LanguageTool.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.writing_eval import (
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


def long_text(words: int = 15_000) -> str:
    """About ``words`` words of distinct paragraphs: learner sentences (sources, then their
    corrections) five to a paragraph, and the documentation prose."""
    sentences = [detokenise(s.split())[0] for pair in load_learner() for s in pair]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    paragraphs += (DATA / "aws_docs_prose.md").read_text(encoding="utf-8").split("\n\n")
    chosen, total = [], 0
    for paragraph in paragraphs:
        if total >= words:
            break
        chosen.append(paragraph)
        total += len(paragraph.split())
    return "\n\n".join(chosen) + "\n"


def cold_check_seconds(path: Path) -> float:
    """Wall time of a fresh ``python -m desktop check FILE`` (interpreter start included)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--format", "json"],
        env=env,
        capture_output=True,
        check=False,
        timeout=600,
    )
    return time.perf_counter() - start


def main() -> None:
    checker, _server = build_checker(GrammarConfig())
    checker.warm_up()

    def check(text: str) -> list[object]:
        return list(checker.check(text, "en"))

    typos = score_typos(check, load_typos())
    learner = score_learner(check, load_learner())
    words, flags, _shown = false_flags(check)

    text = long_text()
    word_count = len(text.split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reply.md"
        path.write_text(text, encoding="utf-8")
        cold = sorted(cold_check_seconds(path) for _ in range(ROUNDS))[ROUNDS // 2]
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
    print(f"cold check: {word_count} words in {cold:.2f} s = {word_count / cold:,.0f} words/s")
    print(f"warm re-check after a one-word edit: {warm * 1000:.1f} ms")


if __name__ == "__main__":
    main()
