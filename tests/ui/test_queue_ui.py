"""The queue in the window: due times in the list (text and colour), sorting and filtering by
due, the overdue counter, notifications, the case panel, replies marked sent with undo, and
returning to the same tab, editor and cursor."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.case import Case, CaseFacts
from desktop.core.paths import DataPaths
from desktop.core.queue.events import REPLY_SENT
from desktop.core.queue.timeline import case_events
from desktop.core.queue.work import load_work
from desktop.core.store import Store
from desktop.ui.case_list import DUE_COLOURS
from desktop.ui.main_window import MainWindow
from desktop.ui.queue.feature import QueueFeature
from tests.ui.conftest import MakeWindow
from tests.ui.typed_widgets import as_a

LONG_AGO = "2026-01-05T09:00:00+00:00"


def _seed(folder: Path) -> dict[str, int]:
    """An overdue urgent case, a fresh critical one and a closed one."""
    folder.mkdir(parents=True, exist_ok=True)
    store = Store(DataPaths(folder).database)
    try:
        old = store.create_case(CaseFacts(case_id="OLD-1", subject="Old outage", severity="urgent"))
        with store.write() as db:
            db.execute(
                "UPDATE cases SET created_at = ?, updated_at = ? WHERE key = ?",
                (LONG_AGO, LONG_AGO, old.key),
            )
        fresh = store.create_case(
            CaseFacts(
                case_id="NEW-2", subject="Fresh", severity="critical", region="ap-northeast-1"
            )
        )
        done = store.create_case(CaseFacts(case_id="DONE-3", subject="Closed", status="closed"))
    finally:
        store.close()
    return {"old": old.key, "fresh": fresh.key, "done": done.key}


def _queue(window: MainWindow) -> QueueFeature:
    return window.features.find(QueueFeature)


def _listed_keys(window: MainWindow) -> list[int]:
    model = window.case_list.model
    return [as_a(Case, model.case_at(row)).key for row in range(model.rowCount())]


def _wait_for_queue(qtbot: QtBot, window: MainWindow) -> None:
    queue = _queue(window)
    qtbot.waitUntil(lambda: bool(queue.service.entries), timeout=15_000)


def _row_text(window: MainWindow, key: int) -> str:
    model = window.case_list.model
    return str(model.data(model.index(model.row_of(key)), Qt.ItemDataRole.DisplayRole))


def test_the_list_shows_due_times_in_text_and_colour_and_counts_overdue(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    old_row = _row_text(window, keys["old"])
    assert old_row.split("\n")[1].startswith("overdue ")
    fresh_row = _row_text(window, keys["fresh"])
    assert fresh_row.split("\n")[1].startswith("due in 1") and " min" in fresh_row  # 15 min
    model = window.case_list.model
    colour = model.data(model.index(model.row_of(keys["old"])), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(DUE_COLOURS["overdue"])
    assert "overdue" not in _row_text(window, keys["done"])
    counter = _queue(window).overdue_button
    assert counter.isVisible() and counter.text() == "1 overdue"
    assert counter.toolTip().startswith("OLD-1 · Old outage: overdue ")


def test_sorting_by_due_and_filtering_overdue(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    model = window.case_list.model
    # Most recently updated first by default.
    assert _listed_keys(window)[0] == keys["done"]
    window.case_list.view_mode.setCurrentIndex(1)  # Due soonest
    assert _listed_keys(window) == [
        keys["old"],
        keys["fresh"],
    ]
    _queue(window).overdue_button.click()
    assert window.case_list.view_mode.currentText() == "Overdue only"
    assert _listed_keys(window) == [keys["old"]]
    window.case_list.search.setText("Fresh")  # search still applies
    assert model.rowCount() == 0


def test_a_due_case_is_announced_once_and_not_while_typing_in_it(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    queue = _queue(window)
    announced: list[int] = []
    queue.notifier.announced.connect(lambda key, _text: announced.append(key))
    _wait_for_queue(qtbot, window)
    qtbot.waitUntil(lambda: keys["old"] in announced, timeout=15_000)
    with qtbot.waitSignal(queue.service.refreshed, timeout=15_000):
        queue.service.refresh()
    assert announced.count(keys["old"]) == 1
    # A case that becomes due while the user types in it is held back until they pause.
    window.open_case(keys["fresh"])
    qtbot.keyClicks(window.reply_editor, "Working on it")
    other = Store(window.context.store.path)  # the customer's clock ran out meanwhile
    try:
        with other.write() as db:
            db.execute("UPDATE cases SET created_at = ? WHERE key = ?", (LONG_AGO, keys["fresh"]))
    finally:
        other.close()
    with qtbot.waitSignal(queue.service.refreshed, timeout=15_000):
        queue.service.refresh()
    assert keys["fresh"] not in announced
    assert queue._last_keystroke is not None
    queue._last_keystroke -= timedelta(minutes=1)  # a pause
    with qtbot.waitSignal(queue.service.refreshed, timeout=15_000):
        queue.service.refresh()
    assert announced.count(keys["fresh"]) == 1


def test_the_panel_saves_next_step_zone_and_follow_up(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    window.open_case(keys["fresh"])
    queue = _queue(window)
    panel = queue.panel
    zone_edit = as_a(QLineEdit, panel.zone.lineEdit())
    assert zone_edit.placeholderText() == "Asia/Tokyo"
    assert "JST" in panel.due.text() and "(customer)" in panel.due.text()
    store = window.context.store
    qtbot.keyClicks(panel.next_step, "Ask for VPC flow logs")  # saved after a pause
    saved = "Ask for VPC flow logs"
    qtbot.waitUntil(lambda: load_work(store, keys["fresh"]).next_step == saved, timeout=15_000)
    panel.zone.setEditText("Asia/Taipei")
    zone_edit.editingFinished.emit()
    panel.follow_up_menu.aboutToShow.emit()
    tomorrow = panel.follow_up_menu.actions()[0]
    assert tomorrow.text().startswith("Tomorrow (")
    tomorrow.trigger()
    qtbot.waitUntil(
        lambda: load_work(store, keys["fresh"]).follow_up_at is not None, timeout=15_000
    )
    work = load_work(store, keys["fresh"])
    assert work.next_step == "Ask for VPC flow logs"
    assert work.customer_time_zone == "Asia/Taipei"
    qtbot.waitUntil(
        lambda: "Ask for VPC flow logs" in _row_text(window, keys["fresh"]), timeout=15_000
    )


def test_copying_the_reply_marks_it_sent_and_undo_takes_it_back(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    window.open_case(keys["old"])
    window.reply_editor.setPlainText("Hello,\nwe are looking into it.\n")
    queue = _queue(window)
    with qtbot.waitSignal(queue.reply_marked_sent, timeout=15_000):
        window.copy_reply()
    events = case_events(window.context.store, keys["old"])
    assert [e.kind for e in events] == [REPLY_SENT]
    assert events[0].detail.startswith("Hello,")
    assert queue.undo_sent.isVisible()
    assert queue.actions is not None
    thread = queue.actions.thread_view.plain_text()
    assert "Reply sent" in thread and "we are looking into it." in thread
    # The answered case is no longer overdue.
    qtbot.waitUntil(lambda: "overdue" not in _row_text(window, keys["old"]), timeout=15_000)
    queue.undo_sent.click()
    qtbot.waitUntil(lambda: not case_events(window.context.store, keys["old"]), timeout=15_000)
    qtbot.waitUntil(lambda: "overdue" in _row_text(window, keys["old"]), timeout=15_000)


def test_a_next_step_typed_just_before_switching_stays_with_its_case(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    window.open_case(keys["fresh"])
    panel = _queue(window).panel
    qtbot.keyClicks(panel.next_step, "Call back at 10:00")
    window.open_case(keys["old"])  # before the pause that would save it
    store = window.context.store
    typed = "Call back at 10:00"
    qtbot.waitUntil(lambda: load_work(store, keys["fresh"]).next_step == typed, timeout=15_000)
    assert load_work(store, keys["old"]).next_step == ""
    assert panel.next_step.text() == ""


def test_reopening_a_case_returns_to_its_tab_editor_and_cursor(
    qtbot: QtBot, make_main_window: MakeWindow, data_dir: Path
) -> None:
    keys = _seed(data_dir)
    window = make_main_window()
    _wait_for_queue(qtbot, window)
    window.open_case(keys["old"])
    window.reply_editor.setPlainText("First line\nSecond line\nThird line")
    window.reply_editor.setFocus()
    cursor = window.reply_editor.textCursor()
    cursor.setPosition(15)
    window.reply_editor.setTextCursor(cursor)
    tabs = window.side_tabs
    thread_index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Thread")
    tabs.setCurrentIndex(thread_index)
    window.reply_editor.setFocus()
    qtbot.waitUntil(window.reply_editor.hasFocus, timeout=15_000)
    with qtbot.waitSignal(_queue(window).work_saved, timeout=15_000):
        window.open_case(keys["fresh"])
    tabs.setCurrentIndex(0)
    window.case_list.search.setFocus()
    window.open_case(keys["old"])
    qtbot.waitUntil(lambda: window.reply_editor.textCursor().position() == 15, timeout=15_000)
    assert tabs.currentIndex() == thread_index
    assert window.reply_editor.hasFocus()
