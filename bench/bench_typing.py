"""Typing: keystrokes into a 2,000-word reply with every offline engine on, through the real
event loop, against the same keystrokes into a bare QPlainTextEdit."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from desktop.ui.grammar.feature import GrammarFeature

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bench.bench_grammar import reply_of
from bench.common import Comparison, alternate, table
from desktop.core.case import REPLY, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.store_open import open_store
from desktop.ui.app import build_main_window

KEYSTROKES = int(os.environ.get("BENCH_KEYSTROKES", "300"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def _settle(app: QApplication, until: float) -> None:
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.002)


def _type(app: QApplication, editor: QPlainTextEdit, count: int) -> list[float]:
    """Milliseconds from each key press until the event loop is idle again."""
    samples = []
    text = "we checked the logs again and found nothing new "
    for index in range(count):
        char = text[index % len(text)]
        start = time.perf_counter()
        QTest.keyClick(editor, char if char != " " else Qt.Key.Key_Space)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000.0)
        _settle(app, start + 0.03)  # about 33 characters a second, a fast typist
    return samples


def _until_underlined(app: QApplication, window, word: str) -> float:  # type: ignore[no-untyped-def]
    """Type a misspelling and a space, pause, and time until its underline appears."""
    editor = window.reply_editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, f" {word} ")
    start = time.perf_counter()
    checker = window.features.find(GrammarFeature).reply
    while time.perf_counter() - start < 5:
        app.processEvents()
        if any(mark.text == word for mark in checker.underliner.marks):
            return (time.perf_counter() - start) * 1000.0
        time.sleep(0.002)
    return float("inf")


def run() -> list[Comparison]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as temp:
        paths = DataPaths(Path(temp))
        store = open_store(paths.ensure().database).store
        case = store.create_case(CaseFacts(subject="Typing benchmark", contact_name="Sam"))
        store.save_document(case.key, REPLY, reply_of(2000, rng))
        store.close()
        window, messages = build_main_window(paths)
        assert window is not None, messages
        window.resize(1366, 768)
        window.show()
        window.open_case(case.key)
        _settle(app, time.perf_counter() + 3.0)  # Harper warm-up and the first full check
        editor = window.reply_editor
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.setFocus()
        bare = QPlainTextEdit(reply_of(2000, rng))
        bare.resize(640, 700)
        bare.show()
        bare.moveCursor(bare.textCursor().MoveOperation.End)

        app_samples: list[float] = []
        bare_samples: list[float] = []

        def casewright() -> float:
            samples = _type(app, editor, KEYSTROKES)
            app_samples.extend(samples)
            return sorted(samples)[int(0.95 * (len(samples) - 1))]

        def baseline() -> float:
            samples = _type(app, bare, KEYSTROKES)
            bare_samples.extend(samples)
            return sorted(samples)[int(0.95 * (len(samples) - 1))]

        per_key = alternate(
            ROUNDS,
            casewright,
            baseline,
            Comparison(
                "keystroke handling p95 (2,000-word reply, Harper + baseline on)",
                "ms",
                target="p95 <= 16 ms, max <= 50 ms",
                baseline_name="bare QPlainTextEdit",
            ),
        )
        per_key.target += f" (max {max(app_samples):.1f} ms)"
        underline = Comparison(
            "fresh underline after a typing pause",
            "ms",
            [_until_underlined(app, window, w) for w in ("recieved", "teh", "mispeled")],
            target="<= 300 ms",
        )
        bare.close()
        window.close()
        window.context.close()
    return [per_key, underline]


if __name__ == "__main__":
    print(table(run()))
