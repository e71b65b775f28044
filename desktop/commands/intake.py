"""``casewright intake``: print the facts a customer message states."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

DESCRIPTION = """\
Read a customer message from FILE (or standard input with - or no FILE) and print the facts it
states: case ID, service, region, ARNs, resource IDs, request IDs, account IDs, error codes,
timestamps (converted to UTC) and the severity the customer claims. JSON: a list of
{"kind", "value", "start", "end"}, offsets being Python character offsets into the input.
Times written without a zone are read in --time-zone (default UTC). Exit status 0 whether or not
facts were found, 2 when the input cannot be read."""


def register(subparsers: Any) -> None:
    """Add the ``intake`` command."""
    parser = subparsers.add_parser(
        "intake",
        help="facts found in a customer message",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--time-zone", default="UTC", metavar="ZONE", help="zone of bare times")
    parser.set_defaults(func=run)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(name, encoding="utf-8") as handle:
        return handle.read()


def run(args: argparse.Namespace) -> int:
    """Print the facts; return 0, or 2 when the input or the zone is unusable."""
    from desktop.core.intake.extract import extract
    from desktop.core.queue.zones import zone_or_none

    zone = zone_or_none(args.time_zone)
    if zone is None:
        print(f"casewright intake: unknown time zone {args.time_zone!r}", file=sys.stderr)
        return 2
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        where = "standard input" if args.file == "-" else args.file
        print(f"casewright intake: cannot read {where}: {error}", file=sys.stderr)
        return 2
    facts = extract(text, default_zone=zone)
    if args.format == "json":
        print(json.dumps([f.as_json() for f in facts], ensure_ascii=False, indent=2))
    else:
        for fact in facts:
            print(f"{fact.kind}\t{fact.value}\t{fact.start}-{fact.end}")
    return 0
