"""The "Grammar settings" dialog: personal dictionary, ignored rules, LanguageTool set-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.grammar.lt_download import DEFAULT_DOWNLOAD_URL
from desktop.core.grammar.preferences import GrammarPreferences
from desktop.core.settings import Settings
from desktop.ui.grammar.download import LanguageToolDownload
from desktop.ui.long_lines import PlainTextField, hold_long_lines
from desktop.ui.tasks import TaskManager

PASSIVE_VOICE = "casewright.passive-voice"


def _lines(editor: QPlainTextEdit) -> set[str]:
    return {line.strip() for line in editor.toPlainText().splitlines() if line.strip()}


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("settingHint")  # muted, from the style sheet
    return label


class GrammarSettingsDialog(QDialog):
    """Edits the grammar preferences and the LanguageTool settings; read the results after
    ``exec()`` with :meth:`settings` and :meth:`preferences`."""

    def __init__(
        self,
        settings: Settings,
        preferences: GrammarPreferences,
        download_folder: Path,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grammar settings"))
        self.resize(620, 600)
        self._settings = settings
        self._download_folder = download_folder
        self._tasks = tasks
        self.download: LanguageToolDownload | None = None
        self.words = PlainTextField("\n".join(sorted(preferences.words, key=str.casefold)))
        self.rules = PlainTextField("\n".join(sorted(preferences.ignored_rules)))
        self._enabled_rules = set(preferences.enabled_rules)
        self.passive_voice = QCheckBox(self.tr("Point out passive voice (style)"))
        self.passive_voice.setChecked(preferences.rule_enabled(PASSIVE_VOICE))
        self.server_url = hold_long_lines(QLineEdit(settings.languagetool_server_url))
        self.server_url.setPlaceholderText(
            self.tr("e.g. http://languagetool.example.internal:8081")
        )
        self.folder = hold_long_lines(QLineEdit(settings.languagetool_folder))
        self.folder.setPlaceholderText(self.tr("Folder holding languagetool-server.jar"))
        self.memory = hold_long_lines(QLineEdit(settings.languagetool_memory))
        self.mirror = hold_long_lines(QLineEdit(settings.languagetool_mirror_url))
        self.mirror.setPlaceholderText(DEFAULT_DOWNLOAD_URL)
        self.mirror.textChanged.connect(self._show_download_hint)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.download_button = QPushButton(self.tr("Download LanguageTool…"))
        self.download_button.clicked.connect(self.start_download)
        self.download_status = _hint("")
        self._show_download_hint()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Personal dictionary\n(one word a line)"), self.words)
        form.addRow(self.tr("Ignored rules\n(one rule id a line)"), self.rules)
        form.addRow("", self.passive_voice)
        form.addRow(self.tr("LanguageTool server"), self.server_url)
        form.addRow("", _hint(self.tr("A team server wins over a local folder when both are set.")))
        form.addRow(self.tr("Local LanguageTool"), folder_row)
        form.addRow(self.tr("Memory cap"), self.memory)
        form.addRow(self.tr("Download from"), self.mirror)
        form.addRow("", self.download_button)
        form.addRow("", self.download_status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def download_url(self) -> str:
        """The team's mirror when set, else LanguageTool's own download."""
        return self.mirror.text().strip() or DEFAULT_DOWNLOAD_URL

    def _show_download_hint(self) -> None:
        self.download_status.setText(
            self.tr("Downloads about 250 MB once from {url} into {folder}.").format(
                url=self.download_url(), folder=self._download_folder
            )
        )

    def start_download(self) -> None:
        """Download LanguageTool with a progress dialog; the folder field is filled on success."""
        self.download_button.setEnabled(False)
        self.download = LanguageToolDownload(
            self.download_url(), self._download_folder, self._tasks, self
        )
        self.download.finished.connect(self._on_download_finished)
        self.download.failed.connect(self._on_download_failed)
        self.download.start()

    def _on_download_finished(self, folder: str) -> None:
        self.folder.setText(folder)
        self.download_button.setEnabled(True)
        self.download_status.setText(
            self.tr("LanguageTool is in {folder}. Save to start using it.").format(folder=folder)
        )

    def _on_download_failed(self, message: str) -> None:
        self.download_button.setEnabled(True)
        self.download_status.setText(message)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("LanguageTool folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def settings(self) -> Settings:
        """The settings with the LanguageTool fields as edited."""
        return replace(
            self._settings,
            languagetool_server_url=self.server_url.text().strip(),
            languagetool_folder=self.folder.text().strip(),
            languagetool_memory=self.memory.text().strip() or "1g",
            languagetool_mirror_url=self.mirror.text().strip(),
        )

    def preferences(self) -> GrammarPreferences:
        """The personal dictionary and ignored rules as edited."""
        preferences = GrammarPreferences(
            words=_lines(self.words),
            ignored_rules=_lines(self.rules),
            enabled_rules=set(self._enabled_rules),
        )
        preferences.set_rule_enabled(PASSIVE_VOICE, self.passive_voice.isChecked())
        return preferences
