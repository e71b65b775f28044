"""Run inside ``unshare -rm``: a 2 MB tmpfs holds a store, a filler file fills it, and the app
starts on it; the store must stay in place, and open with its cases once space is freed.

Exit status 0 when all held, 77 when no tmpfs could be mounted; anything else is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

mount = Path(sys.argv[1])
mount.mkdir(parents=True, exist_ok=True)
if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)]).returncode:
    sys.exit(77)

from desktop.core.case import REPLY  # noqa: E402
from desktop.core.demo import seed_demo_case  # noqa: E402
from desktop.core.store_open import open_store  # noqa: E402

database = mount / "casewright.db"
store = open_store(database).store
case = seed_demo_case(store)
assert case is not None
store.save_document(case.key, REPLY, "the reply that must survive")
store.close()
filler = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(filler, b"x" * 65536)
except OSError:
    pass
os.close(filler)


def start() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(mount), "--exit-after-startup"],
        capture_output=True,
        text=True,
        timeout=120,
    )


full = start()
print("full disk:", full.returncode, full.stderr.strip().splitlines()[-1:])
assert full.returncode == 1, full.stderr
assert "Traceback" not in full.stderr, full.stderr
assert "free some space" in full.stderr, full.stderr
assert not list(mount.glob("*.corrupt-*")), os.listdir(mount)
(mount / "filler").unlink()
freed = start()
assert freed.returncode == 0, freed.stderr
reopened = open_store(database).store
assert reopened.load_document(case.key, REPLY) == "the reply that must survive"
reopened.close()
print("ok")
