"""A redacted secret must not live on in the case's saved versions of the document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from desktop.core.store import Store


def replacer(replacements: Mapping[str, str]) -> Callable[[str], str]:
    """A function replacing each redacted value with its marker (longest values first)."""
    pairs = sorted(((s, m) for s, m in replacements.items() if s), key=lambda p: -len(p[0]))

    def rewrite(text: str) -> str:
        for secret, marker in pairs:
            text = text.replace(secret, marker)
        return text

    return rewrite


def versions_holding(contents: Iterable[str], secrets: Iterable[str]) -> int:
    """How many of ``contents`` contain any of ``secrets``."""
    values = [s for s in secrets if s]
    return sum(1 for content in contents if any(value in content for value in values))


def clean_history(store: Store, key: int, kind: str, replacements: Mapping[str, str]) -> int:
    """Rewrite every saved version of the document with the same redaction; return the count
    of earlier versions that held a redacted value."""
    if not replacements:
        return 0
    return store.rewrite_versions(key, kind, replacer(replacements))
