"""An export killed mid-write leaves the old file or the new one, never a truncated file."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TRIALS = 15

_EXPORTER = """
import sys
from pathlib import Path
from desktop.core.gate.export import atomic_write_text
target = Path(sys.argv[1])
number = 0
while True:
    body = f"version {number}\\n" + ("line of the reply\\n" * (2000 + number % 3000))
    atomic_write_text(target, body + "END\\n")
    print(number, flush=True)
    number += 1
"""


@pytest.mark.slow
def test_killing_an_export_never_leaves_a_truncated_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "reply.md"
    rng = random.Random(7)
    for _trial in range(TRIALS):
        process = subprocess.Popen(
            [sys.executable, "-c", _EXPORTER, str(target)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(0.2, 0.6))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate(timeout=30)
        if not target.exists():
            assert output.strip() == "", "a write that was reported must have produced the file"
            continue
        content = target.read_text(encoding="utf-8")
        assert content.startswith("version ") and content.endswith("END\n")
        written = content.split("\n", 1)[0].removeprefix("version ")
        confirmed = output.split()
        if confirmed:
            assert int(written) >= int(confirmed[-1])
    # A killed write may leave its hidden temporary file behind, never anything under the
    # export's own name.
    leftovers = [p for p in folder.iterdir() if p.name != "reply.md"]
    assert len(leftovers) <= TRIALS
    assert all(p.name.startswith(".reply.md.") and p.name.endswith(".tmp") for p in leftovers), [
        p.name for p in leftovers
    ]
