"""Nothing typed is lost when the store misbehaves under a running window: a second writer,
a full store, a store deleted from under it, a quit while saves are pending."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.case import REPLY
from desktop.ui.autosave import RETRY_MS
from desktop.ui.main_window import MainWindow
from tests.store_faults import REPO_ROOT, lock_held_by_another_process, store_full
from tests.ui.conftest import MakeWindow, current_key
from tests.ui.typed_widgets import as_a


def _type_at_end(window: MainWindow, text: str) -> None:
    editor = window.reply_editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(text)


def _idle(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not window.context.autosaver.has_unsaved(), timeout=timeout)


def test_a_save_over_another_writers_newer_text_keeps_both(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    other = (
        "from desktop.core.store import Store; import sys; "
        "Store(sys.argv[1]).save_document(int(sys.argv[2]), 'reply', 'Saved by the other one')"
    )
    database = window.context.store.path
    subprocess.run(
        [sys.executable, "-c", other, str(database), str(key)], cwd=REPO_ROOT, check=True
    )
    _type_at_end(window, " typed here")
    window.context.autosaver.flush()
    qtbot.waitUntil(lambda: "Another Casewright" in window.save_label.text(), timeout=5000)
    assert window.reply_editor.toPlainText() == "Saved by the other one"
    assert window.context.store.load_document(key, REPLY) == "Saved by the other one"
    [mine] = [v for v in window.context.store.history(key, REPLY) if "typed here" in v.content]
    assert mine.content.endswith(" typed here")
    _type_at_end(window, " and more")  # the next save builds on the text now shown
    window.context.autosaver.flush()
    _idle(qtbot, window)
    assert window.context.store.load_document(key, REPLY) == "Saved by the other one and more"


def test_quit_waits_for_pending_saves_with_the_window_open(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    _type_at_end(window, " last words")
    window.close()
    assert window.isVisible() and window.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.context.store.load_document(key, REPLY).endswith(" last words")


def test_a_save_failing_at_quit_offers_to_write_the_text_to_a_file(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    words = " the words the disk had no room for" * 400
    home = Path.home()  # the dialog suggests a file there
    answered: list[str] = []

    def answer_dialogs() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.objectName() == "quitSaveFailed":
            answered.append(modal.text())
            [button] = [b for b in modal.buttons() if b.text() == "Save to a file…"]
            button.click()
        elif isinstance(modal, QFileDialog):
            modal.accept()
            return
        qtbot_timer()

    def qtbot_timer() -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(50, answer_dialogs)

    subject = " — ImagePullBackOff on every node" * 2500  # a fact too long for the full file
    with store_full(window.context.writer):
        _type_at_end(window, words)
        subject_editor = as_a(QLineEdit, window.facts_form.editors["subject"])
        subject_editor.end(False)
        subject_editor.insert(subject)
        qtbot_timer()
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)
    assert "full" in answered[0]
    [rescued] = home.glob("casewright-unsaved-*.txt")
    text = rescued.read_text(encoding="utf-8")
    assert words in text
    assert (
        f"Subject: Lambda function times out when calling RDS{subject}" in text
    )  # facts, one a line


def test_after_a_failed_save_typing_is_saved_at_its_usual_pace(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    with store_full(window.context.writer):
        _type_at_end(window, " bulky" * 3000)
        window.context.autosaver.flush()
        qtbot.waitUntil(lambda: "Not saved" in window.save_label.text(), timeout=5000)
    _idle(qtbot, window, timeout=RETRY_MS + 5000)  # the retry saved it
    _type_at_end(window, " quick")
    with qtbot.waitSignal(window.context.autosaver.saved, timeout=RETRY_MS - 1000):
        pass  # the debounce is back to its 1 s, not the 5 s retry
    assert window.context.store.load_document(key, REPLY).endswith(" quick")


def test_archive_pressed_twice_quickly_archives_then_restores(
    qtbot: QtBot, make_main_window: MakeWindow
) -> None:
    window = make_main_window()
    key = current_key(window)
    with lock_held_by_another_process(window.context.store.path, exclusive=False):
        window._archive_current()  # both presses wait behind the other process's lock
        window._archive_current()
        qtbot.wait(300)
    assert window.context.tasks.wait_for_writes(15_000)
    qtbot.waitUntil(lambda: not window._archive_wanted, timeout=5000)
    case = window.context.store.get_case(key)
    assert case is not None and not case.archived


def test_a_store_deleted_while_running_is_recreated_with_a_warning(
    qtbot: QtBot,
    make_main_window: Callable[..., Any],
    close_window: Callable[[Any], None],
    monkeypatch: Any,
) -> None:
    window = make_main_window()
    key = current_key(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    database = window.context.store.path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    _type_at_end(window, " typed after the delete")
    window.context.autosaver.flush()
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "deleted" in warnings[0] and len(warnings) == 1
    assert database.exists()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    close_window(window)  # releases the store
    from desktop.core.store import Store

    reopened = Store(database)
    assert reopened.load_document(key, REPLY).endswith(" typed after the delete")
    reopened.close()


def test_a_non_text_team_folder_falls_back_and_every_pane_is_installed(
    start_main_window: Callable[..., Any], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    settings = '{"team_template_folders": [{"path": 42}], "engineer_name": "Mei Lin"}'
    (data_dir / "settings.json").write_text(settings, encoding="utf-8")
    window, [message] = start_main_window()
    assert "team_template_folders" in message
    assert window.context.settings.team_template_folders == []
    assert window.context.settings.engineer_name == "Mei Lin"
    assert window.side_tabs.count() >= 4  # templates, checklist, severity, escalation, ...


@pytest.mark.slow
def test_a_locked_store_at_start_up_waits_for_the_user_and_then_opens(
    qtbot: QtBot, data_dir: Path
) -> None:
    from desktop.core.demo import seed_demo_case
    from desktop.core.paths import DataPaths
    from desktop.core.store_open import open_store
    from desktop.ui.app import build_main_window

    store = open_store(DataPaths(data_dir).ensure().database).store
    seed_demo_case(store)
    store.close()
    asked: list[str] = []
    with contextlib.ExitStack() as stack:
        holder = stack.enter_context(lock_held_by_another_process(data_dir / "casewright.db"))

        def retry(message: str) -> bool:
            asked.append(message)
            stack.close()  # the other program finishes; the user clicks Retry
            return True

        window, messages = build_main_window(DataPaths(data_dir), retry_when_busy=retry)
    assert window is not None, messages
    qtbot.addWidget(window)
    assert len(asked) == 1 and "locked" in asked[0]
    if Path("/proc").is_dir():
        assert f"pid {holder}" in asked[0]
    assert not list(data_dir.glob("*.corrupt-*"))
    assert window.reply_editor.toPlainText().startswith("Hello")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    window.context.close()
