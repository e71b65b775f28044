"""SIGKILL of the running app while it autosaves: the store stays sound, saved drafts stay."""

from __future__ import annotations

import os
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

# The real window types into its reply editor and prints the length of every draft once its
# save has committed; the parent kills it at a random moment.
_TYPIST = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window

app = QApplication([])
window, messages = build_main_window(DataPaths(Path(sys.argv[1])))
window.context.autosaver._max_wait.setInterval(50)  # saves while typing never pauses
window.show()
editor = window.reply_editor
saved_lengths = []

def type_more():
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" word")

writer = window.context.writer
real_save = writer.save_draft  # the autosaver's one path to the store

def save_and_report(key, kind, text, based_on=None):
    outcome = real_save(key, kind, text, based_on)
    print(len(text), flush=True)  # printed only after the commit returned
    return outcome

writer.save_draft = save_and_report
timer = QTimer()
timer.timeout.connect(type_more)
timer.start(3)
print("ready", flush=True)
app.exec()
"""


def _type_and_kill(data_dir: Path, delay: float) -> list[int]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", _TYPIST, str(data_dir)],
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    return [int(line) for line in output.split()]


@pytest.mark.slow
def test_killing_the_app_while_it_autosaves_loses_nothing_saved(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(99)
    saves_seen = 0
    for _trial in range(TRIALS):
        confirmed = _type_and_kill(data_dir, rng.uniform(0.2, 0.8))
        database = data_dir / "casewright.db"
        connection = sqlite3.connect(database)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        if confirmed:
            store = Store(database)
            [case] = store.list_cases()
            kept = len(store.load_document(case.key, REPLY))
            store.close()
            # Every draft reported saved is in the store (later typing may be too).
            assert kept >= confirmed[-1]
            saves_seen += len(confirmed)
    assert saves_seen >= TRIALS, "autosave must have reported saves before the kills"
