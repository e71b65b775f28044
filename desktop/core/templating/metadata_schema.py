"""The shape of template metadata, and checking parsed YAML against it with true line numbers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.case import LANGUAGES
from desktop.core.templating.context_names import CONTEXT_NAMES
from desktop.core.templating.problems import Severity, TemplateProblem

KINDS: tuple[str, ...] = ("text", "multiline", "choice", "list", "date", "bool")
AUDIENCES: tuple[str, ...] = ("customer", "product-team")
_TOP_KEYS = ("title", "description", "tags", "language", "audience", "variables")
_VAR_KEYS = ("label", "help", "kind", "choices", "default", "required", "sample")


def humanize(name: str) -> str:
    """A label from a variable name: ``next_update_hours`` -> ``Next update hours``."""
    words = name.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else name


@dataclass(frozen=True)
class VariableSpec:
    """What a template says about one of its variables (all optional in the file)."""

    name: str
    label: str = ""
    help: str = ""
    kind: str = "text"
    choices: tuple[str, ...] = ()
    default: Any = None
    required: bool = True
    sample: Any = None


@dataclass(frozen=True)
class TemplateMeta:
    """A template's metadata; empty defaults when the file has none."""

    title: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    language: str = ""
    audience: str = ""
    variables: Mapping[str, VariableSpec] = field(default_factory=dict)
    has_metadata: bool = False


class _Checker:
    """Collects problems while reading one metadata mapping."""

    def __init__(self, file: str, lines: Mapping[tuple[str, ...], int], first_line: int) -> None:
        self.file, self.lines, self.first_line = file, lines, first_line
        self.problems: list[TemplateProblem] = []

    def report(self, path: tuple[str, ...], message: str, severity: Severity = "error") -> None:
        line = self.lines.get(path, self.lines.get(path[:-1], self.first_line))
        self.problems.append(TemplateProblem(self.file, line, message, severity))

    def text(self, data: Mapping[str, Any], key: str, path: tuple[str, ...]) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        where = ".".join((*path, key))
        self.report((*path, key), f"metadata '{where}' must be text (put it in quotes)")
        return ""

    def string_list(self, data: Mapping[str, Any], key: str, path: tuple[str, ...]) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        where = ".".join((*path, key))
        if not isinstance(value, list) or not all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
        ):
            self.report((*path, key), f"metadata '{where}' must be a list of text, e.g. [a, b]")
            return []
        return [str(v) for v in value]


def validate_metadata(
    data: object, *, file: str, lines: Mapping[tuple[str, ...], int], first_line: int
) -> tuple[TemplateMeta, list[TemplateProblem]]:
    """Check parsed metadata YAML; return what could be read and the problems found."""
    check = _Checker(file, lines, first_line)
    if data is None:
        return TemplateMeta(has_metadata=True), []
    if not isinstance(data, dict):
        check.report((), "metadata must be YAML 'key: value' lines")
        return TemplateMeta(has_metadata=True), check.problems
    for key in data:
        if key not in _TOP_KEYS:
            known = ", ".join(_TOP_KEYS)
            check.report((str(key),), f"unknown metadata key '{key}' (known: {known})", "warning")
    language = check.text(data, "language", ())
    if language and language not in LANGUAGES:
        expected = ", ".join(LANGUAGES)
        check.report(("language",), f"unknown language '{language}' (expected {expected})")
    audience = check.text(data, "audience", ())
    if audience and audience not in AUDIENCES:
        check.report(("audience",), f"audience must be one of {', '.join(AUDIENCES)}")
    meta = TemplateMeta(
        title=check.text(data, "title", ()).strip(),
        description=check.text(data, "description", ()).strip(),
        tags=tuple(check.string_list(data, "tags", ())),
        language=language,
        audience=audience,
        variables=_variables(data.get("variables"), check),
        has_metadata=True,
    )
    return meta, check.problems


def _variables(raw: object, check: _Checker) -> dict[str, VariableSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.report(("variables",), "metadata 'variables' must map variable names to settings")
        return {}
    specs: dict[str, VariableSpec] = {}
    for name, settings in raw.items():
        path = ("variables", str(name))
        if not isinstance(name, str) or not name.isidentifier():
            check.report(path, f"'{name}' is not a valid variable name (letters, digits, _)")
            continue
        if name in CONTEXT_NAMES:
            check.report(
                path, f"'{name}' is supplied by the case; no form field is asked for it", "warning"
            )
        if settings is None:
            settings = {}
        if not isinstance(settings, dict):
            check.report(path, f"variable '{name}' must be a mapping of settings (label, kind...)")
            continue
        specs[name] = _variable(name, settings, path, check)
    return specs


def _variable(
    name: str, settings: Mapping[str, Any], path: tuple[str, ...], check: _Checker
) -> VariableSpec:
    for key in settings:
        if key not in _VAR_KEYS:
            known = ", ".join(_VAR_KEYS)
            check.report(
                (*path, str(key)), f"unknown variable setting '{key}' (known: {known})", "warning"
            )
    kind = check.text(settings, "kind", path) or "text"
    if kind not in KINDS:
        check.report((*path, "kind"), f"kind must be one of {', '.join(KINDS)}, not '{kind}'")
        kind = "text"
    choices = check.string_list(settings, "choices", path)
    if kind == "choice" and not choices:
        check.report((*path, "kind"), f"variable '{name}' has kind 'choice' but no 'choices' list")
    required = settings.get("required", kind != "bool")
    if not isinstance(required, bool):
        check.report((*path, "required"), "'required' must be true or false")
        required = True
    default = settings.get("default")
    if choices and default is not None and str(default) not in choices:
        check.report(
            (*path, "default"), f"default '{default}' is not one of the choices", "warning"
        )
    return VariableSpec(
        name=name,
        label=check.text(settings, "label", path).strip() or humanize(name),
        help=check.text(settings, "help", path).strip(),
        kind=kind,
        choices=tuple(choices),
        default=default,
        required=required,
        sample=settings.get("sample"),
    )
