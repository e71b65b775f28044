"""File → Back up… / Restore from backup… / Export case… / Import case…, and Help → About.

Backups, exports and imports run on the serial writer thread, after the drafts waiting to be
saved, so they include what was just typed and the window never waits on the disk. Restoring
needs the store closed: after confirmation the backup is verified and staged, the window closes
(saving as usual) and Casewright restarts; the next start restores it (desktop/core/backup.py).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.backup import BACKUP_SUFFIX, BackupSummary, read_backup, request_restore
from desktop.core.backup import write_backup as write_backup_file
from desktop.core.case_transfer import CASE_SUFFIX, ImportedCase, export_case, import_case
from desktop.ui.data_folder_widgets import AboutDialog
from desktop.ui.features import Feature
from desktop.ui.help import about_info
from desktop.ui.install_context import Menu
from desktop.ui.tasks import Operation

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.ui.install_context import InstallContext


class DataFolderFeature(QObject):
    """Backs up, restores, exports and imports; shows the data folder in Help → About."""

    def __init__(self, context: InstallContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.window = context.parent  # dialogs' parent
        self.actions: dict[str, QAction] = {}
        for name, text, slot in (
            ("", "", None),
            ("backup", self.tr("&Back up…"), self.back_up),
            ("restore", self.tr("&Restore from backup…"), self.restore),
            ("", "", None),
            ("export", self.tr("E&xport case…"), self.export_case),
            ("import", self.tr("&Import case…"), self.import_case),
        ):
            if slot is None:
                context.add_separator(Menu.FILE)
            else:
                self.actions[name] = context.add_action(Menu.FILE, text, slot)
        about = context.add_action(Menu.HELP, self.tr("&About Casewright"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self.actions["about"] = about

    # Running after the pending writes -------------------------------------------------------

    def _after_writes(
        self, work: Callable[[], object], done: Callable[[object], None], failure_title: str
    ) -> None:
        context = self.context.app
        context.autosaver.flush()
        operation = Operation(work, describe=failure_title)
        operation.succeeded.connect(done)
        operation.failed.connect(
            lambda message: QMessageBox.warning(self.window, failure_title, message)
        )
        context.tasks.start(operation, serial_writer=True)

    def _status(self, text: str) -> None:
        self.context.show_status(text, 8000)

    # Backup and restore ----------------------------------------------------------------------

    def back_up(self) -> None:
        suggested = self._suggest(f"casewright-{datetime.now():%Y-%m-%d}{BACKUP_SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up Casewright"), suggested, self._backup_filter()
        )
        if target:
            self.write_backup(Path(target))

    def write_backup(self, target: Path) -> None:
        """Write a backup to ``target`` in the background; say where when done."""
        paths = self.context.app.paths

        def done(summary: object) -> None:
            assert isinstance(summary, BackupSummary)
            self._status(
                self.tr("Backed up {cases} cases and {files} other files to {path}").format(
                    cases=summary.cases, files=summary.files, path=target
                )
            )

        self._after_writes(lambda: write_backup_file(paths, target), done, self.tr("Backup failed"))

    def restore(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from backup"), self._suggest(""), self._backup_filter()
        )
        if source:
            self.restore_from(Path(source))

    def restore_from(self, source: Path, *, confirm: bool = True) -> bool:
        """Verify ``source``, ask, stage it and restart; return whether a restore was staged."""
        try:
            summary = read_backup(source)
        except Exception as error:  # BackupError or OSError: say so, change nothing
            QMessageBox.warning(self.window, self.tr("Cannot restore"), str(error))
            return False
        question = "\n\n".join(
            (
                self.tr("Restore the backup made {when} UTC ({cases} cases)?").format(
                    when=summary.created_at[:16].replace("T", " "), cases=summary.cases
                ),
                self.tr(
                    "Casewright will restart. Your current cases, settings, templates and "
                    "dictionary are not deleted: they move to a before-restore folder in {folder}"
                ).format(folder=self.context.app.paths.root),
            )
        )
        if confirm:
            answer = QMessageBox.question(
                self.window, self.tr("Restore from backup"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            request_restore(self.context.app.paths, source)
        except Exception as error:
            QMessageBox.warning(self.window, self.tr("Cannot restore"), str(error))
            return False
        self.window.setProperty("restart_requested", True)  # desktop/ui/app.py restarts
        self.window.close()
        return True

    # One case --------------------------------------------------------------------------------

    def export_case(self) -> None:
        case = self.context.current_case()
        if case is None:
            return
        case_id = self.context.facts().case_id  # as typed, even if not saved yet
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in case_id)
        suggested = self._suggest(f"{name or 'case'}{CASE_SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export case"), suggested, self._case_filter()
        )
        if target:
            self.export_to(case.key, Path(target))

    def export_to(self, key: int, target: Path) -> None:
        """Export case ``key`` with its documents and history to ``target``."""
        database = self.context.app.paths.database
        self._after_writes(
            lambda: export_case(database, key, target),
            lambda _rows: self._status(self.tr("Case exported to {path}").format(path=target)),
            self.tr("Export failed"),
        )

    def import_case(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import case"), self._suggest(""), self._case_filter()
        )
        if source:
            self.import_from(Path(source))

    def import_from(self, source: Path) -> None:
        """Add the case in ``source`` as a new case and open it."""
        database = self.context.app.paths.database

        def done(result: object) -> None:
            assert isinstance(result, ImportedCase)
            self.context.refresh_case_list()
            self.context.open_case(result.key)
            message = self.tr("Imported case {case_id}").format(case_id=result.case_id or "")
            if result.duplicate_of is not None:
                message += " " + self.tr("(a case with this ID was already here; both are kept)")
            self._status(message)

        self._after_writes(lambda: import_case(database, source), done, self.tr("Import failed"))

    # Help -----------------------------------------------------------------------------------

    def show_about(self) -> None:
        info = about_info(self.context)
        self.about_dialog = AboutDialog(info.data_folder, self.window, details=info)
        self.about_dialog.exec()

    def _suggest(self, name: str) -> str:
        return str(Path.home() / name) if name else str(Path.home())

    def _backup_filter(self) -> str:
        return self.tr("Casewright backups (*{suffix})").format(suffix=BACKUP_SUFFIX)

    def _case_filter(self) -> str:
        return self.tr("Casewright cases (*{suffix})").format(suffix=CASE_SUFFIX)


def install(context: InstallContext) -> DataFolderFeature:
    """Add the data-folder actions to the File and Help menus."""
    return DataFolderFeature(context)


FEATURE = Feature("Back up and restore", install)  # i18n: feature name for the log


def restart_casewright() -> bool:
    """Start Casewright again with the same options (after File → Restore…)."""
    frozen = getattr(sys, "frozen", False)  # the PyInstaller app is its own program
    arguments = sys.argv[1:] if frozen else ["-m", "desktop", *sys.argv[1:]]
    started, _pid = QProcess.startDetached(sys.executable, arguments)
    return bool(started)
