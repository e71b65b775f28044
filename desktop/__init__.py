"""Casewright: an offline desktop assistant for support engineers' case correspondence."""

__version__ = "0.1.0"
