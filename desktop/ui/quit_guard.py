"""Quitting waits for the writer: the window stays open, saying "Saving…", until every draft
is saved, and a save that fails at quit is never lost unseen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.atomic import write_text_atomically
from desktop.core.case import FACT_LABELS, FACT_NAMES, case_title
from desktop.core.store import StoreError
from desktop.ui.i18n import core_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class QuitGuard(QObject):
    """Decides whether the window may close now; closes it again once the saves are done."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._quitting = False
        self._asking = False
        self._let_go = False
        window.context.autosaver.saved.connect(self._on_autosaver_saved)
        window.context.autosaver.save_failed.connect(self._on_autosaver_save_failed)

    @property
    def quitting(self) -> bool:
        """Whether a close is waiting for saves to finish."""
        return self._quitting

    def may_close(self) -> bool:
        """Start saving what is pending; True when nothing is left to wait for."""
        autosaver = self._window.context.autosaver
        autosaver.flush()
        if self._let_go or not autosaver.has_unsaved():
            self._quitting = False
            return True
        self._quitting = True
        self._window.save_label.setText(self.tr("Saving…"))
        return False

    def _on_autosaver_saved(self, _when: str) -> None:
        if self._quitting and not self._asking and not self._window.context.autosaver.has_unsaved():
            self._window.close()

    def _on_autosaver_save_failed(self, message: str) -> None:
        if not self._quitting or self._asking:
            return
        self._asking = True
        try:
            self._ask(message)
        finally:
            self._asking = False

    def _ask(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Casewright could not save"), "", parent=self._window
        )
        box.setObjectName("quitSaveFailed")
        box.setText(
            self.tr(
                "Your latest changes could not be saved: {reason}.\n\n"
                "Try again, save the text to a file, or quit without it."
            ).format(reason=core_text(message))
        )
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        to_file = box.addButton(self.tr("Save to a file…"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(
            self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Keep Casewright open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        autosaver = self._window.context.autosaver
        clicked = box.clickedButton()
        if clicked is retry:
            autosaver.flush()
            if not autosaver.has_unsaved():
                self._window.close()
        elif clicked is to_file:
            if self._save_to_file():
                self._give_up()
        elif clicked is discard:
            self._give_up()
        else:
            self._quitting = False
            self._window.save_label.setText(self.tr("Not saved: Casewright stays open"))

    def _give_up(self) -> None:
        self._window.context.autosaver.discard_unsaved()
        self._let_go = True
        self._window.close()

    def _save_to_file(self) -> bool:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dialog = QFileDialog(self._window, self.tr("Save the unsaved text"))
        dialog.setObjectName("saveUnsavedText")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(str(Path.home() / f"casewright-unsaved-{stamp}.txt"))
        if not dialog.exec() or not dialog.selectedFiles():
            return False
        path = Path(dialog.selectedFiles()[0])
        try:
            write_text_atomically(path, self._unsaved_text())
        except OSError as error:
            QMessageBox.warning(
                self._window,
                self.tr("Not saved"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return False
        return True

    def _unsaved_text(self) -> str:
        parts = []
        autosaver = self._window.context.autosaver
        for facts in autosaver.unsaved_facts_by_case().values():
            lines = [
                f"{core_text(FACT_LABELS[name])}: {getattr(facts, name)}" for name in FACT_NAMES
            ]
            parts.append(f"===== {case_title(facts)} — facts =====\n" + "\n".join(lines) + "\n")
        for (key, kind), text in autosaver.unsaved().items():
            parts.append(f"===== {self._title(key)} — {kind} =====\n{text}\n")
        return "\n".join(parts)

    def _title(self, key: int) -> str:
        try:
            case = self._window.context.store.get_case(key)
        except StoreError:
            case = None
        return case.title if case is not None else f"case {key}"
