"""``casewright escalation export``: print a case's escalation rendered as Markdown."""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = "print a case's escalation note rendered as Markdown"
DESCRIPTION = """\
Render the escalation note of CASE_ID (the case's Case ID fact, or its internal key as #12)
through an escalation template and print the Markdown. The case's reproduction checklist and
severity assessment are used when the store has them. Exit status 2, with a message on
stderr, when the case or the template does not exist or the template cannot be rendered."""


def register(subparsers: Any) -> None:
    """Add the ``escalation`` command with its ``export`` subcommand."""
    parser = subparsers.add_parser("escalation", help="escalation notes for product teams")
    actions = parser.add_subparsers(dest="escalation_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=HELP,
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("case_id", metavar="CASE_ID")
    export.add_argument(
        "--template",
        default="",
        metavar="NAME",
        help="template id, e.g. escalation/brief or brief (default: escalation/standard)",
    )
    export.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the rendered escalation; return 0, or 1 after a message on stderr."""
    from desktop.core.escalation.case_export import ExportError, export_case_markdown

    try:
        result = export_case_markdown(args.case_id, args.template, data_dir=args.data_dir)
    except ExportError as error:
        print(f"casewright escalation export: {error}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"casewright escalation export: {warning}", file=sys.stderr)
    text = result.markdown
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
