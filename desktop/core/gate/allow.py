"""What is NOT a secret: documented example keys, placeholders and everyday support IDs."""

from __future__ import annotations

import math
import re
from collections import Counter

# AWS documents AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; gitleaks'
# aws-access-token rule allowlists `.+EXAMPLE$` (cmd/generate/config/rules/aws.go).
_EXAMPLE_RE = re.compile(r"EXAMPLE(?:KEY)?$", re.IGNORECASE)
_PLACEHOLDER_RE = re.compile(
    r"^(?:[x*#.\-_]+|<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|%\w+%|"
    r"(?:your|my|the)?[-_]?(?:password|passwd|pass|pwd|secret|token|key|changeme|redacted)s?)$",
    re.IGNORECASE,
)

# Everyday identifiers in support text that look random but are not credentials.
_EVERYDAY_RES = (
    re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I),  # UUID
    re.compile(r"(?:sha256|sha512|sha1|md5):[0-9a-f]{32,128}", re.I),  # image digest
    re.compile(r"[a-z][a-z0-9]{0,11}-[0-9a-f]{8}(?:[0-9a-f]{9})?"),  # i-..., sg-..., vpc-...
    re.compile(r"arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{0,12}:\S+"),  # ARN
)


def shannon_entropy(value: str) -> float:
    """Bits of entropy per character of ``value`` (0.0 for an empty string)."""
    if not value:
        return 0.0
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in Counter(value).values())


def is_documented_example(value: str) -> bool:
    """True for vendor example credentials such as ``AKIAIOSFODNN7EXAMPLE``."""
    return bool(_EXAMPLE_RE.search(value))


def is_placeholder(value: str) -> bool:
    """True for obvious stand-ins: ``****``, ``<password>``, ``${TOKEN}``, ``your-password``."""
    return bool(_PLACEHOLDER_RE.match(value.strip("'\"")))


def is_everyday_id(value: str) -> bool:
    """True when ``value`` is a UUID, image digest, resource ID or ARN."""
    bare = value.strip("'\"")
    return any(pattern.fullmatch(bare) for pattern in _EVERYDAY_RES)
