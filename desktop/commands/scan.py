"""``casewright scan``: run the pre-send gate over a file or standard input, headless."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``scan`` subcommand."""
    parser = subparsers.add_parser(
        "scan",
        help="check text for secrets and leftovers before it is sent",
        description=(
            "Scan text with the pre-send gate. Exit status 1 when any finding blocks "
            "sending, 0 otherwise (warnings only), 2 when the input cannot be read."
        ),
    )
    parser.add_argument("file", nargs="?", default="-", help="text file to scan, or - for stdin")
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="extra secret rules in gitleaks' TOML format, e.g. a team's .gitleaks.toml "
        "(repeatable)",
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="list every secret rule with its source file, severity and regex engine, and any "
        "rule that could not be used",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    parser.add_argument(
        "--internal-domain",
        action="append",
        default=None,
        metavar="DOMAIN",
        help="a domain whose host names are internal (repeatable; replaces the defaults)",
    )
    parser.add_argument(
        "--escalation", metavar="FILE", help="escalation note whose lines must not be pasted"
    )
    parser.set_defaults(func=run)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def list_rules(extra_files: list[str]) -> int:
    """Print each rule (id, source, severity, engine), then unusable rules; 1 if any."""
    from desktop.core.gate.matcher import ENGINE_RE2
    from desktop.core.gate.ruleset import load_ruleset

    ruleset = load_ruleset(extra_files)
    width = max((len(rule.id) for rule in ruleset.rules), default=10)
    for rule in ruleset.rules:
        note = "" if rule.engine == ENGINE_RE2 else f"  [{rule.engine}]"
        print(f"{rule.id:<{width}}  {rule.spec.severity:<5}  {rule.spec.source}{note}")
    for problem in ruleset.problems:
        print(f"not used: {problem}", file=sys.stderr)
    slow = sum(rule.engine != ENGINE_RE2 for rule in ruleset.rules)
    print(
        f"{len(ruleset.rules)} rules from {len(ruleset.sources)} file(s); "
        f"{slow} on Python's re; {len(ruleset.problems)} not used",
        file=sys.stderr,
    )
    return 1 if ruleset.problems else 0


def run(args: argparse.Namespace) -> int:
    """Scan the input and print findings; 1 if any blocks, else 0."""
    from desktop.core.gate import ScanOptions, blocking, scan
    from desktop.core.gate.privacy import DEFAULT_INTERNAL_DOMAINS

    if args.list_rules:
        return list_rules(args.rules)

    try:
        text = _read(args.file)
        escalation = _read(args.escalation) if args.escalation else ""
    except (OSError, UnicodeDecodeError) as error:
        # The reason only: the error text never includes file contents.
        print(f"casewright scan: cannot read input: {type(error).__name__}", file=sys.stderr)
        return 2
    options = ScanOptions(
        internal_domains=tuple(args.internal_domain or DEFAULT_INTERNAL_DOMAINS),
        escalation_text=escalation,
        rule_files=tuple(args.rules),
    )
    if args.rules:
        from desktop.core.gate.ruleset import load_ruleset

        for problem in load_ruleset(args.rules).problems:
            print(f"casewright scan: rule not used: {problem}", file=sys.stderr)
    findings = scan(text, options)
    if args.output_format == "json":
        print(json.dumps([f.to_dict() for f in findings], indent=2))
    else:
        for finding in findings:
            line, col = line_col(text, finding.start)
            print(f"{line}:{col}: {finding.severity}: {finding.kind}: {finding.message}")
    return 1 if blocking(findings) else 0
