"""SIGKILL while drafts are being saved never corrupts the store or loses a saved draft."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.case import REPLY
from desktop.core.store import Store

REPO_ROOT = Path(__file__).resolve().parents[2]
TRIALS = 25

# The writer prints each draft number only after save_document has committed it.
_WRITER = """
import sys
from pathlib import Path
from desktop.core.case import REPLY
from desktop.core.store import Store
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
key = int(sys.argv[2])
start = int(sys.argv[3])
number = start
while True:
    store.save_document(key, REPLY, f"draft {number}\\n" + "text " * (50 + number % 400))
    print(number, flush=True)
    number += 1
"""


def _run_and_kill(db: Path, key: int, start: int, delay: float) -> list[int]:
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db), str(key), str(start)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    # The kill comes ``delay`` after the writer is ready: a slow start (a loaded machine, a
    # coverage tracer) must not leave it no time to save.
    assert process.stdout.readline() == "ready\n"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    return [int(line) for line in output.split()]


@pytest.mark.slow
def test_sigkill_during_autosave_keeps_every_committed_draft(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    setup = Store(db)
    key = setup.create_case().key
    setup.close()
    rng = random.Random(20261127)
    next_number = 0
    confirmed_total = 0

    for _trial in range(TRIALS):
        confirmed = _run_and_kill(db, key, next_number, rng.uniform(0.25, 0.9))
        connection = sqlite3.connect(db)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        store = Store(db)
        latest = store.load_document(key, REPLY)
        history = [v.content.split("\n", 1)[0] for v in store.history(key, REPLY)]
        store.close()
        if confirmed:
            last = confirmed[-1]
            # The draft in flight at the kill may or may not have committed; nothing older is lost.
            assert latest.split("\n", 1)[0] in {f"draft {last}", f"draft {last + 1}"}
            for number in confirmed[-10:]:
                assert f"draft {number}" in history
            next_number = last + 2
            confirmed_total += len(confirmed)

    assert confirmed_total > TRIALS, "the writer must have saved drafts before being killed"
