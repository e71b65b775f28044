"""What the pane's buttons do with the outside world: templates, clipboard, YAML files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core.checklist import (
    ChecklistFormatError,
    checklist_to_markdown,
    export_checklist_yaml,
    import_checklist_yaml,
    suggested_file_name,
)
from desktop.core.i18n import translate
from desktop.ui import save_folder
from desktop.ui.i18n import core_text
from desktop.ui.reproduction.template_chooser import TemplateChooser

if TYPE_CHECKING:
    from desktop.ui.reproduction.pane import ReproductionPane

YAML_FILTER = translate("File_actions", "Checklist YAML (*.yaml *.yml);;All files (*)")


def start_from_template(pane: ReproductionPane) -> bool:
    """Let the user pick a checklist template and start from it; return whether they did."""
    dialog = TemplateChooser(pane.load_library(), pane)
    if not dialog.exec() or (template := dialog.chosen()) is None:
        return False
    what = QCoreApplication.translate("File_actions", "Template “{title}”")
    if not pane.replace_with_confirmation(template.checklist, what.format(title=template.title)):
        return False
    pane.status_message.emit(
        QCoreApplication.translate(
            "File_actions", "Started from template “{title}”; Ctrl+Z takes it back"
        ).format(title=template.title)
    )
    pane.focus_steps()
    return True


def copy_markdown(pane: ReproductionPane) -> None:
    """Put the checklist on the clipboard as Markdown."""
    QApplication.clipboard().setText(checklist_to_markdown(pane.checklist()))
    pane.status_message.emit(
        QCoreApplication.translate("File_actions", "Checklist copied to the clipboard as Markdown")
    )


def export_yaml(pane: ReproductionPane) -> Path | None:
    """Ask for a file name and write the checklist there as YAML; return the path written."""
    start = save_folder.suggested(suggested_file_name(pane.checklist()))
    chosen, _filter = QFileDialog.getSaveFileName(
        pane,
        QCoreApplication.translate("File_actions", "Export checklist as YAML"),
        start,
        core_text(YAML_FILTER),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".yaml", ".yml"):
        path = path.with_name(path.name + ".yaml")
    try:
        export_checklist_yaml(pane.checklist(), path)
    except OSError as error:
        QMessageBox.warning(
            pane,
            QCoreApplication.translate("File_actions", "Checklist not exported"),
            QCoreApplication.translate("File_actions", "Could not write {path}:").format(path=path)
            + f"\n{error.strerror or error}",
        )
        return None
    save_folder.remember(path)
    pane.status_message.emit(
        QCoreApplication.translate("File_actions", "Checklist exported to {path}").format(path=path)
    )
    return path


def import_yaml(pane: ReproductionPane) -> bool:
    """Ask for a YAML file and replace the checklist with it; errors change nothing."""
    chosen, _filter = QFileDialog.getOpenFileName(
        pane,
        QCoreApplication.translate("File_actions", "Import checklist from YAML"),
        str(save_folder.start_folder()),
        core_text(YAML_FILTER),
    )
    if not chosen:
        return False
    try:
        checklist = import_checklist_yaml(Path(chosen))
    except ChecklistFormatError as error:
        where = (
            QCoreApplication.translate("File_actions", "Line {line}: ").format(line=error.line)
            if error.line
            else ""
        )
        QMessageBox.warning(
            pane,
            QCoreApplication.translate("File_actions", "Checklist not imported"),
            f"{chosen}\n\n{where}{error.message}\n\n"
            + QCoreApplication.translate("File_actions", "The checklist was not changed."),
        )
        return False
    name = Path(chosen).name
    importing = QCoreApplication.translate("File_actions", "Importing {name}").format(name=name)
    if not pane.replace_with_confirmation(checklist, importing):
        return False
    pane.status_message.emit(
        QCoreApplication.translate("File_actions", "Imported {name}; Ctrl+Z takes it back").format(
            name=name
        )
    )
    return True
