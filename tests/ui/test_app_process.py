"""The real app process: one per data folder, orderly quit on signals, headless notices."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.case import REPLY
from desktop.core.logs import log_file
from desktop.core.store import Store

REPO_ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _launch(data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *extra],
        cwd=REPO_ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start_headless(data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Start the app on ``data_dir`` with --exit-after-startup and return what it printed."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--exit-after-startup"],
        cwd=REPO_ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _wait_for_log(data_dir: Path, needle: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_file(data_dir).exists() and needle in log_file(data_dir).read_text("utf-8"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never logged")


@pytest.mark.slow
def test_a_second_launch_brings_the_first_window_forward_and_exits(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with _launch(data_dir) as first:
        try:
            _wait_for_log(data_dir, "started on")
            second = subprocess.run(
                [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
                cwd=REPO_ROOT,
                env=ENV,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert second.returncode == 0, second.stderr
            assert "brought to the front" in second.stderr
            _wait_for_log(data_dir, "asked this window to come to the front", timeout=10)
            assert first.poll() is None
            first.send_signal(signal.SIGTERM)
            assert first.wait(timeout=30) == 0
        finally:
            first.kill()


_SILENT_HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + "/casewright.lock")
assert lock.tryLock(0)
print("holding", flush=True)
sys.stdin.read()
"""


@pytest.mark.slow
def test_a_lock_held_by_a_silent_process_is_named(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with subprocess.Popen(
        [sys.executable, "-c", _SILENT_HOLDER, str(data_dir)],
        cwd=REPO_ROOT,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        second = _start_headless(data_dir, timeout=60)
        assert holder.stdin is not None
        holder.stdin.close()
    assert second.returncode == 1
    [line] = second.stderr.strip().splitlines()
    assert f"process {holder.pid}" in line


# Starts the real app (run_gui), types into the reply once the window shows, and says so.
_TYPIST = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app import run_gui

app = QApplication(sys.argv[:1])

def type_when_shown():
    windows = [w for w in app.topLevelWidgets() if hasattr(w, "reply_editor") and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, type_when_shown)
        return
    editor = windows[0].reply_editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(sys.argv[2])
    print("typed", flush=True)

QTimer.singleShot(50, type_when_shown)
sys.exit(run_gui(data_dir=Path(sys.argv[1])))
"""


@pytest.mark.slow
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_saves_what_was_typed_in_the_last_second(tmp_path: Path, signal_name: str) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # a 30 s autosave delay: only the quit itself can have saved the words
    (data_dir / "settings.json").write_text('{"autosave_delay_ms": 30000}', encoding="utf-8")
    words = f" written just before {signal_name}"
    with subprocess.Popen(
        [sys.executable, "-c", _TYPIST, str(data_dir), words],
        cwd=REPO_ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        try:
            assert app.stdout is not None and app.stdout.readline() == "typed\n"
            app.send_signal(getattr(signal, signal_name))
            assert app.wait(timeout=30) == 0
        finally:
            app.kill()
    store = Store(data_dir / "casewright.db")
    [case] = store.list_cases()
    assert store.load_document(case.key, REPLY).endswith(words)
    store.close()


def test_exit_after_startup_prints_notices_instead_of_waiting(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    result = _start_headless(data_dir)
    assert result.returncode == 0, result.stderr
    assert "settings.json" in result.stderr and "Default settings are used" in result.stderr


def test_hostile_settings_values_never_stop_start_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    hostile = (
        '{"version": "abc", "autosave_delay_ms": 1e400, "team_template_folders": [42],'
        ' "engineer_name": null, "internal_domains": "corp.example", "severity_plan": '
        + "9" * 5000
        + "}"
    )
    (data_dir / "settings.json").write_text(hostile, encoding="utf-8")
    result = _start_headless(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "cannot read settings" in result.stderr  # 5,000 digits: more than Python converts
    (data_dir / "settings.json").write_text(hostile.replace("9" * 5000, '"Business"'), "utf-8")
    result = _start_headless(data_dir)
    assert result.returncode == 0, result.stderr
    for field in (
        "autosave_delay_ms",
        "team_template_folders",
        "engineer_name",
        "internal_domains",
    ):
        assert field in result.stderr


# Starts the real app; once the window shows, a slot raises (as a bug would). The error dialog
# is answered with "Copy details", the copied text printed, and the window closed.
_FAULTY = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop.ui.app import run_gui

app = QApplication(sys.argv[:1])
SECRET = "AKIAIOSFODNN7EXAMPLE typed by the user"

def window():
    found = [w for w in app.topLevelWidgets() if hasattr(w, "reply_editor") and w.isVisible()]
    return found[0] if found else None

def fail_once_shown():
    if window() is None:
        QTimer.singleShot(50, fail_once_shown)
        return
    window().reply_editor.setPlainText(SECRET)
    QTimer.singleShot(0, answer_the_dialog)
    raise RuntimeError("a bug that quotes " + SECRET)

def answer_the_dialog():
    shown = [w for w in app.topLevelWidgets() if w.objectName() == "errorReport"]
    box = next((w for w in shown if w.isVisible()), None)
    if box is None:
        QTimer.singleShot(50, answer_the_dialog)
        return
    print("dialog:", box.text().replace("\\n", " "), flush=True)
    [copy] = [b for b in box.buttons() if b.text() == "Copy details"]
    copy.click()
    print("copied:", app.clipboard().text().replace("\\n", " | "), flush=True)
    box.done(0)
    window().close()

QTimer.singleShot(50, fail_once_shown)
sys.exit(run_gui(data_dir=Path(sys.argv[1])))
"""


@pytest.mark.slow
def test_an_uncaught_error_is_logged_and_explained_without_the_users_text(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", _FAULTY, str(data_dir)],
        cwd=REPO_ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    dialog = next(line for line in result.stdout.splitlines() if line.startswith("dialog:"))
    assert "drafts are safe" in dialog
    copied = next(line for line in result.stdout.splitlines() if line.startswith("copied:"))
    assert "builtins.RuntimeError" in copied and "fail_once_shown" in copied
    assert "Casewright" in copied and "Python" in copied
    log = log_file(data_dir).read_text(encoding="utf-8")
    assert "uncaught builtins.RuntimeError" in log
    for leaked in ("AKIAIOSFODNN7EXAMPLE", "typed by the user"):
        assert leaked not in log and leaked not in copied
    store = Store(data_dir / "casewright.db")
    [case] = store.list_cases()
    assert "AKIAIOSFODNN7EXAMPLE" in store.load_document(case.key, REPLY)  # the draft is safe
    store.close()


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("I am a file", encoding="utf-8")
    result = _start_headless(not_a_folder)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "is a file, not a folder" in line and str(not_a_folder) in line


@pytest.mark.slow
def test_quit_never_waits_for_a_stalling_languagetool_server(tmp_path: Path) -> None:
    from tests.stalling_servers import StallingServer

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with StallingServer("drip") as server:
        settings = f'{{"languagetool_server_url": "{server.url}"}}'
        (data_dir / "settings.json").write_text(settings, encoding="utf-8")
        with subprocess.Popen(
            [sys.executable, "-c", _TYPIST, str(data_dir), " We fixed teh bug."],
            cwd=REPO_ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as app:
            try:
                assert app.stdout is not None and app.stdout.readline() == "typed\n"
                deadline = time.monotonic() + 30
                while server.connections == 0 and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert server.connections, "the app never asked the server"
                app.send_signal(signal.SIGTERM)
                # the client library alone would wait 300 s, a dripping server for ever
                assert app.wait(timeout=20) == 0
            finally:
                app.kill()
