"""Queue: rebuilding every open case's due time in a store of 10,000 cases (what the window does
every 30 s off the GUI thread), against reading the same cases."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Comparison, alternate, table, timed_ms
from bench.fixtures import build_store
from desktop.core.queue.board import QueueConfig, build_queue
from desktop.core.queue.timeline import add_customer_message, mark_reply_sent
from desktop.core.severity.catalog import load_definitions
from desktop.core.store import Store

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "10"))


def run() -> list[Comparison]:
    with tempfile.TemporaryDirectory() as temp:
        db = Path(temp) / "casewright.db"
        build_store(db)
        store = Store(db)
        for case in store.list_cases(limit=2_000):  # a busy timeline on a fifth of the cases
            add_customer_message(store, case.key, "Any update?")
            mark_reply_sent(store, case.key, "Looking into it.")
        config = QueueConfig(load_definitions())
        rebuild = alternate(
            ROUNDS,
            lambda: timed_ms(lambda: build_queue(store, config)),
            lambda: timed_ms(lambda: store.list_cases()),
            Comparison(
                "queue rebuild, 10,000 open cases (worker thread, every 30 s)",
                "ms",
                target="off the GUI thread; well under the 30 s refresh",
                baseline_name="reading the same 10,000 cases",
            ),
        )
        store.close()
    return [rebuild]


if __name__ == "__main__":
    print(table(run()))
