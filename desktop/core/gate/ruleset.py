"""The active secret rules: Casewright's own file, then Settings' extra files and team folders.

A later file's rule replaces an earlier rule with the same id (as gitleaks' ``[extend]`` does);
top-level allowlists apply to every file's rules. Compiled sets are cached by file path, size and
modification time, so the gate re-reads a team file only after it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.gate.matcher import (
    CompiledAllowlist,
    CompiledRule,
    compile_allowlist,
    compile_rule,
)
from desktop.core.gate.rulefile import RuleFile, RuleProblem, parse_rules, read_rule_file
from desktop.core.resources import bundled_path, read_bundled_text

BUNDLED_RULES = "gate/rules.toml"


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules ready to scan, and the rules or files that could not be used."""

    rules: tuple[CompiledRule, ...]
    problems: tuple[RuleProblem, ...]
    sources: tuple[str, ...]


def build_ruleset(files: Sequence[RuleFile]) -> RuleSet:
    """Compile ``files`` in order; a later rule with an earlier rule's id replaces it."""
    problems: list[RuleProblem] = [p for f in files for p in f.problems]
    shared: list[CompiledAllowlist] = []
    for rule_file in files:
        for allowlist in rule_file.allowlists:
            try:
                shared.append(compile_allowlist(allowlist, rule_file.source, "allowlist"))
            except ValueError as error:
                problems.append(RuleProblem(rule_file.source, "allowlist", str(error)))
    by_id: dict[str, CompiledRule] = {}
    for rule_file in files:
        for spec in rule_file.rules:
            compiled = compile_rule(spec, shared)
            if isinstance(compiled, RuleProblem):
                problems.append(compiled)
            else:
                by_id.pop(spec.id, None)
                by_id[spec.id] = compiled
    return RuleSet(tuple(by_id.values()), tuple(problems), tuple(f.source for f in files))


def bundled_rule_file() -> RuleFile:
    """Casewright's own rules (``resources/gate/rules.toml``)."""
    return parse_rules(read_bundled_text("resources", BUNDLED_RULES), f"resources/{BUNDLED_RULES}")


def _stamp(path: str) -> tuple[str, int, int]:
    try:
        stat = Path(path).stat()
    except OSError:
        return path, -1, -1
    return path, stat.st_mtime_ns, stat.st_size


_CACHE: dict[tuple[tuple[str, int, int], ...], RuleSet] = {}


def load_ruleset(extra_files: Sequence[str] = ()) -> RuleSet:
    """The bundled rules plus ``extra_files`` (gitleaks TOML), compiled once per file version."""
    extras = list(dict.fromkeys(str(Path(p).expanduser()) for p in extra_files if str(p).strip()))
    key = (_stamp(str(bundled_path("resources", BUNDLED_RULES))), *map(_stamp, extras))
    cached = _CACHE.get(key)
    if cached is None:
        files = [bundled_rule_file(), *(read_rule_file(Path(p)) for p in extras)]
        cached = build_ruleset(files)
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached
