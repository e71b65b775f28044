"""Headless subcommands of ``casewright``; each module has ``register(subparsers)``."""
