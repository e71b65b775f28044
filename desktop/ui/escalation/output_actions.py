"""Copy and export of the rendered escalation, with a warning while required fields are empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.escalation import (
    FIELDS_BY_NAME,
    Completeness,
    markdown_to_html,
    markdown_to_plain_text,
    write_text_atomically,
)
from desktop.ui import save_folder
from desktop.ui.clipboard import copy_rich
from desktop.ui.i18n import core_text


def confirm_incomplete(parent: QWidget, completeness: Completeness, action: str) -> bool:
    """True when the note is ready, or the user confirms ``action`` despite missing fields."""
    if completeness.is_ready:
        return True
    labels = [core_text(FIELDS_BY_NAME[f.field].label) for f in completeness.missing]
    listed = "\n".join(f"  • {label}" for label in labels)
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Output_actions", "Escalation incomplete"),
        QCoreApplication.translate(
            "Output_actions",
            "These required fields are empty:\n{fields}\n\n"
            "Product teams send incomplete escalations back. {action} it anyway?",
        ).format(fields=listed, action=action),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def copy_markdown(markdown: str, *, plain: bool = False) -> None:
    """Put the escalation on the clipboard: Markdown (or plain text) and HTML for rich editors."""
    copy_rich(markdown_to_plain_text(markdown) if plain else markdown, markdown_to_html(markdown))


def default_export_path(case_id: str) -> Path:
    """Where the Export dialog starts: where the user last saved (else home), named after
    the case."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in case_id.strip()) or "case"
    return save_folder.start_folder() / f"escalation-{safe}.md"


def ask_export_path(parent: QWidget, case_id: str) -> Path | None:
    """Ask where to save the ``.md`` file; None when the user cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Output_actions", "Export escalation"),
        str(default_export_path(case_id)),
        QCoreApplication.translate("Output_actions", "Markdown (*.md);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".md")


def export_markdown(parent: QWidget, markdown: str, path: Path) -> bool:
    """Write the file atomically; tell the user and return False if that fails."""
    try:
        write_text_atomically(path, markdown)
    except OSError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Output_actions", "Export failed"),
            QCoreApplication.translate("Output_actions", "Could not write {path}:").format(
                path=path
            )
            + f"\n{error}",
        )
        return False
    save_folder.remember(path)
    return True
