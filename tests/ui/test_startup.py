"""Start-up paths: corrupt store, newer store, and --exit-after-startup."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.migrations import SCHEMA_VERSION
from desktop.core.paths import DataPaths
from desktop.ui.app import build_main_window
from desktop.ui.reproduction.pane import ReproductionPane
from tests.ui.conftest import MakeWindow

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_corrupt_store_is_moved_aside_and_the_user_is_told(
    start_main_window: Callable[..., Any], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "casewright.db").write_bytes(b"\x00garbage" * 1000)
    window, [message] = start_main_window()
    kept = list(data_dir.glob("casewright.db.corrupt-*"))
    assert len(kept) == 1 and str(kept[0]) in message
    assert window.case_list.model.rowCount() == 1  # fresh store with the demo case


def test_newer_store_is_refused_with_a_message_and_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "casewright.db"
    connection = sqlite3.connect(db)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    window, messages = build_main_window(DataPaths(data_dir))
    assert window is None
    assert "newer Casewright" in messages[0]


def test_exit_after_startup_paints_and_exits_zero(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "--exit-after-startup",
        ],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "casewright.db").exists()


def _modules_imported_by(script: str, data: Path) -> set[str]:
    """The module names ``script`` prints, run in a fresh offscreen Python on ``data``."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_first_paint_waits_for_no_command_line_tool_feature_or_about_box(
    tmp_path: Path,
) -> None:
    """What the window needs before it appears is imported; the subcommands, the feature panes
    (installed after the first paint) and About's package metadata are not."""
    script = (
        "import atexit, sys; atexit.register(lambda: print(*sorted(sys.modules)));"
        "from desktop.cli import main;"
        "sys.exit(main(['--data-dir', sys.argv[1], '--exit-after-startup']))"
    )
    imported = _modules_imported_by(script, tmp_path / "d")
    assert "desktop.ui.main_window" in imported  # the listing is real
    late = {
        "desktop.commands.render",
        "desktop.ui.templates.feature",
        "desktop.ui.grammar.feature",
        "importlib.metadata",
    }
    assert not late & imported


def test_installing_every_feature_loads_no_network_or_markdown_library(tmp_path: Path) -> None:
    """LanguageTool's HTTP client and the Markdown renderer load when first used (a download,
    a copy or an export), not while the features install after the first paint."""
    script = (
        "import sys; from pathlib import Path;"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from desktop.core.paths import DataPaths;"
        "from desktop.ui.app import build_main_window;"
        "window, _ = build_main_window(DataPaths(Path(sys.argv[1])));"
        "print(*sorted(sys.modules)); window.close(); window.context.close()"
    )
    imported = _modules_imported_by(script, tmp_path / "d")
    assert "desktop.ui.grammar.feature" in imported  # every feature is in
    assert not {"urllib.request", "ssl", "markdown_it"} & imported


def test_version_flag(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("casewright ")


def test_damage_found_after_start_up_is_reported_and_marked(
    qtbot: QtBot, make_main_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import integrity

    window = make_main_window()
    warnings: list[str] = []
    monkeypatch.setattr(integrity, "integrity_problem", lambda _path: "page 4: btree damaged")
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    integrity.start_integrity_check(window)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "page 4: btree damaged" in warnings[0]
    marker = window.context.store.path.with_name("casewright.db.damaged")
    assert "btree damaged" in marker.read_text(encoding="utf-8")


def test_panes_added_after_first_paint_show_the_open_case(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.core.case import CHECKLIST
    from desktop.core.checklist import Checklist, checklist_to_json
    from desktop.core.store_open import open_store
    from desktop.ui.app import finish_start_up

    store = open_store(data_dir / "casewright.db").store
    from desktop.core.demo import seed_demo_case

    demo = seed_demo_case(store)
    assert demo is not None
    store.save_document(demo.key, CHECKLIST, checklist_to_json(Checklist(title="Saved earlier")))
    store.close()

    window, _messages = build_main_window(DataPaths(data_dir), with_features=False)
    assert window is not None
    qtbot.addWidget(window)
    assert window.features.records == []  # nothing installed before the first paint
    opened: list[int] = []
    window.case_opened.connect(opened.append)
    finish_start_up(window)
    assert window.features.find(ReproductionPane).checklist().title == "Saved earlier"
    assert opened == [demo.key]
    window.close()
    window.context.close()


def test_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc
    import threading

    from desktop.ui.gui_gc import GuiThreadCollector

    threads: list[str] = []
    gc.callbacks.append(lambda phase, _info: threads.append(threading.current_thread().name))
    collector = GuiThreadCollector()
    try:
        collector.start()
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [[[]] for _ in range(200_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in threads
        assert collector.collect() >= 0 and threading.main_thread().name in threads
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()


def test_panes_can_be_added_one_per_event_loop_turn(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.ui.app import finish_start_up
    from desktop.ui.features import FEATURE_MODULES

    window, _messages = build_main_window(DataPaths(data_dir), with_features=False)
    assert window is not None
    qtbot.addWidget(window)
    tabs_before = window.side_tabs.count()
    opened: list[int] = []
    window.case_opened.connect(opened.append)
    finish_start_up(window, one_per_turn=True)
    assert window.side_tabs.count() == tabs_before  # nothing yet: the loop has not turned
    qtbot.waitUntil(lambda: opened == [window.current_key], timeout=10_000)
    installed = [record.feature.name for record in window.features.records]
    assert len(installed) == len(FEATURE_MODULES) >= 6
    assert not window.features.failures()
    window.close()
    window.context.close()
