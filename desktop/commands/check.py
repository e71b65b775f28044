"""``casewright check``: grammar, spelling and style issues of a reply, headless.

Engines: ``auto`` uses LanguageTool when ``--server`` is given and reachable, plus Harper
(English) and the basic checks. If that server is unreachable, ``auto`` says so on stderr
and goes on without it; ``--engine languagetool`` instead stops with exit status 2.
Exit status: 1 when a spelling or grammar issue is found, else 0; 2 for usage or
LanguageTool errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ENGINES = ("auto", "languagetool", "harper", "baseline")
LANGUAGES = ("en", "en-US", "en-GB", "zh-TW", "ja")
MAX_CHARS = 100_000  # as in the editor: longer texts take minutes and are not checked
NETWORK_SECONDS = 20.0  # all LanguageTool traffic of one run: probe, then the check


def register(subparsers: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="print grammar, spelling and style issues of a text",
        description=(__doc__ or "").replace("``", ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", help="text file, or - for stdin")
    parser.add_argument("--lang", default="en", help="language: en, en-US, en-GB, zh-TW, ja")
    parser.add_argument("--engine", choices=ENGINES, default="auto")
    parser.add_argument("--server", help="LanguageTool server URL, e.g. http://127.0.0.1:8081")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"casewright check: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Check the input and print the issues; return the exit status."""
    from desktop.core.grammar.baseline import BaselineEngine
    from desktop.core.grammar.checker import GrammarChecker
    from desktop.core.grammar.harper_engine import HarperEngine
    from desktop.core.grammar.incremental import IncrementalChecker
    from desktop.core.grammar.issue import BLOCKING_CATEGORIES, GrammarEngine
    from desktop.core.grammar.languagetool_engine import LanguageToolEngine

    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"cannot read {args.file}: {error}")
    if args.lang not in LANGUAGES:
        return _fail(f"unknown language {args.lang!r}; use one of {', '.join(LANGUAGES)}")
    if len(text) > MAX_CHARS:
        return _fail(
            f"{args.file} has {len(text):,} characters; texts over {MAX_CHARS:,} are not "
            "checked (split it, as the editor asks too)"
        )
    engines: list[GrammarEngine] = []
    if args.engine in {"auto", "languagetool"} and args.server:
        probe_seconds = 5.0
        languagetool = LanguageToolEngine(
            server_url=args.server, timeout=NETWORK_SECONDS - probe_seconds
        )
        problem = languagetool.probe(probe_seconds)
        if not problem:
            engines.append(languagetool)
        elif args.engine == "languagetool":
            return _fail(problem)
        else:
            print(f"casewright check: {problem}; using Harper and basic checks", file=sys.stderr)
    elif args.engine == "languagetool":
        return _fail("--engine languagetool needs --server URL")
    if args.engine in {"auto", "harper"}:
        harper = HarperEngine()
        harper.prepare()  # builds its linter (~1 s) while the basic checks load their tables
        engines.append(harper)
    if args.engine in {"auto", "baseline"}:
        engines.append(BaselineEngine())
    checker = GrammarChecker(engines)
    report = IncrementalChecker(checker).check(text, args.lang)
    for engine, status in checker.statuses(args.lang):
        if engine.name == "languagetool" and not status.available:
            if args.engine == "languagetool":
                return _fail(status.reason)
            print(f"casewright check: {status.reason}", file=sys.stderr)
    if args.format == "json":
        print(
            json.dumps([issue.to_json() for issue in report.issues], ensure_ascii=False, indent=2)
        )
    else:
        for issue in report.issues:
            line = text.count("\n", 0, issue.start) + 1
            column = issue.start - (text.rfind("\n", 0, issue.start) + 1) + 1
            hint = f" -> {', '.join(issue.replacements[:3])}" if issue.replacements else ""
            found = text[issue.start : issue.end]
            where = f"{line}:{column}: {issue.category} [{issue.rule_id}]"
            print(f"{where} “{found}”: {issue.message}{hint}")
    return 1 if any(issue.category in BLOCKING_CATEGORIES for issue in report.issues) else 0
