"""The Reproduction tab: a per-case reproduction checklist with undo, templates and YAML.

Other features read the checklist through ``window.reproduction`` (a :class:`ReproductionPane`):
``checklist()``, the ``checklist_changed`` signal and ``replace_checklist(checklist, text)``.
"""

from __future__ import annotations

from desktop.ui.reproduction.feature import install
from desktop.ui.reproduction.pane import ReproductionPane

__all__ = ["ReproductionPane", "install"]
