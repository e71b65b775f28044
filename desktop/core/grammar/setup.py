"""Builds the app's grammar checker from its settings (engines best first, one LT server)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.grammar.baseline import BaselineEngine
from desktop.core.grammar.checker import GrammarChecker
from desktop.core.grammar.harper_engine import HarperEngine
from desktop.core.grammar.issue import GrammarEngine
from desktop.core.grammar.languagetool_engine import LanguageToolEngine
from desktop.core.grammar.lt_server import LanguageToolServer
from desktop.core.grammar.preferences import GrammarPreferences


@dataclass(frozen=True)
class GrammarConfig:
    """Grammar settings. A server URL wins over a local folder when both are set."""

    languagetool_url: str = ""
    languagetool_folder: str = ""
    languagetool_memory: str = "1g"
    use_harper: bool = True


def build_checker(
    config: GrammarConfig, preferences: GrammarPreferences | None = None
) -> tuple[GrammarChecker, LanguageToolServer | None]:
    """Return the checker and the local LanguageTool server it owns (not started yet).

    The caller starts the server after the window is shown (``server.start(cancel)`` on a
    worker thread) and stops it on quit (``server.stop()``).
    """
    server = None
    if config.languagetool_url:
        languagetool = LanguageToolEngine(server_url=config.languagetool_url)
    elif config.languagetool_folder:
        server = LanguageToolServer(
            Path(config.languagetool_folder), memory=config.languagetool_memory
        )
        languagetool = LanguageToolEngine(server=server)
    else:
        languagetool = LanguageToolEngine()
    engines: list[GrammarEngine] = [languagetool]
    if config.use_harper:
        engines.append(HarperEngine())
    engines.append(BaselineEngine())
    return GrammarChecker(engines, preferences), server
