"""How random a value looks: Shannon entropy, as gitleaks' ``entropy`` field measures it."""

from __future__ import annotations

import math
from collections import Counter


def shannon_entropy(value: str) -> float:
    """Bits of entropy per character of ``value`` (0.0 for an empty string)."""
    if not value:
        return 0.0
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in Counter(value).values())
