"""Secret rules as data: reads gitleaks' TOML configuration format with ``tomllib``.

A security team's ``.gitleaks.toml`` loads as it is: ``[[rules]]`` with ``id``, ``description``,
``regex``, ``secretGroup``, ``entropy``, ``keywords``, ``tags``, ``path``, per-rule
``[[rules.allowlists]]`` (or the older single ``[rules.allowlist]``), and the top-level
``[allowlist]`` / ``[[allowlists]]`` (with ``targetRules``). Keys this app has no use for
(``[extend]``, ``commits``, ``reportGroup``...) are read and ignored, as gitleaks ignores keys it
does not know. A broken rule is reported with its file and id; the others still load.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

WARN_TAGS = frozenset({"warn", "warning", "severity:warn"})


@dataclass(frozen=True)
class AllowlistSpec:
    """One allowlist: a finding it matches is not reported.

    Attributes:
        condition: ``"OR"`` (any criterion allows) or ``"AND"`` (all must).
        regex_target: what ``regexes`` are searched in: ``secret``, ``match`` or ``line``.
        needs_path: the allowlist also names file paths or commits, which pasted text never has.
        target_rules: for a top-level allowlist, the rule ids it applies to (empty: all).
    """

    description: str = ""
    condition: str = "OR"
    regex_target: str = "secret"
    regexes: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()
    needs_path: bool = False
    target_rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSpec:
    """One ``[[rules]]`` entry as written in its file."""

    id: str
    source: str
    description: str = ""
    regex: str = ""
    secret_group: int = 0
    entropy: float = 0.0
    keywords: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    path: str = ""
    allowlists: tuple[AllowlistSpec, ...] = ()

    @property
    def severity(self) -> Literal["block", "warn"]:
        """``block`` unless the rule is tagged ``warn``."""
        return "warn" if WARN_TAGS & {t.lower() for t in self.tags} else "block"


@dataclass(frozen=True)
class RuleProblem:
    """A rule (or a whole file) that could not be used, and why."""

    source: str
    rule_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.rule_id}: {self.message}"


@dataclass(frozen=True)
class RuleFile:
    """Everything one file contributes."""

    source: str
    rules: tuple[RuleSpec, ...] = ()
    allowlists: tuple[AllowlistSpec, ...] = ()
    problems: tuple[RuleProblem, ...] = field(default_factory=tuple)


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{name} must be a list of strings")


def _allowlist(raw: Any) -> AllowlistSpec:
    if not isinstance(raw, Mapping):
        raise ValueError("an allowlist must be a table")
    condition = str(raw.get("condition", "OR")).upper()
    target = str(raw.get("regexTarget", "secret")).lower()
    if condition not in ("OR", "AND"):
        raise ValueError(f"allowlist condition must be OR or AND, not {condition!r}")
    if target not in ("secret", "match", "line"):
        raise ValueError(f"allowlist regexTarget must be secret, match or line, not {target!r}")
    return AllowlistSpec(
        description=str(raw.get("description", "")),
        condition=condition,
        regex_target=target,
        regexes=_strings(raw.get("regexes"), "allowlist regexes"),
        stopwords=tuple(s.lower() for s in _strings(raw.get("stopwords"), "stopwords")),
        needs_path=bool(raw.get("paths") or raw.get("commits")),
        target_rules=_strings(raw.get("targetRules"), "targetRules"),
    )


def _allowlists(table: Mapping[str, Any], single: str, many: str) -> Iterator[AllowlistSpec]:
    if single in table:
        yield _allowlist(table[single])
    entries = table.get(many, [])
    if not isinstance(entries, list):
        raise ValueError(f"{many} must be an array of tables")
    for entry in entries:
        yield _allowlist(entry)


def _rule(raw: Mapping[str, Any], source: str) -> RuleSpec:
    regex = raw.get("regex", "")
    if not isinstance(regex, str):
        raise ValueError("regex must be a string")
    if not regex and not raw.get("path"):
        raise ValueError("a rule needs a regex")
    group = raw.get("secretGroup", 0)
    entropy = raw.get("entropy", 0.0)
    if not isinstance(group, int) or isinstance(group, bool) or group < 0:
        raise ValueError("secretGroup must be a whole number >= 0")
    if not isinstance(entropy, (int, float)) or isinstance(entropy, bool):
        raise ValueError("entropy must be a number")
    return RuleSpec(
        id=str(raw["id"]),
        source=source,
        description=str(raw.get("description", "")),
        regex=regex,
        secret_group=group,
        entropy=float(entropy),
        keywords=tuple(k.lower() for k in _strings(raw.get("keywords"), "keywords")),
        tags=_strings(raw.get("tags"), "tags"),
        path=str(raw.get("path", "")),
        allowlists=tuple(_allowlists(raw, "allowlist", "allowlists")),
    )


def parse_rules(text: str, source: str) -> RuleFile:
    """Read gitleaks-format TOML ``text``; ``source`` names the file in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return RuleFile(source, problems=(RuleProblem(source, "-", f"not valid TOML: {error}"),))
    problems: list[RuleProblem] = []
    rules: list[RuleSpec] = []
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raw_rules = []
        problems.append(RuleProblem(source, "-", "rules must be an array of tables ([[rules]])"))
    for number, raw in enumerate(raw_rules, start=1):
        rule_id = str(raw.get("id", "")) if isinstance(raw, Mapping) else ""
        if not rule_id:
            problems.append(RuleProblem(source, f"rule #{number}", "the rule has no id"))
            continue
        try:
            rules.append(_rule(raw, source))
        except (ValueError, TypeError) as error:
            problems.append(RuleProblem(source, rule_id, str(error)))
    try:
        allowlists = tuple(_allowlists(data, "allowlist", "allowlists"))
    except (ValueError, TypeError) as error:
        allowlists = ()
        problems.append(RuleProblem(source, "allowlist", str(error)))
    return RuleFile(source, tuple(rules), allowlists, tuple(problems))


def read_rule_file(path: Path) -> RuleFile:
    """Read a rule file; an unreadable file becomes one problem, never an exception."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "unreadable"
        problem = RuleProblem(str(path), "-", f"cannot read: {reason}")
        return RuleFile(str(path), problems=(problem,))
    return parse_rules(text, str(path))
