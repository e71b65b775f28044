"""What a template is rendered with in the GUI: the case on screen, settings, other features."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desktop.core.templating import build_context

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def known_values(window: MainWindow) -> dict[str, str]:
    """Case facts as shown, plus the engineer's and team's names from settings."""
    settings = window.context.settings
    values = {name: str(value) for name, value in asdict(window.facts_form.facts()).items()}
    values.update(engineer_name=settings.engineer_name, team_name=settings.team_name)
    return values


def _checklist(window: MainWindow) -> object:
    pane = getattr(window, "reproduction", None)
    if pane is None or not callable(getattr(pane, "checklist", None)):
        return None
    from desktop.core.checklist import context as checklist_context

    return checklist_context.template_context(pane.checklist())


def _severity(window: MainWindow) -> object:
    provider = getattr(window, "severity_context", None)
    return provider() if callable(provider) else None


def _thread(window: MainWindow) -> tuple[list[dict[str, str]], str]:
    """The customer's messages and chosen time zone, when the queue feature is installed."""
    queue = getattr(window, "queue", None)
    if queue is None or window.current_key is None:
        return [], ""
    from desktop.core.queue.timeline import case_events, messages

    found = messages(case_events(window.context.store, window.current_key))
    listed = [{"text": m.detail, "received_at": m.at} for m in found]
    return listed, str(queue.work.customer_time_zone)


def render_context(window: MainWindow, values: Mapping[str, Any]) -> dict[str, Any]:
    """The template context for the case on screen with the form's ``values``.

    The reproduction checklist and severity assessment are used when those features are
    installed; a feature that fails is logged and left out rather than blocking the reply.
    """
    extras: dict[str, object] = {}
    for name, getter in (("checklist", _checklist), ("severity", _severity)):
        try:
            extras[name] = getter(window)
        except Exception:  # another feature's bug must not stop templates
            log.exception("could not read the %s for a template", name)
            extras[name] = None
    settings = window.context.settings
    try:
        thread, zone = _thread(window)
    except Exception:  # the thread is a nicety; a store problem must not block the reply
        log.exception("could not read the customer's messages for a template")
        thread, zone = [], ""
    return build_context(
        window.facts_form.facts(),
        values,
        checklist=extras["checklist"],
        severity=extras["severity"],
        engineer_name=settings.engineer_name,
        team_name=settings.team_name,
        messages=thread,
        customer_time_zone=zone,
    )
