"""``casewright templates``: check template files (``lint``) and list the library (``list``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

LINT_DESCRIPTION = """\
Check every template under the PATHs (files, or folders searched recursively) without
rendering: syntax errors, unknown filters and tests, includes and imports of templates
missing from the library, invalid metadata, and variables used but not declared in the
metadata (a warning, only for templates that have metadata). Prints FILE:LINE:
error|warning: message per problem; exit status 1 when there is any error."""


def register(subparsers: Any) -> None:
    """Add the ``templates`` subcommand with ``lint`` and ``list``."""
    parser = subparsers.add_parser("templates", help="check and list templates")
    commands = parser.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    lint = commands.add_parser(
        "lint",
        help="check templates for errors",
        description=LINT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lint.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.set_defaults(func=run_lint)
    listing = commands.add_parser("list", help="list the library: id, source, title")
    listing.add_argument("--team", action="append", default=[], type=Path, metavar="DIR",
                         help="a team template folder (repeatable; first listed wins)")  # fmt: skip
    listing.set_defaults(func=run_list)
    parser.set_defaults(func=run_lint)


def run_lint(args: argparse.Namespace) -> int:
    """Print the problems found; 1 if any is an error."""
    from desktop.core.templating import lint_paths

    problems = lint_paths(args.paths)
    if args.format == "json":
        print(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem.format())
    return 1 if any(p.severity == "error" for p in problems) else 0


def run_list(args: argparse.Namespace) -> int:
    """Print each template id with its source and title, and what it overrides."""
    from desktop.core.templating import TemplateLibrary

    missing = [str(folder) for folder in args.team if not Path(folder).is_dir()]
    if missing:
        print(f"casewright templates list: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    library = TemplateLibrary.load(args.team, data_dir=getattr(args, "data_dir", None))
    for entry in library.entries:
        overrides = ", ".join(source.name for source in entry.overrides)
        note = f"  (overrides {overrides})" if overrides else ""
        sys.stdout.write(f"{entry.id}\t{entry.source.name}\t{entry.title}{note}\n")
    return 0
