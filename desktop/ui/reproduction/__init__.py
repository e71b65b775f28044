"""The Reproduction tab: a per-case reproduction checklist with undo, templates and YAML.

Other features read the checklist through the ``CHECKLIST_SOURCE`` provider
(``desktop.ui.providers``): ``checklist()`` and the ``checklist_changed`` signal.
"""

from __future__ import annotations

from desktop.ui.reproduction.pane import ReproductionPane

__all__ = ["ReproductionPane"]
