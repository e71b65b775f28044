"""The ``casewright`` entry point: opens the GUI, or runs a headless subcommand."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop import __version__

# Each module defines ``register(subparsers)`` and sets ``func`` on its parser.
# Imported only when parsing, so starting the GUI stays cheap.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.commands.render",
    "desktop.commands.templates",
    "desktop.commands.check",
    "desktop.commands.scan",
    "desktop.commands.escalation",
    "desktop.commands.queue",
    "desktop.commands.handover",
    "desktop.commands.intake",
)


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line on stderr and exit status 2 (subcommands inherit this)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand registered (or none of them)."""
    parser = _Parser(
        prog="casewright",
        description="Write support case replies and escalation notes, offline.",
    )
    parser.add_argument("--version", action="version", version=f"casewright {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder for the case store and settings (default: the platform's data folder)",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the main window, wait for its first paint, then exit (for measuring start-up)",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _starts_the_gui(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds only the GUI's own options, so no subcommand need be imported
    (anything else, ``--help`` included, gets the full parser and its messages)."""
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--data-dir":
            if next(arguments, None) is None:
                return False
        elif argument != "--exit-after-startup" and not argument.startswith("--data-dir="):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run casewright with ``argv`` (default: the process arguments); return the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(with_commands=not _starts_the_gui(arguments)).parse_args(arguments)
    if args.command is None:
        # The GUI collects garbage on its own thread, on a timer (desktop/ui/gui_gc.py); turning
        # automatic collection off before the imports also keeps it out of start-up.
        gc.disable()
        from desktop.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, exit_after_startup=args.exit_after_startup)
    try:
        status: int = args.func(args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        return 130
    except RecursionError:
        print(f"casewright {args.command}: the input is nested too deeply", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``casewright templates list | head``): not an error worth a
        # traceback. Point stdout at nothing so the flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    except (Exception, MemoryError) as error:  # one line, never a traceback
        print(f"casewright {args.command}: {_one_line(error)}", file=sys.stderr)
        return 2
    return status


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


if __name__ == "__main__":
    sys.exit(main())
