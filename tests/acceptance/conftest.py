"""The acceptance test uses the UI tests' window fixtures (real main windows on a temp folder)."""

from tests.ui.conftest import (  # noqa: F401  (fixtures are found by name)
    _collect_garbage_on_the_gui_thread,
    close_window,
    make_main_window,
    reopen,
    start_main_window,
    wait_for_mark,
)
