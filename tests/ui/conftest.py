"""UI fixtures: main windows built on a temporary data folder, closed after each test."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.paths import DataPaths
from desktop.ui.clipboard import release_clipboard
from desktop.ui.features import Feature
from desktop.ui.grammar.editor_checker import EditorChecker
from desktop.ui.grammar.underliner import Mark
from desktop.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
CloseWindow = Callable[[MainWindow], None]


def current_key(window: MainWindow) -> int:
    """The key of the case open in ``window``; the test fails plainly when none is open."""
    key = window.current_key
    assert key is not None, "no case is open"
    return key


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As in the app: no cyclic collection in worker threads (it would free Qt objects there)."""
    gc.disable()
    yield
    release_clipboard()  # our QMimeData must not outlive Python (see desktop/ui/clipboard.py)
    gc.collect()
    gc.enable()


StartWindow = Callable[..., tuple[MainWindow, list[str]]]


@pytest.fixture
def start_main_window(qtbot: QtBot, data_dir: Path) -> Iterator[StartWindow]:
    """Start the app's window over ``data_dir`` (or another folder); return it with the
    start-up messages the user is shown. Each window is closed at teardown."""
    from desktop.ui.app import build_main_window

    windows: list[MainWindow] = []

    def start(
        folder: Path | None = None,
        *,
        show: bool = True,
        features: Sequence[Feature] | None = None,
    ) -> tuple[MainWindow, list[str]]:
        """``features``: install only these (default: every feature module's)."""
        window, messages = build_main_window(DataPaths(folder or data_dir), features=features)
        assert window is not None, messages
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window, messages

    yield start
    for window in windows:
        _close_window(window)


@pytest.fixture
def make_main_window(start_main_window: StartWindow) -> MakeWindow:
    """Like ``start_main_window``, for tests that do not read the start-up messages."""

    def make(*args: Any, **kwargs: Any) -> MainWindow:
        return start_main_window(*args, **kwargs)[0]

    return make


@pytest.fixture
def close_window() -> CloseWindow:
    """Close a window like the user does, before the test ends."""
    return _close_window


@pytest.fixture
def reopen(make_main_window: MakeWindow) -> Callable[[MainWindow], MainWindow]:
    """Close a window like the user does, then start the app again over the same data folder."""

    def again(window: MainWindow) -> MainWindow:
        _close_window(window)
        return make_main_window(window.context.paths.root)

    return again


_closed: weakref.WeakSet[MainWindow] = weakref.WeakSet()


def _close_window(window: MainWindow) -> None:
    """Close like the user does (saving on the way) and release the store, once."""
    if window not in _closed:
        _closed.add(window)
        window.close()
        window.context.close()


# --- Grammar helpers --------------------------------------------------------------------------


class WaitForMark(Protocol):
    def __call__(
        self, checker: EditorChecker, word: str, timeout: int = ..., nth: int = ...
    ) -> Mark: ...


@pytest.fixture
def wait_for_mark(qtbot: QtBot) -> WaitForMark:
    """Wait until ``checker`` underlines ``word`` (optionally the ``nth`` one); return the mark."""

    # 60 s: a first check on a loaded 2-core machine under coverage can take more than 20 s.
    def wait(checker: EditorChecker, word: str, timeout: int = 60_000, nth: int = 0) -> Mark:
        def found() -> list[Mark]:
            return [m for m in checker.underliner.marks if m.text == word]

        qtbot.waitUntil(lambda: len(found()) > nth, timeout=timeout)
        return found()[nth]

    return wait
