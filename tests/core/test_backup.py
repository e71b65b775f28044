"""Back up the data folder while Casewright writes, and restore it without losing anything."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.core.backup import (
    PENDING,
    BackupError,
    apply_pending_restore,
    read_backup,
    request_restore,
    write_backup,
)
from desktop.core.case import REPLY, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.store import Store
from desktop.core.store_open import integrity_problem

REPO_ROOT = Path(__file__).resolve().parents[2]

# A second process that saves drafts non-stop; each number is printed once committed.
_WRITER = """
import sys
from pathlib import Path
from desktop.core.case import REPLY
from desktop.core.store import Store
store = Store(Path(sys.argv[1]))
key = int(sys.argv[2])
number = 0
while True:
    store.save_document(key, REPLY, f"draft {number}\\n" + "text " * (50 + number % 400))
    print(number, flush=True)
    number += 1
"""


def _data_folder(root: Path, subject: str) -> tuple[DataPaths, int]:
    paths = DataPaths(root).ensure()
    store = Store(paths.database)
    key = store.create_case(CaseFacts(case_id=subject, subject=subject)).key
    store.save_document(key, REPLY, f"reply of {subject}")
    store.close()
    paths.settings.write_text(json.dumps({"version": 1, "engineer_name": subject}))
    paths.grammar_preferences.write_text(json.dumps({"dictionary": [f"{subject}word"]}))
    (paths.personal_templates / "reply").mkdir(parents=True)
    (paths.personal_templates / "reply" / "mine.md.j2").write_text(f"Hi from {subject}")
    return paths, key


def _draft_number(content: str) -> int:
    return int(content.split("\n", 1)[0].removeprefix("draft "))


@pytest.mark.slow
def test_backups_made_while_another_process_writes_restore_consistent(tmp_path: Path) -> None:
    source, key = _data_folder(tmp_path / "laptop-a", "alpha")
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(source.database), str(key)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None
    backups: list[tuple[Path, int]] = []
    try:
        for index in range(3):
            for _ in range(20 + 40 * index):  # let the writer commit a few drafts
                committed = int(writer.stdout.readline())
            backup_file = tmp_path / f"backup-{index}.casewright-backup"
            write_backup(source, backup_file)
            backups.append((backup_file, committed))
        assert writer.poll() is None, "the writer must still have been writing"
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()

    for index, (backup, committed_before) in enumerate(backups):
        target, other_key = _data_folder(tmp_path / f"laptop-b{index}", "beta")
        assert read_backup(backup).cases == 1
        request_restore(target, backup)
        notice = apply_pending_restore(target)
        assert "Restored the backup" in notice

        assert integrity_problem(target.database) == ""
        store = Store(target.database)
        try:
            [case] = store.list_cases()
            assert case.facts.subject == "alpha"
            latest = store.load_document(case.key, REPLY)
            history = store.history(case.key, REPLY)
            # One transaction saves the draft, its history row and the case's time: a torn
            # copy would show them disagreeing.
            assert history[0].content == latest
            assert case.updated_at == history[0].saved_at
            assert _draft_number(latest) >= committed_before
            numbers = [_draft_number(v.content) for v in history if v.content.startswith("draft")]
            assert numbers == list(range(numbers[0], numbers[0] - len(numbers), -1))
        finally:
            store.close()
        assert "alpha" in target.settings.read_text()
        assert "alphaword" in target.grammar_preferences.read_text()
        assert (target.personal_templates / "reply" / "mine.md.j2").read_text() == "Hi from alpha"

        # What was there is set aside, whole, never deleted.
        [aside] = target.root.glob("before-restore-*")
        old = Store(aside / "casewright.db")
        try:
            assert old.load_document(other_key, REPLY) == "reply of beta"
        finally:
            old.close()
        assert "beta" in (aside / "settings.json").read_text()
        assert (aside / "templates" / "reply" / "mine.md.j2").read_text() == "Hi from beta"
        assert not (target.root / PENDING).exists()


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    paths, _key = _data_folder(tmp_path / "data", "gamma")
    before = paths.database.read_bytes()
    bogus = tmp_path / "notes.casewright-backup"
    bogus.write_text("just some text")
    with pytest.raises(BackupError, match="not a readable Casewright backup"):
        request_restore(paths, bogus)
    assert not (paths.root / PENDING).exists()
    assert apply_pending_restore(paths) == ""
    assert paths.database.read_bytes() == before
    assert not list(paths.root.glob("before-restore-*"))


def test_a_backup_from_a_newer_casewright_is_refused(tmp_path: Path) -> None:
    paths, _ = _data_folder(tmp_path / "data", "delta")
    backup = tmp_path / "b.casewright-backup"
    write_backup(paths, backup)
    newer = tmp_path / "newer.casewright-backup"
    with zipfile.ZipFile(backup) as old, zipfile.ZipFile(newer, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "casewright.db":
                copy = tmp_path / "copy.db"
                copy.write_bytes(data)
                connection = sqlite3.connect(copy)
                connection.execute("PRAGMA user_version = 999")
                connection.close()
                data = copy.read_bytes()
            new.writestr(item, data)
    with pytest.raises(BackupError, match="newer Casewright"):
        read_backup(newer)


def test_a_damaged_pending_restore_is_kept_and_the_store_untouched(tmp_path: Path) -> None:
    paths, _ = _data_folder(tmp_path / "data", "epsilon")
    backup = tmp_path / "b.casewright-backup"
    write_backup(paths, backup)
    request_restore(paths, backup)
    pending = paths.root / PENDING
    pending.write_bytes(pending.read_bytes()[:200])  # cut short, as a full disk might
    before = paths.database.read_bytes()
    notice = apply_pending_restore(paths)
    assert notice.startswith("The backup was not restored")
    assert paths.database.read_bytes() == before
    assert list(paths.root.glob(f"{PENDING}.unreadable-*"))


def test_a_backup_with_paths_outside_the_data_folder_is_refused(tmp_path: Path) -> None:
    paths, _ = _data_folder(tmp_path / "data", "zeta")
    backup = tmp_path / "b.casewright-backup"
    write_backup(paths, backup)
    with zipfile.ZipFile(backup, "a") as archive:
        archive.writestr("../escape.txt", "x")
    with pytest.raises(BackupError, match="outside the data folder"):
        read_backup(backup)
