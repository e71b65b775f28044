"""What the gate is told besides the text: internal domains, the escalation note, grammar."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from desktop.core.case import ESCALATION
from desktop.core.gate import ScanOptions
from desktop.core.gate.privacy import DEFAULT_INTERNAL_DOMAINS
from desktop.core.gate.team import team_internal_domains, team_rule_files
from desktop.ui.providers import GRAMMAR_ISSUES
from desktop.ui.registry import Absent

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def escalation_plain_text(content: str) -> str:
    """The escalation note as text: plain text as is; JSON as its string values, one a line."""
    stripped = content.lstrip()
    if not stripped.startswith(("{", "[")):
        return content
    try:
        data = json.loads(content)
    except json.JSONDecodeError:
        return content
    return "\n".join(s for s in _strings(data) if s.strip())


def scan_options(context: InstallContext, *, for_reply: bool) -> ScanOptions:
    """Options for text of the case on screen; ``for_reply`` adds escalation lines and grammar.

    Internal domains and secret rules come from Settings and from each team folder's ``gate/``.
    """
    settings = context.app.settings
    teams = settings.team_template_folders
    configured = [*settings.internal_domains, *team_internal_domains(teams)]
    domains = tuple(dict.fromkeys([*DEFAULT_INTERNAL_DOMAINS, *configured]))
    rule_files = tuple(dict.fromkeys([*settings.extra_secret_rules, *team_rule_files(teams)]))
    if not for_reply:
        return ScanOptions(internal_domains=domains, rule_files=rule_files)
    escalation = escalation_plain_text(context.document(ESCALATION))
    grammar = context.get(GRAMMAR_ISSUES)
    issues = () if isinstance(grammar, Absent) else tuple(grammar.remaining())
    return ScanOptions(
        internal_domains=domains,
        escalation_text=escalation,
        grammar_issues=issues,
        rule_files=rule_files,
    )
