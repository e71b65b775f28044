"""Starts the GUI: opens the store (telling the user about any trouble) and shows the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.core.demo import seed_demo_case
from desktop.core.logs import configure_logging
from desktop.core.migrations import NewerSchemaError
from desktop.core.paths import DataPaths, data_paths
from desktop.core.settings import Settings, load_settings_checked
from desktop.core.store import StoreError
from desktop.core.store_open import StoreBusyError, open_store
from desktop.core.temp_files import remove_stale_temp_files
from desktop.ui.accessibility import install_dialog_naming, name_controls
from desktop.ui.clipboard import release_clipboard
from desktop.ui.context import AppContext
from desktop.ui.error_report import ErrorReporter
from desktop.ui.features import Feature, load_features
from desktop.ui.gui_gc import GuiThreadCollector
from desktop.ui.i18n import chosen_language, core_text, install_translation
from desktop.ui.integrity import start_integrity_check
from desktop.ui.lazy_pane import LazyPage
from desktop.ui.main_window import MainWindow
from desktop.ui.quit_signals import QuitOnSignal
from desktop.ui.session_end import SaveAtSessionEnd
from desktop.ui.single_instance import SingleInstance
from desktop.ui.style import apply_style

log = logging.getLogger(__name__)


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


def _name_controls(root: QWidget | None) -> None:
    """Give screen-reader names to the controls under ``root`` that have none."""
    if root is not None:
        name_controls(root, _accessible_fallbacks())


def _accessible_fallbacks() -> dict[str, str]:
    """Screen-reader names for controls that show no words of their own (tab strips, a form)."""
    return {
        "sideTabs": QCoreApplication.translate("Startup", "Case panes"),
        "escalationTabs": QCoreApplication.translate("Startup", "Escalation note and preview"),
        "escalationForm": QCoreApplication.translate("Startup", "Escalation note"),
        "stepStatus": QCoreApplication.translate("Startup", "Step status"),
        "stepsTable": QCoreApplication.translate("Startup", "Reproduction steps"),
        "issueList": QCoreApplication.translate("Startup", "Writing issues"),
        "threadBrowser": QCoreApplication.translate("Startup", "Customer messages"),
        "libraryTree": QCoreApplication.translate("Startup", "Template library"),
        "severityPane": QCoreApplication.translate("Startup", "Severity assessment"),
    }


def load_settings_or_defaults(paths: DataPaths) -> tuple[Settings, str]:
    """Settings from the data folder (a bad value falls back to its default), plus a message
    naming what was wrong ("" when nothing was)."""
    settings, problems = load_settings_checked(paths.settings)
    if not problems:
        return settings, ""
    problem = QCoreApplication.translate(
        "Startup", "{error}. Default settings are used; your file was not changed."
    )
    return settings, problem.format(error="; ".join(problems))


def build_main_window(
    paths: DataPaths,
    *,
    with_features: bool = True,
    retry_when_busy: Callable[[str], bool] | None = None,
    features: Sequence[Feature] | None = None,
) -> tuple[MainWindow | None, list[str]]:
    """Open the store and build the window; return it (or None) and messages for the user.

    ``features`` defaults to every feature module's. Without ``with_features`` they are left
    for ``finish_start_up`` after the first paint, so the window appears sooner. When another
    process holds the store's lock, ``retry_when_busy(message)`` is asked whether to try again.
    """
    messages: list[str] = []
    settings, settings_problem = load_settings_or_defaults(paths)
    if settings_problem:
        messages.append(settings_problem)
    install_translation(chosen_language(settings.language))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, settings.color_scheme)
        install_dialog_naming(app)
    try:
        if paths.pending_restore.exists():  # File → Restore… asked for it
            from desktop.core.backup import apply_pending_restore

            messages.append(apply_pending_restore(paths))
    except OSError as error:
        return None, [_unusable(paths, error)]
    while True:
        try:
            opened = open_store(paths.ensure().database, full_check=False)
            break
        except StoreBusyError as error:
            if retry_when_busy is None or not retry_when_busy(str(error)):
                return None, [str(error)]
        except (NewerSchemaError, StoreError, OSError) as error:
            return None, [_unusable(paths, error)]
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
        window.features.install_all(load_features() if features is None else features)
        _panes_ready(window)
        window.menus_complete()
    window.open_first_case()
    return window, messages


def _unusable(paths: DataPaths, error: BaseException) -> str:
    if isinstance(error, OSError) and paths.root.exists() and not paths.root.is_dir():
        return QCoreApplication.translate(
            "Startup",
            "The data folder {folder} is a file, not a folder. Move it away or choose "
            "another folder with --data-dir.",
        ).format(folder=paths.root)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Startup", "Casewright cannot use the data folder {folder}: {reason}."
        ).format(folder=paths.root, reason=error.strerror or error)
    return str(error)


def finish_start_up(
    window: MainWindow, *, one_per_turn: bool = False, done: Callable[[], None] | None = None
) -> None:
    """Add the features and start background checks, once the window is on screen.

    With ``one_per_turn`` each feature is installed in its own event-loop turn, so keystrokes
    typed meanwhile are handled between them instead of waiting for all of them. ``done`` is
    called once every feature is in.
    """
    if not one_per_turn:
        window.features.install_all(load_features())
        _features_ready(window)
        if done is not None:
            done()
        return
    pending = window.features.plan(load_features())

    def next_feature() -> None:
        if pending:
            window.features.install(pending.pop(0))
            QTimer.singleShot(0, next_feature)
        else:
            _features_ready(window)
            if done is not None:
                done()

    QTimer.singleShot(0, next_feature)


def _panes_ready(window: MainWindow) -> None:
    """Build the pane of the tab in front (it is on screen now) and name the controls; a pane
    built later gets its screen-reader names when its tab comes to the front."""
    tabs = window.side_tabs
    if isinstance(front := tabs.currentWidget(), LazyPage):
        front.build()
    _name_controls(window)
    pages = [tabs.widget(index) for index in range(tabs.count())]
    named = {id(page) for page in pages if not isinstance(page, LazyPage) or page.pane}

    def name_on_first_show(_index: int) -> None:
        page = tabs.currentWidget()
        if isinstance(page, LazyPage) and id(page) not in named:
            named.add(id(page))
            _name_controls(page)

    tabs.currentChanged.connect(name_on_first_show)


def _features_ready(window: MainWindow) -> None:
    _panes_ready(window)
    window.menus_complete()
    if window.current_key is not None:
        window.case_opened.emit(window.current_key)  # late panes catch up with the open case
    start_integrity_check(window)


def _ask_retry(message: str) -> bool:
    answer = QMessageBox.warning(
        None,
        QCoreApplication.translate("Startup", "Casewright is waiting for the case store"),
        message,
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
    )
    return answer == QMessageBox.StandardButton.Retry


def _tell(title: str, messages: list[str], *, headless: bool, parent: MainWindow | None) -> None:
    """Show start-up notices; a headless start prints them instead of waiting for a click."""
    for message in messages:
        log.info("notice: %s", message)  # info: no stderr copy before logging is set up
        if headless:
            print(f"casewright: {message}", file=sys.stderr)  # the CLI keeps the English
        elif parent is None:
            QMessageBox.critical(None, title, core_text(message))
        else:
            QMessageBox.warning(parent, title, core_text(message))


def run_gui(*, data_dir: Path | None = None, exit_after_startup: bool = False) -> int:
    """Run the application until the main window closes; return the exit status."""
    app = _application()
    paths = data_paths(data_dir)
    try:
        paths.ensure()
    except OSError as error:
        _tell("Casewright", [_unusable(paths, error)], headless=exit_after_startup, parent=None)
        return 1
    configure_logging(paths.root)
    reporter = ErrorReporter(paths.root, app)
    reporter.install()
    instance = SingleInstance(paths.root)
    if not instance.acquire():
        problem = instance.activate_running()
        if not problem:
            print(
                f"casewright: already running with the data folder {paths.root}; "  # i18n: CLI
                "its window was brought to the front.",
                file=sys.stderr,
            )
            return 0
        title = QCoreApplication.translate("Startup", "Casewright is already running")
        _tell(title, [problem], headless=exit_after_startup, parent=None)
        return 1
    try:
        return _run_window(app, paths, instance, exit_after_startup=exit_after_startup)
    finally:
        instance.release()
        reporter.uninstall()


def _run_window(
    app: QApplication, paths: DataPaths, instance: SingleInstance, *, exit_after_startup: bool
) -> int:
    apply_style(app)
    remove_stale_temp_files(paths.root)
    window, messages = build_main_window(
        paths, with_features=False, retry_when_busy=None if exit_after_startup else _ask_retry
    )
    if window is None:
        title = QCoreApplication.translate("Startup", "Casewright cannot open your cases")
        _tell(title, messages, headless=exit_after_startup, parent=None)
        return 1
    instance.activated.connect(lambda: _bring_to_front(window))
    quit_on_signal = QuitOnSignal(window.close)
    session_saver = SaveAtSessionEnd(app, window)
    after_paint = (
        QApplication.quit
        if exit_after_startup
        else lambda: finish_start_up(window, one_per_turn=True)
    )
    window.reply_editor.viewport().installEventFilter(_AfterFirstPaint(after_paint, window))
    window.show()
    log.info("started on %s", paths.root)
    _tell("Casewright", messages, headless=exit_after_startup, parent=window)
    collector = GuiThreadCollector(app)
    collector.start()
    app.aboutToQuit.connect(release_clipboard)
    status = app.exec()
    window.context.close()
    quit_on_signal.uninstall()
    session_saver.uninstall()
    collector.stop()
    log.info("quit with status %s", status)
    if window.property("restart_requested"):
        instance.release()  # the new process must find the data folder free
        from desktop.ui.data_folder import restart_casewright

        restart_casewright()
    return status


def _bring_to_front(window: MainWindow) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
