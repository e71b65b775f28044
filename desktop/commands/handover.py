"""``casewright handover``: the shift handover note of every open case touched in the shift."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands.queue import add_data_dir, add_language, date_locale

DESCRIPTION = """\
Print one note of every open case touched in the last --since (default 8h): ID, customer,
severity, status, due time in UTC and in the receiving team's time zone (--to-zone, else the
setting, else UTC), next step, the last customer message and the last reply in two lines each,
and whom the case is blocked on. Secrets the pre-send gate blocks are redacted. --language
zh-TW or ja writes the dates as that language does; the note's words stay English (the
common language of follow-the-sun shifts, and what scripts read). Exit status 2,
with one line on stderr, when the store cannot be read or --since or --to-zone is wrong."""


def register(subparsers: Any) -> None:
    """Add the ``handover`` command."""
    parser = subparsers.add_parser(
        "handover",
        help="shift handover note of open cases",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_data_dir(parser)
    add_language(parser)
    parser.add_argument("--since", default="8h", help="how far back the shift goes: 8h, 90m, 2d")
    parser.add_argument("--to-zone", default="", metavar="ZONE", help="receiving team's zone")
    parser.add_argument("--format", choices=("md", "json"), default="md")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the note; return 0, or 2 (store unreadable, bad arguments)."""
    from datetime import UTC

    from desktop.core.queue.handover import build_handover
    from desktop.core.queue.headless import QueueError, load_queue, parse_since
    from desktop.core.queue.zones import zone_or_none

    try:
        since = parse_since(args.since)
    except ValueError as error:
        print(f"casewright handover: --since: {error}", file=sys.stderr)
        return 2
    try:
        loaded = load_queue(args.data_dir)
    except QueueError as error:
        print(f"casewright handover: {error}", file=sys.stderr)
        return 2
    zone_name = args.to_zone or loaded.settings.handover_time_zone or "UTC"
    zone = zone_or_none(zone_name)
    if zone is None:
        print(f"casewright handover: unknown time zone {zone_name!r}", file=sys.stderr)
        return 2
    note = build_handover(
        loaded.entries,
        since=since,
        team_zone=zone or UTC,
        team_zone_name=zone_name,
        locale=date_locale(args.language),
    )
    if args.format == "json":
        print(json.dumps(note.cases, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(note.markdown)
    if note.redactions:
        print(f"casewright handover: redacted {note.redactions} secret(s)", file=sys.stderr)
    return 0
