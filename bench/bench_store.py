"""Store: autosave of a 2,000-word draft and case-list filtering, in a store of 10,000 cases."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table, timed_ms
from bench.fixtures import build_store, words
from desktop.core.case import REPLY
from desktop.core.store import Store
from desktop.ui.case_list import PAGE_SIZE

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "40"))


def _fsync_write(path: Path, text: str) -> None:
    """Baseline: the least any durable save costs — write the bytes and fsync them."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def run() -> list[Comparison]:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as temp:
        db = Path(temp) / "casewright.db"
        heavy = build_store(db)
        store = Store(db)
        subjects = [case.facts.subject for case in store.list_cases()]
        drafts = [words(2000, rng) + f" edit {n}" for n in range(ROUNDS * 2)]
        counter = iter(range(10**9))

        save = alternate(
            ROUNDS,
            lambda: timed_ms(lambda: store.save_document(heavy, REPLY, drafts[next(counter)])),
            lambda: timed_ms(lambda: _fsync_write(Path(temp) / "plain.txt", drafts[0])),
            Comparison(
                "autosave of a 2,000-word draft (writer thread)",
                "ms",
                target="<= 10 ms off the UI thread",
                baseline_name="write + fsync of the same text",
            ),
        )
        queries = [rng.choice(subjects).split()[rng.randrange(3)] for _ in range(ROUNDS)]
        query_iter = iter(queries * 2)
        baseline_iter = iter(queries * 2)

        def filter_cases() -> float:
            query = next(query_iter)
            return timed_ms(lambda: store.list_cases(query, limit=PAGE_SIZE))

        def filter_in_memory() -> float:
            query = next(baseline_iter)
            return timed_ms(lambda: [s for s in subjects if query in s.lower()][:PAGE_SIZE])

        search = alternate(
            ROUNDS,
            filter_cases,
            filter_in_memory,
            Comparison(
                "case-list filter over 10,000 cases (first page)",
                "ms",
                target="p95 <= 20 ms",
                baseline_name="Python substring scan of subjects",
            ),
        )
        search.target += f" (p95 {search.p95():.2f} ms)"
        save.target += f" (p95 {save.p95():.2f} ms)"
        store.close()
    return [save, search]


if __name__ == "__main__":
    print(table(run()))
