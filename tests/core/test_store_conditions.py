"""The store under real faults: another process's lock, a second writer, a deleted file,
a full file system at start-up, and temp files left by a killed write."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.case import REPLY
from desktop.core.demo import seed_demo_case
from desktop.core.store import Outcome, Store
from desktop.core.store_open import StoreBusyError, open_store
from desktop.core.temp_files import STALE_AFTER_S, remove_stale_temp_files
from tests.store_faults import REPO_ROOT, lock_held_by_another_process


def _seeded(path: Path) -> int:
    store = open_store(path).store
    case = seed_demo_case(store)
    assert case is not None
    store.close()
    return case.key


def test_a_store_locked_by_another_process_is_never_set_aside(tmp_path: Path) -> None:
    database = tmp_path / "casewright.db"
    key = _seeded(database)
    with lock_held_by_another_process(database) as holder:
        with pytest.raises(StoreBusyError) as raised:
            open_store(database, full_check=False, busy_timeout=0.3)
        assert "locked" in str(raised.value) and "not damaged" in str(raised.value)
        if Path("/proc").is_dir():
            assert f"pid {holder}" in str(raised.value)
    assert not list(tmp_path.glob("*.corrupt-*"))
    opened = open_store(database)
    assert opened.notice == "" and opened.store.load_document(key, REPLY).startswith("Hello")
    opened.store.close()


def test_a_second_writer_saving_first_keeps_both_texts(tmp_path: Path) -> None:
    database = tmp_path / "casewright.db"
    key = _seeded(database)
    mine = Store(database)
    loaded = mine.load_document(key, REPLY)
    other = (
        "from desktop.core.store import Store; import sys; "
        "Store(sys.argv[1]).save_document(int(sys.argv[2]), 'reply', 'Text from B')"
    )
    subprocess.run(
        [sys.executable, "-c", other, str(database), str(key)], cwd=REPO_ROOT, check=True
    )
    result = mine.save_draft(key, REPLY, "Text from A", based_on=loaded)
    assert result.outcome is Outcome.CONFLICT and result.stored == "Text from B"
    assert mine.load_document(key, REPLY) == "Text from B"
    assert [v.content for v in mine.history(key, REPLY)][:2] == ["Text from A", "Text from B"]
    # based on what is stored now, the next save goes through
    assert mine.save_draft(key, REPLY, "A again", based_on="Text from B").outcome is Outcome.SAVED
    mine.close()


def test_a_store_deleted_while_open_is_rebuilt_from_the_open_connection(tmp_path: Path) -> None:
    database = tmp_path / "casewright.db"
    key = _seeded(database)
    store = Store(database)
    store.save_document(key, REPLY, "before the delete")
    told: list[str] = []
    store.on_rebuilt = told.append
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    assert store.save_document(key, REPLY, "after the delete")
    assert database.exists() and "deleted" in told[0] and len(told) == 1
    store.close()
    reopened = Store(database)
    assert reopened.load_document(key, REPLY) == "after the delete"
    assert [v.content for v in reopened.history(key, REPLY)][:2] == [
        "after the delete",
        "before the delete",
    ]
    reopened.close()


def test_the_reader_and_the_writer_rebuild_a_deleted_store_once(tmp_path: Path) -> None:
    # The app holds two connections (the reader and the serial writer): one rebuild, one notice.
    database = tmp_path / "casewright.db"
    key = _seeded(database)
    writer, reader = Store(database), Store(database)
    writer.save_document(key, REPLY, "before the delete")
    told: list[str] = []
    writer.on_rebuilt = reader.on_rebuilt = told.append
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    assert writer.save_document(key, REPLY, "after the delete")
    assert reader.load_document(key, REPLY) == "after the delete"
    assert len(told) == 1 and "deleted" in told[0]
    writer.close()
    reader.close()
    reopened = Store(database)
    assert reopened.load_document(key, REPLY) == "after the delete"
    reopened.close()


def test_a_store_replaced_while_open_is_kept_beside_the_new_file(tmp_path: Path) -> None:
    database = tmp_path / "casewright.db"
    key = _seeded(database)
    store = Store(database)
    store.save_document(key, REPLY, "mine")
    replacement = tmp_path / "other.db"
    Store(replacement).close()
    for suffix in ("-wal", "-shm"):  # a replacer must take these too, or SQLite mixes them in
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(replacement, database)
    told: list[str] = []
    store.on_rebuilt = told.append
    assert store.save_document(key, REPLY, "mine, after the swap")
    [kept] = list(tmp_path.glob("casewright.db.replaced-*[0-9]"))
    assert str(kept) in told[0] and store.path == kept
    store.close()
    assert Store(database).get_case(key) is None, "the file that replaced ours is untouched"
    old = Store(kept)
    assert old.load_document(key, REPLY) == "mine, after the swap"
    old.close()


_KILLED_WRITER = """
import sys
from pathlib import Path
from desktop.core.atomic import write_text_atomically
print("writing", flush=True)
while True:
    write_text_atomically(Path(sys.argv[1]), "secret reply text " * 2_000_000)
"""


@pytest.mark.slow
def test_temp_files_left_by_killed_writes_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "export.txt"
    left: list[Path] = []
    for trial in range(10):
        with subprocess.Popen(
            [sys.executable, "-c", _KILLED_WRITER, str(target)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        ) as writer:
            assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
            time.sleep(0.3 + trial * 0.05)
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
        left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        if left:
            break
    assert left, "ten kills never landed mid-write"
    fresh = remove_stale_temp_files(tmp_path)
    assert fresh == [] and all(p.exists() for p in left), "a write in progress is left alone"
    later = time.time() + STALE_AFTER_S + 1
    assert sorted(remove_stale_temp_files(tmp_path, now=later)) == sorted(left)
    others = tmp_path / ".notes.tmp"
    others.write_text("not ours")
    assert remove_stale_temp_files(tmp_path, now=later + 60) == [] and others.exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare for a private tmpfs")
def test_a_full_disk_at_start_up_leaves_the_store_alone(tmp_path: Path) -> None:
    script = REPO_ROOT / "tests" / "core" / "full_disk_start.py"
    result = subprocess.run(
        ["unshare", "-rm", sys.executable, str(script), str(tmp_path / "mnt")],
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode == 77:
        pytest.skip(f"cannot mount a tmpfs here: {result.stdout}")
    assert result.returncode == 0, result.stdout + result.stderr
