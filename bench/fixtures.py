"""Builds large stores for benchmarks: 10,000 cases, drafts and history."""

from __future__ import annotations

import random
from pathlib import Path

from desktop.core.case import REPLY, CaseFacts, utc_now
from desktop.core.store import HISTORY_LIMIT, Store

WORDS = [
    "the",
    "instance",
    "request",
    "bucket",
    "policy",
    "timeout",
    "region",
    "endpoint",
    "customer",
    "cluster",
    "pod",
    "image",
    "function",
    "invocation",
    "error",
    "latency",
    "retry",
    "throttle",
    "connection",
    "database",
    "replica",
    "snapshot",
    "network",
    "subnet",
    "route",
    "table",
    "gateway",
    "listener",
    "target",
    "group",
    "certificate",
    "role",
    "permission",
]
SERVICES = ["Amazon S3", "AWS Lambda", "Amazon EKS", "Amazon RDS", "Amazon EC2", "Amazon ECS"]


def words(count: int, rng: random.Random) -> str:
    """``count`` words of support-flavoured text in sentences."""
    out = []
    for index in range(count):
        word = rng.choice(WORDS)
        out.append(word.capitalize() if index % 12 == 0 else word)
        if index % 12 == 11:
            out[-1] += "."
    return " ".join(out)


def build_store(path: Path, cases: int = 10_000, seed: int = 7) -> int:
    """Fill a store with ``cases`` cases (short replies, a few versions each); return a case key
    whose reply has a full 50-version history of 2,000-word drafts."""
    rng = random.Random(seed)
    store = Store(path)
    now = utc_now()
    db = store._connection
    db.execute("BEGIN")
    for number in range(cases):
        db.execute(
            "INSERT INTO cases (case_id, subject, customer_org, contact_name, service, region, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"17{number:010d}",
                words(6, rng),
                f"Customer {number % 700}",
                f"Contact {number}",
                rng.choice(SERVICES),
                "us-east-1",
                now,
                now,
            ),
        )
        key = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        for version in range(3):
            text = words(150, rng) + f" v{version}"
            db.execute(
                "INSERT INTO history (case_key, kind, content, saved_at) VALUES (?, ?, ?, ?)",
                (key, REPLY, text, now),
            )
        db.execute(
            "INSERT INTO documents (case_key, kind, content, saved_at) VALUES (?, ?, ?, ?)",
            (key, REPLY, text, now),
        )
    db.execute("COMMIT")
    heavy = store.create_case(CaseFacts(case_id="HEAVY", subject="2,000-word reply"))
    for version in range(HISTORY_LIMIT):
        store.save_document(heavy.key, REPLY, words(2000, rng) + f" v{version}")
    store.close()
    return heavy.key
