"""Starts the GUI: opens the store (telling the user about any trouble) and shows the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core.backup import apply_pending_restore
from desktop.core.demo import seed_demo_case
from desktop.core.migrations import NewerSchemaError
from desktop.core.paths import DataPaths, data_paths
from desktop.core.settings import Settings, SettingsError, load_settings
from desktop.core.store import StoreError
from desktop.core.store_open import open_store
from desktop.ui.clipboard import release_clipboard
from desktop.ui.context import AppContext
from desktop.ui.data_folder import restart_casewright
from desktop.ui.features import FEATURE_MODULES, install_feature, install_features
from desktop.ui.gui_gc import GuiThreadCollector
from desktop.ui.i18n import chosen_language, core_text, install_translation
from desktop.ui.integrity import start_integrity_check
from desktop.ui.main_window import MainWindow
from desktop.ui.style import apply_style


class _AfterFirstPaint(QObject):
    """Calls back once the watched widget has painted, from the next event-loop turn."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Casewright")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Casewright")
    return app


def load_settings_or_defaults(paths: DataPaths) -> tuple[Settings, str]:
    """Settings from the data folder, or defaults plus a message saying why."""
    try:
        return load_settings(paths.settings), ""
    except SettingsError as error:
        problem = QCoreApplication.translate(
            "Startup", "{error}. Default settings are used; your file was not changed."
        )
        return Settings(), problem.format(error=error)


def build_main_window(
    paths: DataPaths, *, with_features: bool = True
) -> tuple[MainWindow | None, list[str]]:
    """Open the store and build the window; return it (or None) and messages for the user.

    Without ``with_features`` the feature panes are left for ``finish_start_up`` after the
    first paint, so the window appears sooner.
    """
    messages: list[str] = []
    settings, settings_problem = load_settings_or_defaults(paths)
    if settings_problem:
        messages.append(settings_problem)
    install_translation(chosen_language(settings.language))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, settings.color_scheme)
    try:
        restored = apply_pending_restore(paths.ensure())  # File → Restore… asked for it
        if restored:
            messages.append(restored)
        opened = open_store(paths.ensure().database, full_check=False)
    except (NewerSchemaError, StoreError, OSError) as error:
        return None, [str(error)]
    if opened.notice:
        messages.append(opened.notice)
    seed_demo_case(opened.store)
    context = AppContext.open(paths, settings, opened.store)
    window = MainWindow(context)
    if isinstance(app, QApplication):
        window.settings_changed.connect(
            lambda: apply_style(app, window.context.settings.color_scheme)
        )
    if with_features:
        install_features(window)
    window.open_first_case()
    return window, messages


def finish_start_up(window: MainWindow, *, one_per_turn: bool = False) -> None:
    """Add the feature panes and start background checks, once the window is on screen.

    With ``one_per_turn`` each feature is installed in its own event-loop turn, so keystrokes
    typed meanwhile are handled between them instead of waiting for all of them.
    """
    if not one_per_turn:
        install_features(window)
        _features_ready(window)
        return
    pending = list(FEATURE_MODULES)

    def next_feature() -> None:
        if pending:
            install_feature(window, pending.pop(0))
            QTimer.singleShot(0, next_feature)
        else:
            _features_ready(window)

    QTimer.singleShot(0, next_feature)


def _features_ready(window: MainWindow) -> None:
    if window.current_key is not None:
        window.case_opened.emit(window.current_key)  # late panes catch up with the open case
    start_integrity_check(window)


def run_gui(*, data_dir: Path | None = None, exit_after_startup: bool = False) -> int:
    """Run the application until the main window closes; return the exit status."""
    app = _application()
    apply_style(app)
    window, messages = build_main_window(data_paths(data_dir), with_features=False)
    if window is None:
        title = QCoreApplication.translate("Startup", "Casewright cannot open your cases")
        QMessageBox.critical(None, title, "\n\n".join(core_text(m) for m in messages))
        return 1
    after_paint = (
        QApplication.quit
        if exit_after_startup
        else lambda: finish_start_up(window, one_per_turn=True)
    )
    window.reply_editor.viewport().installEventFilter(_AfterFirstPaint(after_paint, window))
    window.show()
    for message in messages:
        QMessageBox.warning(window, "Casewright", core_text(message))
    collector = GuiThreadCollector(app)
    collector.start()
    app.aboutToQuit.connect(release_clipboard)
    status = app.exec()
    window.context.close()
    collector.stop()
    if window.property("restart_requested"):
        restart_casewright()
    return status
