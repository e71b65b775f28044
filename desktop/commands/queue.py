"""``casewright queue``: print the open cases, soonest due first."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DESCRIPTION = """\
Print every open case, soonest due first: the next response is due within the response time of
the severity the customer chose on their support plan (resources/severity/), or on the follow-up
date while the case waits on the customer. JSON: a list of {"case_id", "subject", "severity",
"status", "due", "overdue", "next_step"} with "due" in ISO 8601 UTC or null. Exit status 2, with
a message on stderr, when the store cannot be read."""


def register(subparsers: Any) -> None:
    """Add the ``queue`` command."""
    parser = subparsers.add_parser(
        "queue",
        help="open cases, soonest due first",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_data_dir(parser)
    add_language(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` after the command too (``casewright queue --data-dir DIR``)."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="folder of the case store and settings (default: the platform's data folder)",
    )


def add_language(parser: argparse.ArgumentParser) -> None:
    """``--language``: the language dates are written in (the words stay English)."""
    parser.add_argument(
        "--language",
        choices=("en", "zh-TW", "ja"),
        default="en",
        help="write dates as this language does (11月29日 週日 14:04); messages stay English",
    )


def date_locale(language: str) -> str | None:
    """The Babel locale for ``--language``; None for English (``Sun 29 Nov 14:04``)."""
    from desktop.core.dates import CASE_LOCALES

    return None if language == "en" else CASE_LOCALES.get(language)


def run(args: argparse.Namespace) -> int:
    """Print the queue; return 0, or 1 after a message on stderr."""
    from desktop.core.queue.headless import QueueError, load_queue
    from desktop.core.queue.zones import engineer_zone, format_in_zone, zone_or_none

    try:
        loaded = load_queue(args.data_dir)
    except QueueError as error:
        print(f"casewright queue: {error}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    if args.format == "json":
        print(json.dumps([e.as_json(now) for e in loaded.entries], ensure_ascii=False, indent=2))
        return 0
    mine = engineer_zone(loaded.settings.engineer_time_zone)
    locale = date_locale(args.language)
    for entry in loaded.entries:
        label = entry.label(now).text or "nothing due"
        when = ""
        if entry.due.at is not None:
            customer = zone_or_none(entry.customer_time_zone)
            when = f" ({format_in_zone(entry.due.at, mine, locale=locale)}"
            if customer:
                when += f"; customer {format_in_zone(entry.due.at, customer, locale=locale)}"
            when += ")"
        facts = entry.case.facts
        print(
            f"{entry.display_id}\t{label}{when}\t{facts.severity}\t{facts.status}\t{facts.subject}"
        )
        if entry.work.next_step:
            print(f"\tnext: {entry.work.next_step}")
    if not loaded.entries:
        print("No open cases.")
    return 0
