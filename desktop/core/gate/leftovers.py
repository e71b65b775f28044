"""Whose template syntax is this? Casewright's own leftovers block; other tools' syntax passes.

Customers paste Helm charts (``{{ .Values.password }}``), Go templates (``{{- end }}``) and
GitHub Actions workflows (``${{ secrets.TOKEN }}``); none of that is an unfilled Casewright
template. ``{{ x }}`` naming a Casewright context value (``{{ case_id }}``) and ``{% ... %}``
statements are ours: they block. Any other ``{{ name }}`` (Ansible, Jinja in a customer's
config) only warns, since it may be either.
"""

from __future__ import annotations

import re
from typing import Literal

from desktop.core.templating.context_names import CONTEXT_NAMES

Origin = Literal["ours", "unknown", "foreign"]

# A token starting with "." or "$" (.Values.x, $.Values, $var) or a bare "." is Go template code.
_GO_TOKEN_RE = re.compile(r"(?:^|[\s(|,])[.$](?:[A-Za-z_.]|\s|$)")
_GO_KEYWORD_RE = re.compile(r"^(?:end|else|define|template|block|range|with|include)\b")
# Contexts of GitHub Actions expressions (also written without the leading "$" in if: keys).
_ACTIONS_CONTEXTS = frozenset(
    {
        "github",
        "env",
        "vars",
        "job",
        "jobs",
        "steps",
        "runner",
        "secrets",
        "strategy",
        "matrix",
        "needs",
        "inputs",
    }
)
_FIRST_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def origin(text: str, start: int, end: int) -> Origin:
    """Who wrote the template code ``text[start:end]`` (``{{ … }}``, ``{% … %}``, ``{# … #}``)."""
    opener = text[start : start + 2]
    if opener != "{{":
        return "ours"  # Jinja statements and comments: Go templates and Actions have none
    if start > 0 and text[start - 1] == "$":
        return "foreign"  # ${{ ... }}: GitHub Actions
    inner = text[start + 2 : end - 2].strip().strip("-").strip()
    if not inner or _GO_TOKEN_RE.search(inner) or _GO_KEYWORD_RE.match(inner):
        return "foreign"
    first = _FIRST_NAME_RE.match(inner)
    name = first.group() if first else ""
    if name in CONTEXT_NAMES:
        return "ours"
    if name in _ACTIONS_CONTEXTS:
        return "foreign"
    return "unknown"
