"""Incremental checking: after a one-word edit in a 2,000-word reply, what is re-checked."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table, timed_ms
from bench.fixtures import words
from desktop.core.grammar.incremental import IncrementalChecker
from desktop.core.grammar.setup import GrammarConfig, build_checker

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))


def reply_of(word_count: int, rng: random.Random) -> str:
    """A reply of ``word_count`` words in paragraphs of about 80 words."""
    paragraphs = [words(80, rng) for _ in range(word_count // 80)]
    return "Hello Sam,\n\n" + "\n\n".join(paragraphs) + "\n\nBest regards,\nMei\n"


def run() -> list[Comparison]:
    rng = random.Random(5)
    checker, _server = build_checker(GrammarConfig())
    checker.warm_up()
    text = reply_of(2000, rng)
    incremental = IncrementalChecker(checker)
    incremental.check(text, "en")
    sent: list[int] = []
    edits = iter(range(10**6))

    def one_word_edit() -> float:
        nonlocal text
        position = text.index(" ", rng.randrange(len(text) // 2, len(text) - 100))
        text = text[:position] + f" edit{next(edits)}" + text[position:]
        duration = timed_ms(lambda: sent.append(incremental.check(text, "en").chars_sent))
        return duration

    def full_check() -> float:
        return timed_ms(lambda: checker.check(text, "en"))

    timing = alternate(
        ROUNDS,
        one_word_edit,
        full_check,
        Comparison(
            "re-check after a one-word edit (2,000 words, Harper + baseline)",
            "ms",
            target="fresh underlines <= 300 ms after a pause",
            baseline_name="checking the whole reply",
        ),
    )
    volume = Comparison(
        "characters sent to engines after a one-word edit",
        "chars",
        case_samples=[float(n) for n in sent],
        baseline_samples=[float(len(text))] * len(sent),
        target="at least 10x less than the document",
        baseline_name="the whole reply",
    )
    return [timing, volume]


if __name__ == "__main__":
    print(table(run()))
