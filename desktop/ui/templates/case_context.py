"""What a template is rendered with in the GUI: the case on screen, settings, other features."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desktop.core.templating import build_context
from desktop.ui.providers import CASE_THREAD, CHECKLIST_SOURCE, SEVERITY
from desktop.ui.registry import Absent

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

log = logging.getLogger(__name__)


def known_values(context: InstallContext) -> dict[str, str]:
    """Case facts as shown, plus the engineer's and team's names from settings."""
    settings = context.app.settings
    values = {name: str(value) for name, value in asdict(context.facts()).items()}
    values.update(engineer_name=settings.engineer_name, team_name=settings.team_name)
    return values


def _checklist(context: InstallContext) -> object:
    source = context.get(CHECKLIST_SOURCE)
    if isinstance(source, Absent):
        return None
    from desktop.core.checklist import context as checklist_context

    return checklist_context.template_context(source.checklist())


def _severity(context: InstallContext) -> object:
    provider = context.get(SEVERITY)
    return None if isinstance(provider, Absent) else provider.assessment()


def _thread(context: InstallContext) -> tuple[list[dict[str, str]], str]:
    """The customer's messages and chosen time zone, when the queue feature is installed."""
    thread = context.get(CASE_THREAD)
    if isinstance(thread, Absent):
        return [], ""
    return thread.messages(), thread.customer_time_zone()


def render_context(context: InstallContext, values: Mapping[str, Any]) -> dict[str, Any]:
    """The template context for the case on screen with the form's ``values``.

    The reproduction checklist and severity assessment are used when those features are
    installed; a feature that fails is logged and left out rather than blocking the reply.
    """
    extras: dict[str, object] = {}
    for name, getter in (("checklist", _checklist), ("severity", _severity)):
        try:
            extras[name] = getter(context)
        except Exception:  # another feature's bug must not stop templates
            log.exception("could not read the %s for a template", name)
            extras[name] = None
    settings = context.app.settings
    try:
        thread, zone = _thread(context)
    except Exception:  # the thread is a nicety; a store problem must not block the reply
        log.exception("could not read the customer's messages for a template")
        thread, zone = [], ""
    return build_context(
        context.facts(),
        values,
        checklist=extras["checklist"],
        severity=extras["severity"],
        engineer_name=settings.engineer_name,
        team_name=settings.team_name,
        messages=thread,
        customer_time_zone=zone,
    )
