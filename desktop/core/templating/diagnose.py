"""Turns any exception from compiling or rendering a template into a TemplateProblem."""

from __future__ import annotations

from types import TracebackType

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from desktop.core.templating.limits import RenderLimitError
from desktop.core.templating.naming import UnsafeTemplateName
from desktop.core.templating.problems import TemplateProblem


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost traceback entry that Jinja rewrote to point at a template line."""
    found = None
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def describe(exc: BaseException) -> str:
    """A short message for ``exc`` that a template author can act on."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.message or "syntax error"
    if isinstance(exc, UnsafeTemplateName):
        return str(exc.message)
    if isinstance(exc, TemplateNotFound):
        names = ", ".join(repr(name) for name in exc.templates) or repr(exc.name)
        return f"template not found: {names}"
    if isinstance(exc, RenderLimitError):
        return str(exc)
    if isinstance(exc, SecurityError):
        return f"not allowed in templates: {exc}"
    if isinstance(exc, UndefinedError):
        return f"{exc} (give it a value, or use '|default(...)')"
    if isinstance(exc, RecursionError):
        return "templates include or call each other too deeply (endless recursion?)"
    if isinstance(exc, MemoryError):
        return "rendering stopped: out of memory"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def problem_from_exception(exc: BaseException, *, file: str, line: int = 1) -> TemplateProblem:
    """Where and why ``exc`` happened, with the template's real file and line when known.

    Args:
        exc: The exception raised while compiling or rendering.
        file: The file to blame when the exception does not say (the template rendered).
        line: The line to blame when the exception does not say.
    """
    if isinstance(exc, TemplateSyntaxError):
        file = exc.filename or file
        line = exc.lineno or line
    else:
        frame = _template_frame(exc.__traceback__)
        if frame is not None:
            file, line = frame
    return TemplateProblem(file, max(int(line), 1), describe(exc), "error")
