"""Long single lines: how long the window freezes when one is pasted into each kind of text
field, with the long-line guard (Ctrl+V, as a user pastes) against Qt on its own (the same
text inserted past the guard, which is what every field did before).

Prints a Markdown table; ratios are guard / Qt alone. Environment: BENCH_MB (the size Qt alone
is measured with, default 1; 10 takes minutes per field) and BENCH_ROUNDS (default 1).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from bench.common import Comparison, table
from desktop.core.checklist import Checklist, Step
from desktop.core.line_limit import LINE_LIMIT
from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window
from desktop.ui.case_list import SEARCH_LIMIT
from desktop.ui.escalation.pane import EscalationPane
from desktop.ui.main_window import MainWindow
from desktop.ui.reproduction.pane import ReproductionPane

MB = float(os.environ.get("BENCH_MB", "1"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
_RECORD = '{"ts":"2026-11-27T04:00:00.123Z","level":"info","req":"7d3f0c2e-1b7a","msg":"ok"},'


def log_line(length: int) -> str:
    """One line of minified JSON log records, ``length`` characters long."""
    return (_RECORD * (length // len(_RECORD) + 1))[:length]


def _checklist(window: MainWindow) -> ReproductionPane:
    pane = window.features.find(ReproductionPane)
    if not pane.checklist().steps:
        pane.replace_checklist(Checklist(title="Lambda timeout", steps=(Step("invoke", "200"),)))
        pane.table.select_row(0)
    return pane


FIELDS: dict[str, Callable[[MainWindow], QWidget]] = {
    "reply editor": lambda w: w.reply_editor,
    "escalation field": lambda w: w.features.find(EscalationPane).form.editors["evidence"],
    "checklist text field": lambda w: _checklist(w).step_editor.editors["actual"],
    "checklist line": lambda w: _checklist(w).header.title,
    "case fact line": lambda w: w.facts_form.editors["subject"],
    "case search": lambda w: w.case_list.search,
}


def longest_freeze_ms(app: QApplication, action: Callable[[], object], after: float = 0.5) -> float:
    """The longest time the event loop had no turn, from ``action`` until ``after`` s after it."""
    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    action()
    gaps.append(time.perf_counter() - start)
    last[0] = time.perf_counter()
    until = last[0] + after
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    return max(gaps) * 1000


def _idle(app: QApplication) -> None:
    """Wait until the window has had nothing slow to do for a second (at most a minute)."""
    until = time.perf_counter() + 60
    while longest_freeze_ms(app, lambda: None, 1.0) > 100 and time.perf_counter() < until:
        pass


def _clear(app: QApplication, field: QWidget) -> None:
    field.clear()  # type: ignore[attr-defined]
    _idle(app)


def _qt_alone(field: QWidget, text: str) -> None:
    """What Qt does with the text when nothing checks it first (the fields before the guard)."""
    if isinstance(field, QLineEdit):
        field.setValidator(None)
        field.setMaxLength(2**31 - 1)  # before: Qt's default cut it at 32,767 characters
        field.insert(text)
    else:
        field.insertPlainText(text)  # type: ignore[attr-defined]


def _pasted(app: QApplication, field: QWidget, text: str) -> float:
    """Put ``text`` on the clipboard, then time Ctrl+V in ``field`` (the paste, not the copy)."""
    QGuiApplication.clipboard().setText(text)
    _idle(app)
    return longest_freeze_ms(
        app, lambda: QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    window, messages = build_main_window(DataPaths(Path(tempfile.mkdtemp())))
    assert window is not None, messages
    window.show()
    ten_mb, qt_size = log_line(10 * 1024 * 1024), int(MB * 1024 * 1024)
    rows: list[Comparison] = []
    for name, find in FIELDS.items():
        refused = Comparison(f"{name}: 10 MB line, Ctrl+V (refused)", "ms", target="< 200 ms")
        limit = SEARCH_LIMIT if name == "case search" else LINE_LIMIT
        kept = log_line(limit)
        within = Comparison(f"{name}: {limit:,}-char line, Ctrl+V (kept)", "ms", target="< 1 s")
        for comparison in (refused, within):
            comparison.baseline_name = f"Qt alone, {MB:g} MB line"
        for _ in range(ROUNDS):
            field = find(window)
            _idle(app)
            refused.case_samples.append(_pasted(app, field, ten_mb))
            within.case_samples.append(_pasted(app, field, kept))
            _clear(app, field)
            text = log_line(qt_size)
            before = longest_freeze_ms(app, lambda f=field, t=text: _qt_alone(f, t), 2.0)
            _idle(app)  # what Qt still had to do (the case list showing a long subject)
            refused.baseline_samples.append(before)
            within.baseline_samples.append(before)
            _clear(app, field)
            print(f"{name}: done", file=sys.stderr, flush=True)
        rows += [refused, within]
    print(table(rows))
    window.close()
    window.context.close()


if __name__ == "__main__":
    main()
