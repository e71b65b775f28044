"""A settings dialog that fits a laptop screen; a worker that outlives its owner at quit."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import Operation


def test_settings_dialog_fits_a_768_pixel_screen(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), data_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    # Every setting stays reachable (the form scrolls) and Save is on screen.
    assert dialog.minimumSizeHint().height() < 700
    assert len(dialog.editors) == len(Settings.__dataclass_fields__)


def test_a_worker_finishing_after_its_operation_was_deleted_raises_nothing() -> None:
    results: list[object] = []
    operation = Operation(lambda: 42, describe="late result")
    operation.succeeded.connect(results.append)
    shiboken6.delete(operation)  # as at quit: the owner is gone while the worker runs
    operation.run()  # RuntimeError "Signal source has been deleted" before the fix
    assert results == []
